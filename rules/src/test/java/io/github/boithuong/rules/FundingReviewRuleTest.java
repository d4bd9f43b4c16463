package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeSent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Vnd;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Luật TNBTCNN 2017 Điều 62. The decision handed over Mon 18/03/2024 is in force from Wed 03/04 (15
 * days end Tue 02/04); the request is due by Fri 05/04 (Điều 62.1).
 */
class FundingReviewRuleTest {

  private final Rule rule = new FundingReviewRule();
  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  private static Claim requested(Claim decided, Set<FundingDossierItem> items, long amount) {
    return decided.with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundingDossierRecorded(d(2024, 4, 4), items, Vnd.of(amount)));
  }

  private static Claim decided() {
    return Cases.decided(DEPARTMENT_BINH_DUONG, ADMIN, fullSession(DEPARTMENT_BINH_DUONG));
  }

  /** Điều 62.1–62.4: a complete, lawful dossier is funded within 5 working days. */
  @Test
  void article62_4_completeDossier_fiveWorkingDays() {
    Claim claim = requested(decided(), EnumSet.allOf(FundingDossierItem.class), 100_000_000);
    Verdict v = rule.evaluate(claim, at(2024, 4, 8));
    assertEquals(Outcome.COMPLIES, v.outcome(), v.render(VI));
    Finding path = v.findings().get(0);
    assertEquals("FUNDING_GRANT_5_WORKING_DAYS", path.code());
    assertEquals("2024-04-11", path.facts().get("due")); // Thu 04/04 + 5 wd: 05, 08, 09, 10, 11
  }

  /** Điều 62.2.a–c: each missing document makes the review coordinate for 15 days. */
  @Test
  void article62_2_eachDocument() {
    for (FundingDossierItem missing : FundingDossierItem.values()) {
      Set<FundingDossierItem> items = EnumSet.allOf(FundingDossierItem.class);
      items.remove(missing);
      Verdict v = rule.evaluate(requested(decided(), items, 100_000_000), at(2024, 4, 8));
      assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
      assertEquals(missing.name(), v.findings().get(0).facts().get("item"));
      Finding path = v.findings(Severity.INFO).get(0);
      assertEquals("FUNDING_COORDINATE_AND_GRANT_15_DAYS", path.code());
      assertEquals("2024-04-19", path.facts().get("due")); // 04/04 + 15 days = Fri 19/04
    }
  }

  /** Điều 62.4: an amount that does not match the decision. */
  @Test
  void article62_4_amountMismatch() {
    Verdict v = rule.evaluate(requested(decided(), EnumSet.allOf(FundingDossierItem.class), 120_000_000),
        at(2024, 4, 8));
    Finding f = v.findings().get(0);
    assertEquals("FUNDING_AMOUNT_MISMATCH", f.code());
    assertEquals("Số tiền đề nghị cấp (120.000.000 đồng) không khớp số tiền trong quyết định giải quyết bồi thường"
        + " (100.000.000 đồng) — khoản 4 Điều 62 Luật TNBTCNN 2017", f.render(VI));
  }

  /**
   * The implementation plans: a negotiation without Sở Tư pháp makes the review ask to complete the
   * dossier, saying that this follows the plans, not the text of 62.4 (procedure.md Q1).
   */
  @Test
  void plansInstruction_negotiationWithoutSoTuPhap_askToComplete() {
    Claim decided = Cases.decided(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY));
    Verdict v = rule.evaluate(requested(decided, EnumSet.allOf(FundingDossierItem.class), 100_000_000),
        at(2024, 4, 8));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding f = v.findings().get(0);
    assertEquals("FUNDING_NEGOTIATION_DEFECT", f.code());
    assertTrue(f.message(VI).contains("theo chỉ đạo của kế hoạch triển khai"), f.message(VI));
    assertTrue(f.message(Locale.ENGLISH).contains("Article 62(4) itself speaks of the dossier and the amount"));
    assertEquals("FUNDING_COORDINATE_AND_GRANT_15_DAYS", v.findings(Severity.INFO).get(0).code());
  }

  /** Điều 62.1: the request is late, or overdue; 62.4 grant late; 62.5 payment notice. */
  @Test
  void article62_1_and_62_5_timeliness() {
    assertEquals(Outcome.NOT_APPLICABLE, rule.evaluate(decided(), at(2024, 4, 4)).outcome());
    Verdict overdue = rule.evaluate(decided(), at(2024, 4, 8));
    assertEquals(Outcome.DOES_NOT_COMPLY, overdue.outcome());
    assertTrue(overdue.hasFinding("FUNDING_REQUEST_OVERDUE"));
    Claim late = decided().with(new FundingRequested(d(2024, 4, 9)))
        .with(new FundingDossierRecorded(d(2024, 4, 9), EnumSet.allOf(FundingDossierItem.class), Vnd.of(100_000_000)))
        .with(new FundsGranted(d(2024, 4, 19), Vnd.of(100_000_000)))
        .with(new PaymentNoticeSent(d(2024, 4, 25)));
    Verdict v = rule.evaluate(late, at(2024, 4, 26));
    assertTrue(v.hasFinding("FUNDING_REQUEST_LATE"));
    assertTrue(v.hasFinding("FUNDING_GRANT_LATE")); // 09/04 + 5 wd = Tue 16/04 (18/04 Giỗ Tổ after)
    assertTrue(v.hasFinding("PAYMENT_STEP_LATE"));  // notice due 2 wd after 19/04: Tue 23/04
  }

  @Test
  void fundingDossierNotRecorded_undecidable() {
    Verdict v = rule.evaluate(decided().with(new FundingRequested(d(2024, 4, 4))), at(2024, 4, 5));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertEquals("MISSING_FUNDING_DOSSIER", v.missingFacts().get(0).code());
  }
}
