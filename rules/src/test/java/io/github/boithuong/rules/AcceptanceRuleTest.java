package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.AcceptanceRefused;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.ClaimAlreadyDecided;
import io.github.boithuong.core.claim.CaseEvent.CompletionRequested;
import io.github.boithuong.core.claim.CaseEvent.CourtAcceptedClaim;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Luật TNBTCNN 2017 Điều 41, 43.2, 43.4. */
class AcceptanceRuleTest {

  private final Rule rule = new AcceptanceRule();

  private static Claim received(int year, int month, int day) {
    return Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .with(new DossierReceived(d(year, month, day), FilingMethod.IN_PERSON));
  }

  private static Finding finding(Verdict v, String code) {
    return v.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() ->
        new AssertionError(code + " not in " + v.render(VI)));
  }

  @Test
  void notFiled_notApplicable() {
    assertEquals(Outcome.NOT_APPLICABLE,
        rule.evaluate(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT), at(2024, 2, 6)).outcome());
  }

  /** No ground applies: acceptable; a and c are the agency's own assessment; 43.1 due date. */
  @Test
  void noGround_complies() {
    Verdict v = rule.evaluate(received(2024, 2, 6), at(2024, 2, 7));
    assertEquals(Outcome.COMPLIES, v.outcome(), v.render(VI));
    assertTrue(v.hasFinding("ACCEPTANCE_AGENCY_ASSESSES_A_AND_C"));
    assertEquals("2024-02-15", finding(v, "ACCEPTANCE_DUE").facts().get("due"));
    assertTrue(rule.evaluate(received(2024, 2, 6), at(2024, 2, 16)).hasFinding("ACCEPTANCE_LATE"));
  }

  /** Điều 43.2.b: limitation expired (basis document received 24/11/2023). */
  @Test
  void article43_2_b_limitationExpired() {
    Verdict v = rule.evaluate(received(2026, 11, 25), at(2026, 11, 26));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding f = finding(v, "ACCEPTANCE_GROUND_APPLIES");
    assertEquals("LIMITATION_EXPIRED", f.facts().get("ground"));
    assertTrue(f.citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 4)));
  }

  /** Điều 43.2.đ: the dossier was not completed within the 5 working days of Điều 42.3. */
  @Test
  void article43_2_dd_dossierNotCompleted() {
    Claim claim = received(2024, 3, 1).with(new CompletionRequested(d(2024, 3, 4), List.of(DossierItem.IDENTITY_PROOF), false));
    assertEquals(Outcome.COMPLIES, rule.evaluate(claim, at(2024, 3, 8)).outcome());
    Verdict v = rule.evaluate(claim, at(2024, 3, 12)); // due Mon 11/03
    assertEquals("DOSSIER_NOT_COMPLETED", finding(v, "ACCEPTANCE_GROUND_APPLIES").facts().get("ground"));
  }

  /** Điều 43.2.e, g, h: a court accepted the claim, or it was already decided. */
  @Test
  void article43_2_e_g_h_courtsAndPriorDecisions() {
    Claim civil = received(2024, 3, 1).with(new CourtAcceptedClaim(d(2024, 2, 20), CourtRoute.CIVIL_SUIT));
    assertEquals("FILED_IN_COURT", finding(rule.evaluate(civil, at(2024, 3, 4)), "ACCEPTANCE_GROUND_APPLIES").facts().get("ground"));
    Claim criminal = received(2024, 3, 1).with(new CourtAcceptedClaim(d(2024, 2, 20), CourtRoute.CRIMINAL_OR_ADMINISTRATIVE_CASE));
    assertEquals("RESOLVED_IN_COURT_CASE", finding(rule.evaluate(criminal, at(2024, 3, 4)), "ACCEPTANCE_GROUND_APPLIES").facts().get("ground"));
    Claim decided = received(2024, 3, 1).with(new ClaimAlreadyDecided(d(2023, 12, 1), "Bản án số 10/2023/DS-ST"));
    assertEquals("ALREADY_DECIDED", finding(rule.evaluate(decided, at(2024, 3, 4)), "ACCEPTANCE_GROUND_APPLIES").facts().get("ground"));
  }

  /** Điều 43.4: a ground found after acceptance stops the case. */
  @Test
  void article43_4_stopAfterAcceptance() {
    Claim claim = received(2024, 3, 1).with(new Accepted(d(2024, 3, 4)))
        .with(new ClaimAlreadyDecided(d(2023, 12, 1), "Bản án số 10/2023/DS-ST"));
    Finding f = finding(rule.evaluate(claim, at(2024, 3, 10)), "ACCEPTANCE_STOP_AFTER_ACCEPTANCE");
    assertTrue(f.message(VI).contains("xóa sổ thụ lý và trả lại hồ sơ"));
  }

  /** Refused on a ground the facts do not show; refused on ground a: guide to the competent agency. */
  @Test
  void article43_2_refusals() {
    Claim wrong = received(2024, 3, 1).with(new AcceptanceRefused(d(2024, 3, 4), NonAcceptanceGround.LIMITATION_EXPIRED));
    assertTrue(rule.evaluate(wrong, at(2024, 3, 5)).hasFinding("ACCEPTANCE_REFUSED_WITHOUT_GROUND"));
    Claim competence = received(2024, 3, 1).with(new AcceptanceRefused(d(2024, 3, 4), NonAcceptanceGround.OUTSIDE_COMPETENCE));
    assertTrue(rule.evaluate(competence, at(2024, 3, 5)).hasFinding("ACCEPTANCE_GUIDE_TO_COMPETENT_AGENCY"));
    Claim handled = received(2026, 11, 25).with(new AcceptanceRefused(d(2026, 11, 26), NonAcceptanceGround.LIMITATION_EXPIRED));
    Verdict v = rule.evaluate(handled, at(2026, 11, 27));
    assertEquals(Outcome.COMPLIES, v.outcome());
    assertTrue(v.hasFinding("ACCEPTANCE_GROUND_HANDLED"));
  }

  /** Điều 41.2: an heir's dossier needs the inheritance document and the heir's identity papers. */
  @Test
  void article41_2_dossierByStanding() {
    Claim heir = Claim.builder().from(received(2024, 3, 1))
        .claimant(Claimant.of(Party.individual("Nguyễn Thị Hoa"), ClaimantStanding.HEIR))
        .dossierItems(Set.of(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT, DossierItem.IDENTITY_PROOF))
        .build();
    Verdict v = rule.evaluate(heir, at(2024, 3, 4));
    List<String> missing = v.findings().stream().filter(f -> f.code().equals("ACCEPTANCE_DOSSIER_INCOMPLETE"))
        .map(f -> f.facts().get("item")).toList();
    assertEquals(List.of("CLAIMANT_IDENTITY_PROOF", "INHERITANCE_DOCUMENT"), missing);
    Claim noItems = Claim.builder().from(received(2024, 3, 1)).dossierItems(Set.of()).build();
    assertEquals("MISSING_DOSSIER_ITEMS", rule.evaluate(noItems, at(2024, 3, 4)).missingFacts().get(0).code());
  }
}
