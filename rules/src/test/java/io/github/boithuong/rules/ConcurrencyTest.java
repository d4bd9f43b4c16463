package io.github.boithuong.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Timetable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency (issue 7.3): one calendar and one rule set, shared by 8 threads that evaluate the
 * same {@value #CASES} generated cases ({@link RandomCases}) each in its own order, give exactly
 * the results of a single thread. The calendar is fresh and the threads start together, so any
 * lazy initialisation inside it is raced. ArchUnit forbids shared mutable state in the code; this
 * proves it at run time.
 */
class ConcurrencyTest {

  static final int CASES = 1_500;
  private static final int THREADS = 8;
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void eightThreadsGiveTheResultsOfOne(TestReporter reporter) throws Exception {
    StringBuilder counts = new StringBuilder();
    List<Claim> claims = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (long seed = 1; claims.size() < CASES; seed++) {
      RandomCases.Generated g = RandomCases.generate(seed * 0x9E3779B97F4A7C15L);
      if (g.claim() != null && RobustnessTest.inRange(g.asOf())) {
        claims.add(g.claim());
        dates.add(g.asOf());
      }
    }

    WorkingCalendar shared = WorkingCalendar.vietnam();
    RuleSet rules = RuleSet.standard();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long shuffle = t;
        Callable<List<String>> work = () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < CASES; i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(shuffle));
          String[] results = new String[CASES];
          start.await();
          for (int i : order) {
            results[i] = fingerprint(claims.get(i), dates.get(i), shared, rules);
          }
          return List.of(results);
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      List<List<String>> concurrent = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        concurrent.add(f.get());
      }

      // The reference: one thread, its own calendar and rule set, after the others are done.
      WorkingCalendar alone = WorkingCalendar.vietnam();
      RuleSet aloneRules = RuleSet.standard();
      int compared = 0;
      for (int i = 0; i < CASES; i++) {
        String expected = fingerprint(claims.get(i), dates.get(i), alone, aloneRules);
        for (int t = 0; t < THREADS; t++) {
          assertEquals(expected, concurrent.get(t).get(i),
              "thread " + t + ", case " + claims.get(i).id());
          compared++;
        }
      }
      assertEquals(CASES * THREADS, compared);
      assertTrue(concurrent.get(0).stream().distinct().count() > CASES / 2,
          "the cases must differ from one another");
      RobustnessTest.publish(reporter, counts, "cases", Integer.toString(CASES));
      RobustnessTest.publish(reporter, counts, "threads", Integer.toString(THREADS));
      RobustnessTest.publish(reporter, counts, "concurrent evaluations compared", Integer.toString(compared));
      RobustnessTest.writeCounts(counts, "concurrency.txt");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Everything the library answers about a case, as text. */
  private static String fingerprint(Claim claim, LocalDate asOf, WorkingCalendar calendar,
      RuleSet rules) {
    Assessment a = rules.assess(claim, RuleContext.of(asOf, calendar));
    Timetable timetable = Timetable.of(claim, calendar);
    return a.render(VI) + '\u0000' + a.render(Locale.ENGLISH) + '\u0000'
        + timetable.explain(asOf).render(Locale.ENGLISH) + '\u0000' + a.verdicts();
  }

}
