package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.CourtAcceptedClaim;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.ForwardedByDepartmentOfJustice;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import org.junit.jupiter.api.Test;

/**
 * Edges of Luật TNBTCNN 2017 Điều 6.1 (3 years from receiving the basis document, received
 * 24/11/2023 in {@link Cases#claim}, so to 24/11/2026) and Nghị định 68/2018 Điều 13 (filing with the
 * Sở Tư pháp in time protects the claim even if it forwards the dossier after expiry).
 */
class LimitationEdgeCasesTest {

  private final Rule rule = new LimitationRule();

  private static Claim claim() {
    return Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT);
  }

  /** Filed with Sở Tư pháp and forwarded, both within the 3 years: met, nothing to protect. */
  @Test
  void decree68_article13_forwardedInTime_needsNoProtection() {
    Verdict v = rule.evaluate(claim().with(new FiledWithDepartmentOfJustice(d(2026, 11, 20)))
        .with(new ForwardedByDepartmentOfJustice(d(2026, 11, 24))), at(2026, 12, 1));
    assertTrue(v.hasFinding("LIMITATION_MET"), v::toString);
    assertFalse(v.hasFinding("LIMITATION_PROTECTED_WHEN_FORWARDED_LATE"), v::toString);
    Verdict late = rule.evaluate(claim().with(new FiledWithDepartmentOfJustice(d(2026, 11, 24)))
        .with(new ForwardedByDepartmentOfJustice(d(2026, 11, 25))), at(2026, 12, 1));
    assertTrue(late.hasFinding("LIMITATION_PROTECTED_WHEN_FORWARDED_LATE"), late::toString);
    assertEquals(Outcome.COMPLIES, late.outcome());
  }

  /**
   * Điều 6.1: the claim is filed on the day the dossier is filed, not on an earlier event. A court
   * took up a civil suit on 20/11/2026; the dossier was received on Wed 25/11/2026, after 24/11/2026.
   */
  @Test
  void filedOnTheDossierDate_notOnAnEarlierEvent() {
    Verdict v = rule.evaluate(claim().with(new CourtAcceptedClaim(d(2026, 11, 20), CourtRoute.CIVIL_SUIT))
        .with(new DossierReceived(d(2026, 11, 25), FilingMethod.IN_PERSON)), at(2026, 11, 26));
    assertTrue(v.hasFinding("LIMITATION_EXPIRED_WHEN_FILED"), v::toString);
    assertFalse(v.hasFinding("LIMITATION_MET"), v::toString);
  }

  /** Received 31/12/2199, the calendar's last day: three years later is beyond its range. */
  @Test
  void beyondTheCalendar_isUndecidable() {
    Claim claim = Claim.builder().from(claim()).basisDocument(BasisDocument.builder().description("Quyết định số 1")
        .issuer("Chủ tịch Ủy ban nhân dân").issued(d(2199, 12, 1)).received(d(2199, 12, 31)).build()).build();
    Verdict v = rule.evaluate(claim, at(2024, 3, 20));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertEquals("CALENDAR_CANNOT_ANSWER", v.missingFacts().get(0).code());
  }
}
