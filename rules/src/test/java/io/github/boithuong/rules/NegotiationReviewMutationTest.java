package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.NegotiationStepsRecorded;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.SessionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Edges of the negotiation review: Luật TNBTCNN 2017 Điều 46.3 (participants; 46.3.d the
 * state-management agency, Nghị định 68/2018 Điều 21.2.b Sở Tư pháp; 46.3.e and Điều 21.1 the official
 * once required), 46.6 (steps, the finance agency's step only when it takes part), 46.7 (the minute).
 * The session of {@link Cases#negotiated} is Fri 08/03/2024, its minute Mon 18/03/2024.
 */
class NegotiationReviewMutationTest {

  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;
  private static final List<SessionStep> LAWFUL = List.of(SessionStep.CLAIMANT_PRESENTS, SessionStep.REPORT_ANNOUNCED,
      SessionStep.DISCUSSION, SessionStep.AGENCY_SPEAKS, SessionStep.STATE_MANAGEMENT_AGENCY_SPEAKS);
  private final Rule rule = new NegotiationParticipationRule();

  private Verdict evaluate(Claim claim) {
    return rule.evaluate(claim, at(2024, 3, 20));
  }

  private static List<Finding> all(Verdict v, String code) {
    return v.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * Điều 46.3.e; Nghị định 68/2018 Điều 21.1: the official is required from the day the agency asked.
   * Asked Sun 10/03, after the session of 08/03 but before the minute of 18/03: the session lacked no
   * one; the minute lacks the official's signature.
   */
  @Test
  void officialRequiredAfterTheSession_onlyTheMinuteLacksIt() {
    Claim claim = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new NegotiationInvited(d(2024, 3, 10), ParticipantRole.OFFICIAL_AT_FAULT, true));
    Verdict v = evaluate(claim);
    assertFalse(v.hasFinding("NEGOTIATION_MISSING_PARTICIPANT"), v::toString);
    List<Finding> minute = all(v, "NEGOTIATION_MINUTE_NOT_SIGNED");
    assertEquals(1, minute.size(), v::toString);
    assertEquals("OFFICIAL_AT_FAULT", minute.get(0).facts().get("role"));
    assertEquals("2024-03-18", minute.get(0).facts().get("minute"));
    // Asked on the day of the session itself: required at the session too.
    Verdict sameDay = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new NegotiationInvited(d(2024, 3, 8), ParticipantRole.OFFICIAL_AT_FAULT, true)));
    assertEquals(1, all(sameDay, "NEGOTIATION_MISSING_PARTICIPANT").size(), sameDay::toString);
    // Asked on the day of the minute: required for the minute only.
    Verdict minuteDay = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new NegotiationInvited(d(2024, 3, 18), ParticipantRole.OFFICIAL_AT_FAULT, true)));
    assertEquals(0, all(minuteDay, "NEGOTIATION_MISSING_PARTICIPANT").size(), minuteDay::toString);
    assertEquals(1, all(minuteDay, "NEGOTIATION_MINUTE_NOT_SIGNED").size(), minuteDay::toString);
    // Asked after the minute: never required.
    assertEquals(Outcome.COMPLIES, evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new NegotiationInvited(d(2024, 3, 19), ParticipantRole.OFFICIAL_AT_FAULT, true))).outcome());
  }

  /** Điều 46.3.d: a representative recorded without an organisation is not contradicted. */
  @Test
  void stateManagementRepresentative_withoutOrganisation_complies() {
    List<Participant> people = without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY);
    people.add(Participant.of(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Văn Cường"));
    Verdict v = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, people));
    assertEquals(Outcome.COMPLIES, v.outcome(), v::toString);
    // Case and spacing do not matter: Sở Tư pháp tỉnh Quảng Ngãi written in capitals with extra spaces.
    List<Participant> shouting = without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY);
    String name = WARD_QUANG_NGAI.stateManagementAgency().orElseThrow().name(VI);
    shouting.add(new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Văn Cường",
        "  " + name.toUpperCase(VI).replace(" ", "   ") + " "));
    assertEquals(Outcome.COMPLIES, evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, shouting)).outcome());
  }

  /** Điều 46.3.d: an invitation dated after the first session does not invite to it. */
  @Test
  void invitationAfterTheFirstSession_doesNotCount() {
    Claim base = Cases.claim(WARD_QUANG_NGAI, ADMIN);
    List<Participant> people = fullSession(WARD_QUANG_NGAI);
    Claim late = base.with(new NegotiationSession(d(2024, 3, 8), people))
        .with(new NegotiationInvited(d(2024, 3, 11), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new NegotiationConcluded(d(2024, 3, 18), true, people));
    Finding f = all(evaluate(late), "NEGOTIATION_NOT_INVITED_IN_WRITING").get(0);
    assertEquals("2024-03-08", f.facts().get("session"));
    Claim sameDay = base.with(new NegotiationInvited(d(2024, 3, 8), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new NegotiationSession(d(2024, 3, 8), people))
        .with(new NegotiationConcluded(d(2024, 3, 18), true, people));
    assertFalse(evaluate(sameDay).hasFinding("NEGOTIATION_NOT_INVITED_IN_WRITING"));
  }

  /**
   * Điều 46.6.đ: the finance agency speaks only where it takes part. It attends the session of
   * 08/03 but not that of 12/03: the step is missing on 08/03 only.
   */
  @Test
  void financeStep_onlyForTheSessionItAttended() {
    List<Participant> withFinance = new ArrayList<>(fullSession(WARD_QUANG_NGAI));
    withFinance.add(new Participant(ParticipantRole.FINANCE_AGENCY, "Phạm Thị Dung", "Sở Tài chính tỉnh Quảng Ngãi"));
    Claim claim = negotiated(WARD_QUANG_NGAI, ADMIN, withFinance)
        .with(new NegotiationSession(d(2024, 3, 12), fullSession(WARD_QUANG_NGAI)))
        .with(new NegotiationStepsRecorded(d(2024, 3, 8), LAWFUL))
        .with(new NegotiationStepsRecorded(d(2024, 3, 12), LAWFUL));
    Verdict v = evaluate(claim);
    List<Finding> missing = all(v, "NEGOTIATION_STEP_MISSING");
    assertEquals(1, missing.size(), v::toString);
    assertEquals("FINANCE_AGENCY_SPEAKS", missing.get(0).facts().get("step"));
    assertEquals("2024-03-08", missing.get(0).facts().get("session"));
    assertEquals("The negotiation session of 2024-03-08 lacks the step: the finance agency's representative speaks",
        missing.get(0).message(Locale.ENGLISH));
  }

  /** Điều 46.6: the step out of place and the step it came after are named, in both languages. */
  @Test
  void stepsOutOfOrder_namesBothSteps_andAStepRepeatedInPlaceIsNotOutOfOrder() {
    Claim base = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    List<SessionStep> swapped = List.of(SessionStep.CLAIMANT_PRESENTS, SessionStep.DISCUSSION,
        SessionStep.REPORT_ANNOUNCED, SessionStep.AGENCY_SPEAKS, SessionStep.STATE_MANAGEMENT_AGENCY_SPEAKS);
    Finding f = all(evaluate(base.with(new NegotiationStepsRecorded(d(2024, 3, 8), swapped))),
        "NEGOTIATION_STEPS_OUT_OF_ORDER").get(0);
    assertEquals("REPORT_ANNOUNCED", f.facts().get("step"));
    assertEquals("DISCUSSION", f.facts().get("after"));
    assertEquals("The negotiation session of 2024-03-08 did not follow the order: \"the resolver announces the"
        + " verification report\" came after \"discussion and agreement on the items\"", f.message(Locale.ENGLISH));
    assertEquals("Phiên thương lượng ngày 08/03/2024 không đúng trình tự: \"người giải quyết bồi thường công bố báo"
        + " cáo xác minh thiệt hại\" diễn ra sau \"thảo luận, thỏa thuận nội dung thương lượng\"", f.message(VI));
    List<SessionStep> repeated = List.of(SessionStep.CLAIMANT_PRESENTS, SessionStep.REPORT_ANNOUNCED,
        SessionStep.DISCUSSION, SessionStep.DISCUSSION, SessionStep.AGENCY_SPEAKS,
        SessionStep.STATE_MANAGEMENT_AGENCY_SPEAKS);
    Verdict v = evaluate(base.with(new NegotiationStepsRecorded(d(2024, 3, 8), repeated)));
    assertFalse(v.hasFinding("NEGOTIATION_STEPS_OUT_OF_ORDER"), v::toString);
    assertTrue(v.hasFinding("NEGOTIATION_PARTICIPANTS_COMPLETE"));
  }
}
