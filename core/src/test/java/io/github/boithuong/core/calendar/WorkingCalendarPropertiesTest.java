package io.github.boithuong.core.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.boithuong.core.testing.TestDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Laws of the working-day calendar, over generated dates 2000–2100 and across Tết. */
class WorkingCalendarPropertiesTest {

  private static final int EXAMPLES = 5000;
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  @Test
  void plusWorkingDays_isAWorkingDay_afterFrom() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 400))
        .check((d, n) -> {
          LocalDate r = calendar.plusWorkingDays(d, n);
          return calendar.isWorkingDay(r) && r.isAfter(d);
        });
  }

  @Test
  void plusWorkingDays_isAdditive() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(0, 300), integers().between(0, 300))
        .check((d, a, b) -> calendar.plusWorkingDays(calendar.plusWorkingDays(d, a), b)
            .equals(calendar.plusWorkingDays(d, a + b)));
  }

  @Test
  void workingDaysBetween_invertsPlusWorkingDays() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(0, 1000))
        .check((d, n) -> calendar.workingDaysBetween(d, calendar.plusWorkingDays(d, n)) == n);
  }

  @Test
  void plusWorkingDays_isMonotoneInTheStart() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 60), integers().between(1, 200))
        .check((d, later, n) -> !calendar.plusWorkingDays(d.plusDays(later), n)
            .isBefore(calendar.plusWorkingDays(d, n)));
  }

  /** The O(1) index agrees with counting day by day. */
  @Test
  void plusWorkingDays_agreesWithDayByDayStepping() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(0, 40))
        .check((d, n) -> {
          LocalDate x = d;
          for (int left = n; left > 0; ) {
            x = x.plusDays(1);
            if (calendar.day(x).isWorkingDay()) {
              left--;
            }
          }
          return x.equals(calendar.plusWorkingDays(d, n));
        });
  }

  @Test
  void nextWorkingDayOrSame_isTheFirstWorkingDayOnOrAfter() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates())
        .check(d -> {
          LocalDate r = calendar.nextWorkingDayOrSame(d);
          if (!calendar.isWorkingDay(r) || r.isBefore(d)) {
            return false;
          }
          for (LocalDate x = d; x.isBefore(r); x = x.plusDays(1)) {
            if (calendar.isWorkingDay(x)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void dayAndIsWorkingDay_agree_andWeekdaysOffHaveAReason() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates())
        .check(d -> {
          CalendarDay day = calendar.day(d);
          boolean consistent = day.isWorkingDay() == calendar.isWorkingDay(d);
          boolean explained = day.isWorkingDay() || day.kind() == DayKind.WEEKLY_REST
              || !day.entries().isEmpty();
          return consistent && explained;
        });
  }

  /**
   * Every year has between 245 and 256 working days: 260–262 weekdays less 8 to 11 statutory
   * holidays (and their compensatory days), swaps leaving the count unchanged.
   */
  @Test
  void everyYear_hasAPlausibleNumberOfWorkingDays() {
    qt().withExamples(200)
        .forAll(integers().between(2001, 2199))
        .check(y -> {
          int n = calendar.workingDaysBetween(LocalDate.of(y - 1, 12, 31), LocalDate.of(y, 12, 31));
          return n >= 245 && n <= 256;
        });
  }
}
