package io.github.boithuong.core.time;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.testing.TestDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of legal periods (Civil Code 2015 Điều 147, 148), over generated events 2000–2100. */
class DeadlinePropertiesTest {

  private static final int EXAMPLES = 4000;
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  /** A deadline in working days always falls on a working day. */
  @Test
  void workingDayDeadline_isAWorkingDay() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 60))
        .check((d, n) -> calendar.isWorkingDay(
            Deadline.after(d, LegalPeriod.workingDays(n), calendar).lastDay()));
  }

  /** Every deadline, whatever its unit, ends on a working day (Điều 148.5). */
  @Test
  void everyDeadline_endsOnAWorkingDay_notBeforeTheEvent() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 40), integers().between(0, 4))
        .check((d, n, u) -> {
          Deadline dl = Deadline.after(d, period(u, n), calendar);
          return calendar.isWorkingDay(dl.lastDay()) && !dl.lastDay().isBefore(d);
        });
  }

  /** A later event never gives an earlier deadline. */
  @Test
  void laterEvent_neverEarlierDeadline() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 30), integers().between(1, 40),
            integers().between(0, 4))
        .check((d, later, n, u) -> !Deadline.after(d.plusDays(later), period(u, n), calendar).lastDay()
            .isBefore(Deadline.after(d, period(u, n), calendar).lastDay()));
  }

  /** A rolled calendar-day deadline is the first working day on or after the raw end. */
  @Test
  void rolledDeadline_isFirstWorkingDayOnOrAfterRawEnd() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 90))
        .check((d, n) -> {
          Deadline dl = Deadline.after(d, LegalPeriod.days(n), calendar);
          if (!dl.rawEnd().equals(d.plusDays(n))) {
            return false;
          }
          for (LocalDate x = dl.rawEnd(); x.isBefore(dl.lastDay()); x = x.plusDays(1)) {
            if (calendar.isWorkingDay(x)) {
              return false;
            }
          }
          return calendar.isWorkingDay(dl.lastDay()) && dl.rolled() == !dl.rawEnd().equals(dl.lastDay());
        });
  }

  /** Months from the 29th–31st land on the corresponding day, or the month's last day (Điều 148.3). */
  @Test
  void monthPeriod_fromMonthEnd_landsOnCorrespondingDayOrLastDay() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(2000, 2090), integers().between(1, 12), integers().between(29, 31),
            integers().between(1, 24))
        .check((y, m, day, n) -> {
          YearMonth ym = YearMonth.of(y, m);
          if (day > ym.lengthOfMonth()) {
            return true;
          }
          LocalDate event = ym.atDay(day);
          Deadline dl = Deadline.after(event, LegalPeriod.months(n), calendar);
          YearMonth target = ym.plusMonths(n);
          LocalDate expected = day <= target.lengthOfMonth() ? target.atDay(day) : target.atEndOfMonth();
          return dl.rawEnd().equals(expected)
              && dl.clampedToMonthEnd() == (day > target.lengthOfMonth())
              && dl.lastDay().equals(calendar.nextWorkingDayOrSame(expected));
        });
  }

  /** Tolling extends a period of days by exactly the excluded days that fall within it. */
  @Test
  void tolling_extendsByExactlyTheExcludedDays() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 60), integers().between(-10, 70),
            integers().between(0, 20))
        .check((d, n, startOffset, length) -> {
          ExcludedInterval gap =
              ExcludedInterval.of(d.plusDays(startOffset), d.plusDays(startOffset + length), "test");
          Deadline plain = Deadline.after(d, LegalPeriod.days(n), calendar);
          Deadline tolled = Deadline.after(d, LegalPeriod.days(n), calendar, List.of(gap));
          long inside = 0;
          for (LocalDate x = d.plusDays(1); !x.isAfter(tolled.rawEnd()); x = x.plusDays(1)) {
            if (!x.isBefore(gap.startInclusive()) && !x.isAfter(gap.endInclusive())) {
              inside++;
            }
          }
          return tolled.rawEnd().equals(plain.rawEnd().plusDays(inside))
              && tolled.excludedDays() == inside;
        });
  }

  /** Tolling a period of working days: exactly n non-excluded working days are counted. */
  @Test
  void tolling_workingDays_countsExactlyNNonExcludedWorkingDays() {
    qt().withExamples(EXAMPLES)
        .forAll(TestDates.dates(), integers().between(1, 30), integers().between(-5, 40),
            integers().between(0, 15))
        .check((d, n, startOffset, length) -> {
          ExcludedInterval gap =
              ExcludedInterval.of(d.plusDays(startOffset), d.plusDays(startOffset + length), "test");
          Deadline tolled = Deadline.after(d, LegalPeriod.workingDays(n), calendar, List.of(gap));
          int counted = 0;
          for (LocalDate x = d.plusDays(1); !x.isAfter(tolled.lastDay()); x = x.plusDays(1)) {
            boolean excluded = !x.isBefore(gap.startInclusive()) && !x.isAfter(gap.endInclusive());
            if (calendar.isWorkingDay(x) && !excluded) {
              counted++;
            }
          }
          boolean lastCounted = tolled.lastDay().isBefore(gap.startInclusive())
              || tolled.lastDay().isAfter(gap.endInclusive());
          return counted == n && lastCounted;
        });
  }

  private static LegalPeriod period(int unit, int n) {
    switch (unit) {
      case 0:
        return LegalPeriod.workingDays(n);
      case 1:
        return LegalPeriod.days(n);
      case 2:
        return LegalPeriod.months(n);
      case 3:
        return LegalPeriod.years(1 + n % 5);
      default:
        return LegalPeriod.years(1 + n % 5).asLimitationPeriod(LimitationCounting.EVENT_DAY_COUNTED);
    }
  }
}
