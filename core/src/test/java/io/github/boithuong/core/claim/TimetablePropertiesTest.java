package io.github.boithuong.core.claim;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.time.PeriodUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Laws of validation and of the timetable, over thousands of generated cases. */
class TimetablePropertiesTest {

  private static final int EXAMPLES = 1500;
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  /** Validation accepts every case produced by the generator of lawful event sequences. */
  @Test
  void validation_acceptsEveryLawfulSequence() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims())
        .check(c -> c.problems().isEmpty());
  }

  /**
   * Validation rejects every sequence with an illegal order: any event that legally follows
   * another, moved before the first event of the case, is reported out of order.
   */
  @Test
  void validation_rejectsEveryIllegalOrder() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims(), integers().between(0, 10_000),
            integers().between(1, 30))
        .check((c, pick, back) -> {
          List<CaseEvent> events = c.events();
          if (events.size() < 2) {
            return true;
          }
          int i = 1 + pick % (events.size() - 1);
          CaseEvent moved = redate(events.get(i), events.get(0).date().minusDays(back));
          List<CaseEvent> changed = new ArrayList<>(events);
          changed.set(i, moved);
          Claim illegal = Claim.builder().from(c).events(changed).build();
          return illegal.problems().stream().anyMatch(p -> p.code() == CaseProblem.Code.OUT_OF_ORDER);
        });
  }

  /** The timetable never has a due date on a non-working day for working-day periods. */
  @Test
  void timetable_workingDayDueDatesAreWorkingDays() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims())
        .check(c -> Timetable.of(c, calendar).entries().stream()
            .filter(e -> e.deadline().period().unit() == PeriodUnit.WORKING_DAYS)
            .allMatch(e -> calendar.isWorkingDay(e.dueDate())));
  }

  /**
   * Recording a step earlier never makes any later due date later. The steps are the procedure's
   * progress; the decisions that open a pause (postponement, suspension) are not moved: opening a
   * pause earlier with the same end lengthens it, which rightly makes due dates later.
   */
  @Test
  void timetable_earlierStepNeverMakesALaterDueDateLater() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims(), integers().between(0, 10_000),
            integers().between(1, 20))
        .check((c, pick, earlier) -> {
          List<CaseEvent> events = c.events();
          if (events.size() < 2) {
            return true;
          }
          int i = 1 + pick % (events.size() - 1);
          if (events.get(i) instanceof Postponed || events.get(i) instanceof Suspended) {
            return true;
          }
          LocalDate floor = events.get(i - 1).date();
          LocalDate date = events.get(i).date().minusDays(earlier);
          CaseEvent moved = redate(events.get(i), date.isBefore(floor) ? floor : date);
          List<CaseEvent> changed = new ArrayList<>(events);
          changed.set(i, moved);
          Claim sooner = Claim.builder().from(c).events(changed).build();
          return notLater(Timetable.of(sooner, calendar), Timetable.of(c, calendar));
        });
  }

  /** Adding a postponement never makes a due date earlier. */
  @Test
  void timetable_postponementNeverMakesADueDateEarlier() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims(), integers().between(0, 60),
            integers().between(1, 30))
        .check((c, offset, length) -> {
          LocalDate accepted = c.acceptedOn().orElse(null);
          if (accepted == null) {
            return true;
          }
          LocalDate requested = accepted.plusDays(offset);
          Claim postponed = c.with(new PostponementRequested(requested))
              .with(new Postponed(requested, requested.plusDays(length)));
          return notLater(Timetable.of(c, calendar), Timetable.of(postponed, calendar));
        });
  }

  /** Evaluation is deterministic and independent of the order of events recorded on one day. */
  @Test
  void timetable_independentOfSameDayOrder() {
    qt().withExamples(EXAMPLES).forAll(LegalCases.claims(), integers().all())
        .check((c, seed) -> {
          List<CaseEvent> shuffled = new ArrayList<>(c.events());
          Collections.shuffle(shuffled, new java.util.Random(seed));
          Claim other = Claim.builder().from(c).events(shuffled).build();
          return dueDates(Timetable.of(other, calendar)).equals(dueDates(Timetable.of(c, calendar)))
              && new java.util.HashSet<>(other.problems()).equals(new java.util.HashSet<>(c.problems()));
        });
  }

  @Test
  void generator_coversTheWholeProcedure() {
    int recourse = 0;
    int stopped = 0;
    for (long seed = 0; seed < 2000; seed++) {
      Claim c = LegalCases.make(new SplittableRandom(seed));
      if (c.first(RecourseDecided.class).isPresent()) {
        recourse++;
      }
      if (c.first(Accepted.class).isEmpty()) {
        stopped++;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(recourse > 100, "cases reaching recourse: " + recourse);
    org.junit.jupiter.api.Assertions.assertTrue(stopped > 100, "cases stopping before acceptance: " + stopped);
  }

  //-----------------------------------------------------------------------
  /**
   * Every step that occurs once in each timetable is due in {@code a} no later than in {@code b}.
   * (A step that occurs several times, such as a postponement decision, is started by its own event
   * each time; adding one such event would renumber the others.)
   */
  private static boolean notLater(Timetable a, Timetable b) {
    Map<String, LocalDate> dueA = dueDates(a);
    Map<String, LocalDate> dueB = dueDates(b);
    for (Map.Entry<String, LocalDate> e : dueA.entrySet()) {
      LocalDate other = dueB.get(e.getKey());
      if (e.getKey().endsWith("#1") && !dueA.containsKey(e.getKey().replace("#1", "#2"))
          && !dueB.containsKey(e.getKey().replace("#1", "#2"))
          && other != null && e.getValue().isAfter(other)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, LocalDate> dueDates(Timetable t) {
    Map<String, LocalDate> result = new HashMap<>();
    Map<Step, Integer> seen = new HashMap<>();
    for (TimetableEntry e : t.entries()) {
      int n = seen.merge(e.step(), 1, Integer::sum);
      result.put(e.step() + "#" + n, e.dueDate());
    }
    return result;
  }

  /** The same event on another date. */
  static CaseEvent redate(CaseEvent e, LocalDate date) {
    try {
      var components = e.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int k = 0; k < components.length; k++) {
        types[k] = components[k].getType();
        values[k] = k == 0 ? date : components[k].getAccessor().invoke(e);
      }
      return (CaseEvent) e.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
