package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.Explanation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link Assessment}: every rule's verdict, the case's problems and the agency's overdue steps. The
 * case is accepted Tue 05/03/2024 and nothing follows: the resolver was due within 2 working days of
 * acceptance (Luật TNBTCNN 2017 Điều 43.3.a), i.e. by Thu 07/03/2024.
 */
class AssessmentTest {

  private static Claim accepted() {
    return Claim.builder().from(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT)).id("A-1").build()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 5)));
  }

  @Test
  void verdictById_andOverdueSteps() {
    Assessment a = RuleSet.standard().assess(accepted(), at(2024, 3, 20));
    assertEquals(d(2024, 3, 20), a.asOf());
    assertEquals("A-1", a.claim().id());
    assertEquals(8, a.verdicts().size());
    assertEquals("decision-cancellation", a.verdict("decision-cancellation").orElseThrow().ruleId());
    assertEquals(Outcome.NOT_APPLICABLE, a.verdict("decision-cancellation").orElseThrow().outcome());
    assertTrue(a.verdict("no-such-rule").isEmpty());
    List<TimetableEntry> due = a.dueOrOverdue();
    TimetableEntry resolver = due.stream().filter(e -> e.step() == Step.APPOINT_RESOLVER).findFirst().orElseThrow();
    assertEquals(d(2024, 3, 7), resolver.dueDate());
    assertTrue(a.timetable().entry(Step.APPOINT_RESOLVER).isPresent());
    String en = a.render(Locale.ENGLISH);
    assertTrue(en.startsWith("Assessment of case A-1 as of 2024-03-20\n"), en);
    assertTrue(en.contains("\n  ! Timetable: appoint the resolver — due 2024-03-07 — "), en);
    String vi = a.render(VI);
    assertTrue(vi.startsWith("Đánh giá vụ việc A-1 ngày 2024-03-20\n"), vi);
    assertTrue(vi.contains("\n  ! Tiến độ: cử người giải quyết bồi thường — hạn 2024-03-07 — "), vi);
    for (Verdict v : a.verdicts()) {
      assertTrue(en.contains(v.render(Locale.ENGLISH)));
    }
  }

  @Test
  void nothingDue_beforeTheFirstDeadline() {
    Assessment a = RuleSet.standard().assess(accepted(), at(2024, 3, 5));
    assertTrue(a.dueOrOverdue().stream().noneMatch(e -> e.step() == Step.APPOINT_RESOLVER && e.dueDate().isBefore(d(2024, 3, 7))));
    assertFalse(a.render(Locale.ENGLISH).contains("! Case record:"));
    assertTrue(a.caseProblems().isEmpty());
  }

  /** Events out of order are a problem of the case record, rendered in each language. */
  @Test
  void caseProblems_areRendered() {
    Claim outOfOrder = Claim.builder().from(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT))
        .id("A-2").build()
        .with(new Accepted(d(2024, 3, 1)))
        .with(new DossierReceived(d(2024, 3, 5), FilingMethod.IN_PERSON));
    List<CaseProblem> problems = outOfOrder.problems();
    assertFalse(problems.isEmpty());
    Assessment a = RuleSet.standard().assess(outOfOrder, at(2024, 3, 6));
    assertEquals(problems, a.caseProblems());
    assertTrue(a.render(Locale.ENGLISH).contains("\n  ! Case record: " + problems.get(0).message(Locale.ENGLISH)));
    assertTrue(a.render(VI).contains("\n  ! Hồ sơ vụ việc: " + problems.get(0).message(VI)));
  }

  @Test
  void explain_isATreeOfVerdicts() {
    Assessment a = RuleSet.standard().assess(accepted(), at(2024, 3, 20));
    Explanation e = a.explain();
    assertEquals("Assessment of case A-1 as of 2024-03-20", e.text().english());
    assertEquals("Đánh giá vụ việc A-1 ngày 2024-03-20", e.text().vietnamese());
    assertTrue(e.citations().isEmpty());
    assertEquals(8, e.children().size());
    assertEquals(a.verdicts().get(0).explain(), e.children().get(0));
  }
}
