package io.github.boithuong.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days not counted in a period (thời gian không tính vào thời hạn / thời hiệu): force
 * majeure or an objective obstacle (Luật TNBTCNN 2017 Điều 6.3, 42.3, 52.3; Civil Code 2015 Điều
 * 156). The period is extended by exactly the excluded days that fall within it.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class ExcludedInterval {

  private final LocalDate startInclusive;
  private final LocalDate endInclusive;
  private final String reason;

  private ExcludedInterval(LocalDate startInclusive, LocalDate endInclusive, String reason) {
    this.startInclusive = startInclusive;
    this.endInclusive = endInclusive;
    this.reason = reason;
  }

  /**
   * Obtains an interval of excluded days.
   *
   * @param startInclusive the first excluded day, not null
   * @param endInclusive the last excluded day, not before {@code startInclusive}, not null
   * @param reason why the days are excluded, as recorded in the case (e.g. "lũ lụt, bất khả
   *     kháng"), not blank
   * @return the interval, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive} or
   *     the reason is blank
   */
  public static ExcludedInterval of(LocalDate startInclusive, LocalDate endInclusive, String reason) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    Objects.requireNonNull(reason, "reason");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive " + endInclusive + " is before startInclusive " + startInclusive);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    return new ExcludedInterval(startInclusive, endInclusive, reason);
  }

  /**
   * Gets the first excluded day.
   *
   * @return the date, not null
   */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * Gets the last excluded day.
   *
   * @return the date, not null
   */
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Gets why the days are excluded.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExcludedInterval other
        && startInclusive.equals(other.startInclusive)
        && endInclusive.equals(other.endInclusive)
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startInclusive, endInclusive, reason);
  }

  /**
   * Returns e.g. {@code "2024-09-07..2024-09-20 (bão Yagi)"}.
   *
   * @return the interval, not null
   */
  @Override
  public String toString() {
    return startInclusive + ".." + endInclusive + " (" + reason + ")";
  }
}
