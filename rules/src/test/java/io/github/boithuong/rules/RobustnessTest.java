package io.github.boithuong.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * Random input (issue 7.2): generated cases, valid and invalid ({@link RandomCases}), through every
 * public entry point of case building, validation, the timetable, every rule, the assessment and
 * the report. Every outcome must be a result or a documented, typed problem: a constructor may
 * refuse a programming error (null, blank name, end before start) with a message; after that,
 * nothing may throw. Output size is bounded by the input, so that nothing grows without bound;
 * the timeout only guards against a hang, it measures no speed.
 */
class RobustnessTest {

  /** Cases per run; with the events inside them, several hundred thousand generated inputs. */
  static final int CASES = Integer.getInteger("boithuong.robustness.cases", 20_000);

  private static final long SEED = Long.getLong("boithuong.robustness.seed", 20_261_122L);
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final RuleSet RULES = RuleSet.standard();

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyGeneratedCaseGivesAResultOrTypedProblems(TestReporter reporter) {
    StringBuilder counts = new StringBuilder();
    AtomicLong cases = new AtomicLong();
    AtomicLong refusedClaims = new AtomicLong();
    AtomicLong refusedParts = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong withProblems = new AtomicLong();
    AtomicLong verdicts = new AtomicLong();
    AtomicLong notApplicable = new AtomicLong();
    List<Claim> batch = new ArrayList<>();
    AtomicLong reports = new AtomicLong();
    AtomicLong refusedQueries = new AtomicLong();

    qt().withExamples(CASES).withFixedSeed(SEED).withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          cases.incrementAndGet();
          RandomCases.Generated g = RandomCases.generate(seed);
          refusedParts.addAndGet(g.rejectedParts());
          if (g.claim() == null) {
            refusedClaims.incrementAndGet();
            return;
          }
          Claim claim = g.claim();
          events.addAndGet(claim.events().size());
          LocalDate asOf = g.asOf();
          if (!inRange(asOf)) {
            refusedQueries.incrementAndGet();
            assertRefusesQueryDate(claim, asOf);
            asOf = LocalDate.of(2026, 11, 23);
          }
          Assessment assessment = exercise(claim, asOf);
          if (!assessment.caseProblems().isEmpty()) {
            withProblems.incrementAndGet();
          }
          for (Verdict v : assessment.verdicts()) {
            verdicts.incrementAndGet();
            if (v.outcome() == Outcome.NOT_APPLICABLE) {
              notApplicable.incrementAndGet();
            }
          }
          batch.add(claim);
          if (batch.size() == 200) {
            compileReport(batch, asOf);
            reports.incrementAndGet();
            batch.clear();
          }
        });

    assertEquals(CASES, cases.get());
    assertTrue(cases.get() - refusedClaims.get() > CASES / 2, "most cases must be judged");
    assertTrue(withProblems.get() > 0 && withProblems.get() < cases.get() - refusedClaims.get(),
        "the generator makes both clean and faulty cases");
    publish(reporter, counts, "cases", Long.toString(cases.get()));
    publish(reporter, counts, "claims refused at construction", Long.toString(refusedClaims.get()));
    publish(reporter, counts, "events and attributes refused at construction",
        Long.toString(refusedParts.get()));
    publish(reporter, counts, "events judged", Long.toString(events.get()));
    publish(reporter, counts, "cases with typed problems", Long.toString(withProblems.get()));
    publish(reporter, counts, "verdicts", Long.toString(verdicts.get()));
    publish(reporter, counts, "verdicts not applicable", Long.toString(notApplicable.get()));
    publish(reporter, counts, "reports compiled", Long.toString(reports.get()));
    publish(reporter, counts, "query dates outside the calendar, refused as documented",
        Long.toString(refusedQueries.get()));
    writeCounts(counts, "robustness-cases.txt");
  }

  /** Calls every entry point on one case; anything thrown fails the test with the seed. */
  static Assessment exercise(Claim claim, LocalDate asOf) {
    List<CaseProblem> problems = claim.problems();
    assertNotNull(problems);
    assertEquals(problems.isEmpty(), claim.validate().isValid());
    for (CaseProblem p : problems) {
      assertFalse(p.message(VI).isBlank());
      assertFalse(p.message(Locale.ENGLISH).isBlank());
    }
    Timetable timetable = Timetable.of(claim, CALENDAR);
    int bound = 40_000 + 4_000 * (claim.events().size() + 1);
    for (TimetableEntry e : timetable.entries()) {
      assertNotNull(e.status(asOf));
      assertBounded(e.explain(asOf), bound);
    }
    timetable.dueOrOverdue(asOf, 5);
    assertBounded(timetable.explain(asOf), 4 * bound);
    RuleContext context = RuleContext.of(asOf, CALENDAR);
    for (Rule rule : RULES.rules()) {
      Verdict v = rule.evaluate(claim, context);
      assertEquals(rule.id(), v.ruleId());
      assertBounded(v.explain(), bound);
      assertFalse(v.render(VI).isBlank());
    }
    Assessment assessment = RULES.assess(claim, context);
    assertEquals(RULES.rules().size(), assessment.verdicts().size());
    String vi = assessment.render(VI);
    String en = assessment.render(Locale.ENGLISH);
    assertTrue(vi.length() < 8 * bound && en.length() < 8 * bound, "output grows without bound");
    return assessment;
  }

  static boolean inRange(LocalDate date) {
    return !date.isBefore(CALENDAR.minDate()) && !date.isAfter(CALENDAR.maxDate());
  }

  /** A query date outside 2000–2199 is a documented refusal, not a wrong answer. */
  private static void assertRefusesQueryDate(Claim claim, LocalDate asOf) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleContext.of(asOf, CALENDAR));
    assertTrue(e.getMessage().contains("asOf"), e.getMessage());
    Timetable timetable = Timetable.of(claim, CALENDAR);
    assertThrows(IllegalArgumentException.class, () -> timetable.dueOrOverdue(asOf, 0));
    assertThrows(IllegalArgumentException.class, () -> timetable.explain(asOf));
    for (TimetableEntry entry : timetable.entries()) {
      assertThrows(IllegalArgumentException.class, () -> entry.status(asOf));
    }
  }

  private static void compileReport(List<Claim> claims, LocalDate asOf) {
    LocalDate from = LocalDate.of(2018, 7, 1);
    LocalDate to = asOf.isAfter(from) ? asOf : from.plusYears(1);
    Report report = Report.compile(claims, from, to, CALENDAR);
    assertFalse(report.figures().isEmpty());
    assertFalse(report.toCsv(VI).isBlank());
    assertFalse(report.toCsv(Locale.ENGLISH).isBlank());
  }

  private static void assertBounded(Explanation explanation, int bound) {
    String vi = explanation.render(VI);
    String en = explanation.render(Locale.ENGLISH);
    assertFalse(vi.isBlank() || en.isBlank(), "an explanation in both languages");
    assertTrue(vi.length() < bound && en.length() < bound, "output grows without bound");
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
