package io.github.boithuong.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.boithuong.core.calendar.CalendarException;
import io.github.boithuong.core.calendar.CalendarOptions;
import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * Random input (issue 7.2) for the time engine's entry points: {@link Deadline#compute} and
 * {@link Deadline#after} with every kind of period, amounts from {@code Integer.MIN_VALUE} to
 * {@code Integer.MAX_VALUE}, event days from year 1 to year 9999 (29 February included), excluded
 * intervals in any order, overlapping or outside the calendar, on the lenient and the strict
 * calendar.
 *
 * <p>Every outcome is a deadline, a {@link CalendarProblem} list ({@code compute}), a documented
 * {@link CalendarException} ({@code after}), or a documented {@link IllegalArgumentException}
 * naming the argument (a negative amount, an interval that ends before it starts). Nothing else
 * may be thrown, and {@code compute} and {@code after} must agree.
 */
class DeadlineRobustnessTest {

  static final int INPUTS = Integer.getInteger("boithuong.robustness.deadlines", 30_000);

  private static final LocalDate[] EXTREME = {
    LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1999, 12, 31),
    LocalDate.of(2000, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1),
    LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2100, 2, 28),
    LocalDate.of(2199, 12, 1)
  };
  private static final int[] AMOUNTS = {
    0, 1, 2, 5, 15, 30, 366, 10_000, 100_000, Integer.MAX_VALUE, -1, Integer.MIN_VALUE
  };

  private final WorkingCalendar lenient = WorkingCalendar.vietnam();
  private final WorkingCalendar strict =
      WorkingCalendar.vietnam(CalendarOptions.defaults().withStrict(true));

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyInputGivesADeadlineOrTypedProblems(TestReporter reporter) {
    StringBuilder counts = new StringBuilder();
    AtomicLong deadlines = new AtomicLong();
    AtomicLong problems = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    qt().withExamples(INPUTS).withFixedSeed(20_261_122L).withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom r = new SplittableRandom(seed);
          LocalDate day = date(r);
          LegalPeriod period;
          List<ExcludedInterval> excluded = new ArrayList<>();
          try {
            period = period(r);
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
              LocalDate start = r.nextInt(3) == 0 ? date(r) : day.plusDays(r.nextInt(-5, 60));
              excluded.add(ExcludedInterval.of(start,
                  r.nextInt(6) == 0 ? date(r) : start.plusDays(r.nextInt(30)), "lũ lụt"));
            }
          } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            refused.incrementAndGet();
            return;
          }
          WorkingCalendar calendar = r.nextBoolean() ? lenient : strict;
          Validation<Seq<CalendarProblem>, Deadline> v =
              Deadline.compute(day, period, calendar, excluded);
          if (v.isValid()) {
            deadlines.incrementAndGet();
            Deadline d = v.get();
            assertFalse(d.lastDay().isBefore(day), "the deadline is on or after the event");
            assertEquals(d, Deadline.after(day, period, calendar, excluded));
            String vi = d.explain().render(Locale.forLanguageTag("vi"));
            // Bounded by the input: the explanation lists each day off in the span, no more.
            long bound = 20_000 + 100 * ChronoUnit.DAYS.between(day, d.lastDay())
                + 500L * excluded.size();
            assertTrue(!vi.isBlank() && vi.length() < bound,
                () -> vi.length() + " characters for " + period + " from " + day + ": " + vi.substring(0, Math.min(3000, vi.length())));
          } else {
            problems.incrementAndGet();
            assertFalse(v.getError().isEmpty());
            v.getError().forEach(p -> assertFalse(p.message(Locale.ENGLISH).isBlank()));
            CalendarException e = org.junit.jupiter.api.Assertions.assertThrows(
                CalendarException.class, () -> Deadline.after(day, period, calendar, excluded));
            assertEquals(v.getError().toJavaList(), e.problems());
          }
        });
    assertEquals(INPUTS, deadlines.get() + problems.get() + refused.get());
    assertTrue(deadlines.get() > 0 && problems.get() > 0 && refused.get() > 0);
    publish(reporter, counts, "inputs", Integer.toString(INPUTS));
    publish(reporter, counts, "deadlines", Long.toString(deadlines.get()));
    publish(reporter, counts, "calendar problems", Long.toString(problems.get()));
    publish(reporter, counts, "arguments refused", Long.toString(refused.get()));
    writeCounts(counts, "robustness-deadlines.txt");
  }

  private static LocalDate date(SplittableRandom r) {
    return r.nextInt(4) == 0 ? EXTREME[r.nextInt(EXTREME.length)]
        : LocalDate.of(2018, 1, 1).plusDays(r.nextInt(4000));
  }

  private static LegalPeriod period(SplittableRandom r) {
    int amount = r.nextInt(5) == 0 ? AMOUNTS[r.nextInt(AMOUNTS.length)] : r.nextInt(40);
    LegalPeriod p = switch (r.nextInt(5)) {
      case 0 -> LegalPeriod.workingDays(amount);
      case 1 -> LegalPeriod.days(amount);
      case 2 -> LegalPeriod.months(amount);
      case 3 -> LegalPeriod.years(amount);
      default -> LegalPeriod.immediately();
    };
    return r.nextInt(4) == 0 && p.unit() != PeriodUnit.WORKING_DAYS ? p.asLimitationPeriod() : p;
  }

  /** Publishes a count to JUnit and keeps it for {@code target/NAME}, quoted by docs/quality.md. */
  static void publish(TestReporter reporter, StringBuilder counts, String key, String value) {
    reporter.publishEntry(key, value);
    counts.append(key).append(": ").append(value).append('\n');
  }

  static void writeCounts(StringBuilder counts, String name) {
    try {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", name), counts);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
