package io.github.boithuong.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.boithuong.core.calendar.LunarDate;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Date generators for the property tests: uniform over 2000–2100 (the calendar starts in 2000,
 * when the civil service's five-day week was in force), half of them within 25 days of a Tết, where
 * the calendar is densest with days off. In a package the module does not export, so that test
 * types stay out of its API.
 */
public final class TestDates {

  private static final long FIRST = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2100, 12, 31).toEpochDay();
  private static final int SPAN = (int) (LAST - FIRST + 1);

  private TestDates() {}

  /**
   * Dates from 2000 to 2100, half of them close to a lunar new year.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 2 * SPAN - 1).map(TestDates::date);
  }

  private static LocalDate date(int i) {
    if (i < SPAN) {
      return LocalDate.ofEpochDay(FIRST + i);
    }
    int j = i - SPAN;
    int year = 2000 + j % 101;
    int offset = (j / 101) % 51 - 25;
    return LunarDate.of(year, 1, 1, false).toLocalDate().plusDays(offset);
  }
}
