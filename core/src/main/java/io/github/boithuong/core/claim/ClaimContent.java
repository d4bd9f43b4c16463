package io.github.boithuong.core.claim;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the written claim asks for (nội dung văn bản yêu cầu bồi thường), Luật TNBTCNN 2017 Điều
 * 41.3.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class ClaimContent {

  ClaimContent() {}


  /**
   * Gets the damages claimed with their amounts (Điều 41.3.đ).
   *
   * @return the items, unmodifiable, not null
   */
  public abstract List<ClaimedDamage> damages();

  /**
   * Whether an advance payment is requested (Điều 41.3.e, 44). Default false.
   *
   * @return true if requested
   */
  @Value.Default
  public boolean advanceRequested() {
    return false;
  }

  /**
   * Whether honour restoration is requested (Điều 41.3.h, 56–59). Default false.
   *
   * @return true if requested
   */
  @Value.Default
  public boolean honourRestorationRequested() {
    return false;
  }

  /**
   * Whether the claimant asks the agency to collect the basis document (Điều 41.3.g). Default
   * false.
   *
   * @return true if requested
   */
  @Value.Default
  public boolean basisDocumentCollectionRequested() {
    return false;
  }

  /**
   * Gets other rights the claimant asks to have restored (Điều 41.3.i), if any.
   *
   * @return the description, empty if none
   */
  public abstract Optional<String> otherRights();

  /**
   * Gets the total amount claimed.
   *
   * @return the sum of the items, not null
   * @throws ArithmeticException if the sum overflows
   */
  public Vnd total() {
    Vnd sum = Vnd.ZERO;
    for (ClaimedDamage d : damages()) {
      sum = sum.plus(d.amount());
    }
    return sum;
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimContent}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableClaimContent.Builder {
    Builder() {}
  }
}
