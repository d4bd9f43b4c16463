package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.Vnd;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one entry point: every rule on a case as of a date, with the timetable's overdue steps. */
class RuleSetTest {

  @Test
  void standardSet_everyRuleDeclaresItsCitations() {
    List<Rule> rules = RuleSet.standard().rules();
    assertEquals(8, rules.size());
    for (Rule rule : rules) {
      assertFalse(rule.citations().isEmpty(), rule.id());
      assertFalse(rule.name().vietnamese().isBlank(), rule.id());
    }
    assertEquals(rules.size(), rules.stream().map(Rule::id).distinct().count());
  }

  /**
   * The chain the implementation plans single out: a ward in Quảng Ngãi negotiated without Sở Tư
   * pháp (46.3.d, Nghị định 68/2018 21.2.b) → the claimant may have the decision cancelled (48.3.b)
   * → the funding review asks the resolving agency to complete the dossier (62.4, as the plans say).
   */
  @Test
  void seed_quangNgaiWard_chainOfFailures() {
    Claim claim = decided(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))
        .with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundingDossierRecorded(d(2024, 4, 4), EnumSet.allOf(FundingDossierItem.class), Vnd.of(100_000_000)));
    Assessment a = RuleSet.standard().assess(claim, at(2024, 4, 8));
    assertEquals(Outcome.DOES_NOT_COMPLY, a.verdict("negotiation-participation").orElseThrow().outcome());
    assertTrue(a.verdict("decision-cancellation").orElseThrow().hasFinding("CANCELLATION_OPEN_TO_CLAIMANT_48_3B"));
    assertTrue(a.verdict("funding-review").orElseThrow().hasFinding("FUNDING_NEGOTIATION_DEFECT"));
    String vi = a.render(VI);
    assertTrue(vi.startsWith("Đánh giá vụ việc CASE-1 ngày 2024-04-08"), vi);
    assertTrue(vi.contains("Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 08/03/2024"
        + " — điểm d khoản 3 Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP"), vi);
    assertTrue(a.render(Locale.ENGLISH).contains("Review of the funding request (Art. 62, Law on State"
        + " Compensation Liability 2017): DOES NOT COMPLY"));
    assertEquals(8, a.explain().children().size());
  }

  /** A department of Bình Dương with the full composition: the negotiation rules comply. */
  @Test
  void seed_binhDuongDepartment_complies() {
    Assessment a = RuleSet.standard().assess(
        decided(DEPARTMENT_BINH_DUONG, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(DEPARTMENT_BINH_DUONG)),
        at(2024, 3, 20));
    assertEquals(Outcome.COMPLIES, a.verdict("negotiation-participation").orElseThrow().outcome());
    assertEquals(Outcome.COMPLIES, a.verdict("decision-cancellation").orElseThrow().outcome());
    assertEquals(Outcome.COMPLIES, a.verdict("limitation").orElseThrow().outcome());
    assertTrue(a.caseProblems().isEmpty());
  }

  /** The assessment carries the timetable's overdue steps. */
  @Test
  void assessment_includesOverdueSteps() {
    Claim claim = decided(DEPARTMENT_BINH_DUONG, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(DEPARTMENT_BINH_DUONG));
    Assessment a = RuleSet.standard().assess(claim, at(2024, 4, 8));
    assertEquals(List.of(Step.REQUEST_FUNDING), a.dueOrOverdue().stream().map(e -> e.step()).toList());
    assertTrue(a.render(VI).contains("! Tiến độ: đề nghị cấp kinh phí bồi thường — hạn 2024-04-05 — quá hạn"),
        a.render(VI));
  }
}
