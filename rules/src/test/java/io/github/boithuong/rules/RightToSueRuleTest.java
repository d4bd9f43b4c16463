package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.ClaimWithdrawn;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DecisionRefused;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.SuitFiled;
import io.github.boithuong.core.claim.CaseEvent.VerificationReportCompleted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Luật TNBTCNN 2017 Điều 52. */
class RightToSueRuleTest {

  private final Rule rule = new RightToSueRule();
  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  private static String first(Verdict v) {
    return v.findings().get(0).code() + " " + v.findings().get(0).facts().get("lastDay");
  }

  /** Điều 52.1.a: not asked the agency → direct suit within 3 years of receipt (24/11/2023). */
  @Test
  void article52_1_a_directSuit() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, ADMIN);
    assertEquals("SUIT_DIRECT_OPEN 2026-11-24", first(rule.evaluate(claim, at(2025, 1, 1))));
    assertEquals("SUIT_DIRECT_FILED_IN_TIME 2026-11-24",
        first(rule.evaluate(claim.with(new SuitFiled(d(2025, 6, 2))), at(2025, 7, 1))));
    Verdict late = rule.evaluate(claim.with(new SuitFiled(d(2026, 11, 25))), at(2026, 12, 1));
    assertEquals(Outcome.DOES_NOT_COMPLY, late.outcome());
  }

  /** Điều 52.1.b: withdrawn before verification → the direct suit is open again. */
  @Test
  void article52_1_b_withdrawnBeforeVerification() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, ADMIN)
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)))
        .with(new ClaimWithdrawn(d(2024, 2, 20)));
    assertEquals("SUIT_DIRECT_OPEN 2026-11-24", first(rule.evaluate(claim, at(2024, 3, 1))));
  }

  /** Điều 52.2: 15 days from the failure minute (Mon 18/03/2024 → Tue 02/04). */
  @Test
  void article52_2_afterFailedNegotiation() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, ADMIN)
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)))
        .with(new VerificationReportCompleted(d(2024, 3, 6)))
        .with(new NegotiationSession(d(2024, 3, 8), fullSession(WARD_QUANG_NGAI)))
        .with(new NegotiationConcluded(d(2024, 3, 18), false, fullSession(WARD_QUANG_NGAI)));
    assertEquals("SUIT_AFTER_PROCEDURE_OPEN 2024-04-02", first(rule.evaluate(claim, at(2024, 3, 20))));
    assertEquals("SUIT_AFTER_PROCEDURE_CLOSED 2024-04-02", first(rule.evaluate(claim, at(2024, 4, 3))));
    // Điều 52.3: five days of serious illness are not counted → Sun 07/04 → Mon 08/04.
    Verdict tolled = rule.evaluate(claim.with(new ExcludedPeriod(ExclusionScope.SUIT, d(2024, 3, 20),
        d(2024, 3, 24), "ốm nặng")), at(2024, 3, 25));
    assertEquals("SUIT_AFTER_PROCEDURE_OPEN 2024-04-08", first(tolled));
    assertTrue(tolled.findings().get(0).citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 3)));
  }

  /** Điều 52.2, 52.4: 15 days from receiving the decision; none once it is in force. */
  @Test
  void article52_4_noSuitOnceInForce() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    Verdict v = rule.evaluate(claim, at(2024, 4, 3));
    assertTrue(v.hasFinding("SUIT_NONE_DECISION_IN_FORCE"));
    assertEquals("2024-04-03", v.findings().stream().filter(f -> f.code().equals("SUIT_NONE_DECISION_IN_FORCE"))
        .findFirst().orElseThrow().facts().get("inForce"));
    Verdict after = rule.evaluate(claim.with(new SuitFiled(d(2024, 4, 3))), at(2024, 4, 4));
    assertEquals(Outcome.DOES_NOT_COMPLY, after.outcome());
    assertEquals(List.of("SUIT_AFTER_PROCEDURE_FILED_LATE"),
        after.findings(Severity.ERROR).stream().map(Finding::code).toList());
  }

  @Test
  void procedureOngoing_notApplicable() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, ADMIN).with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON));
    Verdict v = rule.evaluate(claim, at(2024, 2, 7));
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertTrue(v.hasFinding("SUIT_NOT_YET_OPEN"));
  }

  /** Điều 47.1, 52: a refused decision opens no window until the claimant receives it. */
  @Test
  void refusedDecision_windowWaitsForReceipt() {
    Claim claim = Cases.negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new DecisionIssued(d(2024, 3, 18), Vnd.of(100_000_000)))
        .with(new DecisionRefused(d(2024, 3, 19)));
    Verdict v = rule.evaluate(claim, at(2024, 4, 1));
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertEquals("SUIT_NOT_YET_OPEN_DECISION_REFUSED", v.findings().get(0).code());
    assertEquals("2024-03-19", v.findings().get(0).facts().get("refused"));
  }
}
