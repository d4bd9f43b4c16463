package io.github.boithuong.core.calendar;

import java.util.Objects;

/**
 * The policy choices of a {@link WorkingCalendar} where the law is not explicit, with documented
 * defaults (docs/interpretations.md).
 *
 * <pre>
 *   CalendarOptions strict = CalendarOptions.defaults().withStrict(true);
 *   WorkingCalendar calendar = WorkingCalendar.vietnam(strict);
 * </pre>
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class CalendarOptions {

  private static final CalendarOptions DEFAULTS = new CalendarOptions(false, true, false);

  private final boolean strict;
  private final boolean makeUpSaturdayIsWorkingDay;
  private final boolean vietnamCultureDayIsHoliday;

  private CalendarOptions(
      boolean strict, boolean makeUpSaturdayIsWorkingDay, boolean vietnamCultureDayIsHoliday) {
    this.strict = strict;
    this.makeUpSaturdayIsWorkingDay = makeUpSaturdayIsWorkingDay;
    this.vietnamCultureDayIsHoliday = vietnamCultureDayIsHoliday;
  }

  /**
   * Gets the default options: not strict, make-up Saturdays are working days, 24 November is not a
   * holiday.
   *
   * @return the defaults, not null
   */
  public static CalendarOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the calendar refuses to answer for years without an official schedule. A strict
   * calendar throws {@link CalendarException} with {@link CalendarProblem.Code#PROVISIONAL_YEAR}
   * instead of giving a provisional answer. Default false.
   *
   * @return true if strict
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Whether a make-up Saturday (ngày làm bù) counts as a working day for deadlines. Default true:
   * the civil service works that day, and the swap keeps the number of its working days unchanged
   * (Tờ trình 89/TTr-LĐTBXH, 2014).
   *
   * @return true if make-up Saturdays are working days
   */
  public boolean makeUpSaturdayIsWorkingDay() {
    return makeUpSaturdayIsWorkingDay;
  }

  /**
   * Whether Vietnam Culture Day (24 November, from 2026) is treated as a public holiday. Default
   * false: Resolution 80-NQ/TW chose the day, but it becomes a paid holiday only when Điều 112.1 of
   * the Labour Code 2019 is amended, which the sources do not show yet.
   *
   * @return true if 24 November is a holiday from 2026
   */
  public boolean vietnamCultureDayIsHoliday() {
    return vietnamCultureDayIsHoliday;
  }

  /**
   * Returns a copy with the strict flag changed.
   *
   * @param strict whether to refuse provisional years
   * @return the options, not null
   */
  public CalendarOptions withStrict(boolean strict) {
    return new CalendarOptions(strict, makeUpSaturdayIsWorkingDay, vietnamCultureDayIsHoliday);
  }

  /**
   * Returns a copy with the make-up Saturday policy changed.
   *
   * @param makeUpSaturdayIsWorkingDay whether make-up Saturdays are working days
   * @return the options, not null
   */
  public CalendarOptions withMakeUpSaturdayIsWorkingDay(boolean makeUpSaturdayIsWorkingDay) {
    return new CalendarOptions(strict, makeUpSaturdayIsWorkingDay, vietnamCultureDayIsHoliday);
  }

  /**
   * Returns a copy with the Vietnam Culture Day policy changed.
   *
   * @param vietnamCultureDayIsHoliday whether 24 November is a holiday from 2026
   * @return the options, not null
   */
  public CalendarOptions withVietnamCultureDayIsHoliday(boolean vietnamCultureDayIsHoliday) {
    return new CalendarOptions(strict, makeUpSaturdayIsWorkingDay, vietnamCultureDayIsHoliday);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CalendarOptions other)) {
      return false;
    }
    return strict == other.strict
        && makeUpSaturdayIsWorkingDay == other.makeUpSaturdayIsWorkingDay
        && vietnamCultureDayIsHoliday == other.vietnamCultureDayIsHoliday;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strict, makeUpSaturdayIsWorkingDay, vietnamCultureDayIsHoliday);
  }

  /**
   * Returns the options as text.
   *
   * @return e.g. {@code "CalendarOptions[strict=false, makeUpSaturdayIsWorkingDay=true,
   *     vietnamCultureDayIsHoliday=false]"}
   */
  @Override
  public String toString() {
    return "CalendarOptions[strict=" + strict + ", makeUpSaturdayIsWorkingDay="
        + makeUpSaturdayIsWorkingDay + ", vietnamCultureDayIsHoliday=" + vietnamCultureDayIsHoliday
        + "]";
  }
}
