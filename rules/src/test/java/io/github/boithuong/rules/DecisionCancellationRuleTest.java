package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.AdvanceProposed;
import io.github.boithuong.core.claim.CaseEvent.CancellationGroundArose;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequestedByClaimant;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequiredByAuthority;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DecisionCorrected;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.ObviousErrorFound;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Luật TNBTCNN 2017 Điều 48 (with 73.2.m, 73.3.h). */
class DecisionCancellationRuleTest {

  private final Rule rule = new DecisionCancellationRule();
  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  private static Claim decided() {
    return Cases.decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
  }

  @Test
  void noDecision_notApplicable_noGround_complies() {
    assertEquals(Outcome.NOT_APPLICABLE, rule.evaluate(negotiated(WARD_QUANG_NGAI, ADMIN,
        fullSession(WARD_QUANG_NGAI)), at(2024, 3, 20)).outcome());
    Verdict v = rule.evaluate(decided(), at(2024, 3, 20));
    assertEquals(Outcome.COMPLIES, v.outcome());
    assertTrue(v.hasFinding("CANCELLATION_NO_GROUND"));
  }

  /** Điều 48.1.a–c: cancel and terminate within 2 working days; 48.2 consequences; 73.2.m, 73.3.h. */
  @Test
  void article48_1_groundsCancelAndTerminate() {
    for (CancellationGround g : Set.of(CancellationGround.CONDITION_NO_LONGER_MET,
        CancellationGround.FORGED_BASIS_DOCUMENT, CancellationGround.FORGED_CLAIMANT_DOCUMENTS)) {
      Claim claim = decided().with(new CancellationGroundArose(d(2024, 3, 25), g));
      Verdict v = rule.evaluate(claim, at(2024, 3, 26));
      assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
      assertTrue(v.hasFinding("CANCELLATION_GROUND_48_1"), g.toString());
      assertEquals(g.citation(), v.findings().get(0).citations().get(0));
      Finding due = v.findings().stream().filter(f -> f.code().equals("CANCELLATION_DUE")).findFirst().orElseThrow();
      assertEquals("2024-03-27", due.facts().get("due")); // 2 wd from Mon 25/03
      assertTrue(v.hasFinding("CANCELLATION_CONSEQUENCE_TERMINATE"));
      assertTrue(v.hasFinding("CANCELLATION_WHO_48_1_48_3A"));
    }
  }

  /** Điều 48.2.a: not yet paid, an advance paid → terminate and recover the advance. */
  @Test
  void article48_2_a_recoverTheAdvance() {
    Claim claim = decided().with(new AdvanceProposed(d(2024, 2, 15), Vnd.of(50_000_000)))
        .with(new AdvancePaid(d(2024, 2, 20), Vnd.of(50_000_000)))
        .with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.FORGED_BASIS_DOCUMENT))
        .with(new DecisionCancelled(d(2024, 3, 29), CancellationGround.FORGED_BASIS_DOCUMENT));
    Verdict v = rule.evaluate(claim, at(2024, 4, 1));
    assertTrue(v.hasFinding("CANCELLATION_CONSEQUENCE_TERMINATE_RECOVER_ADVANCE"));
    Finding late = v.findings().stream().filter(f -> f.code().equals("CANCELLATION_LATE")).findFirst().orElseThrow();
    assertEquals("2024-03-29", late.facts().get("done"));
    // Điều 48.5: sent immediately? Not recorded → not sent immediately.
    assertTrue(v.hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    Claim sent = claim.with(new DocumentSent(d(2024, 3, 29), StateManagementDocument.CANCELLATION_OR_CORRECTION,
        Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE, DocumentRecipient.MINISTRY_OF_JUSTICE)));
    assertFalse(rule.evaluate(sent, at(2024, 4, 1)).hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
  }

  /** Điều 48.3.a: collusion → cancel and resolve again. */
  @Test
  void article48_3_a_collusion() {
    Claim claim = decided().with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.COLLUSION))
        .with(new DecisionCancelled(d(2024, 3, 26), CancellationGround.COLLUSION))
        .with(new DocumentSent(d(2024, 3, 26), StateManagementDocument.CANCELLATION_OR_CORRECTION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE, DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE)));
    Verdict v = rule.evaluate(claim, at(2024, 3, 27));
    assertTrue(v.hasFinding("CANCELLATION_GROUND_48_3"));
    assertTrue(v.hasFinding("CANCELLATION_ON_TIME"));
    assertFalse(v.hasFinding("CANCELLATION_CONSEQUENCE_TERMINATE"));
  }

  /** Điều 48.3.b: negotiation without Sở Tư pháp → open to the claimant's request only. */
  @Test
  void article48_3_b_negotiationDefect_openToTheClaimant() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY));
    Verdict v = rule.evaluate(claim, at(2024, 3, 20));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding open = v.findings().get(0);
    assertEquals("CANCELLATION_OPEN_TO_CLAIMANT_48_3B", open.code());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 3, "b"), open.citations().get(0));
    assertTrue(v.hasFinding("CANCELLATION_WHO_48_3B"));
    // The claimant asks on Wed 20/03: cancellation due within 2 wd, Fri 22/03.
    Verdict requested = rule.evaluate(claim.with(new CancellationRequestedByClaimant(d(2024, 3, 20))), at(2024, 3, 25));
    assertTrue(requested.hasFinding("CANCELLATION_REQUESTED_48_3B"));
    Finding overdue = requested.findings().stream().filter(f -> f.code().equals("CANCELLATION_OVERDUE"))
        .findFirst().orElseThrow();
    assertEquals("2024-03-22", overdue.facts().get("due"));
  }

  /** Điều 48.3.b with 43.3.b: a resolver who is a relative, or inexperienced, or interested. */
  @Test
  void article48_3_b_resolverNotQualified() {
    Claim claim = Claim.builder().from(decided()).events(decided().events().stream()
        .map(e -> e instanceof ResolverAppointed ? new ResolverAppointed(e.date(), "Trần Thị Bình", true, false, true) : e)
        .toList()).build();
    Verdict v = rule.evaluate(claim, at(2024, 3, 20));
    Finding open = v.findings().get(0);
    assertTrue(open.citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 3, "b")));
    assertEquals("RESOLVER", open.facts().get("reason"));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
  }

  /** Điều 48.3.b: cancellation without the claimant's request; 73.2.m: no authority may require it. */
  @Test
  void article48_3_b_onlyOnRequest() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, ADMIN,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))
        .with(new CancellationRequiredByAuthority(d(2024, 3, 21), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION,
            DocumentRecipient.MINISTRY_OF_JUSTICE))
        .with(new DecisionCancelled(d(2024, 3, 22), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION));
    Verdict v = rule.evaluate(claim, at(2024, 3, 25));
    assertTrue(v.hasFinding("CANCELLED_WITHOUT_CLAIMANT_REQUEST"));
    assertTrue(v.hasFinding("AUTHORITY_CANNOT_REQUIRE_48_3B"));
    assertTrue(v.findings().stream().filter(f -> f.code().equals("AUTHORITY_CANNOT_REQUIRE_48_3B")).findFirst()
        .orElseThrow().citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 2, "m")));
  }

  /** Điều 48.4: obvious errors corrected within 2 working days, sent immediately (48.5). */
  @Test
  void article48_4_correction() {
    Claim claim = decided().with(new ObviousErrorFound(d(2024, 3, 20)));
    assertTrue(rule.evaluate(claim, at(2024, 3, 21)).hasFinding("CORRECTION_DUE"));
    assertTrue(rule.evaluate(claim, at(2024, 3, 25)).hasFinding("CORRECTION_OVERDUE"));
    Claim corrected = claim.with(new DecisionCorrected(d(2024, 3, 22)))
        .with(new DocumentSent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE, DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE)));
    Verdict v = rule.evaluate(corrected, at(2024, 3, 25));
    assertTrue(v.hasFinding("CORRECTION_ON_TIME"));
    assertEquals(Outcome.COMPLIES, v.outcome());
  }
}
