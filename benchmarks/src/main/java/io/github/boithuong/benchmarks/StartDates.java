package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.Occasion;
import io.github.boithuong.core.calendar.ScheduleEntry;
import io.github.boithuong.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The dates the calendar benchmarks rotate through, generated once with a fixed seed: spread
 * uniformly over the years, with the first day of every Tết break and the days around it forced in,
 * so that a share of the starts falls in the longest break of the year.
 */
final class StartDates {

  /** A power of two: the benchmarks rotate with a mask. */
  static final int SIZE = 1024;
  static final int MASK = SIZE - 1;

  private StartDates() {}

  /** The first day off for Tết of each year of the range, read from the calendar's schedules. */
  static List<LocalDate> tetBreaks(WorkingCalendar calendar, int firstYear, int lastYear) {
    List<LocalDate> breaks = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      calendar.schedule(year).entries().stream()
          .filter(e -> e.occasion() == Occasion.LUNAR_NEW_YEAR && e.kind().isDayOff())
          .map(ScheduleEntry::date).min(Comparator.naturalOrder()).ifPresent(breaks::add);
    }
    return breaks;
  }

  /**
   * Dates from {@code first} to {@code last}, both included: one in eight is a day from five days
   * before to ten days after the start of a Tết break in the range, the others uniform.
   */
  static LocalDate[] between(WorkingCalendar calendar, LocalDate first, LocalDate last, long seed) {
    List<LocalDate> tet = tetBreaks(calendar, first.getYear(), last.getYear());
    SplittableRandom random = new SplittableRandom(seed);
    int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
    LocalDate[] dates = new LocalDate[SIZE];
    for (int i = 0; i < SIZE; i++) {
      LocalDate d;
      if (i % 8 == 0) {
        do {
          d = tet.get(random.nextInt(tet.size())).plusDays(random.nextInt(-5, 11));
        } while (d.isBefore(first) || d.isAfter(last));
      } else {
        d = first.plusDays(random.nextInt(span));
      }
      dates[i] = d;
    }
    return dates;
  }
}
