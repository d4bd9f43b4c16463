package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.ForwardedByDepartmentOfJustice;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import org.junit.jupiter.api.Test;

/** Luật TNBTCNN 2017 Điều 6; Nghị định 68/2018 Điều 13. Basis document received Fri 24/11/2023. */
class LimitationRuleTest {

  private final Rule rule = new LimitationRule();

  private static Claim claim() {
    return Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT);
  }

  /** Điều 6.1: three years from receipt; 24/11/2026 is a Tuesday. */
  @Test
  void article6_1_runningMetExpired() {
    Verdict running = rule.evaluate(claim(), at(2026, 11, 21));
    assertEquals(Outcome.COMPLIES, running.outcome());
    assertEquals("LIMITATION_RUNNING", running.findings().get(0).code());
    assertEquals("2026-11-24", running.findings().get(0).facts().get("lastDay"));
    Verdict expired = rule.evaluate(claim(), at(2026, 11, 25));
    assertEquals(Outcome.DOES_NOT_COMPLY, expired.outcome());
    Verdict met = rule.evaluate(claim().with(new DossierReceived(d(2026, 11, 24), FilingMethod.BY_POST)), at(2026, 12, 1));
    assertEquals("LIMITATION_MET", met.findings().get(0).code());
    Verdict late = rule.evaluate(claim().with(new DossierReceived(d(2026, 11, 25), FilingMethod.BY_POST)), at(2026, 12, 1));
    assertEquals("LIMITATION_EXPIRED_WHEN_FILED", late.findings().get(0).code());
    assertTrue(late.findings().get(0).citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 2, "b")));
  }

  /** Điều 6.3–6.4: excluded periods extend the limitation; the claimant proves them. */
  @Test
  void article6_3_excludedPeriods() {
    Claim claim = claim().with(new ExcludedPeriod(ExclusionScope.LIMITATION, d(2024, 9, 7), d(2024, 9, 16),
        "bão Yagi: giao thông bị chia cắt"));
    Verdict v = rule.evaluate(claim, at(2026, 11, 30));
    Finding result = v.findings().stream().filter(f -> f.code().equals("LIMITATION_RUNNING")).findFirst().orElseThrow();
    assertEquals("2026-12-04", result.facts().get("lastDay")); // 24/11/2026 + 10 days
    assertTrue(v.hasFinding("LIMITATION_EXCLUDED_PERIOD"));
  }

  /** Điều 6.1: no limitation for honour restoration. */
  @Test
  void article6_1_honourRestoration_noLimitation() {
    Claim honour = Claim.builder().from(claim())
        .content(ClaimContent.builder().honourRestorationRequested(true).build()).build();
    Verdict v = rule.evaluate(honour, at(2030, 1, 1));
    assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    assertEquals("LIMITATION_NONE_FOR_HONOUR", v.findings().get(0).code());
  }

  /** Nghị định 68/2018 Điều 13: filed with Sở Tư pháp in time, forwarded after expiry. */
  @Test
  void decree68_article13_protectedWhenForwardedLate() {
    Claim claim = claim().with(new FiledWithDepartmentOfJustice(d(2026, 11, 23)))
        .with(new ForwardedByDepartmentOfJustice(d(2026, 11, 27)));
    Verdict v = rule.evaluate(claim, at(2026, 12, 1));
    assertEquals(Outcome.COMPLIES, v.outcome());
    assertTrue(v.hasFinding("LIMITATION_PROTECTED_WHEN_FORWARDED_LATE"));
  }

  @Test
  void receiptNotRecorded_undecidable() {
    Claim claim = Claim.builder().from(claim()).basisDocument(BasisDocument.builder()
        .description("Bản án số 5/2023/HC-ST").issuer("Tòa án").issued(d(2023, 11, 20)).build()).build();
    Verdict v = rule.evaluate(claim, at(2024, 1, 1));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertEquals("MISSING_BASIS_DOCUMENT_RECEIPT", v.missingFacts().get(0).code());
  }

  /** A limitation running into 2027 is computed on the provisional calendar, and says so. */
  @Test
  void provisionalCalendar_isSaid() {
    Claim claim = Claim.builder().from(claim()).basisDocument(BasisDocument.builder()
        .description("Quyết định số 3").issuer("UBND").issued(d(2024, 2, 1)).received(d(2024, 2, 6)).build()).build();
    assertTrue(rule.evaluate(claim, at(2025, 1, 1)).hasFinding("PROVISIONAL_CALENDAR"));
  }
}
