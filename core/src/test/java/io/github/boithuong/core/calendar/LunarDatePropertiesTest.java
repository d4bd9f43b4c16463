package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the Vietnamese lunar calendar (âm lịch) over the whole supported range, after the
 * rules of section E.1 of {@code shared/law/damages-time-holidays.md}.
 */
class LunarDatePropertiesTest {

  private static final int EXAMPLES = 5000;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;

  private static Gen<LocalDate> supportedDates() {
    return integers()
        .between(
            Math.toIntExact(LunarDate.MIN.toLocalDate().toEpochDay()),
            Math.toIntExact(LunarDate.MAX.toLocalDate().toEpochDay()))
        .map(day -> LocalDate.ofEpochDay(day));
  }

  private static Gen<Integer> supportedYears() {
    return integers().between(FIRST_YEAR, LAST_YEAR);
  }

  @Test
  void fromThenToLocalDateGivesBackTheDate() {
    qt().withExamples(EXAMPLES)
        .forAll(supportedDates())
        .check(date -> LunarDate.from(date).toLocalDate().equals(date));
  }

  @Test
  void ofThenFromGivesBackTheSameLunarDate() {
    // The n-th month of a year (1..13, clamped to 12 in a year without a leap month) and a day.
    qt().withExamples(EXAMPLES)
        .forAll(supportedYears(), integers().between(1, 13), integers().between(1, 30))
        .checkAssert(
            (year, ordinal, day) -> {
              LunarDate firstOfMonth = nthMonth(year, ordinal);
              int dayOfMonth = Math.min(day, firstOfMonth.lengthOfMonth());
              LunarDate date =
                  LunarDate.of(year, firstOfMonth.month(), dayOfMonth, firstOfMonth.leapMonth());
              LunarDate back = LunarDate.from(date.toLocalDate());
              assertEquals(date, back);
              assertEquals(year, back.year());
              assertEquals(firstOfMonth.month(), back.month());
              assertEquals(dayOfMonth, back.day());
              assertEquals(firstOfMonth.leapMonth(), back.leapMonth());
              assertEquals(
                  firstOfMonth.toLocalDate().plusDays(dayOfMonth - 1L), date.toLocalDate());
            });
  }

  @Test
  void day30OfAShortMonthIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(supportedYears(), integers().between(1, 13))
        .checkAssert(
            (year, ordinal) -> {
              LunarDate month = nthMonth(year, ordinal);
              if (month.lengthOfMonth() == 29) {
                DateTimeException thrown =
                    assertThrows(
                        DateTimeException.class,
                        () -> LunarDate.of(year, month.month(), 30, month.leapMonth()));
                assertTrue(thrown.getMessage().contains("has 29 days"), thrown.getMessage());
              } else {
                assertEquals(30, LunarDate.of(year, month.month(), 30, month.leapMonth()).day());
              }
            });
  }

  @Test
  void consecutiveDaysAdvanceByOneDayOrStartTheNextMonth() {
    qt().withExamples(EXAMPLES)
        .forAll(supportedDates().assuming(date -> date.isBefore(LunarDate.MAX.toLocalDate())))
        .checkAssert(
            date -> {
              LunarDate today = LunarDate.from(date);
              LunarDate tomorrow = LunarDate.from(date.plusDays(1));
              assertTrue(today.compareTo(tomorrow) < 0);
              if (today.day() < today.lengthOfMonth()) {
                assertEquals(today.year(), tomorrow.year());
                assertEquals(today.month(), tomorrow.month());
                assertEquals(today.leapMonth(), tomorrow.leapMonth());
                assertEquals(today.day() + 1, tomorrow.day());
              } else {
                assertEquals(1, tomorrow.day());
                if (tomorrow.leapMonth()) {
                  // A leap month repeats the month before it.
                  assertEquals(today.year(), tomorrow.year());
                  assertEquals(today.month(), tomorrow.month());
                  assertTrue(!today.leapMonth());
                } else if (today.month() == 12) {
                  assertEquals(today.year() + 1, tomorrow.year());
                  assertEquals(1, tomorrow.month());
                } else {
                  assertEquals(today.year(), tomorrow.year());
                  assertEquals(today.month() + 1, tomorrow.month());
                }
              }
            });
  }

  @Test
  void monthsHave29Or30Days() {
    qt().withExamples(EXAMPLES)
        .forAll(supportedDates())
        .check(
            date -> {
              LunarDate lunar = LunarDate.from(date);
              int length = lunar.lengthOfMonth();
              return (length == 29 || length == 30)
                  && lunar.day() >= 1
                  && lunar.day() <= length
                  && LunarDate.from(date.minusDays(lunar.day() - 1L)).day() == 1;
            });
  }

  @Test
  void yearsHave12Or13MonthsAndALeapMonthExactlyWhen13() {
    qt().withExamples(EXAMPLES)
        .forAll(supportedYears())
        .checkAssert(
            year -> {
              LocalDate newYear = LunarDate.of(year, 1, 1, false).toLocalDate();
              LocalDate end =
                  year == LAST_YEAR
                      ? LunarDate.MAX.toLocalDate().plusDays(1)
                      : LunarDate.of(year + 1, 1, 1, false).toLocalDate();
              int months = 0;
              int leapMonths = 0;
              int leapMonthNumber = 0;
              for (LocalDate start = newYear; start.isBefore(end); months++) {
                LunarDate month = LunarDate.from(start);
                assertEquals(1, month.day());
                assertEquals(year, month.year());
                if (month.leapMonth()) {
                  leapMonths++;
                  leapMonthNumber = month.month();
                }
                start = start.plusDays(month.lengthOfMonth());
              }
              long days = end.toEpochDay() - newYear.toEpochDay();
              OptionalInt leapMonth = LunarDate.leapMonthOf(year);
              if (leapMonth.isPresent()) {
                assertEquals(13, months);
                assertEquals(1, leapMonths);
                assertEquals(leapMonth.getAsInt(), leapMonthNumber);
                assertTrue(days >= 383 && days <= 385, year + ": " + days + " days");
              } else {
                assertEquals(12, months);
                assertEquals(0, leapMonths);
                assertTrue(days >= 353 && days <= 355, year + ": " + days + " days");
              }
            });
  }

  /** The n-th month (1-based) of a lunar year; 13 means month 12 in a year of 12 months. */
  private static LunarDate nthMonth(int year, int ordinal) {
    OptionalInt leap = LunarDate.leapMonthOf(year);
    if (leap.isEmpty()) {
      return LunarDate.of(year, Math.min(ordinal, 12), 1, false);
    }
    int leapMonth = leap.getAsInt();
    if (ordinal <= leapMonth) {
      return LunarDate.of(year, ordinal, 1, false);
    }
    if (ordinal == leapMonth + 1) {
      return LunarDate.of(year, leapMonth, 1, true);
    }
    return LunarDate.of(year, ordinal - 1, 1, false);
  }
}
