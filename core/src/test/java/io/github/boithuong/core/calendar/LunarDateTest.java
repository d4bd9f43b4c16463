package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the Vietnamese lunar calendar (âm lịch).
 *
 * <p>Sources: {@code shared/law/damages-time-holidays.md}, section E: E.1 (the rules), E.2 (the
 * known differences between the Vietnamese and the Chinese calendars) and the table E.3 (Tết Nguyên
 * đán and Giỗ Tổ Hùng Vương 2018–2035, of which 2018–2026 agree with the official holiday
 * schedules).
 */
class LunarDateTest {

  /** Table E.3: Tết (1/1) and Giỗ Tổ (10/3) of each lunar year, with their weekdays. */
  @ParameterizedTest(name = "lunar year {0}: Tết {1}, Giỗ Tổ {3}")
  @CsvSource({
    "2018, 2018-02-16, FRIDAY,    2018-04-25, WEDNESDAY",
    "2019, 2019-02-05, TUESDAY,   2019-04-14, SUNDAY",
    "2020, 2020-01-25, SATURDAY,  2020-04-02, THURSDAY",
    "2021, 2021-02-12, FRIDAY,    2021-04-21, WEDNESDAY",
    "2022, 2022-02-01, TUESDAY,   2022-04-10, SUNDAY",
    "2023, 2023-01-22, SUNDAY,    2023-04-29, SATURDAY",
    "2024, 2024-02-10, SATURDAY,  2024-04-18, THURSDAY",
    "2025, 2025-01-29, WEDNESDAY, 2025-04-07, MONDAY",
    "2026, 2026-02-17, TUESDAY,   2026-04-26, SUNDAY",
    "2027, 2027-02-06, SATURDAY,  2027-04-16, FRIDAY",
    "2028, 2028-01-26, WEDNESDAY, 2028-04-04, TUESDAY",
    "2029, 2029-02-13, TUESDAY,   2029-04-23, MONDAY",
    "2030, 2030-02-02, SATURDAY,  2030-04-12, FRIDAY",
    "2031, 2031-01-23, THURSDAY,  2031-04-01, TUESDAY",
    "2032, 2032-02-11, WEDNESDAY, 2032-04-19, MONDAY",
    "2033, 2033-01-31, MONDAY,    2033-04-09, SATURDAY",
    "2034, 2034-02-19, SUNDAY,    2034-04-28, FRIDAY",
    "2035, 2035-02-08, THURSDAY,  2035-04-17, TUESDAY",
  })
  void tetAndGioToOfTableE3(
      int year, LocalDate tet, DayOfWeek tetWeekday, LocalDate gioTo, DayOfWeek gioToWeekday) {
    assertEquals(tet, LunarDate.of(year, 1, 1, false).toLocalDate());
    assertEquals(LunarDate.of(year, 1, 1, false), LunarDate.from(tet));
    assertEquals(tetWeekday, tet.getDayOfWeek());

    assertEquals(gioTo, LunarDate.of(year, 3, 10, false).toLocalDate());
    assertEquals(LunarDate.of(year, 3, 10, false), LunarDate.from(gioTo));
    assertEquals(gioToWeekday, gioTo.getDayOfWeek());

    // The eve of Tết (giao thừa) is the last day of month 12 of the previous lunar year.
    LunarDate eve = LunarDate.from(tet.minusDays(1));
    assertEquals(year - 1, eve.year());
    assertEquals(12, eve.month());
    assertEquals(eve.lengthOfMonth(), eve.day());
  }

  /** Section E.2: years in which Vietnam's Tết (UTC+7) is not China's (UTC+8). */
  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "1968, 1968-01-29", // China: 1968-01-30, one day later
    "1969, 1969-02-16", // China: 1969-02-17
    "1985, 1985-01-21", // China: 1985-02-20, one month later
    "2007, 2007-02-17", // China: 2007-02-18
    "2030, 2030-02-02", // China: 2030-02-03
    "2053, 2053-02-18", // China: 2053-02-19
  })
  void tetOfSectionE2(int year, LocalDate tet) {
    assertEquals(tet, LunarDate.of(year, 1, 1, false).toLocalDate());
    assertEquals(LunarDate.of(year, 1, 1, false), LunarDate.from(tet));
  }

  /** Section E.1, rule 4 (first month without a major solar term); the years listed in E.3. */
  @ParameterizedTest(name = "lunar year {0} has the leap month {1}")
  @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11"})
  void leapMonthsOfSectionE3(int year, int leapMonth) {
    assertEquals(OptionalInt.of(leapMonth), LunarDate.leapMonthOf(year));
    LunarDate ordinary = LunarDate.of(year, leapMonth, 1, false);
    LunarDate leap = LunarDate.of(year, leapMonth, 1, true);
    assertTrue(leap.leapMonth());
    assertEquals(
        ordinary.toLocalDate().plusDays(ordinary.lengthOfMonth()),
        leap.toLocalDate(),
        "the leap month follows the ordinary month of the same number");
  }

  @ParameterizedTest(name = "lunar year {0} has no leap month")
  @CsvSource({"2018", "2019", "2021", "2022", "2024", "2026", "2027", "2029", "2030", "2032"})
  void yearsWithoutLeapMonth(int year) {
    assertEquals(OptionalInt.empty(), LunarDate.leapMonthOf(year));
  }

  /** The leap month 11 of 2033 (E.3, 2034 "after the leap 11th month of late 2033"). */
  @Test
  void leapMonth11Of2033() {
    assertEquals(LocalDate.of(2033, 11, 22), LunarDate.of(2033, 11, 1, false).toLocalDate());
    assertEquals(LocalDate.of(2033, 12, 22), LunarDate.of(2033, 11, 1, true).toLocalDate());
    assertEquals(LocalDate.of(2034, 1, 20), LunarDate.of(2033, 12, 1, false).toLocalDate());
    // The winter solstice 2033-12-21 falls in the ordinary month 11 (rule 3 of E.1).
    LunarDate solstice = LunarDate.from(LocalDate.of(2033, 12, 21));
    assertEquals(11, solstice.month());
    assertFalse(solstice.leapMonth());
  }

  @Test
  void leapMonth2Of2023() {
    assertEquals(LocalDate.of(2023, 2, 20), LunarDate.of(2023, 2, 1, false).toLocalDate());
    assertEquals(LocalDate.of(2023, 3, 22), LunarDate.of(2023, 2, 1, true).toLocalDate());
    assertEquals(LocalDate.of(2023, 4, 20), LunarDate.of(2023, 3, 1, false).toLocalDate());
    LunarDate date = LunarDate.from(LocalDate.of(2023, 4, 5));
    assertEquals(2023, date.year());
    assertEquals(2, date.month());
    assertEquals(15, date.day());
    assertTrue(date.leapMonth());
    assertEquals(29, date.lengthOfMonth());
  }

  @Test
  void supportedRange() {
    assertEquals(LunarDate.of(1900, 1, 1, false), LunarDate.MIN);
    assertEquals(LocalDate.of(1900, 1, 31), LunarDate.MIN.toLocalDate());
    assertEquals(LunarDate.MIN, LunarDate.from(LocalDate.of(1900, 1, 31)));

    assertEquals(2199, LunarDate.MAX.year());
    assertEquals(12, LunarDate.MAX.month());
    assertFalse(LunarDate.MAX.leapMonth());
    assertEquals(LunarDate.MAX.lengthOfMonth(), LunarDate.MAX.day());
    assertEquals(LocalDate.of(2200, 2, 14), LunarDate.MAX.toLocalDate());
    assertEquals(LunarDate.MAX, LunarDate.from(LocalDate.of(2200, 2, 14)));

    assertEquals(OptionalInt.of(8), LunarDate.leapMonthOf(1900));
    assertEquals(OptionalInt.of(6), LunarDate.leapMonthOf(2199));
  }

  @Test
  void fromRejectsDatesOutsideTheRange() {
    DateTimeException before =
        assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(1900, 1, 30)));
    assertEquals(
        "Date 1900-01-30 is outside the supported range of the lunar calendar "
            + "(1900-01-31 to 2200-02-14)",
        before.getMessage());
    DateTimeException after =
        assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.of(2200, 2, 15)));
    assertTrue(after.getMessage().startsWith("Date 2200-02-15 is outside"), after.getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.MIN));
    assertThrows(DateTimeException.class, () -> LunarDate.from(LocalDate.MAX));
  }

  @Test
  void fromRejectsNull() {
    NullPointerException thrown =
        assertThrows(NullPointerException.class, () -> LunarDate.from(null));
    assertEquals("date", thrown.getMessage());
  }

  @Test
  void ofRejectsADayBeyondTheMonth() {
    // Month 1 of 2024 is short (tháng thiếu): 2024-02-10 to 2024-03-09.
    assertEquals(29, LunarDate.of(2024, 1, 1, false).lengthOfMonth());
    DateTimeException thrown =
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 1, 30, false));
    assertEquals(
        "Invalid lunar date 2024-01-30 (month 1 of lunar year 2024 has 29 days)",
        thrown.getMessage());

    // Month 2 of 2024 is long (tháng đủ): its day 30 exists.
    assertEquals(LocalDate.of(2024, 4, 8), LunarDate.of(2024, 2, 30, false).toLocalDate());
    assertEquals(
        "Invalid lunar date 2024-02-31 (month 2 of lunar year 2024 has 30 days)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 2, 31, false)).getMessage());
    assertEquals(
        "Invalid lunar date 2023-02L-30 (leap month 2 of lunar year 2023 has 29 days)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2023, 2, 30, true)).getMessage());
    assertEquals(
        "Invalid lunar date 2024-03-00 (the day must be at least 1)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 3, 0, false)).getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 3, -1, false));
    assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 3, Integer.MAX_VALUE, false));
  }

  @Test
  void ofRejectsALeapMonthTheYearDoesNotHave() {
    assertEquals(
        "Invalid lunar date 2024-05L-01 (lunar year 2024 has no leap month 5; "
            + "its leap month: none)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 5, 1, true)).getMessage());
    assertEquals(
        "Invalid lunar date 2023-03L-01 (lunar year 2023 has no leap month 3; its leap month: 2)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2023, 3, 1, true)).getMessage());
  }

  @Test
  void ofRejectsAnInvalidMonth() {
    assertEquals(
        "Invalid lunar date 2024-13-01 (the month must be from 1 to 12)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 13, 1, false)).getMessage());
    assertEquals(
        "Invalid lunar date 2024-00-01 (the month must be from 1 to 12)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2024, 0, 1, false)).getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.of(2024, -1, 1, true));
  }

  @Test
  void ofRejectsAYearOutsideTheRange() {
    assertEquals(
        "Invalid lunar date 1899-12-01 (lunar year 1899 is outside the supported range "
            + "1900 to 2199)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(1899, 12, 1, false)).getMessage());
    assertEquals(
        "Invalid lunar date 2200-01-01 (lunar year 2200 is outside the supported range "
            + "1900 to 2199)",
        assertThrows(DateTimeException.class, () -> LunarDate.of(2200, 1, 1, false)).getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.of(Integer.MIN_VALUE, 1, 1, false));
    assertThrows(DateTimeException.class, () -> LunarDate.of(Integer.MAX_VALUE, 1, 1, false));
  }

  @Test
  void leapMonthOfRejectsAYearOutsideTheRange() {
    assertEquals(
        "Lunar year 1899 is outside the supported range 1900 to 2199",
        assertThrows(DateTimeException.class, () -> LunarDate.leapMonthOf(1899)).getMessage());
    assertThrows(DateTimeException.class, () -> LunarDate.leapMonthOf(2200));
  }

  @Test
  void accessors() {
    LunarDate date = LunarDate.from(LocalDate.of(2024, 9, 17)); // Tết Trung thu 2024
    assertEquals(2024, date.year());
    assertEquals(8, date.month());
    assertEquals(15, date.day());
    assertFalse(date.leapMonth());
    assertEquals(30, date.lengthOfMonth());
    assertEquals(LocalDate.of(2024, 9, 17), date.toLocalDate());
  }

  @Test
  void textForm() {
    assertEquals("2024-01-01", LunarDate.of(2024, 1, 1, false).toString());
    assertEquals("2024-08-15", LunarDate.of(2024, 8, 15, false).toString());
    assertEquals("2023-02L-15", LunarDate.of(2023, 2, 15, true).toString());
    assertEquals("2033-11L-01", LunarDate.of(2033, 11, 1, true).toString());
    assertEquals("1900-01-01", LunarDate.MIN.toString());
  }

  @Test
  void equalsHashCodeAndCompareTo() {
    LunarDate tet = LunarDate.of(2024, 1, 1, false);
    LunarDate same = LunarDate.from(LocalDate.of(2024, 2, 10));
    LunarDate next = LunarDate.of(2024, 1, 2, false);
    assertEquals(tet, same);
    assertEquals(tet.hashCode(), same.hashCode());
    assertNotEquals(tet, next);
    assertNotEquals(tet, null);
    assertNotEquals(tet, tet.toLocalDate());
    assertEquals(0, tet.compareTo(same));
    assertTrue(tet.compareTo(next) < 0);
    assertTrue(next.compareTo(tet) > 0);
    // Time order, not field order: the leap month 2 of 2023 comes after month 2, before month 3.
    LunarDate month2 = LunarDate.of(2023, 2, 29, false);
    LunarDate leap2 = LunarDate.of(2023, 2, 1, true);
    LunarDate month3 = LunarDate.of(2023, 3, 1, false);
    assertNotEquals(LunarDate.of(2023, 2, 1, false), leap2);
    assertTrue(month2.compareTo(leap2) < 0);
    assertTrue(leap2.compareTo(month3) < 0);
    assertThrows(NullPointerException.class, () -> tet.compareTo(null));
  }
}
