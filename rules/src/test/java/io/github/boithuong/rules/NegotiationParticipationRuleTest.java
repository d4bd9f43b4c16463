package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.NegotiationContentRecorded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationStepsRecorded;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NegotiationContentItem;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.SessionStep;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Luật TNBTCNN 2017 Điều 46.3, 46.5, 46.6, 46.7; Nghị định 68/2018 Điều 21. */
class NegotiationParticipationRuleTest {

  private final Rule rule = new NegotiationParticipationRule();
  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  private Verdict evaluate(Claim claim) {
    return rule.evaluate(claim, at(2024, 3, 20));
  }

  /** The seed: a ward in Quảng Ngãi negotiated without Sở Tư pháp Quảng Ngãi. */
  @Test
  void article46_3_d_wardInQuangNgai_withoutSoTuPhap() {
    Claim claim = decided(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY));
    Verdict v = evaluate(claim);
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding missing = v.findings().get(0);
    assertEquals("NEGOTIATION_MISSING_PARTICIPANT", missing.code());
    assertEquals(Severity.ERROR, missing.severity());
    assertEquals("Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 08/03/2024"
        + " — điểm d khoản 3 Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP",
        missing.render(VI));
    assertEquals("Missing the representative of the Department of Justice of Quảng Ngãi province at the"
        + " negotiation session of 2024-03-08 — Art. 46(3)(d), Law on State Compensation Liability 2017;"
        + " Art. 21(2)(b), Decree 68/2018/ND-CP", missing.render(Locale.ENGLISH));
    assertEquals("STATE_MANAGEMENT_AGENCY", missing.facts().get("role"));
    assertEquals("2024-03-08", missing.facts().get("session"));
    assertTrue(v.hasFinding("NEGOTIATION_MINUTE_NOT_SIGNED"));
    // The consequence: the claimant may ask for cancellation (48.3.b); not void by itself.
    Finding consequence = v.findings(Severity.INFO).get(0);
    assertEquals("NEGOTIATION_CANCELLATION_OPEN", consequence.code());
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 3, "b")), consequence.citations());
    assertTrue(consequence.message(VI).contains("không đương nhiên bị vô hiệu"));
  }

  /** The seed: a department of Bình Dương with the full composition complies. */
  @Test
  void article46_3_departmentOfBinhDuong_fullComposition_complies() {
    Verdict v = evaluate(decided(DEPARTMENT_BINH_DUONG, ADMIN, fullSession(DEPARTMENT_BINH_DUONG)));
    assertEquals(Outcome.COMPLIES, v.outcome(), v.render(VI));
    assertEquals(List.of("NEGOTIATION_PARTICIPANTS_COMPLETE"), v.findings().stream().map(Finding::code).toList());
  }

  /** The seed: a criminal-procedure case without the procuracy. */
  @Test
  void article46_3_dd_criminalProcedure_withoutProcuracy() {
    Verdict v = evaluate(decided(POLICE_THANH_HOA, LiabilityField.CRIMINAL_PROCEDURE, fullSession(POLICE_THANH_HOA)));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding f = v.findings().get(0);
    assertEquals("PROCURACY", f.facts().get("role"));
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "đ"), f.citations().get(0));
    assertTrue(f.render(Locale.ENGLISH).contains("Art. 46(3)(dd)"));
    List<Participant> withProcuracy = new ArrayList<>(fullSession(POLICE_THANH_HOA));
    withProcuracy.add(new Participant(ParticipantRole.PROCURACY, "Kiểm sát viên", "Viện kiểm sát nhân dân tỉnh Thanh Hóa"));
    assertEquals(Outcome.COMPLIES,
        evaluate(decided(POLICE_THANH_HOA, LiabilityField.CRIMINAL_PROCEDURE, withProcuracy)).outcome());
  }

  /** The seed: a central ministry in Hà Nội is supervised by Bộ Tư pháp, not Sở Tư pháp Hà Nội. */
  @Test
  void decree68_article21_2_a_centralMinistry_boTuPhap() {
    Verdict v = evaluate(decided(MINISTRY_HANOI, ADMIN,
        without(fullSession(MINISTRY_HANOI), ParticipantRole.STATE_MANAGEMENT_AGENCY)));
    Finding f = v.findings().get(0);
    assertTrue(f.render(VI).startsWith("Thiếu đại diện Bộ Tư pháp tại phiên"), f.render(VI));
    assertTrue(f.citations().contains(Citation.of(LegalText.DECREE_68_2018, 21, 2, "a")));
    // A Sở Tư pháp Hà Nội representative is the wrong agency for a central body.
    List<Participant> wrong = without(fullSession(MINISTRY_HANOI), ParticipantRole.STATE_MANAGEMENT_AGENCY);
    wrong.add(new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "X", "Sở Tư pháp thành phố Hà Nội"));
    Verdict w = evaluate(decided(MINISTRY_HANOI, ADMIN, wrong));
    assertTrue(w.hasFinding("NEGOTIATION_WRONG_STATE_MANAGEMENT_AGENCY"), w.render(VI));
  }

  /** Điều 46.3.a, b, c: the chair, the resolver and the claimant are each mandatory. */
  @Test
  void article46_3_a_b_c_eachMandatory() {
    for (ParticipantRole role : List.of(ParticipantRole.CHAIR, ParticipantRole.RESOLVER, ParticipantRole.CLAIMANT)) {
      Verdict v = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, without(fullSession(WARD_QUANG_NGAI), role)));
      assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome(), role.toString());
      assertEquals(role.name(), v.findings().get(0).facts().get("role"));
      assertEquals(role.citation(), v.findings().get(0).citations().get(0));
    }
  }

  /** Điều 46.3.e: the finance agency and others are optional. */
  @Test
  void article46_3_e_optionalParticipants() {
    List<Participant> more = new ArrayList<>(fullSession(WARD_QUANG_NGAI));
    more.add(new Participant(ParticipantRole.FINANCE_AGENCY, "Y", "Phòng Tài chính"));
    more.add(Participant.of(ParticipantRole.CLAIMANT_PROTECTOR, "Luật sư Z"));
    assertEquals(Outcome.COMPLIES, evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, more)).outcome());
  }

  /** Điều 46.3.e; Nghị định 68/2018 Điều 21.1: the official is mandatory once the agency required it. */
  @Test
  void article46_3_e_officialRequiredByTheAgency() {
    Claim claim = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI))
        .with(new NegotiationInvited(d(2024, 3, 5), ParticipantRole.OFFICIAL_AT_FAULT, true));
    Verdict v = evaluate(claim);
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    assertEquals("OFFICIAL_AT_FAULT", v.findings().get(0).facts().get("role"));
    assertTrue(v.findings().get(0).citations().contains(Citation.of(LegalText.DECREE_68_2018, 21, 1)));
  }

  /** Điều 46.7: the result minute is signed by the participants of khoản 3. */
  @Test
  void article46_7_resultMinuteSignatures() {
    Claim claim = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    List<Participant> signers = without(fullSession(WARD_QUANG_NGAI), ParticipantRole.CLAIMANT);
    Claim unsigned = Claim.builder().from(claim).events(claim.events().stream()
        .map(e -> e instanceof io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded
            ? new io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded(e.date(), true, signers) : e)
        .toList()).build();
    Verdict v = evaluate(unsigned);
    assertEquals(List.of("NEGOTIATION_MINUTE_NOT_SIGNED"),
        v.findings(Severity.ERROR).stream().map(Finding::code).toList());
    assertTrue(v.findings().get(0).citations().contains(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 7)));
  }

  /** The written invitation; no national time, an optional lead time from a local regulation. */
  @Test
  void writtenInvitation_andConfiguredLeadTime() {
    Claim claim = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    Claim noInvitation = Claim.builder().from(claim).events(claim.events().stream()
        .filter(e -> !(e instanceof NegotiationInvited)).toList()).build();
    Verdict v = evaluate(noInvitation);
    assertEquals(Outcome.COMPLIES, v.outcome());
    assertTrue(v.hasFinding("NEGOTIATION_NOT_INVITED_IN_WRITING"));
    assertEquals(Severity.WARNING, v.findings().get(0).severity());
    // Invited Mon 04/03 for Fri 08/03: 4 working days; a regulation asking 5 is not met.
    LegalText regulation = LegalText.of("15/2024/QĐ-UBND", "Quy chế phối hợp tỉnh Quảng Ngãi",
        "Quy chế phối hợp", "Coordination regulation of Quảng Ngãi", "Coordination regulation");
    Verdict lead = rule.evaluate(claim, at(2024, 3, 20).withInvitationLeadTime(5, Citation.of(regulation, 8, 2)));
    Finding late = lead.findings().stream().filter(f -> f.code().equals("NEGOTIATION_INVITATION_LATE"))
        .findFirst().orElseThrow();
    assertEquals("4", late.facts().get("actual"));
    assertEquals("khoản 2 Điều 8 Quy chế phối hợp", late.citations().get(0).formatShort(VI));
    assertFalse(rule.evaluate(claim, at(2024, 3, 20).withInvitationLeadTime(4, Citation.of(regulation, 8, 2)))
        .hasFinding("NEGOTIATION_INVITATION_LATE"));
    assertFalse(evaluate(claim).hasFinding("NEGOTIATION_INVITATION_LATE"));
  }

  /** Điều 46.5: the content of the negotiation, where the case records it. */
  @Test
  void article46_5_content() {
    Claim base = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    Claim partial = base.with(new NegotiationContentRecorded(d(2024, 3, 18),
        Set.of(NegotiationContentItem.DAMAGE_TYPES, NegotiationContentItem.AMOUNT)));
    Verdict v = evaluate(partial);
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    assertEquals("PAYMENT_METHOD", v.findings().get(0).facts().get("item"));
    Claim otherRights = Claim.builder().from(base).content(ClaimContent.builder().from(base.content())
        .otherRights("khôi phục giấy phép").build()).build()
        .with(new NegotiationContentRecorded(d(2024, 3, 18), Set.of(NegotiationContentItem.DAMAGE_TYPES,
            NegotiationContentItem.AMOUNT, NegotiationContentItem.PAYMENT_METHOD)));
    assertEquals("OTHER_RIGHTS", evaluate(otherRights).findings().get(0).facts().get("item"));
  }

  /** Điều 46.6: the steps of a session and their order, where the case records them. */
  @Test
  void article46_6_steps() {
    Claim base = negotiated(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI));
    List<SessionStep> lawful = List.of(SessionStep.CLAIMANT_PRESENTS, SessionStep.REPORT_ANNOUNCED,
        SessionStep.DISCUSSION, SessionStep.AGENCY_SPEAKS, SessionStep.STATE_MANAGEMENT_AGENCY_SPEAKS);
    assertEquals(Outcome.COMPLIES, evaluate(base.with(new NegotiationStepsRecorded(d(2024, 3, 8), lawful))).outcome());
    Verdict missing = evaluate(base.with(new NegotiationStepsRecorded(d(2024, 3, 8), lawful.subList(0, 4))));
    assertEquals("STATE_MANAGEMENT_AGENCY_SPEAKS", missing.findings().get(0).facts().get("step"));
    List<SessionStep> swapped = List.of(SessionStep.REPORT_ANNOUNCED, SessionStep.CLAIMANT_PRESENTS,
        SessionStep.DISCUSSION, SessionStep.AGENCY_SPEAKS, SessionStep.STATE_MANAGEMENT_AGENCY_SPEAKS);
    assertTrue(evaluate(base.with(new NegotiationStepsRecorded(d(2024, 3, 8), swapped)))
        .hasFinding("NEGOTIATION_STEPS_OUT_OF_ORDER"));
  }

  @Test
  void notApplicableWithoutSession_undecidableWithoutFacts() {
    assertEquals(Outcome.NOT_APPLICABLE, evaluate(claim(WARD_QUANG_NGAI, ADMIN)).outcome());
    Verdict noAttendees = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN, List.of()));
    assertEquals(Outcome.UNDECIDABLE, noAttendees.outcome());
    assertEquals(List.of("MISSING_SESSION_ATTENDEES", "MISSING_MINUTE_SIGNATORIES"),
        noAttendees.missingFacts().stream().map(Finding::code).toList());
    assertTrue(noAttendees.render(VI).contains("? Chưa ghi thành phần tham gia phiên thương lượng ngày 08/03/2024"));
  }

  /** Before the decision the remedy is to negotiate again. */
  @Test
  void defectBeforeDecision_negotiateAgain() {
    Verdict v = evaluate(negotiated(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY)));
    assertTrue(v.hasFinding("NEGOTIATION_REPEAT_BEFORE_DECISION"));
    assertFalse(v.hasFinding("NEGOTIATION_CANCELLATION_OPEN"));
  }
}
