package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent.CancellationGroundArose;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequestedByClaimant;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequiredByAuthority;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DecisionCorrected;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.ObviousErrorFound;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of Luật TNBTCNN 2017 Điều 48: the 2 working days (48.1, 48.3, 48.4), who may trigger a
 * cancellation (48.3.b, 73.2.m, 73.3.h), its consequences (48.2) and sending it immediately (48.5).
 *
 * <p>Dates of March 2024 (no holiday): Mon 18, Wed 20, Fri 22, Mon 25, Tue 26, Wed 27, Thu 28. Two
 * working days from Mon 25/03 end on Wed 27/03; from Wed 20/03 on Fri 22/03; from Thu 21/03 on Mon
 * 25/03 (the weekend is skipped).
 */
class DecisionCancellationMutationTest {

  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;
  private final DecisionCancellationRule rule = new DecisionCancellationRule();

  private static Citation law(Object... parts) {
    int article = (Integer) parts[0];
    if (parts.length == 1) {
      return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article);
    }
    if (parts.length == 2) {
      return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, (Integer) parts[1]);
    }
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, (Integer) parts[1], (String) parts[2]);
  }

  private static Claim decided() {
    return Cases.decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
  }

  private static Claim withResolver(Claim claim, boolean experienced, boolean interested, boolean related) {
    return Claim.builder().from(claim).events(claim.events().stream()
        .map(e -> e instanceof ResolverAppointed
            ? new ResolverAppointed(e.date(), "Trần Thị Bình", experienced, interested, related) : e)
        .toList()).build();
  }

  private static Finding only(Verdict v, String code) {
    List<Finding> found = v.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertEquals(1, found.size(), () -> code + " in " + v);
    return found.get(0);
  }

  private static DocumentSent sent(LocalDate date, StateManagementDocument document) {
    return new DocumentSent(date, document, Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE));
  }

  @Test
  void identity() {
    assertEquals("decision-cancellation", rule.id());
    assertEquals(List.of(law(48)), rule.citations());
    assertEquals("Cancellation and correction of the compensation decision", rule.name().in(Locale.ENGLISH));
    assertEquals("Hủy, sửa chữa quyết định giải quyết bồi thường", rule.name().in(VI));
  }

  /** No ground: the finding cites Điều 48 itself. */
  @Test
  void noGround_citesArticle48() {
    Verdict v = rule.evaluate(decided(), at(2024, 3, 20));
    assertEquals(List.of(law(48)), only(v, "CANCELLATION_NO_GROUND").citations());
    assertEquals(1, v.findings().size());
  }

  /** Điều 48.3: issued on the last of the 2 working days is on time; one day later is late. */
  @Test
  void article48_3_cancelledOnTheLastDay_onTime_theNextDay_late() {
    Claim ground = decided().with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.COLLUSION));
    Verdict onTime = rule.evaluate(ground.with(new DecisionCancelled(d(2024, 3, 27), CancellationGround.COLLUSION)),
        at(2024, 3, 29));
    Finding f = only(onTime, "CANCELLATION_ON_TIME");
    assertEquals(Severity.INFO, f.severity());
    assertEquals("2024-03-27", f.facts().get("due"));
    assertEquals("2024-03-27", f.facts().get("done"));
    assertEquals(List.of(law(48, 3)), f.citations()); // 48.3, not 48.1: collusion does not terminate
    Verdict late = rule.evaluate(ground.with(new DecisionCancelled(d(2024, 3, 28), CancellationGround.COLLUSION)),
        at(2024, 3, 29));
    Finding l = only(late, "CANCELLATION_LATE");
    assertEquals(Severity.ERROR, l.severity());
    assertEquals("2024-03-28", l.facts().get("done"));
    assertFalse(late.hasFinding("CANCELLATION_ON_TIME"));
  }

  /** Điều 48.3: still due on the last day itself (a warning), overdue the day after (an error). */
  @Test
  void article48_3_dueOnTheLastDay_overdueTheDayAfter() {
    Claim ground = decided().with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.COLLUSION));
    Finding due = only(rule.evaluate(ground, at(2024, 3, 27)), "CANCELLATION_DUE");
    assertEquals(Severity.WARNING, due.severity());
    assertEquals("2024-03-27", due.facts().get("due"));
    assertFalse(due.facts().containsKey("done"));
    Finding overdue = only(rule.evaluate(ground, at(2024, 3, 28)), "CANCELLATION_OVERDUE");
    assertEquals(Severity.ERROR, overdue.severity());
  }

  /** A cancellation before the ground arose does not answer it; one on the day the ground arises does. */
  @Test
  void article48_3_onlyACancellationFromTheGroundOnCounts() {
    Claim ground = decided().with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.COLLUSION));
    Verdict before = rule.evaluate(ground.with(new DecisionCancelled(d(2024, 3, 22), CancellationGround.COLLUSION)),
        at(2024, 3, 26));
    assertTrue(before.hasFinding("CANCELLATION_DUE"), before::toString);
    assertFalse(before.hasFinding("CANCELLATION_ON_TIME"));
    Verdict sameDay = rule.evaluate(ground.with(new DecisionCancelled(d(2024, 3, 25), CancellationGround.COLLUSION)),
        at(2024, 3, 26));
    assertEquals("2024-03-25", only(sameDay, "CANCELLATION_ON_TIME").facts().get("done"));
  }

  /** Điều 48.1: the ground finding names the ground and its date; the deadline cites 48.1. */
  @Test
  void article48_1_groundFinding_andDeadlineCitation() {
    Claim claim = decided().with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.FORGED_CLAIMANT_DOCUMENTS));
    Verdict v = rule.evaluate(claim, at(2024, 3, 26));
    Finding ground = only(v, "CANCELLATION_GROUND_48_1");
    assertEquals("FORGED_CLAIMANT_DOCUMENTS", ground.facts().get("ground"));
    assertEquals("2024-03-25", ground.facts().get("date"));
    assertEquals(Severity.ERROR, ground.severity());
    assertEquals(List.of(law(48, 1, "c")), ground.citations());
    assertEquals(List.of(law(48, 1)), only(v, "CANCELLATION_DUE").citations());
    // Điều 73.2.m, 73.3.h: the Ministry or the provincial committee may require it.
    assertEquals(List.of(law(48, 1, "c"), Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 2, "m"),
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 3, "h")), only(v, "CANCELLATION_WHO_48_1_48_3A").citations());
    assertFalse(v.hasFinding("CANCELLATION_GROUND_48_3"));
    // 48.3.a collusion: not a terminating ground, so no 48.2 consequence.
    Verdict collusion = rule.evaluate(decided().with(new CancellationGroundArose(d(2024, 3, 25),
        CancellationGround.COLLUSION)), at(2024, 3, 26));
    assertEquals(List.of(law(48, 3, "a")), only(collusion, "CANCELLATION_GROUND_48_3").citations());
    assertTrue(collusion.findings().stream().noneMatch(f -> f.code().startsWith("CANCELLATION_CONSEQUENCE")));
  }

  /** Điều 48.2.a: nothing paid, no advance → terminate; recourse not decided. */
  @Test
  void article48_2_a_terminate() {
    Verdict v = rule.evaluate(decided().with(new CancellationGroundArose(d(2024, 3, 25),
        CancellationGround.CONDITION_NO_LONGER_MET)), at(2024, 3, 26));
    Finding c = only(v, "CANCELLATION_CONSEQUENCE_TERMINATE");
    assertEquals(List.of(law(48, 2, "a")), c.citations());
    assertEquals("false", c.facts().get("recourse"));
    assertEquals(Severity.INFO, c.severity());
  }

  /** Điều 48.2.b, c: compensation paid → recover it; recourse decided → refund the official (Điều 69). */
  @Test
  void article48_2_b_c_paidWithRecourse() {
    Claim paid = decided().with(new Paid(d(2024, 3, 20), Vnd.of(100_000_000)));
    Claim ground = paid.with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.FORGED_BASIS_DOCUMENT));
    Finding noRecourse = only(rule.evaluate(ground, at(2024, 3, 26)), "CANCELLATION_CONSEQUENCE_RECOVER_PAYMENT");
    assertEquals(List.of(law(48, 2, "b")), noRecourse.citations());
    assertEquals("false", noRecourse.facts().get("recourse"));
    Claim recourse = paid.with(new RecourseDecided(d(2024, 3, 22)))
        .with(new CancellationGroundArose(d(2024, 3, 25), CancellationGround.FORGED_BASIS_DOCUMENT));
    Finding withRecourse = only(rule.evaluate(recourse, at(2024, 3, 26)), "CANCELLATION_CONSEQUENCE_RECOVER_PAYMENT");
    assertEquals(List.of(law(48, 2, "b"), law(48, 2, "c"), law(69)), withRecourse.citations());
    assertEquals("true", withRecourse.facts().get("recourse"));
  }

  /** Điều 43.3.b: an inexperienced resolver, or one with an interest, opens 48.3.b. */
  @Test
  void article48_3_b_eachResolverCondition() {
    for (boolean[] flags : new boolean[][] {{false, false, false}, {true, true, false}, {true, false, true}}) {
      Verdict v = rule.evaluate(withResolver(decided(), flags[0], flags[1], flags[2]), at(2024, 3, 20));
      Finding open = only(v, "CANCELLATION_OPEN_TO_CLAIMANT_48_3B");
      assertEquals("RESOLVER", open.facts().get("reason"));
      assertEquals(List.of(law(48, 3, "b"), law(43, 3, "b")), open.citations());
      assertEquals("The decision may be cancelled and the claim resolved again if the claimant asks: the resolver"
          + " did not meet Art. 43(3)(b)", open.message(Locale.ENGLISH));
      assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    }
    Verdict qualified = rule.evaluate(withResolver(decided(), true, false, false), at(2024, 3, 20));
    assertFalse(qualified.hasFinding("CANCELLATION_OPEN_TO_CLAIMANT_48_3B"));
    assertFalse(qualified.hasFinding("CANCELLATION_WHO_48_3B"));
  }

  /** Điều 48.3.b: the negotiation alone (without Sở Tư pháp, 46.3.d) cites 46.3, 46.5, 46.6, not 43.3.b. */
  @Test
  void article48_3_b_negotiationOnly_and_both() {
    List<Participant> noSma = without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY);
    Claim negotiation = Cases.decided(WARD_QUANG_NGAI, ADMIN, noSma);
    Finding open = only(rule.evaluate(negotiation, at(2024, 3, 20)), "CANCELLATION_OPEN_TO_CLAIMANT_48_3B");
    assertEquals("NEGOTIATION", open.facts().get("reason"));
    assertEquals(List.of(law(48, 3, "b"), law(46, 3), law(46, 5), law(46, 6)), open.citations());
    assertTrue(open.message(Locale.ENGLISH).endsWith(
        "the negotiation did not follow the required participants, content or steps"));
    Finding both = only(rule.evaluate(withResolver(negotiation, false, false, false), at(2024, 3, 20)),
        "CANCELLATION_OPEN_TO_CLAIMANT_48_3B");
    assertEquals("RESOLVER+NEGOTIATION", both.facts().get("reason"));
    assertEquals(List.of(law(48, 3, "b"), law(43, 3, "b"), law(46, 3), law(46, 5), law(46, 6)), both.citations());
    assertTrue(both.message(Locale.ENGLISH).endsWith(
        "the resolver was not qualified and the negotiation did not follow the law"));
    assertTrue(both.message(VI).endsWith(
        "người giải quyết bồi thường không đủ điều kiện và thương lượng không đúng quy định"));
  }

  /**
   * Điều 48.3.b: the claimant asks on Wed 20/03; cancellation due Fri 22/03 (48.3). Cancelled that day
   * on the claimant's request: on time, and not "without request".
   */
  @Test
  void article48_3_b_requestedThenCancelledOnTime() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, ADMIN,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))
        .with(new CancellationRequestedByClaimant(d(2024, 3, 20)))
        .with(new DecisionCancelled(d(2024, 3, 22), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION))
        .with(sent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION));
    Verdict v = rule.evaluate(claim, at(2024, 3, 25));
    assertTrue(v.hasFinding("CANCELLATION_REQUESTED_48_3B"));
    assertFalse(v.hasFinding("CANCELLATION_OPEN_TO_CLAIMANT_48_3B"));
    Finding onTime = only(v, "CANCELLATION_ON_TIME");
    assertEquals("2024-03-22", onTime.facts().get("due"));
    assertEquals(List.of(law(48, 3)), onTime.citations());
    assertFalse(v.hasFinding("CANCELLED_WITHOUT_CLAIMANT_REQUEST"));
    assertFalse(v.hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    assertEquals(List.of(law(48, 3, "b")), only(v, "CANCELLATION_WHO_48_3B").citations());
  }

  /** A request on the very day of the cancellation precedes it; one the day after does not. */
  @Test
  void article48_3_b_requestOnTheSameDay_counts_theDayAfter_doesNot() {
    Claim base = Cases.decided(WARD_QUANG_NGAI, ADMIN,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))
        .with(new DecisionCancelled(d(2024, 3, 22), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION));
    assertFalse(rule.evaluate(base.with(new CancellationRequestedByClaimant(d(2024, 3, 22))), at(2024, 3, 25))
        .hasFinding("CANCELLED_WITHOUT_CLAIMANT_REQUEST"));
    Verdict after = rule.evaluate(base.with(new CancellationRequestedByClaimant(d(2024, 3, 25))), at(2024, 3, 25));
    Finding f = only(after, "CANCELLED_WITHOUT_CLAIMANT_REQUEST");
    assertEquals("2024-03-22", f.facts().get("date"));
    assertEquals(List.of(law(48, 3, "b")), f.citations());
    // A 48.1 cancellation needs no request.
    assertFalse(rule.evaluate(decided().with(new CancellationGroundArose(d(2024, 3, 22), CancellationGround.COLLUSION))
        .with(new DecisionCancelled(d(2024, 3, 22), CancellationGround.COLLUSION)), at(2024, 3, 25))
        .hasFinding("CANCELLED_WITHOUT_CLAIMANT_REQUEST"));
  }

  /**
   * Điều 73.2.m: the Ministry may require a 48.1 cancellation; the 2 working days then run from the
   * requirement (Thu 21/03 → Mon 25/03).
   */
  @Test
  void article73_2_m_requirementOnA48_1Ground_startsTheDeadline() {
    Claim claim = decided().with(new CancellationRequiredByAuthority(d(2024, 3, 21),
        CancellationGround.FORGED_BASIS_DOCUMENT, DocumentRecipient.MINISTRY_OF_JUSTICE));
    Verdict v = rule.evaluate(claim, at(2024, 3, 22));
    assertFalse(v.hasFinding("AUTHORITY_CANNOT_REQUIRE_48_3B"));
    Finding due = only(v, "CANCELLATION_DUE");
    assertEquals("2024-03-25", due.facts().get("due"));
    assertEquals(List.of(law(48, 1)), due.citations());
    Verdict collusion = rule.evaluate(decided().with(new CancellationRequiredByAuthority(d(2024, 3, 21),
        CancellationGround.COLLUSION, DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE)), at(2024, 3, 26));
    assertEquals(List.of(law(48, 3)), only(collusion, "CANCELLATION_OVERDUE").citations());
    Verdict forbidden = rule.evaluate(decided().with(new CancellationRequiredByAuthority(d(2024, 3, 21),
        CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION, DocumentRecipient.MINISTRY_OF_JUSTICE)), at(2024, 3, 22));
    Finding f = only(forbidden, "AUTHORITY_CANNOT_REQUIRE_48_3B");
    assertEquals("2024-03-21", f.facts().get("date"));
    assertFalse(forbidden.hasFinding("CANCELLATION_DUE"));
  }

  /** Điều 48.4: an error found Wed 20/03 is corrected by Fri 22/03; Mon 25/03 is late. */
  @Test
  void article48_4_correctedOnTheLastDay_onTime_later_late_before_ignored() {
    Claim error = decided().with(new ObviousErrorFound(d(2024, 3, 20)));
    Claim onTime = error.with(new DecisionCorrected(d(2024, 3, 22)))
        .with(sent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION));
    Finding ok = only(rule.evaluate(onTime, at(2024, 3, 26)), "CORRECTION_ON_TIME");
    assertEquals(List.of(law(48, 4)), ok.citations());
    assertEquals("2024-03-22", ok.facts().get("done"));
    Claim late = error.with(new DecisionCorrected(d(2024, 3, 25)))
        .with(sent(d(2024, 3, 25), StateManagementDocument.CANCELLATION_OR_CORRECTION));
    Verdict lateVerdict = rule.evaluate(late, at(2024, 3, 26));
    assertEquals(Severity.ERROR, only(lateVerdict, "CORRECTION_LATE").severity());
    assertEquals(Outcome.DOES_NOT_COMPLY, lateVerdict.outcome());
    // A correction dated before the error was found does not correct it.
    Claim earlier = decided().with(new DecisionCorrected(d(2024, 3, 19)))
        .with(sent(d(2024, 3, 19), StateManagementDocument.CANCELLATION_OR_CORRECTION))
        .with(new ObviousErrorFound(d(2024, 3, 20)));
    Verdict e = rule.evaluate(earlier, at(2024, 3, 21));
    assertTrue(e.hasFinding("CORRECTION_DUE"), e::toString);
    assertEquals(Severity.WARNING, only(e, "CORRECTION_DUE").severity());
    // Corrected on the day the error was found counts.
    Claim sameDay = decided().with(new ObviousErrorFound(d(2024, 3, 20))).with(new DecisionCorrected(d(2024, 3, 20)))
        .with(sent(d(2024, 3, 20), StateManagementDocument.CANCELLATION_OR_CORRECTION));
    assertEquals(Outcome.COMPLIES, rule.evaluate(sameDay, at(2024, 3, 21)).outcome());
  }

  /** Điều 48.5: the correction sent the same day is fine; on the day itself, not yet sent, a reminder. */
  @Test
  void article48_5_sendImmediately() {
    Claim corrected = decided().with(new ObviousErrorFound(d(2024, 3, 20))).with(new DecisionCorrected(d(2024, 3, 21)));
    Verdict today = rule.evaluate(corrected, at(2024, 3, 21));
    Finding send = only(today, "CANCELLATION_SEND_TODAY");
    assertEquals(Severity.WARNING, send.severity());
    assertEquals("2024-03-21", send.facts().get("date"));
    assertEquals(List.of(law(48, 5)), send.citations());
    assertFalse(today.hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    Verdict nextDay = rule.evaluate(corrected, at(2024, 3, 22));
    assertEquals(Severity.ERROR, only(nextDay, "CANCELLATION_NOT_SENT_IMMEDIATELY").severity());
    assertFalse(nextDay.hasFinding("CANCELLATION_SEND_TODAY"));
    // Sent a day late: not immediately, even when looked at later.
    assertTrue(rule.evaluate(corrected.with(sent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION)),
        at(2024, 3, 25)).hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    // Sent a day late, looked at on the day of the decision... the later sending is in the record.
    assertTrue(rule.evaluate(corrected.with(sent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION)),
        at(2024, 3, 21)).hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    // Another document sent that day is not the cancellation or correction decision.
    assertTrue(rule.evaluate(corrected.with(sent(d(2024, 3, 21), StateManagementDocument.COMPENSATION_DECISION)),
        at(2024, 3, 22)).hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    // A sending before the decision does not send it.
    assertTrue(rule.evaluate(corrected.with(sent(d(2024, 3, 20), StateManagementDocument.CANCELLATION_OR_CORRECTION)),
        at(2024, 3, 22)).hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    Verdict ok = rule.evaluate(corrected.with(sent(d(2024, 3, 21), StateManagementDocument.CANCELLATION_OR_CORRECTION)),
        at(2024, 3, 22));
    assertFalse(ok.hasFinding("CANCELLATION_NOT_SENT_IMMEDIATELY"));
    assertFalse(ok.hasFinding("CANCELLATION_SEND_TODAY"));
    assertEquals(Outcome.COMPLIES, ok.outcome());
  }

  /** A ground on the calendar's last day: 2 working days cannot be counted, so the fact is missing. */
  @Test
  void calendarCannotCount_isAMissingFact() {
    Claim claim = decided().with(new CancellationGroundArose(CALENDAR.maxDate(), CancellationGround.COLLUSION));
    Verdict v = rule.evaluate(claim, at(2024, 3, 26));
    assertFalse(v.hasFinding("CANCELLATION_DUE"));
    assertTrue(v.missingFacts().stream().anyMatch(f -> f.code().equals("CALENDAR_CANNOT_ANSWER")), v::toString);
    Verdict error = rule.evaluate(decided().with(new ObviousErrorFound(CALENDAR.maxDate())), at(2024, 3, 26));
    assertEquals(Outcome.UNDECIDABLE, error.outcome());
    assertFalse(error.hasFinding("CORRECTION_DUE"));
  }

  /** Điều 46.3: a session recorded without attendees leaves the negotiation review undecided. */
  @Test
  void negotiationMissingFacts_areCarriedOver() {
    Verdict v = rule.evaluate(Cases.decided(WARD_QUANG_NGAI, ADMIN, List.of()), at(2024, 3, 20));
    assertEquals(Outcome.UNDECIDABLE, v.outcome());
    assertTrue(v.missingFacts().stream().anyMatch(f -> f.code().equals("MISSING_SESSION_ATTENDEES")), v::toString);
  }
}
