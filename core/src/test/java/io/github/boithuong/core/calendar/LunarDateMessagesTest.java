package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How an invalid lunar date is written back to the user: the date as given (ISO-like
 * {@code yyyy-MM[L]-dd}, {@code L} for a leap month, tháng nhuận) and the reason.
 */
class LunarDateMessagesTest {

  private static String message(int year, int month, int day, boolean leap) {
    return assertThrows(DateTimeException.class, () -> LunarDate.of(year, month, day, leap))
        .getMessage();
  }

  @Test
  void yearsAreWrittenWithFourDigitsOrMore() {
    String range = " is outside the supported range 1900 to 2199)";
    assertEquals("Invalid lunar date 0005-01-01 (lunar year 5" + range, message(5, 1, 1, false));
    assertEquals("Invalid lunar date 0050-01-01 (lunar year 50" + range, message(50, 1, 1, false));
    assertEquals("Invalid lunar date 0999-01-01 (lunar year 999" + range,
        message(999, 1, 1, false));
    assertEquals("Invalid lunar date 0000-01-01 (lunar year 0" + range, message(0, 1, 1, false));
    assertEquals("Invalid lunar date 1000-01-01 (lunar year 1000" + range,
        message(1000, 1, 1, false));
    assertEquals("Invalid lunar date -1-01-01 (lunar year -1" + range, message(-1, 1, 1, false));
    assertEquals("Invalid lunar date 2200-12L-30 (lunar year 2200" + range,
        message(2200, 12, 30, true));
    assertEquals("Invalid lunar date 0009-01-01 (lunar year 9" + range, message(9, 1, 1, false));
    assertEquals("Invalid lunar date 0010-01-01 (lunar year 10" + range, message(10, 1, 1, false));
    assertEquals("Invalid lunar date 0099-01-01 (lunar year 99" + range, message(99, 1, 1, false));
    assertEquals("Invalid lunar date 0100-01-01 (lunar year 100" + range,
        message(100, 1, 1, false));
  }

  @Test
  void monthsAndDaysAreWrittenWithTwoDigitsOrMore() {
    assertEquals("Invalid lunar date 2024-13-01 (the month must be from 1 to 12)",
        message(2024, 13, 1, false));
    assertEquals("Invalid lunar date 2024-00-01 (the month must be from 1 to 12)",
        message(2024, 0, 1, false));
    assertEquals("Invalid lunar date 2024--1-01 (the month must be from 1 to 12)",
        message(2024, -1, 1, false));
    assertEquals("Invalid lunar date 2024-01-00 (the day must be at least 1)",
        message(2024, 1, 0, false));
    assertEquals("Invalid lunar date 2024-10-31 (month 10 of lunar year 2024 has 30 days)",
        message(2024, 10, 31, false));
    assertEquals("Invalid lunar date 2024-09-30 (month 9 of lunar year 2024 has 29 days)",
        message(2024, 9, 30, false));
  }

  @Test
  void hashCodeFollowsTheDay() {
    // Mùng 1 Tết Giáp Thìn (10/02/2024) and the next day.
    LunarDate tet = LunarDate.from(LocalDate.of(2024, 2, 10));
    assertEquals(LunarDate.of(2024, 1, 1, false), tet);
    assertEquals(LunarDate.of(2024, 1, 1, false).hashCode(), tet.hashCode());
    assertNotEquals(tet.hashCode(), LunarDate.from(LocalDate.of(2024, 2, 11)).hashCode());
    assertEquals("2024-01-01", tet.toString());
  }
}
