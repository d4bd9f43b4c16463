package io.github.boithuong.core.claim;

import org.immutables.value.Value;

/**
 * The claimant (người yêu cầu bồi thường, Luật TNBTCNN 2017 Điều 3.3): who files the claim, and on
 * what standing under Điều 5.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class Claimant {

  Claimant() {}


  /**
   * Gets who the claimant is.
   *
   * @return the party, not null
   */
  public abstract Party party();

  /**
   * Gets the claimant's standing (Điều 5).
   *
   * @return the standing, not null
   */
  public abstract ClaimantStanding standing();

  /**
   * Obtains a claimant.
   *
   * @param party who the claimant is, not null
   * @param standing the standing, not null
   * @return the claimant, not null
   */
  public static Claimant of(Party party, ClaimantStanding standing) {
    return builder().party(party).standing(standing).build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claimant}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableClaimant.Builder {
    Builder() {}
  }
}
