package io.github.boithuong.core.claim;

import org.immutables.value.Value;

/**
 * One item of damage claimed, with its amount (Luật TNBTCNN 2017 Điều 41.3.đ).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class ClaimedDamage {

  ClaimedDamage() {}


  /**
   * Gets the type of damage.
   *
   * @return the type, not null
   */
  public abstract DamageType type();

  /**
   * Gets the amount claimed.
   *
   * @return the amount, not null (a negative amount is a validation problem)
   */
  public abstract Vnd amount();

  /**
   * Obtains an item of damage.
   *
   * @param type the type, not null
   * @param amount the amount, not null
   * @return the item, not null
   */
  public static ClaimedDamage of(DamageType type, Vnd amount) {
    return ImmutableClaimedDamage.builder().type(type).amount(amount).build();
  }
}
