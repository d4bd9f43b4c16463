package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.ClaimWithdrawn;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.VerificationCompleted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import org.junit.jupiter.api.Test;

/**
 * Edges of Luật TNBTCNN 2017 Điều 52: the direct suit (52.1) needs the date the basis document was
 * received; a withdrawal after the verification does not reopen it (52.1.b); time excluded under
 * 52.3 is cited.
 */
class RightToSueEdgeCasesTest {

  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;
  private final Rule rule = new RightToSueRule();

  private static Claim withBasis(BasisDocument basis) {
    return Claim.builder().from(Cases.claim(WARD_QUANG_NGAI, ADMIN)).basisDocument(basis).build();
  }

  /** Điều 52.1: without the date of receipt the 3 years cannot be counted. */
  @Test
  void directSuit_withoutTheDateOfReceipt_isUndecidable() {
    Claim claim = withBasis(BasisDocument.builder().description("Quyết định giải quyết khiếu nại số 12/QĐ-UBND")
        .issuer("Chủ tịch Ủy ban nhân dân").issued(d(2023, 11, 20)).build());
    Verdict v = rule.evaluate(claim, at(2025, 1, 1));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertEquals("MISSING_BASIS_DOCUMENT_RECEIPT", v.missingFacts().get(0).code());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 1), v.missingFacts().get(0).citations().get(0));
    assertTrue(v.findings().isEmpty());
  }

  /** Received 31/12/2199, the calendar's last day: three years later is beyond it, so no last day can be given. */
  @Test
  void directSuit_beyondTheCalendar_isUndecidable() {
    Claim claim = withBasis(BasisDocument.builder().description("Quyết định số 1")
        .issuer("Chủ tịch Ủy ban nhân dân").issued(d(2199, 12, 1)).received(d(2199, 12, 31)).build());
    Verdict v = rule.evaluate(claim, at(2024, 3, 20));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertEquals("CALENDAR_CANNOT_ANSWER", v.missingFacts().get(0).code());
  }

  /**
   * Điều 52.1.b: a withdrawal reopens the direct suit only before the verification. Verified Fri
   * 01/03/2024 and withdrawn Tue 05/03: no direct suit. Withdrawn Tue 20/02, verification recorded
   * later: the direct suit is open (3 years from 24/11/2023).
   */
  @Test
  void article52_1_b_withdrawalAfterVerification_doesNotReopenTheDirectSuit() {
    Claim accepted = Cases.claim(WARD_QUANG_NGAI, ADMIN)
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)));
    Verdict after = rule.evaluate(accepted.with(new VerificationCompleted(d(2024, 3, 1)))
        .with(new ClaimWithdrawn(d(2024, 3, 5))), at(2024, 3, 6));
    assertTrue(after.findings().stream().noneMatch(f -> f.code().startsWith("SUIT_DIRECT")), after::toString);
    Verdict before = rule.evaluate(accepted.with(new ClaimWithdrawn(d(2024, 2, 20)))
        .with(new VerificationCompleted(d(2024, 3, 1))), at(2024, 3, 6));
    assertEquals("SUIT_DIRECT_OPEN", before.findings().get(0).code(), before::toString);
    assertEquals("2026-11-24", before.findings().get(0).facts().get("lastDay"));
  }

  /** Điều 52.3: ten days of force majeure (07–16/09/2024) are not counted and the finding says so. */
  @Test
  void article52_3_excludedTime_isCited() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, ADMIN)
        .with(new ExcludedPeriod(ExclusionScope.SUIT, d(2024, 9, 7), d(2024, 9, 16), "bão Yagi"));
    Finding f = rule.evaluate(claim, at(2025, 1, 1)).findings().get(0);
    assertEquals("SUIT_DIRECT_OPEN", f.code());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 3)), f::toString);
    assertEquals("2026-12-04", f.facts().get("lastDay")); // 24/11/2026 + 10 days
    Finding plain = rule.evaluate(Cases.claim(WARD_QUANG_NGAI, ADMIN), at(2025, 1, 1)).findings().get(0);
    assertFalse(plain.citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 3)));
    // Without the excluded days the window closed on 24/11/2026: a warning, not yet a defect.
    Finding closed = rule.evaluate(Cases.claim(WARD_QUANG_NGAI, ADMIN), at(2026, 11, 25)).findings().get(0);
    assertEquals("SUIT_DIRECT_CLOSED", closed.code());
    assertEquals(Severity.WARNING, closed.severity());
  }
}
