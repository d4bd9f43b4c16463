package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.AcceptanceRefused;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.CourtAcceptedClaim;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.ProcessingStopped;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.Vnd;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of Luật TNBTCNN 2017 Điều 43.2 (grounds for non-acceptance) and Điều 41 (the dossier: the
 * basis document unless the claimant asks the agency to collect it).
 */
class AcceptanceEdgeCasesTest {

  private final Rule rule = new AcceptanceRule();

  private static Claim received() {
    return Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .with(new DossierReceived(d(2024, 3, 4), FilingMethod.IN_PERSON));
  }

  private static List<String> grounds(Verdict v, String code) {
    return v.findings().stream().filter(f -> f.code().equals(code)).map(f -> f.facts().get("ground")).toList();
  }

  /** A court that took up the claim within a criminal or administrative case: 43.2 on that ground only. */
  @Test
  void courtCase_isNotACivilSuit() {
    Verdict v = rule.evaluate(received().with(new CourtAcceptedClaim(d(2024, 3, 1),
        CourtRoute.CRIMINAL_OR_ADMINISTRATIVE_CASE)), at(2024, 3, 5));
    List<String> applies = grounds(v, "ACCEPTANCE_GROUND_APPLIES");
    assertTrue(applies.contains("RESOLVED_IN_COURT_CASE"), v::toString);
    assertFalse(applies.contains("FILED_IN_COURT"), v::toString);
  }

  /** Not accepted because a court took up the civil suit: the ground is handled, not merely applicable. */
  @Test
  void refusedOnTheGroundThatApplies_isHandled() {
    Verdict v = rule.evaluate(received().with(new CourtAcceptedClaim(d(2024, 3, 1), CourtRoute.CIVIL_SUIT))
        .with(new AcceptanceRefused(d(2024, 3, 5), NonAcceptanceGround.FILED_IN_COURT)), at(2024, 3, 6));
    assertTrue(grounds(v, "ACCEPTANCE_GROUND_HANDLED").contains("FILED_IN_COURT"), v::toString);
    assertFalse(grounds(v, "ACCEPTANCE_GROUND_APPLIES").contains("FILED_IN_COURT"), v::toString);
    // A civil suit is not a court case of Điều 43.2 on the other court ground.
    assertFalse(grounds(v, "ACCEPTANCE_GROUND_APPLIES").contains("RESOLVED_IN_COURT_CASE"), v::toString);
    assertFalse(grounds(v, "ACCEPTANCE_GROUND_HANDLED").contains("RESOLVED_IN_COURT_CASE"), v::toString);
  }

  /** Accepted, then stopped because a court took up the civil suit: the stop handles the ground. */
  @Test
  void stoppedOnTheGroundThatApplies_isHandled() {
    Verdict v = rule.evaluate(received().with(new Accepted(d(2024, 3, 5)))
        .with(new CourtAcceptedClaim(d(2024, 3, 6), CourtRoute.CIVIL_SUIT))
        .with(new ProcessingStopped(d(2024, 3, 7), NonAcceptanceGround.FILED_IN_COURT)), at(2024, 3, 8));
    assertTrue(grounds(v, "ACCEPTANCE_GROUND_HANDLED").contains("FILED_IN_COURT"), v::toString);
    assertFalse(grounds(v, "ACCEPTANCE_STOP_AFTER_ACCEPTANCE").contains("FILED_IN_COURT"), v::toString);
  }

  /** Điều 41: asked the agency to collect the basis document, the claimant need not file it. */
  @Test
  void article41_basisDocumentCollectedByTheAgency_isNotMissing() {
    Claim claim = Claim.builder().from(received())
        .dossierItems(List.of(DossierItem.WRITTEN_CLAIM, DossierItem.IDENTITY_PROOF))
        .content(ClaimContent.builder().addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(120_000_000)))
            .basisDocumentCollectionRequested(true).build())
        .build();
    Verdict v = rule.evaluate(claim, at(2024, 3, 5));
    assertTrue(v.findings().stream().noneMatch(f -> f.code().equals("ACCEPTANCE_DOSSIER_INCOMPLETE")
        && "BASIS_DOCUMENT".equals(f.facts().get("item"))), v::toString);
    Claim notAsked = Claim.builder().from(received())
        .dossierItems(List.of(DossierItem.WRITTEN_CLAIM, DossierItem.IDENTITY_PROOF)).build();
    Verdict w = rule.evaluate(notAsked, at(2024, 3, 5));
    assertTrue(w.findings().stream().anyMatch(f -> f.code().equals("ACCEPTANCE_DOSSIER_INCOMPLETE")
        && f.facts().getOrDefault("item", "").contains("BASIS_DOCUMENT")), w::toString);
  }
}
