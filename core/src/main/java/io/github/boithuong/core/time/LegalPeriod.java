package io.github.boithuong.core.time;

import io.github.boithuong.core.law.Citation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A period fixed by law: a time limit (thời hạn) or a limitation period (thời hiệu), stated in
 * working days, days, months or years, or "immediately" (ngay), with the provision that sets it.
 *
 * <pre>
 *   LegalPeriod acceptance = LegalPeriod.workingDays(5)
 *       .withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 1));
 *   LegalPeriod limitation = LegalPeriod.years(3).asLimitationPeriod()
 *       .withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6, 1));
 * </pre>
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class LegalPeriod {

  /** Whether the period is a time limit or a limitation period. */
  public enum Kind {
    /** A time limit (thời hạn), Civil Code 2015 Điều 144–148. */
    TIME_LIMIT,
    /** A limitation period (thời hiệu), Civil Code 2015 Điều 149–157. */
    LIMITATION
  }

  private static final LegalPeriod IMMEDIATELY =
      new LegalPeriod(PeriodUnit.IMMEDIATELY, 0, Kind.TIME_LIMIT, null, null);

  private final PeriodUnit unit;
  private final int amount;
  private final Kind kind;
  private final LimitationCounting counting;
  private final Citation citation;

  private LegalPeriod(
      PeriodUnit unit, int amount, Kind kind, LimitationCounting counting, Citation citation) {
    this.unit = unit;
    this.amount = amount;
    this.kind = kind;
    this.counting = counting;
    this.citation = citation;
  }

  private static LegalPeriod of(PeriodUnit unit, int amount) {
    if (amount < 1) {
      throw new IllegalArgumentException(
          "amount of " + unit.label(Locale.ENGLISH) + " must be at least 1, but was " + amount);
    }
    return new LegalPeriod(unit, amount, Kind.TIME_LIMIT, null, null);
  }

  /**
   * Obtains a period of working days (ngày làm việc).
   *
   * @param amount the number of working days, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code amount} is less than 1
   */
  public static LegalPeriod workingDays(int amount) {
    return of(PeriodUnit.WORKING_DAYS, amount);
  }

  /**
   * Obtains a period of calendar days (ngày).
   *
   * @param amount the number of days, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code amount} is less than 1
   */
  public static LegalPeriod days(int amount) {
    return of(PeriodUnit.DAYS, amount);
  }

  /**
   * Obtains a period of months (tháng).
   *
   * @param amount the number of months, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code amount} is less than 1
   */
  public static LegalPeriod months(int amount) {
    return of(PeriodUnit.MONTHS, amount);
  }

  /**
   * Obtains a period of years (năm).
   *
   * @param amount the number of years, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code amount} is less than 1
   */
  public static LegalPeriod years(int amount) {
    return of(PeriodUnit.YEARS, amount);
  }

  /**
   * Obtains "immediately" (ngay): due on the day of the event, or the next working day if that day
   * is off.
   *
   * @return the period, not null
   */
  public static LegalPeriod immediately() {
    return IMMEDIATELY;
  }

  /**
   * Returns this period as a limitation period (thời hiệu), counted with the default {@link
   * LimitationCounting#EVENT_DAY_NOT_COUNTED}.
   *
   * @return the limitation period, not null
   * @throws IllegalStateException if the period is {@link #immediately()}
   */
  public LegalPeriod asLimitationPeriod() {
    return asLimitationPeriod(LimitationCounting.EVENT_DAY_NOT_COUNTED);
  }

  /**
   * Returns this period as a limitation period (thời hiệu) counted as chosen.
   *
   * @param counting how the event day is counted, not null
   * @return the limitation period, not null
   * @throws IllegalStateException if the period is {@link #immediately()}
   */
  public LegalPeriod asLimitationPeriod(LimitationCounting counting) {
    Objects.requireNonNull(counting, "counting");
    if (unit == PeriodUnit.IMMEDIATELY) {
      throw new IllegalStateException("'immediately' cannot be a limitation period");
    }
    return new LegalPeriod(unit, amount, Kind.LIMITATION, counting, citation);
  }

  /**
   * Returns a copy citing the provision that sets the period.
   *
   * @param citation the provision, not null
   * @return the period, not null
   */
  public LegalPeriod withCitation(Citation citation) {
    return new LegalPeriod(unit, amount, kind, counting, Objects.requireNonNull(citation, "citation"));
  }

  /**
   * Gets the unit.
   *
   * @return the unit, not null
   */
  public PeriodUnit unit() {
    return unit;
  }

  /**
   * Gets the amount of units.
   *
   * @return the amount, 0 for {@link #immediately()}
   */
  public int amount() {
    return amount;
  }

  /**
   * Gets whether the period is a time limit or a limitation period.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets how the event day is counted: for a time limit always {@link
   * LimitationCounting#EVENT_DAY_NOT_COUNTED} (Điều 147).
   *
   * @return the counting rule, not null
   */
  public LimitationCounting counting() {
    return counting == null ? LimitationCounting.EVENT_DAY_NOT_COUNTED : counting;
  }

  /**
   * Gets the provision that sets the period, if given.
   *
   * @return the citation, empty if none was given
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * Describes the period in the language of the locale, e.g. "05 ngày làm việc" or "5 working
   * days".
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the description, not null
   */
  public String describe(Locale locale) {
    if (unit == PeriodUnit.IMMEDIATELY) {
      return unit.label(locale);
    }
    if ("vi".equals(locale.getLanguage())) {
      return String.format("%02d %s", amount, unit.label(locale));
    }
    String label = unit.label(locale);
    return amount + " " + (amount == 1 ? label.substring(0, label.length() - 1) : label);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LegalPeriod other)) {
      return false;
    }
    return unit == other.unit
        && amount == other.amount
        && kind == other.kind
        && counting == other.counting
        && Objects.equals(citation, other.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, amount, kind, counting, citation);
  }

  /**
   * Returns e.g. {@code "5 WORKING_DAYS"} or {@code "3 YEARS LIMITATION"}.
   *
   * @return the period, not null
   */
  @Override
  public String toString() {
    return (unit == PeriodUnit.IMMEDIATELY ? "IMMEDIATELY" : amount + " " + unit)
        + (kind == Kind.LIMITATION ? " LIMITATION " + counting() : "");
  }
}
