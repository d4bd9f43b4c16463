package io.github.boithuong.core.claim;

import io.github.boithuong.core.time.ExcludedInterval;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Time that a period of the case does not count, as recorded in the case: force majeure or an
 * objective obstacle (Luật TNBTCNN 2017 Điều 6.3, 42.3, 52.3), which the claimant must prove (Điều
 * 6.4).
 *
 * <p>A record: immutable and thread-safe.
 *
 * @param scope which period does not count it, not null
 * @param startInclusive the first day, not null
 * @param endInclusive the last day, not before the first, not null
 * @param reason why, as recorded, not blank
 */
public record ExcludedPeriod(
    ExclusionScope scope, LocalDate startInclusive, LocalDate endInclusive, String reason) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the end is before the start or the reason is blank
   */
  public ExcludedPeriod {
    Objects.requireNonNull(scope, "scope");
    ExcludedInterval.of(startInclusive, endInclusive, reason);
  }

  /**
   * Gets the days as an interval for {@link io.github.boithuong.core.time.Deadline}.
   *
   * @return the interval, not null
   */
  public ExcludedInterval interval() {
    return ExcludedInterval.of(startInclusive, endInclusive, reason);
  }
}
