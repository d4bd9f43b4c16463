package io.github.boithuong.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date in the Vietnamese lunar calendar (âm lịch), such as Tết Nguyên đán (1/1) or the
 * anniversary of the Hùng Kings, Giỗ Tổ Hùng Vương (10/3).
 *
 * <p>A lunar date is a year, a month from 1 to 12, a day from 1 to 30, and whether the month is a
 * leap month (tháng nhuận). The lunar year {@code y} starts with Tết Nguyên đán in January or
 * February of the Gregorian year {@code y}; its months 11 and 12 (and a leap month 11 or 12) fall
 * in December of {@code y} or January and February of {@code y + 1}.
 *
 * <h2>Rules</h2>
 *
 * <p>The calendar follows the rules described by Hồ Ngọc Đức ("Thuật toán tính âm lịch",
 * https://www.informatik.uni-leipzig.de/~duc/amlich/), which are those of the Vietnamese calendar
 * in use since 1968:
 *
 * <ol>
 *   <li>a lunar month starts on the civil day that contains the new moon (điểm Sóc), and has 29 or
 *       30 days;
 *   <li>the winter solstice (Đông chí) always falls in month 11;
 *   <li>a year has 12 months, or 13 when there are 13 new moons from one month 11 to the next; the
 *       leap month is then the first month after month 11 that contains no major solar term (trung
 *       khí) and it repeats the number of the month before it (so a year can have a leap month 11,
 *       as in 2033);
 *   <li>the civil day is that of UTC+7 (the meridian 105° East) from 1968-01-01; before 1968 the
 *       calendar is computed for UTC+8, the reckoning of the Chinese calendar that Vietnam used
 *       until then.
 * </ol>
 *
 * <p>Because of rule 4, Tết can differ from the Chinese New Year: in 1985 the Vietnamese Tết was on
 * 1985-01-21, a month before the Chinese one, in 2007 on 2007-02-17 (China: 02-18) and in 2030 it
 * will be on 2030-02-02 (China: 02-03).
 *
 * <p>The new moons and solar terms are computed with the algorithms of Jean Meeus, "Astronomical
 * Algorithms" (2nd ed.): the true new moon with all periodic terms (chapter 49), the apparent solar
 * longitude from the VSOP87 theory with nutation and aberration (chapter 25), and ΔT after Espenak
 * and Meeus. They are more precise than the simplified formulas of Hồ Ngọc Đức's published program,
 * and give the same lunar months as those formulas from 1900 to 2071.
 *
 * <h2>Accuracy and known limits</h2>
 *
 * <p>The calendar has been compared day by day, over the whole supported range, with an independent
 * implementation (Time4J's Vietnamese and Chinese calendars). The dates agree on every day from
 * 1929 to 2071, which includes the Vietnam–China differences listed above. They differ in 29
 * months, each explained:
 *
 * <ul>
 *   <li>before July 1954 the Vietnamese court calendar (Hiệp kỷ) was reckoned at the meridian of
 *       Huế, not at UTC+8; this class does not model that historical calendar, and the dates of 20
 *       months of 1903–1953 (including Tết of 1903, 1916 and 1935) differ by a day from it;
 *   <li>after 2071, nine new moons fall within three minutes of midnight, and which day they fall
 *       on depends on ΔT, the slowing of the Earth's rotation, which cannot be predicted so far
 *       ahead (here: the Espenak–Meeus extrapolation). Those dates, such as Tết of 2175 and 2199,
 *       are uncertain by a day.
 * </ul>
 *
 * <h2>Supported range</h2>
 *
 * <p>The lunar years 1900 to 2199: from {@link #MIN}, 1/1 of lunar year 1900 (1900-01-31), to
 * {@link #MAX}, the last day of lunar year 2199 (the day before Tết of 2200). The month table of
 * the whole range is computed once, when the class is initialised; conversions then take a binary
 * search.
 *
 * <h2>Text form</h2>
 *
 * <p>{@link #toString()} gives {@code yyyy-MM-dd}, with an {@code L} after the month of a leap
 * month: {@code 2024-01-01} is Tết of 2024, {@code 2023-02L-15} is day 15 of the leap month 2 of
 * lunar year 2023.
 *
 * <p>This class is immutable and thread-safe. It is a value type: compare instances with {@link
 * #equals(Object)}, not {@code ==}.
 */
public final class LunarDate implements Comparable<LunarDate> {

  /** The earliest supported date: 1/1 of lunar year 1900, which is 1900-01-31. */
  public static final LunarDate MIN = ofIndex(0, 1);

  /** The latest supported date: the last day of lunar year 2199, the day before Tết of 2200. */
  public static final LunarDate MAX =
      ofIndex(
          LunarMonthTable.monthCount() - 1,
          LunarMonthTable.monthLength(LunarMonthTable.monthCount() - 1));

  private final int year;
  private final int month;
  private final int day;
  private final boolean leapMonth;
  private final int epochDay;

  private LunarDate(int year, int month, int day, boolean leapMonth, int epochDay) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.leapMonth = leapMonth;
    this.epochDay = epochDay;
  }

  private static LunarDate ofIndex(int monthIndex, int day) {
    return new LunarDate(
        LunarMonthTable.yearOf(monthIndex),
        LunarMonthTable.monthOf(monthIndex),
        day,
        LunarMonthTable.isLeap(monthIndex),
        LunarMonthTable.monthStart(monthIndex) + day - 1);
  }

  /**
   * Obtains the lunar date of a Gregorian date.
   *
   * @param date the Gregorian date, not null
   * @return the lunar date of the same day, not null
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if {@code date} is before 1900-01-31 or after the last day of lunar
   *     year 2199 (see {@link #MIN} and {@link #MAX})
   */
  public static LunarDate from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long epochDay = date.toEpochDay();
    if (epochDay < LunarMonthTable.firstDay() || epochDay > LunarMonthTable.lastDay()) {
      throw new DateTimeException(
          "Date "
              + date
              + " is outside the supported range of the lunar calendar ("
              + LocalDate.ofEpochDay(LunarMonthTable.firstDay())
              + " to "
              + LocalDate.ofEpochDay(LunarMonthTable.lastDay())
              + ")");
    }
    int index = LunarMonthTable.monthIndexOf(epochDay);
    return ofIndex(index, (int) (epochDay - LunarMonthTable.monthStart(index)) + 1);
  }

  /**
   * Obtains a lunar date from its year, month and day.
   *
   * @param year the lunar year, from 1900 to 2199
   * @param month the month, from 1 to 12
   * @param day the day of the month, from 1 to 29 or 30 according to the month
   * @param leapMonth true for the leap month (tháng nhuận), which must then be the leap month of
   *     {@code year}; false for the ordinary month of that number
   * @return the lunar date, not null
   * @throws DateTimeException if the year is outside 1900–2199, if the month is not from 1 to 12,
   *     if {@code leapMonth} is true but {@code month} is not the leap month of {@code year}, or if
   *     the day is not from 1 to the length of that month; the message names the rejected date
   */
  public static LunarDate of(int year, int month, int day, boolean leapMonth) {
    if (year < LunarMonthTable.FIRST_YEAR || year > LunarMonthTable.LAST_YEAR) {
      throw invalid(
          year,
          month,
          day,
          leapMonth,
          "lunar year "
              + year
              + " is outside the supported range "
              + LunarMonthTable.FIRST_YEAR
              + " to "
              + LunarMonthTable.LAST_YEAR);
    }
    if (month < 1 || month > 12) {
      throw invalid(year, month, day, leapMonth, "the month must be from 1 to 12");
    }
    int leapOfYear = LunarMonthTable.leapMonth(year);
    if (leapMonth && month != leapOfYear) {
      throw invalid(
          year,
          month,
          day,
          true,
          "lunar year "
              + year
              + " has no leap month "
              + month
              + "; its leap month: "
              + (leapOfYear == 0 ? "none" : Integer.toString(leapOfYear)));
    }
    if (day < 1) {
      throw invalid(year, month, day, leapMonth, "the day must be at least 1");
    }
    int index = LunarMonthTable.monthIndex(year, month, leapMonth);
    int length = LunarMonthTable.monthLength(index);
    if (day > length) {
      throw invalid(
          year,
          month,
          day,
          leapMonth,
          (leapMonth ? "leap month " : "month ")
              + month
              + " of lunar year "
              + year
              + " has "
              + length
              + " days");
    }
    return new LunarDate(year, month, day, leapMonth, LunarMonthTable.monthStart(index) + day - 1);
  }

  private static DateTimeException invalid(
      int year, int month, int day, boolean leapMonth, String reason) {
    return new DateTimeException(
        "Invalid lunar date " + format(year, month, day, leapMonth) + " (" + reason + ")");
  }

  /**
   * Obtains the leap month (tháng nhuận) of a lunar year.
   *
   * <p>For example, lunar year 2023 has a leap month 2, 2025 a leap month 6, 2033 a leap month 11,
   * and 2024 none.
   *
   * @param year the lunar year, from 1900 to 2199
   * @return the number of the month that is repeated, from 1 to 12, or empty if the year has 12
   *     months
   * @throws DateTimeException if the year is outside 1900–2199
   */
  public static OptionalInt leapMonthOf(int year) {
    if (year < LunarMonthTable.FIRST_YEAR || year > LunarMonthTable.LAST_YEAR) {
      throw new DateTimeException(
          "Lunar year "
              + year
              + " is outside the supported range "
              + LunarMonthTable.FIRST_YEAR
              + " to "
              + LunarMonthTable.LAST_YEAR);
    }
    int leap = LunarMonthTable.leapMonth(year);
    return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
  }

  /**
   * Converts this lunar date to the Gregorian date of the same day.
   *
   * @return the Gregorian date, not null
   */
  public LocalDate toLocalDate() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /**
   * Gets the lunar year.
   *
   * @return the lunar year, from 1900 to 2199
   */
  public int year() {
    return year;
  }

  /**
   * Gets the month; for a leap month, the number it repeats.
   *
   * @return the month, from 1 to 12
   */
  public int month() {
    return month;
  }

  /**
   * Gets the day of the month.
   *
   * @return the day of the month, from 1 to 30
   */
  public int day() {
    return day;
  }

  /**
   * Tells whether the month is a leap month (tháng nhuận).
   *
   * @return true if the month is the leap month of its year
   */
  public boolean leapMonth() {
    return leapMonth;
  }

  /**
   * Gets the number of days of the month of this date: 29 (tháng thiếu) or 30 (tháng đủ).
   *
   * @return 29 or 30
   */
  public int lengthOfMonth() {
    return LunarMonthTable.monthLength(LunarMonthTable.monthIndexOf(epochDay));
  }

  /**
   * Compares this date with another, in time order.
   *
   * @param other the other date, not null
   * @return negative if this date is earlier, zero if they are equal, positive if it is later
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(LunarDate other) {
    return Integer.compare(epochDay, other.epochDay);
  }

  /**
   * Tells whether this date is the same as another: same year, month, day and leap-month flag.
   *
   * @param obj the other object, may be null
   * @return true if {@code obj} is a {@code LunarDate} of the same day
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof LunarDate other && other.epochDay == epochDay;
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Integer.hashCode(epochDay);
  }

  /**
   * Formats this date as {@code yyyy-MM-dd}, with {@code L} after the month of a leap month, e.g.
   * {@code 2024-01-01} or {@code 2023-02L-15}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return format(year, month, day, leapMonth);
  }

  private static String format(int year, int month, int day, boolean leapMonth) {
    StringBuilder text = new StringBuilder(12);
    if (year >= 0 && year < 1000) {
      text.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    text.append(year).append('-');
    appendTwoDigits(text, month);
    if (leapMonth) {
      text.append('L');
    }
    text.append('-');
    appendTwoDigits(text, day);
    return text.toString();
  }

  private static void appendTwoDigits(StringBuilder text, int value) {
    if (value >= 0 && value < 10) {
      text.append('0');
    }
    text.append(value);
  }
}
