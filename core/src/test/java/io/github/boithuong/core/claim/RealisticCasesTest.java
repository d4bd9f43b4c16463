package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.CalendarOptions;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.AdvanceProposed;
import io.github.boithuong.core.claim.CaseEvent.CompletionRequested;
import io.github.boithuong.core.claim.CaseEvent.ContinuationRequested;
import io.github.boithuong.core.claim.CaseEvent.Continued;
import io.github.boithuong.core.claim.CaseEvent.DecisionHandedOver;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DecisionRefused;
import io.github.boithuong.core.claim.CaseEvent.DecisionSent;
import io.github.boithuong.core.claim.CaseEvent.DossierCompleted;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.ForwardedByDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.FundingDossierDeficient;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.CaseEvent.InvitationRefused;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationExtensionAgreed;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeReceived;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeSent;
import io.github.boithuong.core.claim.CaseEvent.Postponed;
import io.github.boithuong.core.claim.CaseEvent.PostponementRequested;
import io.github.boithuong.core.claim.CaseEvent.ReceiptAcknowledged;
import io.github.boithuong.core.claim.CaseEvent.RecourseCouncilEstablished;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.RecourseRecommended;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.CaseEvent.ResumedAfterPostponement;
import io.github.boithuong.core.claim.CaseEvent.SuitFiled;
import io.github.boithuong.core.claim.CaseEvent.Suspended;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.CaseEvent.VerificationCompleted;
import io.github.boithuong.core.claim.CaseEvent.VerificationExtensionAgreed;
import io.github.boithuong.core.claim.CaseEvent.VerificationReportCompleted;
import io.github.boithuong.core.claim.StepStatus.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance tests: complete, realistic claims whose due dates were worked out by hand from Luật
 * Trách nhiệm bồi thường của Nhà nước 10/2017/QH14 ("Điều"), Nghị định 68/2018/NĐ-CP ("D68"), the
 * Civil Code 2015's counting rules (BLDS Điều 147: the event day is not counted; Điều 148.5: a last
 * day that is a weekend or holiday moves to the next working day) and the official days off of the
 * civil service (shared/law/damages-time-holidays.md §D.2), never by asking the library.
 *
 * <p>Conventions of the comments: "wd" = working day(s) (ngày làm việc), "days" = calendar days
 * (ngày); the days listed after a start event are the days counted, in order. The readings of
 * docs/interpretations.md are used where the law is silent: a make-up Saturday is a working day
 * (T3), a swapped weekday is a day off (T2), limitation excludes the event day (T1), 2027 and later
 * years are provisional (C2).
 */
class RealisticCasesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  // ---------------------------------------------------------------------------------------------
  // 1. Plain success at the commune level, across Tết 2024
  // ---------------------------------------------------------------------------------------------

  /**
   * Ông Trần Văn Hùng's roadside stall was confiscated under a sanction decision of the Chủ tịch
   * UBND phường Nghĩa Lộ (Quảng Ngãi), later cancelled by the Chủ tịch's own decision received on
   * Fri 22/12/2023 (the basis document, Điều 8). He files his claim in person on Tue 06/02/2024, two
   * days before the Tết Giáp Thìn break (Thu 08 – Wed 14/02/2024, Công văn 8662/VPCP-KGVX). The ward
   * accepts it on the first day back, verifies, negotiates successfully in two sessions, hands over
   * the decision; nobody sues; the decision takes effect; the ward asks for funds, the finance agency
   * grants them, the ward notifies and pays him. The recourse council is then due.
   */
  @Test
  void wardInQuangNgai_claimFiledJustBeforeTet2024_throughDecisionEffectFundingAndPayment() {
    String ward = "Ủy ban nhân dân phường Nghĩa Lộ";
    Claim filed = claim("QNg-2024-001", Party.individual("Trần Văn Hùng"),
        agency(ward, AgencyKind.COMMUNE_PEOPLES_COMMITTEE, AgencyLevel.COMMUNE, "Quảng Ngãi"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(85_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(12_000_000)))
            .build(),
        basis("Quyết định số 15/QĐ-UBND hủy quyết định xử phạt vi phạm hành chính",
            "Chủ tịch Ủy ban nhân dân phường Nghĩa Lộ", d(20, 12, 2023), d(22, 12, 2023)))
        .with(new DossierReceived(d(6, 2, 2024), FilingMethod.IN_PERSON));
    Claim claim = filed
        .with(new Accepted(d(15, 2, 2024)))
        .with(new ResolverAppointed(d(16, 2, 2024), "Lê Minh Quân", true, false, false))
        .with(new VerificationCompleted(d(29, 2, 2024)))
        .with(new VerificationReportCompleted(d(4, 3, 2024)))
        .with(new NegotiationSession(d(6, 3, 2024), standardSession(ward, "Quảng Ngãi", "Trần Văn Hùng")))
        .with(new NegotiationSession(d(12, 3, 2024), standardSession(ward, "Quảng Ngãi", "Trần Văn Hùng")))
        .with(new NegotiationConcluded(d(12, 3, 2024), true, standardSession(ward, "Quảng Ngãi", "Trần Văn Hùng")))
        .with(new DecisionIssued(d(12, 3, 2024), Vnd.of(91_500_000)))
        .with(new DecisionHandedOver(d(12, 3, 2024)))
        .with(new FundingRequested(d(29, 3, 2024)))
        .with(new FundsGranted(d(4, 4, 2024), Vnd.of(91_500_000)))
        .with(new PaymentNoticeSent(d(5, 4, 2024)))
        .with(new PaymentNoticeReceived(d(8, 4, 2024)))
        .with(new Paid(d(10, 4, 2024), Vnd.of(91_500_000)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING,
        Step.GRANT_FUNDS, Step.NOTIFY_PAYMENT, Step.PAY, Step.ESTABLISH_RECOURSE_COUNCIL), steps(t));

    // Điều 6.1: 3 years from receipt of the basis document Fri 22/12/2023 (T1: day not counted)
    // → Tue 22/12/2026, a working day (2026 schedule) → due Tue 22/12/2026; used on 06/02/2024.
    assertDue(t, Step.LIMITATION, d(22, 12, 2026));
    // Điều 43.1: 2 wd from receipt Tue 06/02/2024: Wed 07/02 (1); Thu 08 – Wed 14/02 Tết break
    // (Công văn 8662/VPCP-KGVX: 08, 09, 10, 11, 12/02 holidays, 13–14/02 compensatory); Thu 15/02 (2)
    // → due Thu 15/02/2024.
    assertDue(t, Step.ACCEPT, d(15, 2, 2024));
    // Điều 43.3.a: 2 wd from acceptance Thu 15/02/2024: Fri 16/02 (1), Mon 19/02 (2) → due Mon 19/02/2024.
    assertDue(t, Step.APPOINT_RESOLVER, d(19, 2, 2024));
    // Điều 45.2: 15 days from acceptance Thu 15/02/2024: 16/02 … 29/02 is day 14 (2024 is a leap
    // year), Fri 01/03 is day 15, a working day → due Fri 01/03/2024.
    assertDue(t, Step.VERIFY_DAMAGE, d(1, 3, 2024));
    // Điều 45.3: 3 wd from the end of verification Thu 29/02/2024: Fri 01/03, Mon 04/03, Tue 05/03
    // → due Tue 05/03/2024.
    assertDue(t, Step.VERIFICATION_REPORT, d(5, 3, 2024));
    // Điều 46.1: 2 wd from the report Mon 04/03/2024: Tue 05/03, Wed 06/03 → due Wed 06/03/2024.
    assertDue(t, Step.START_NEGOTIATION, d(6, 3, 2024));
    // Điều 46.1: 10 days from the first session Wed 06/03/2024 → Sat 16/03; BLDS 148.5: Sat, Sun
    // off → due Mon 18/03/2024.
    assertDue(t, Step.FINISH_NEGOTIATION, d(18, 3, 2024));
    // Điều 47.1: immediately ("ngay") after the success minute Tue 12/03/2024, a working day (T5)
    // → due Tue 12/03/2024.
    assertDue(t, Step.ISSUE_DECISION, d(12, 3, 2024));
    // Điều 52.2: 15 days from receipt of the decision Tue 12/03/2024 → Wed 27/03/2024, a working
    // day → due Wed 27/03/2024.
    assertDue(t, Step.SUIT_WINDOW, d(27, 3, 2024));
    // Điều 47.2: in force after 15 days from handover Tue 12/03/2024: the 15th day is Wed 27/03/2024
    // (the entry's due date is that last day); in force from Thu 28/03/2024.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(27, 3, 2024));
    // Điều 62.1: 2 wd from the day the decision is in force, Thu 28/03/2024: Fri 29/03 (1),
    // Sat–Sun off, Mon 01/04 (2) → due Mon 01/04/2024.
    assertDue(t, Step.REQUEST_FUNDING, d(1, 4, 2024));
    // Điều 62.4: 5 wd from the (complete) request Fri 29/03/2024: Mon 01/04, Tue 02/04, Wed 03/04,
    // Thu 04/04, Fri 05/04 → due Fri 05/04/2024.
    assertDue(t, Step.GRANT_FUNDS, d(5, 4, 2024));
    // Điều 62.5: 2 wd from receiving the funds Thu 04/04/2024: Fri 05/04, Mon 08/04 → due Mon 08/04/2024.
    assertDue(t, Step.NOTIFY_PAYMENT, d(8, 4, 2024));
    // Điều 62.5: 2 wd from the claimant receiving the notice Mon 08/04/2024: Tue 09/04, Wed 10/04
    // → due Wed 10/04/2024.
    assertDue(t, Step.PAY, d(10, 4, 2024));
    // Điều 66.1, D68 Điều 28.1: 10 days from payment Wed 10/04/2024 → Sat 20/04; Sat, Sun off → due
    // Mon 22/04/2024 (Giỗ Tổ Thu 18/04 lies inside and does not matter for calendar days).
    assertDue(t, Step.ESTABLISH_RECOURSE_COUNCIL, d(22, 4, 2024));

    // On Wed 07/02/2024 the acceptance is pending with one working day left: only Thu 15/02 counts
    // between 07/02 and 15/02 (08–14/02 Tết break), 8 calendar days.
    assertStatus(t, Step.ACCEPT, d(7, 2, 2024), Kind.PENDING, 1, 8);
    assertStatus(t, Step.ACCEPT, d(15, 2, 2024), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(t, Step.PAY, d(10, 4, 2024), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(t, Step.DECISION_TAKES_EFFECT, d(28, 3, 2024), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(t, Step.ESTABLISH_RECOURSE_COUNCIL, d(22, 4, 2024), Kind.DUE_TODAY, 0, 0);

    // Had the ward not accepted by Fri 16/02/2024, it would be one working day (and one day) late.
    assertStatus(lawful(filed), Step.ACCEPT, d(16, 2, 2024), Kind.OVERDUE, 1, 1);
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Failed negotiation → 15-day suit window
  // ---------------------------------------------------------------------------------------------

  /**
   * Công ty TNHH Thương mại Phú Lợi lost a land lease when the Sở Tài nguyên và Môi trường tỉnh Bình
   * Dương unlawfully refused to extend it (established by a judgment received on Mon 12/06/2023).
   * The department accepts the claim in August 2024 and negotiates across the Quốc khánh break
   * (Sat 31/08 – Tue 03/09/2024); the second session ends with a failure minute on Fri 06/09/2024.
   * Điều 46.8, 52.2: the company may sue within 15 days of the failure minute; it files with the Tòa
   * án nhân dân tỉnh Bình Dương (Điều 53.2) on the last day.
   */
  @Test
  void failedNegotiation_suitWindowOfFifteenDaysFromTheFailureMinute() {
    String dept = "Sở Tài nguyên và Môi trường tỉnh Bình Dương";
    Claim claim = claim("BD-2024-017", Party.organisation("Công ty TNHH Thương mại Phú Lợi"),
        agency(dept, AgencyKind.PROVINCIAL_DEPARTMENT, AgencyLevel.PROVINCIAL, "Bình Dương"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(1_450_000_000))).build(),
        basis("Bản án hành chính phúc thẩm số 112/2023/HC-PT",
            "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh", d(2, 6, 2023), d(12, 6, 2023)))
        .with(new DossierReceived(d(5, 8, 2024), FilingMethod.IN_PERSON))
        .with(new Accepted(d(7, 8, 2024)))
        .with(new ResolverAppointed(d(8, 8, 2024), "Võ Thị Thanh Hương", true, false, false))
        .with(new VerificationCompleted(d(22, 8, 2024)))
        .with(new VerificationReportCompleted(d(27, 8, 2024)))
        .with(new NegotiationSession(d(29, 8, 2024), standardSession(dept, "Bình Dương", "Đỗ Văn Lợi")))
        .with(new NegotiationSession(d(6, 9, 2024), standardSession(dept, "Bình Dương", "Đỗ Văn Lợi")))
        .with(new NegotiationConcluded(d(6, 9, 2024), false, standardSession(dept, "Bình Dương", "Đỗ Văn Lợi")));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION, Step.SUIT_WINDOW),
        steps(t));

    // Điều 6.1: 3 years from Mon 12/06/2023 → Fri 12/06/2026, a working day → due Fri 12/06/2026.
    assertDue(t, Step.LIMITATION, d(12, 6, 2026));
    // Điều 43.1: 2 wd from receipt Mon 05/08/2024: Tue 06/08, Wed 07/08 → due Wed 07/08/2024.
    assertDue(t, Step.ACCEPT, d(7, 8, 2024));
    // Điều 43.3.a: 2 wd from acceptance Wed 07/08/2024: Thu 08/08, Fri 09/08 → due Fri 09/08/2024.
    assertDue(t, Step.APPOINT_RESOLVER, d(9, 8, 2024));
    // Điều 45.2: 15 days from acceptance Wed 07/08/2024 → Thu 22/08/2024, working → due Thu 22/08/2024.
    assertDue(t, Step.VERIFY_DAMAGE, d(22, 8, 2024));
    // Điều 45.3: 3 wd from the end of verification Thu 22/08/2024: Fri 23/08, Mon 26/08, Tue 27/08
    // → due Tue 27/08/2024.
    assertDue(t, Step.VERIFICATION_REPORT, d(27, 8, 2024));
    // Điều 46.1: 2 wd from the report Tue 27/08/2024: Wed 28/08, Thu 29/08 → due Thu 29/08/2024.
    assertDue(t, Step.START_NEGOTIATION, d(29, 8, 2024));
    // Điều 46.1: 10 days from the first session Thu 29/08/2024 → Sun 08/09 (the Quốc khánh days
    // 02–03/09 inside do not extend a period of calendar days); BLDS 148.5 → due Mon 09/09/2024.
    assertDue(t, Step.FINISH_NEGOTIATION, d(9, 9, 2024));
    // Điều 52.2: 15 days from the failure minute Fri 06/09/2024 → Sat 21/09; BLDS 148.5: Sat, Sun
    // off → due Mon 23/09/2024.
    assertDue(t, Step.SUIT_WINDOW, d(23, 9, 2024));
    assertStatus(t, Step.FINISH_NEGOTIATION, d(6, 9, 2024), Kind.DONE_ON_TIME, 0, 0);
    // No decision: nothing to take effect, nothing to fund.
    assertTrue(t.entry(Step.ISSUE_DECISION).isEmpty());
    assertTrue(t.entry(Step.DECISION_TAKES_EFFECT).isEmpty());
    assertTrue(t.entry(Step.REQUEST_FUNDING).isEmpty());

    // Without a suit, the window is closed on Tue 24/09/2024: 1 working day, 1 day after its end.
    assertStatus(t, Step.SUIT_WINDOW, d(23, 9, 2024), Kind.DUE_TODAY, 0, 0);
    assertStatus(t, Step.SUIT_WINDOW, d(24, 9, 2024), Kind.OVERDUE, 1, 1);
    // Suing on the rolled last day, Mon 23/09/2024, is in time.
    Claim sued = claim.with(new SuitFiled(d(23, 9, 2024)));
    Timetable s = lawful(sued);
    assertDue(s, Step.SUIT_WINDOW, d(23, 9, 2024));
    assertStatus(s, Step.SUIT_WINDOW, d(24, 9, 2024), Kind.DONE_ON_TIME, 0, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Complex case with both agreed extensions
  // ---------------------------------------------------------------------------------------------

  /**
   * Công ty Cổ phần Đầu tư Xây dựng Long Thành claims 9 billion đồng from Ủy ban nhân dân tỉnh Đồng
   * Nai after its land-recovery decision was annulled by an administrative judgment received on Thu
   * 14/09/2023. Above 5 billion the case is complex (D68 Điều 19.1.b): 30 days to verify (Điều 45.2)
   * and at most 15 days to negotiate (Điều 46.1). The resolver and the company agree on Wed
   * 02/04/2025, before verification expires, to extend it by 15 days in a minute signed on every
   * page (D68 Điều 14.2); on Wed 07/05/2025 they extend the negotiation by 10 days. The Sở Tư pháp
   * and the Sở Tài chính take part (D68 Điều 21.1.a, 21.2.b). The decision is handed over on Fri
   * 16/05/2025 and takes effect; the province asks for and receives the funds.
   */
  @Test
  void complexClaimAboveFiveBillion_verificationAndNegotiationBothExtendedByAgreement() {
    String province = "Ủy ban nhân dân tỉnh Đồng Nai";
    List<Participant> session = List.of(
        p(ParticipantRole.CHAIR, "Võ Tấn Đức", province),
        p(ParticipantRole.RESOLVER, "Nguyễn Thị Kim Oanh", "Sở Tài nguyên và Môi trường tỉnh Đồng Nai"),
        p(ParticipantRole.CLAIMANT, "Phan Quốc Bảo", "Công ty Cổ phần Đầu tư Xây dựng Long Thành"),
        p(ParticipantRole.CLAIMANT_PROTECTOR, "Luật sư Trịnh Văn Sơn", "Đoàn Luật sư tỉnh Đồng Nai"),
        p(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Thị Hồng Nhung", "Sở Tư pháp tỉnh Đồng Nai"),
        p(ParticipantRole.FINANCE_AGENCY, "Đặng Văn Phúc", "Sở Tài chính tỉnh Đồng Nai"));
    Claim claim = claim("DNa-2025-003", Party.organisation("Công ty Cổ phần Đầu tư Xây dựng Long Thành"),
        agency(province, AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE, AgencyLevel.PROVINCIAL, "Đồng Nai"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(7_800_000_000L)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(1_200_000_000L)))
            .build(),
        basis("Bản án hành chính phúc thẩm số 305/2023/HC-PT hủy quyết định thu hồi đất",
            "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh", d(5, 9, 2023), d(14, 9, 2023)))
        .with(new DossierReceived(d(3, 3, 2025), FilingMethod.IN_PERSON))
        .with(new Accepted(d(5, 3, 2025)))
        .with(new ResolverAppointed(d(6, 3, 2025), "Nguyễn Thị Kim Oanh", true, false, false))
        .with(new VerificationExtensionAgreed(d(2, 4, 2025), 15, true))
        .with(new VerificationCompleted(d(18, 4, 2025)))
        .with(new VerificationReportCompleted(d(23, 4, 2025)))
        .with(new NegotiationSession(d(24, 4, 2025), session))
        .with(new NegotiationExtensionAgreed(d(7, 5, 2025), 10))
        .with(new NegotiationSession(d(16, 5, 2025), session))
        .with(new NegotiationConcluded(d(16, 5, 2025), true, session))
        .with(new DecisionIssued(d(16, 5, 2025), Vnd.of(6_350_000_000L)))
        .with(new DecisionHandedOver(d(16, 5, 2025)))
        .with(new FundingRequested(d(4, 6, 2025)))
        .with(new FundsGranted(d(10, 6, 2025), Vnd.of(6_350_000_000L)));

    assertEquals(Set.of(ComplexityGround.CLAIM_ABOVE_FIVE_BILLION), claim.complexity());
    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING,
        Step.GRANT_FUNDS, Step.NOTIFY_PAYMENT), steps(t));

    // Điều 6.1: 3 years from Thu 14/09/2023 → Mon 14/09/2026, working → due Mon 14/09/2026.
    assertDue(t, Step.LIMITATION, d(14, 9, 2026));
    // Điều 43.1: 2 wd from receipt Mon 03/03/2025: Tue 04/03, Wed 05/03 → due Wed 05/03/2025.
    assertDue(t, Step.ACCEPT, d(5, 3, 2025));
    // Điều 43.3.a: 2 wd from acceptance Wed 05/03/2025: Thu 06/03, Fri 07/03 → due Fri 07/03/2025.
    assertDue(t, Step.APPOINT_RESOLVER, d(7, 3, 2025));
    // Điều 45.2 (complex: 30 days) + agreed 15 days "from the expiry": 30 days from Wed 05/03/2025
    // end Fri 04/04/2025, a working day, so the expiry is 04/04 on any reading; 15 more days → Sat
    // 19/04; BLDS 148.5: Sat, Sun off → due Mon 21/04/2025 (Giỗ Tổ Mon 07/04 lies inside, irrelevant).
    assertDue(t, Step.VERIFY_DAMAGE, d(21, 4, 2025));
    // Điều 45.3: 3 wd from the end of verification Fri 18/04/2025: Mon 21/04, Tue 22/04, Wed 23/04
    // → due Wed 23/04/2025.
    assertDue(t, Step.VERIFICATION_REPORT, d(23, 4, 2025));
    // Điều 46.1: 2 wd from the report Wed 23/04/2025: Thu 24/04, Fri 25/04 → due Fri 25/04/2025.
    assertDue(t, Step.START_NEGOTIATION, d(25, 4, 2025));
    // Điều 46.1 (complex: 15 days) + agreed 10 days "from the expiry": 15 days from the first
    // session Thu 24/04/2025 end Fri 09/05/2025, a working day (the 30/04–04/05 break is inside);
    // 10 more days → Mon 19/05/2025, working → due Mon 19/05/2025.
    assertDue(t, Step.FINISH_NEGOTIATION, d(19, 5, 2025));
    // Điều 47.1: immediately after the success minute Fri 16/05/2025 → due Fri 16/05/2025.
    assertDue(t, Step.ISSUE_DECISION, d(16, 5, 2025));
    // Điều 52.2: 15 days from handover Fri 16/05/2025 → Sat 31/05; BLDS 148.5 → due Mon 02/06/2025.
    assertDue(t, Step.SUIT_WINDOW, d(2, 6, 2025));
    // Điều 47.2: 15 days from handover Fri 16/05/2025; the period ends with the suit window (Điều
    // 52.4: no suit once in force), on Mon 02/06/2025 → in force from Tue 03/06/2025.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(2, 6, 2025));
    // Điều 62.1: 2 wd from Tue 03/06/2025: Wed 04/06, Thu 05/06 → due Thu 05/06/2025.
    assertDue(t, Step.REQUEST_FUNDING, d(5, 6, 2025));
    // Điều 62.4: 5 wd from the request Wed 04/06/2025: Thu 05, Fri 06, Mon 09, Tue 10, Wed 11/06
    // → due Wed 11/06/2025.
    assertDue(t, Step.GRANT_FUNDS, d(11, 6, 2025));
    // Điều 62.5: 2 wd from the funds Tue 10/06/2025: Wed 11/06, Thu 12/06 → due Thu 12/06/2025.
    assertDue(t, Step.NOTIFY_PAYMENT, d(12, 6, 2025));

    // Without the extensions the same events would be late: verification due Fri 04/04/2025 (30
    // days, see above) and negotiation due Fri 09/05/2025 (15 days, see above).
    Claim noExtension = withoutEvents(claim, VerificationExtensionAgreed.class, NegotiationExtensionAgreed.class);
    Timetable n = Timetable.of(noExtension, CALENDAR);
    assertDue(n, Step.VERIFY_DAMAGE, d(4, 4, 2025));
    assertDue(n, Step.FINISH_NEGOTIATION, d(9, 5, 2025));
    // Completed Fri 18/04/2025 against Fri 04/04/2025: Mon 07/04 is Giỗ Tổ, so late by Tue 08,
    // Wed 09, Thu 10, Fri 11, Mon 14, Tue 15, Wed 16, Thu 17, Fri 18/04 = 9 working days, 14 days.
    assertStatus(n, Step.VERIFY_DAMAGE, d(18, 4, 2025), Kind.DONE_LATE, 9, 14);

    // On Thu 12/06/2025 the only agency duty needing action is notifying the company (due today).
    assertEquals(List.of(Step.NOTIFY_PAYMENT), t.dueOrOverdue(d(12, 6, 2025), 0).stream()
        .map(TimetableEntry::step).collect(Collectors.toList()));

    // A verification extension without a minute signed on every page has no legal basis.
    Claim unsigned = withoutEvents(claim, VerificationExtensionAgreed.class)
        .with(new VerificationExtensionAgreed(d(2, 4, 2025), 15, false));
    assertEquals(List.of(CaseProblem.Code.EXTENSION_WITHOUT_BASIS),
        unsigned.problems().stream().map(CaseProblem::code).collect(Collectors.toList()));
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Claimant refuses the decision
  // ---------------------------------------------------------------------------------------------

  /**
   * Bà Lê Thị Hoa's house was wrongly distrained (kê biên) by the Chi cục Thi hành án dân sự quận
   * Hải Châu (Đà Nẵng); the Cục trưởng's complaint decision received on Tue 14/03/2023 found the act
   * unlawful (Điều 12). Negotiation succeeds on Fri 14/07/2023 but she refuses to take the decision
   * at the session: a refusal minute is drawn up stating the consequence (Điều 47.1). The Chi cục
   * posts the decision within 5 wd; she never takes it. 30 days after the minute the termination
   * ground of Điều 51.1.đ arises, and the Chi cục terminates within 5 wd.
   */
  @Test
  void claimantRefusesTheDecision_sentWithinFiveWorkingDays_terminatedAfterThirtyDays() {
    String office = "Chi cục Thi hành án dân sự quận Hải Châu";
    List<Participant> session = List.of(
        p(ParticipantRole.CHAIR, "Huỳnh Văn Tâm", office),
        p(ParticipantRole.RESOLVER, "Ngô Thị Thu", office),
        p(ParticipantRole.CLAIMANT, "Lê Thị Hoa", ""),
        p(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Trương Công Danh", "Sở Tư pháp thành phố Đà Nẵng"));
    Claim claim = claim("DNg-2023-008", Party.individual("Lê Thị Hoa"),
        agency(office, AgencyKind.CIVIL_ENFORCEMENT_BODY, AgencyLevel.DISTRICT, "Đà Nẵng"),
        LiabilityField.CIVIL_JUDGMENT_ENFORCEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(320_000_000))).build(),
        basis("Quyết định giải quyết khiếu nại số 08/QĐ-CTHADS",
            "Cục trưởng Cục Thi hành án dân sự thành phố Đà Nẵng", d(10, 3, 2023), d(14, 3, 2023)))
        .with(new DossierReceived(d(12, 6, 2023), FilingMethod.IN_PERSON))
        .with(new Accepted(d(14, 6, 2023)))
        .with(new ResolverAppointed(d(15, 6, 2023), "Ngô Thị Thu", true, false, false))
        .with(new VerificationCompleted(d(28, 6, 2023)))
        .with(new VerificationReportCompleted(d(3, 7, 2023)))
        .with(new NegotiationSession(d(5, 7, 2023), session))
        .with(new NegotiationSession(d(14, 7, 2023), session))
        .with(new NegotiationConcluded(d(14, 7, 2023), true, session))
        .with(new DecisionIssued(d(14, 7, 2023), Vnd.of(276_000_000)))
        .with(new DecisionRefused(d(14, 7, 2023)))
        .with(new DecisionSent(d(19, 7, 2023)));

    Timetable open = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SEND_REFUSED_DECISION, Step.TERMINATE), steps(open));

    // Điều 6.1: 3 years from Tue 14/03/2023 → Sat 14/03/2026; BLDS 148.5 → due Mon 16/03/2026.
    assertDue(open, Step.LIMITATION, d(16, 3, 2026));
    // Điều 43.1: 2 wd from receipt Mon 12/06/2023: Tue 13/06, Wed 14/06 → due Wed 14/06/2023.
    assertDue(open, Step.ACCEPT, d(14, 6, 2023));
    // Điều 43.3.a: 2 wd from Wed 14/06/2023: Thu 15/06, Fri 16/06 → due Fri 16/06/2023.
    assertDue(open, Step.APPOINT_RESOLVER, d(16, 6, 2023));
    // Điều 45.2: 15 days from Wed 14/06/2023 → Thu 29/06/2023, working → due Thu 29/06/2023.
    assertDue(open, Step.VERIFY_DAMAGE, d(29, 6, 2023));
    // Điều 45.3: 3 wd from Wed 28/06/2023: Thu 29/06, Fri 30/06, Mon 03/07 → due Mon 03/07/2023.
    assertDue(open, Step.VERIFICATION_REPORT, d(3, 7, 2023));
    // Điều 46.1: 2 wd from Mon 03/07/2023: Tue 04/07, Wed 05/07 → due Wed 05/07/2023.
    assertDue(open, Step.START_NEGOTIATION, d(5, 7, 2023));
    // Điều 46.1: 10 days from Wed 05/07/2023 → Sat 15/07; BLDS 148.5 → due Mon 17/07/2023.
    assertDue(open, Step.FINISH_NEGOTIATION, d(17, 7, 2023));
    // Điều 47.1: immediately after the success minute Fri 14/07/2023 → due Fri 14/07/2023.
    assertDue(open, Step.ISSUE_DECISION, d(14, 7, 2023));
    // Điều 47.1: 5 wd from the refusal minute Fri 14/07/2023: Mon 17, Tue 18, Wed 19, Thu 20,
    // Fri 21/07 → due Fri 21/07/2023; sent Wed 19/07.
    assertDue(open, Step.SEND_REFUSED_DECISION, d(21, 7, 2023));
    assertStatus(open, Step.SEND_REFUSED_DECISION, d(19, 7, 2023), Kind.DONE_ON_TIME, 0, 0);
    // Điều 51.1.đ: "hết thời hạn 30 ngày kể từ ngày có biên bản": 30 days from Fri 14/07/2023 →
    // Sun 13/08/2023; BLDS 148.5 (a time limit for the claimant to take the decision) → the period
    // ends Mon 14/08/2023. Điều 51.1: 5 wd from that ground: Tue 15, Wed 16, Thu 17, Fri 18,
    // Mon 21/08 → due Mon 21/08/2023.
    TimetableEntry terminate = open.entry(Step.TERMINATE).orElseThrow();
    assertEquals(d(14, 8, 2023), terminate.startDate());
    assertEquals(d(21, 8, 2023), terminate.dueDate());
    // The claimant never received it: no suit window runs and the decision never takes effect.
    assertTrue(open.entry(Step.SUIT_WINDOW).isEmpty());
    assertTrue(open.entry(Step.DECISION_TAKES_EFFECT).isEmpty());
    assertStatus(open, Step.TERMINATE, d(13, 8, 2023), Kind.NOT_STARTED, 0, 0);
    // On Mon 14/08/2023 it runs: Tue 15, Wed 16, Thu 17, Fri 18, Mon 21/08 = 5 working days, 7 days left.
    assertStatus(open, Step.TERMINATE, d(14, 8, 2023), Kind.PENDING, 5, 7);
    // Not terminated by Tue 22/08/2023: one working day, one day overdue.
    assertStatus(open, Step.TERMINATE, d(22, 8, 2023), Kind.OVERDUE, 1, 1);

    Claim terminated = claim.with(new Terminated(d(18, 8, 2023), TerminationGround.DECISION_NOT_TAKEN));
    Timetable t = lawful(terminated);
    assertDue(t, Step.TERMINATE, d(21, 8, 2023));
    assertStatus(t, Step.TERMINATE, d(22, 8, 2023), Kind.DONE_ON_TIME, 0, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Two refused invitations → suspension → no request to continue → termination
  // ---------------------------------------------------------------------------------------------

  /**
   * Ông Phạm Văn Đức claims from Ủy ban nhân dân huyện Thanh Trì (Hà Nội) after an administrative
   * judgment, received on Mon 20/12/2021, annulled a land-recovery decision. After verification he
   * twice refuses the written invitation to negotiate (Tue 05/04 and Wed 06/04/2022): Điều 50.1.a.
   * The Chủ tịch suspends the resolution the same day. The 30-day suspension ends on Fri 06/05/2022
   * (a working day, after the 30/04–03/05 break); he does not ask to continue within 5 wd (Điều
   * 50.2), which is a termination ground (Điều 51.1.c); the district terminates within 5 wd.
   */
  @Test
  void twoRefusedInvitations_suspension_noRequestToContinue_termination() {
    String district = "Ủy ban nhân dân huyện Thanh Trì";
    Claim claim = claim("HN-TT-2022-002", Party.individual("Phạm Văn Đức"),
        agency(district, AgencyKind.DISTRICT_PEOPLES_COMMITTEE, AgencyLevel.DISTRICT, "Hà Nội"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(650_000_000))).build(),
        basis("Bản án hành chính sơ thẩm số 215/2021/HC-ST", "Tòa án nhân dân thành phố Hà Nội",
            d(3, 12, 2021), d(20, 12, 2021)))
        .with(new DossierReceived(d(14, 3, 2022), FilingMethod.IN_PERSON))
        .with(new Accepted(d(16, 3, 2022)))
        .with(new ResolverAppointed(d(17, 3, 2022), "Bùi Thị Ngọc Anh", true, false, false))
        .with(new VerificationCompleted(d(31, 3, 2022)))
        .with(new VerificationReportCompleted(d(4, 4, 2022)))
        .with(new NegotiationInvited(d(4, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(5, 4, 2022)))
        .with(new NegotiationInvited(d(5, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(6, 4, 2022)))
        .with(new Suspended(d(6, 4, 2022), SuspensionGround.INVITATION_REFUSED_TWICE));

    Timetable open = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.DECIDE_SUSPENSION,
        Step.REQUEST_CONTINUATION, Step.TERMINATE), steps(open));

    // Điều 6.1: 3 years from Mon 20/12/2021 → Fri 20/12/2024, working → due Fri 20/12/2024.
    assertDue(open, Step.LIMITATION, d(20, 12, 2024));
    // Điều 43.1: 2 wd from Mon 14/03/2022: Tue 15/03, Wed 16/03 → due Wed 16/03/2022.
    assertDue(open, Step.ACCEPT, d(16, 3, 2022));
    // Điều 43.3.a: 2 wd from Wed 16/03/2022: Thu 17/03, Fri 18/03 → due Fri 18/03/2022.
    assertDue(open, Step.APPOINT_RESOLVER, d(18, 3, 2022));
    // Điều 45.2: 15 days from Wed 16/03/2022 → Thu 31/03/2022, working → due Thu 31/03/2022.
    assertDue(open, Step.VERIFY_DAMAGE, d(31, 3, 2022));
    // Điều 45.3: 3 wd from Thu 31/03/2022: Fri 01/04, Mon 04/04, Tue 05/04 → due Tue 05/04/2022.
    assertDue(open, Step.VERIFICATION_REPORT, d(5, 4, 2022));
    // Điều 46.1: 2 wd from the report Mon 04/04/2022: Tue 05/04, Wed 06/04 → due Wed 06/04/2022.
    assertDue(open, Step.START_NEGOTIATION, d(6, 4, 2022));
    // Điều 50.1.a: 1 wd from the second refusal Wed 06/04/2022: Thu 07/04 → due Thu 07/04/2022.
    assertDue(open, Step.DECIDE_SUSPENSION, d(7, 4, 2022));
    // Điều 50.2: suspension of 30 days from the decision Wed 06/04/2022 → ends Fri 06/05/2022, a
    // working day (30/04–03/05 break is before it); 5 wd from that day: Mon 09, Tue 10, Wed 11,
    // Thu 12, Fri 13/05 → due Fri 13/05/2022.
    TimetableEntry window = open.entry(Step.REQUEST_CONTINUATION).orElseThrow();
    assertEquals(d(6, 5, 2022), window.startDate());
    assertEquals(d(13, 5, 2022), window.dueDate());
    // Điều 51.1.c: the ground arises when that window closes unused, Fri 13/05/2022; 5 wd: Mon 16,
    // Tue 17, Wed 18, Thu 19, Fri 20/05 → due Fri 20/05/2022.
    TimetableEntry terminate = open.entry(Step.TERMINATE).orElseThrow();
    assertEquals(d(13, 5, 2022), terminate.startDate());
    assertEquals(d(20, 5, 2022), terminate.dueDate());

    assertStatus(open, Step.DECIDE_SUSPENSION, d(6, 4, 2022), Kind.DONE_ON_TIME, 0, 0);
    // The agency convened the negotiation in time: the claimant's refusal on Tue 05/04 shows it
    // (docs/interpretations.md P11), so the step is done, not paused by the suspension.
    assertStatus(open, Step.START_NEGOTIATION, d(6, 4, 2022), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(open, Step.START_NEGOTIATION, d(8, 4, 2022), Kind.DONE_ON_TIME, 0, 0);
    // On Mon 16/05/2022 the window has been closed for 1 working day (3 days).
    assertStatus(open, Step.REQUEST_CONTINUATION, d(16, 5, 2022), Kind.OVERDUE, 1, 3);
    assertStatus(open, Step.TERMINATE, d(20, 5, 2022), Kind.DUE_TODAY, 0, 0);

    Claim terminated = claim.with(new Terminated(d(19, 5, 2022), TerminationGround.SUSPENSION_EXPIRED));
    Timetable t = lawful(terminated);
    assertDue(t, Step.TERMINATE, d(20, 5, 2022));
    assertStatus(t, Step.TERMINATE, d(19, 5, 2022), Kind.DONE_ON_TIME, 0, 0);
    // The negotiation was convened (refused twice), so its start stays done on time; the claimant's
    // unused window to continue ends with the case.
    assertStatus(t, Step.START_NEGOTIATION, d(20, 5, 2022), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(t, Step.REQUEST_CONTINUATION, d(20, 5, 2022), Kind.ENDED, 0, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // 6. Dossier filed through the Department of Justice
  // ---------------------------------------------------------------------------------------------

  /**
   * Bà Nguyễn Thị Lan, whose house extension was demolished under an order later annulled (decision
   * received Tue 18/07/2023), does not know which agency must resolve; she files with the Sở Tư pháp
   * tỉnh Nghệ An on Thu 03/04/2025 (Điều 41.4). The Sở Tư pháp forwards the file to the Sở Xây dựng
   * tỉnh Nghệ An within 5 wd, across Giỗ Tổ (Mon 07/04/2025). The verification period then ends on
   * the 30/4–1/5 holidays and the swapped Friday 02/05/2025.
   */
  @Test
  void dossierFiledThroughTheDepartmentOfJustice_forwardedAcrossGioTo2025() {
    String dept = "Sở Xây dựng tỉnh Nghệ An";
    Claim claim = claim("NA-2025-011", Party.individual("Nguyễn Thị Lan"),
        agency(dept, AgencyKind.PROVINCIAL_DEPARTMENT, AgencyLevel.PROVINCIAL, "Nghệ An"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(240_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.OTHER_COSTS, Vnd.of(6_500_000)))
            .build(),
        basis("Quyết định số 1203/QĐ-UBND hủy quyết định cưỡng chế phá dỡ",
            "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", d(12, 7, 2023), d(18, 7, 2023)))
        .with(new FiledWithDepartmentOfJustice(d(3, 4, 2025)))
        .with(new ForwardedByDepartmentOfJustice(d(10, 4, 2025)))
        .with(new DossierReceived(d(11, 4, 2025), FilingMethod.THROUGH_DEPARTMENT_OF_JUSTICE))
        .with(new Accepted(d(15, 4, 2025)))
        .with(new ResolverAppointed(d(16, 4, 2025), "Hồ Đức Thịnh", true, false, false))
        .with(new VerificationCompleted(d(29, 4, 2025)))
        .with(new VerificationReportCompleted(d(6, 5, 2025)))
        .with(new NegotiationSession(d(8, 5, 2025), standardSession(dept, "Nghệ An", "Nguyễn Thị Lan")))
        .with(new NegotiationConcluded(d(16, 5, 2025), true, standardSession(dept, "Nghệ An", "Nguyễn Thị Lan")))
        .with(new DecisionIssued(d(16, 5, 2025), Vnd.of(221_000_000)))
        .with(new DecisionHandedOver(d(16, 5, 2025)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.FORWARD_DOSSIER, Step.ACCEPT,
        Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE, Step.VERIFICATION_REPORT, Step.START_NEGOTIATION,
        Step.FINISH_NEGOTIATION, Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT,
        Step.REQUEST_FUNDING), steps(t));

    // Điều 6.1: 3 years from Tue 18/07/2023 → Sat 18/07/2026; BLDS 148.5 → due Mon 20/07/2026;
    // used by the filing with the Sở Tư pháp on 03/04/2025 (D68 Điều 13).
    assertDue(t, Step.LIMITATION, d(20, 7, 2026));
    assertStatus(t, Step.LIMITATION, d(3, 4, 2025), Kind.DONE_ON_TIME, 0, 0);
    // Điều 41.4; D68 Điều 33: 5 wd from filing Thu 03/04/2025: Fri 04/04 (1); Sat 05 – Mon 07/04
    // Giỗ Tổ break (Mon 07/04 holiday); Tue 08 (2), Wed 09 (3), Thu 10 (4), Fri 11/04 (5)
    // → due Fri 11/04/2025.
    assertDue(t, Step.FORWARD_DOSSIER, d(11, 4, 2025));
    // On Giỗ Tổ, Mon 07/04/2025: 4 working days left (Tue 08 – Fri 11), 4 days.
    assertStatus(t, Step.FORWARD_DOSSIER, d(7, 4, 2025), Kind.PENDING, 4, 4);
    assertStatus(t, Step.FORWARD_DOSSIER, d(10, 4, 2025), Kind.DONE_ON_TIME, 0, 0);
    // Điều 43.1: 2 wd from receipt by the Sở Xây dựng Fri 11/04/2025: Mon 14/04, Tue 15/04 → due
    // Tue 15/04/2025.
    assertDue(t, Step.ACCEPT, d(15, 4, 2025));
    // Điều 43.3.a: 2 wd from Tue 15/04/2025: Wed 16/04, Thu 17/04 → due Thu 17/04/2025.
    assertDue(t, Step.APPOINT_RESOLVER, d(17, 4, 2025));
    // Điều 45.2: 15 days from Tue 15/04/2025 → Wed 30/04 (holiday); BLDS 148.5: Thu 01/05 holiday,
    // Fri 02/05 swapped day off (make-up Sat 26/04/2025; T2), Sat 03, Sun 04 → due Mon 05/05/2025.
    assertDue(t, Step.VERIFY_DAMAGE, d(5, 5, 2025));
    // Điều 45.3: 3 wd from Tue 29/04/2025: Wed 30/04 hol, Thu 01/05 hol, Fri 02/05 swapped, then
    // Mon 05/05 (1), Tue 06/05 (2), Wed 07/05 (3) → due Wed 07/05/2025.
    assertDue(t, Step.VERIFICATION_REPORT, d(7, 5, 2025));
    // Điều 46.1: 2 wd from Tue 06/05/2025: Wed 07/05, Thu 08/05 → due Thu 08/05/2025.
    assertDue(t, Step.START_NEGOTIATION, d(8, 5, 2025));
    // Điều 46.1: 10 days from Thu 08/05/2025 → Sun 18/05; BLDS 148.5 → due Mon 19/05/2025.
    assertDue(t, Step.FINISH_NEGOTIATION, d(19, 5, 2025));
    // Điều 47.1: immediately after the success minute Fri 16/05/2025 → due Fri 16/05/2025.
    assertDue(t, Step.ISSUE_DECISION, d(16, 5, 2025));
    // Điều 52.2: 15 days from Fri 16/05/2025 → Sat 31/05; BLDS 148.5 → due Mon 02/06/2025.
    assertDue(t, Step.SUIT_WINDOW, d(2, 6, 2025));
    // Điều 47.2: the 15 days end with the suit window, Mon 02/06/2025; in force Tue 03/06/2025.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(2, 6, 2025));
    // Điều 62.1: 2 wd from Tue 03/06/2025: Wed 04/06, Thu 05/06 → due Thu 05/06/2025.
    assertDue(t, Step.REQUEST_FUNDING, d(5, 6, 2025));
    assertStatus(t, Step.REQUEST_FUNDING, d(6, 6, 2025), Kind.OVERDUE, 1, 1);
  }

  // ---------------------------------------------------------------------------------------------
  // 7. Posted dossier, completion request and answer
  // ---------------------------------------------------------------------------------------------

  /**
   * Ông Võ Minh Tuấn posts his dossier to Ủy ban nhân dân thành phố Nha Trang (Khánh Hòa); it arrives
   * on Tue 17/01/2023, just before the Tết Quý Mão break (Fri 20 – Thu 26/01/2023, Công văn
   * 8056/VPCP-KGVX). The city acknowledges receipt in writing (Điều 42.1), asks him after Tết for a
   * certified copy of his identity papers (Điều 41.5, 42.2), he supplies it within 5 wd (Điều 42.3),
   * and the 2 wd of acceptance run from the day the dossier became complete (Điều 43.1).
   */
  @Test
  void postedDossier_acknowledged_completionRequestedAndAnswered_acrossTet2023() {
    String city = "Ủy ban nhân dân thành phố Nha Trang";
    Claim claim = claim("KH-NT-2023-001", Party.individual("Võ Minh Tuấn"),
        agency(city, AgencyKind.DISTRICT_PEOPLES_COMMITTEE, AgencyLevel.DISTRICT, "Khánh Hòa"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(58_000_000))).build(),
        basis("Quyết định số 4411/QĐ-UBND thu hồi quyết định tịch thu tang vật",
            "Chủ tịch Ủy ban nhân dân thành phố Nha Trang", d(30, 11, 2022), d(5, 12, 2022)))
        .with(new DossierReceived(d(17, 1, 2023), FilingMethod.BY_POST))
        .with(new ReceiptAcknowledged(d(18, 1, 2023)))
        .with(new CompletionRequested(d(27, 1, 2023), List.of(DossierItem.IDENTITY_PROOF), false))
        .with(new DossierCompleted(d(2, 2, 2023)))
        .with(new Accepted(d(6, 2, 2023)))
        .with(new ResolverAppointed(d(7, 2, 2023), "Trần Quốc Việt", true, false, false))
        .with(new VerificationCompleted(d(20, 2, 2023)))
        .with(new VerificationReportCompleted(d(22, 2, 2023)))
        .with(new NegotiationSession(d(24, 2, 2023), standardSession(city, "Khánh Hòa", "Võ Minh Tuấn")))
        .with(new NegotiationConcluded(d(2, 3, 2023), true, standardSession(city, "Khánh Hòa", "Võ Minh Tuấn")))
        .with(new DecisionIssued(d(2, 3, 2023), Vnd.of(52_400_000)))
        .with(new DecisionHandedOver(d(2, 3, 2023)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACKNOWLEDGE_RECEIPT, Step.REQUEST_COMPLETION,
        Step.COMPLETE_DOSSIER, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING),
        steps(t));

    // Điều 6.1: 3 years from Mon 05/12/2022 → Fri 05/12/2025, working → due Fri 05/12/2025.
    assertDue(t, Step.LIMITATION, d(5, 12, 2025));
    // Điều 42.1: 2 wd from receipt by post Tue 17/01/2023: Wed 18/01, Thu 19/01 → due Thu 19/01/2023.
    assertDue(t, Step.ACKNOWLEDGE_RECEIPT, d(19, 1, 2023));
    // Điều 42.2: 5 wd from receipt Tue 17/01/2023: Wed 18 (1), Thu 19 (2); Fri 20 – Thu 26/01 Tết
    // break (20–24/01 holidays, 25–26/01 compensatory); Fri 27 (3), Mon 30 (4), Tue 31/01 (5)
    // → due Tue 31/01/2023.
    assertDue(t, Step.REQUEST_COMPLETION, d(31, 1, 2023));
    // On Fri 20/01/2023 (first day of the break): 3 working days left (27, 30, 31/01), 11 days.
    assertStatus(t, Step.REQUEST_COMPLETION, d(20, 1, 2023), Kind.PENDING, 3, 11);
    // Điều 42.3: 5 wd from the request Fri 27/01/2023 (handed to him that day): Mon 30/01, Tue 31/01,
    // Wed 01/02, Thu 02/02, Fri 03/02 → due Fri 03/02/2023.
    assertDue(t, Step.COMPLETE_DOSSIER, d(3, 2, 2023));
    assertStatus(t, Step.COMPLETE_DOSSIER, d(30, 1, 2023), Kind.PENDING, 4, 4);
    // Điều 43.1: 2 wd from the valid dossier Thu 02/02/2023: Fri 03/02, Mon 06/02 → due Mon 06/02/2023.
    assertDue(t, Step.ACCEPT, d(6, 2, 2023));
    // Điều 43.3.a: 2 wd from Mon 06/02/2023: Tue 07/02, Wed 08/02 → due Wed 08/02/2023.
    assertDue(t, Step.APPOINT_RESOLVER, d(8, 2, 2023));
    // Điều 45.2: 15 days from Mon 06/02/2023 → Tue 21/02/2023 → due Tue 21/02/2023.
    assertDue(t, Step.VERIFY_DAMAGE, d(21, 2, 2023));
    // Điều 45.3: 3 wd from Mon 20/02/2023: Tue 21, Wed 22, Thu 23/02 → due Thu 23/02/2023.
    assertDue(t, Step.VERIFICATION_REPORT, d(23, 2, 2023));
    // Điều 46.1: 2 wd from Wed 22/02/2023: Thu 23/02, Fri 24/02 → due Fri 24/02/2023.
    assertDue(t, Step.START_NEGOTIATION, d(24, 2, 2023));
    // Điều 46.1: 10 days from Fri 24/02/2023 (February has 28 days) → Mon 06/03/2023 → due Mon 06/03/2023.
    assertDue(t, Step.FINISH_NEGOTIATION, d(6, 3, 2023));
    // Điều 47.1: immediately after the success minute Thu 02/03/2023 → due Thu 02/03/2023.
    assertDue(t, Step.ISSUE_DECISION, d(2, 3, 2023));
    // Điều 52.2: 15 days from Thu 02/03/2023 → Fri 17/03/2023 → due Fri 17/03/2023.
    assertDue(t, Step.SUIT_WINDOW, d(17, 3, 2023));
    // Điều 47.2: the 15th day after handover is Fri 17/03/2023; in force Sat 18/03/2023.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(17, 3, 2023));
    // Điều 62.1: 2 wd from the day in force Sat 18/03/2023: Mon 20/03, Tue 21/03 → due Tue 21/03/2023.
    assertDue(t, Step.REQUEST_FUNDING, d(21, 3, 2023));
  }

  // ---------------------------------------------------------------------------------------------
  // 8. Criminal procedure
  // ---------------------------------------------------------------------------------------------

  /**
   * Ông Hoàng Văn Nam was held in temporary detention for 45 days by the Cơ quan Cảnh sát điều tra
   * Công an tỉnh Thanh Hóa; the investigation was dropped because no crime had been committed
   * (decision received Mon 16/06/2025, the basis document of Điều 9). Field: criminal procedure
   * (Điều 18), so the negotiation includes the competent procuracy, Viện kiểm sát nhân dân tỉnh
   * Thanh Hóa (Điều 46.3.đ). He asks for an advance on the mental damage (Điều 44.1.a): the resolver
   * proposes 50% immediately on acceptance, paid within 5 wd from the agency's budget (Điều 44.2.b).
   * Acceptance falls across Quốc khánh 2025 (Sat 30/08 – Tue 02/09).
   */
  @Test
  void criminalProcedure_wrongfulDetention_withAdvanceOnMentalDamage() {
    String police = "Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa";
    List<Participant> session = List.of(
        p(ParticipantRole.CHAIR, "Đại tá Lê Văn Thành", police),
        p(ParticipantRole.RESOLVER, "Thiếu tá Nguyễn Hữu Phước", police),
        p(ParticipantRole.CLAIMANT, "Hoàng Văn Nam", ""),
        p(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Thị Mai Phương", "Sở Tư pháp tỉnh Thanh Hóa"),
        p(ParticipantRole.PROCURACY, "Kiểm sát viên Đỗ Minh Hải", "Viện kiểm sát nhân dân tỉnh Thanh Hóa"));
    Claim claim = claim("TH-HS-2025-004", Party.individual("Hoàng Văn Nam"),
        agency(police, AgencyKind.INVESTIGATION_BODY, AgencyLevel.PROVINCIAL, "Thanh Hóa"),
        LiabilityField.CRIMINAL_PROCEDURE,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(90_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(30_000_000)))
            .advanceRequested(true)
            .build(),
        basis("Quyết định đình chỉ điều tra số 27/QĐ-CSĐT (không có sự việc phạm tội)",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa", d(12, 6, 2025), d(16, 6, 2025)))
        .with(new DossierReceived(d(28, 8, 2025), FilingMethod.IN_PERSON))
        .with(new Accepted(d(3, 9, 2025)))
        .with(new AdvanceProposed(d(3, 9, 2025), Vnd.of(45_000_000)))
        .with(new ResolverAppointed(d(4, 9, 2025), "Thiếu tá Nguyễn Hữu Phước", true, false, false))
        .with(new AdvancePaid(d(9, 9, 2025), Vnd.of(45_000_000)))
        .with(new VerificationCompleted(d(17, 9, 2025)))
        .with(new VerificationReportCompleted(d(19, 9, 2025)))
        .with(new NegotiationSession(d(23, 9, 2025), session))
        .with(new NegotiationConcluded(d(2, 10, 2025), true, session))
        .with(new DecisionIssued(d(2, 10, 2025), Vnd.of(112_000_000)))
        .with(new DecisionHandedOver(d(2, 10, 2025)))
        .with(new FundingRequested(d(20, 10, 2025)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER,
        Step.PROPOSE_ADVANCE, Step.PAY_ADVANCE, Step.VERIFY_DAMAGE, Step.VERIFICATION_REPORT,
        Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION, Step.ISSUE_DECISION, Step.SUIT_WINDOW,
        Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING, Step.GRANT_FUNDS,
        Step.NOTIFY_HONOUR_RESTORATION), steps(t));
    // Điều 57.1: in criminal procedure the agency notifies honour restoration within 15 days of the
    // day the basis document exists: Thu 12/06/2025 + 15 days → Fri 27/06/2025 (a working day).
    assertDue(t, Step.NOTIFY_HONOUR_RESTORATION, d(27, 6, 2025));

    // Điều 6.1: 3 years from Mon 16/06/2025 → Fri 16/06/2028, a weekday far from any holiday
    // (2028 is a provisional year, C2) → due Fri 16/06/2028.
    assertDue(t, Step.LIMITATION, d(16, 6, 2028));
    assertTrue(t.entry(Step.LIMITATION).orElseThrow().deadline().isProvisional());
    // Điều 43.1: 2 wd from receipt Thu 28/08/2025: Fri 29/08 (1); Sat 30/08 – Tue 02/09 Quốc khánh
    // break (01/09 adjacent day and 02/09 holidays); Wed 03/09 (2) → due Wed 03/09/2025.
    assertDue(t, Step.ACCEPT, d(3, 9, 2025));
    // Điều 43.3.a: 2 wd from Wed 03/09/2025: Thu 04/09, Fri 05/09 → due Fri 05/09/2025.
    assertDue(t, Step.APPOINT_RESOLVER, d(5, 9, 2025));
    // Điều 44.2.a: immediately after acceptance Wed 03/09/2025 → due Wed 03/09/2025.
    assertDue(t, Step.PROPOSE_ADVANCE, d(3, 9, 2025));
    // Điều 44.2.b: 5 wd from the proposal Wed 03/09/2025: Thu 04, Fri 05, Mon 08, Tue 09, Wed 10/09
    // → due Wed 10/09/2025.
    assertDue(t, Step.PAY_ADVANCE, d(10, 9, 2025));
    // Điều 45.2: 15 days from Wed 03/09/2025 → Thu 18/09/2025 → due Thu 18/09/2025.
    assertDue(t, Step.VERIFY_DAMAGE, d(18, 9, 2025));
    // Điều 45.3: 3 wd from Wed 17/09/2025: Thu 18, Fri 19, Mon 22/09 → due Mon 22/09/2025.
    assertDue(t, Step.VERIFICATION_REPORT, d(22, 9, 2025));
    // Điều 46.1: 2 wd from Fri 19/09/2025: Mon 22/09, Tue 23/09 → due Tue 23/09/2025.
    assertDue(t, Step.START_NEGOTIATION, d(23, 9, 2025));
    // Điều 46.1: 10 days from Tue 23/09/2025 → Fri 03/10/2025 → due Fri 03/10/2025.
    assertDue(t, Step.FINISH_NEGOTIATION, d(3, 10, 2025));
    // Điều 47.1: immediately after the success minute Thu 02/10/2025 → due Thu 02/10/2025.
    assertDue(t, Step.ISSUE_DECISION, d(2, 10, 2025));
    // Điều 52.2: 15 days from Thu 02/10/2025 → Fri 17/10/2025 → due Fri 17/10/2025.
    assertDue(t, Step.SUIT_WINDOW, d(17, 10, 2025));
    // Điều 47.2: 15th day Fri 17/10/2025; in force Sat 18/10/2025.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(17, 10, 2025));
    // Điều 62.1: 2 wd from Sat 18/10/2025: Mon 20/10, Tue 21/10 → due Tue 21/10/2025.
    assertDue(t, Step.REQUEST_FUNDING, d(21, 10, 2025));
    // Điều 62.4: 5 wd from Mon 20/10/2025: Tue 21, Wed 22, Thu 23, Fri 24, Mon 27/10 → due Mon 27/10/2025.
    assertDue(t, Step.GRANT_FUNDS, d(27, 10, 2025));

    assertStatus(t, Step.PAY_ADVANCE, d(9, 9, 2025), Kind.DONE_ON_TIME, 0, 0);
    // On Mon 01/09/2025 (holiday) the acceptance has 1 working day left (Wed 03/09), 2 days.
    assertStatus(t, Step.ACCEPT, d(1, 9, 2025), Kind.PENDING, 1, 2);
    // On Tue 28/10/2025 with no funds yet, the finance agency is 1 working day late.
    assertStatus(t, Step.GRANT_FUNDS, d(28, 10, 2025), Kind.OVERDUE, 1, 1);
  }

  // ---------------------------------------------------------------------------------------------
  // 9. 2026: make-up Saturday 22/08 and the Quốc khánh break 29/08 – 02/09
  // ---------------------------------------------------------------------------------------------

  /**
   * Bà Châu Ngọc Trâm claims from Ủy ban nhân dân phường Sài Gòn (Thành phố Hồ Chí Minh) for goods
   * seized under a sanction decision whose cancellation she received on Tue 10/03/2026. For 2026 the
   * Prime Minister swapped Mon 31/08 (day off) with Sat 22/08 (make-up working day), so the civil
   * service is off Sat 29/08 – Wed 02/09/2026 (Thông báo 9441 of Bộ Nội vụ, 16/10/2025). The 2 wd to
   * start negotiating end on the make-up Saturday (T3), and the negotiation period ends on the
   * swapped Monday (T2) and rolls over the two holidays.
   */
  @Test
  void makeUpSaturday22August2026_andTheNationalDayBreak() {
    String ward = "Ủy ban nhân dân phường Sài Gòn";
    Claim claim = claim("HCM-SG-2026-014", Party.individual("Châu Ngọc Trâm"),
        agency(ward, AgencyKind.COMMUNE_PEOPLES_COMMITTEE, AgencyLevel.COMMUNE, "Hồ Chí Minh"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(175_000_000))).build(),
        basis("Quyết định số 57/QĐ-UBND hủy quyết định xử phạt", "Chủ tịch Ủy ban nhân dân phường Sài Gòn",
            d(6, 3, 2026), d(10, 3, 2026)))
        .with(new DossierReceived(d(30, 7, 2026), FilingMethod.IN_PERSON))
        .with(new Accepted(d(3, 8, 2026)))
        .with(new ResolverAppointed(d(4, 8, 2026), "Lâm Hoàng Phúc", true, false, false))
        .with(new VerificationCompleted(d(18, 8, 2026)))
        .with(new VerificationReportCompleted(d(20, 8, 2026)));
    Claim negotiated = claim
        .with(new NegotiationSession(d(21, 8, 2026), standardSession(ward, "Hồ Chí Minh", "Châu Ngọc Trâm")))
        .with(new NegotiationConcluded(d(3, 9, 2026), true, standardSession(ward, "Hồ Chí Minh", "Châu Ngọc Trâm")))
        .with(new DecisionIssued(d(3, 9, 2026), Vnd.of(160_000_000)))
        .with(new DecisionHandedOver(d(3, 9, 2026)));

    Timetable t = lawful(negotiated);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING),
        steps(t));

    // Điều 6.1: 3 years from Tue 10/03/2026 → Sat 10/03/2029; BLDS 148.5 → Mon 12/03/2029 (2029 is
    // provisional; no holiday near mid-March) → due Mon 12/03/2029.
    assertDue(t, Step.LIMITATION, d(12, 3, 2029));
    // Điều 43.1: 2 wd from Thu 30/07/2026: Fri 31/07, Mon 03/08 → due Mon 03/08/2026.
    assertDue(t, Step.ACCEPT, d(3, 8, 2026));
    // Điều 43.3.a: 2 wd from Mon 03/08/2026: Tue 04/08, Wed 05/08 → due Wed 05/08/2026.
    assertDue(t, Step.APPOINT_RESOLVER, d(5, 8, 2026));
    // Điều 45.2: 15 days from Mon 03/08/2026 → Tue 18/08/2026 → due Tue 18/08/2026.
    assertDue(t, Step.VERIFY_DAMAGE, d(18, 8, 2026));
    // Điều 45.3: 3 wd from Tue 18/08/2026: Wed 19, Thu 20, Fri 21/08 → due Fri 21/08/2026.
    assertDue(t, Step.VERIFICATION_REPORT, d(21, 8, 2026));
    // Điều 46.1: 2 wd from the report Thu 20/08/2026: Fri 21/08 (1), Sat 22/08 make-up working day
    // (2; Thông báo 9441, T3) → due Sat 22/08/2026.
    assertDue(t, Step.START_NEGOTIATION, d(22, 8, 2026));
    // Điều 46.1: 10 days from the first session Fri 21/08/2026 → Mon 31/08, the swapped day off (T2);
    // BLDS 148.5: Tue 01/09 and Wed 02/09 holidays → due Thu 03/09/2026.
    TimetableEntry finish = t.entry(Step.FINISH_NEGOTIATION).orElseThrow();
    assertEquals(d(31, 8, 2026), finish.deadline().rawEnd());
    assertEquals(d(3, 9, 2026), finish.dueDate());
    // On Tue 01/09/2026: 1 working day left (Thu 03/09; Wed 02/09 is a holiday), 2 days.
    assertStatus(t, Step.FINISH_NEGOTIATION, d(1, 9, 2026), Kind.PENDING, 1, 2);
    assertStatus(t, Step.FINISH_NEGOTIATION, d(3, 9, 2026), Kind.DONE_ON_TIME, 0, 0);
    // Điều 47.1: immediately after the success minute Thu 03/09/2026 → due Thu 03/09/2026.
    assertDue(t, Step.ISSUE_DECISION, d(3, 9, 2026));
    // Điều 52.2: 15 days from Thu 03/09/2026 → Fri 18/09/2026 → due Fri 18/09/2026.
    assertDue(t, Step.SUIT_WINDOW, d(18, 9, 2026));
    // Điều 47.2: 15th day Fri 18/09/2026; in force Sat 19/09/2026.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(18, 9, 2026));
    // Điều 62.1: 2 wd from Sat 19/09/2026: Mon 21/09, Tue 22/09 → due Tue 22/09/2026.
    assertDue(t, Step.REQUEST_FUNDING, d(22, 9, 2026));
    for (TimetableEntry e : t.entries()) {
      if (e.step() != Step.LIMITATION) {
        assertFalse(e.deadline().isProvisional(), e::toString);
      }
    }

    // Had the ward not met her by the make-up Saturday, on Mon 24/08/2026 it is 1 working day
    // (Mon 24) and 2 days late.
    Timetable waiting = lawful(claim);
    assertDue(waiting, Step.START_NEGOTIATION, d(22, 8, 2026));
    assertStatus(waiting, Step.START_NEGOTIATION, d(24, 8, 2026), Kind.OVERDUE, 1, 2);
    // Under the option that treats make-up Saturdays as ordinary Saturdays: Fri 21/08 (1), Mon 24/08
    // (2) → due Mon 24/08/2026.
    Timetable ordinarySaturday = Timetable.of(claim,
        WorkingCalendar.vietnam(CalendarOptions.defaults().withMakeUpSaturdayIsWorkingDay(false)));
    assertDue(ordinarySaturday, Step.START_NEGOTIATION, d(24, 8, 2026));
  }

  // ---------------------------------------------------------------------------------------------
  // 10. Into 2027: provisional dates
  // ---------------------------------------------------------------------------------------------

  /**
   * Công ty TNHH Cà phê Cầu Đất claims from the Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng; the claim
   * is accepted in December 2026 and the procedure runs into 2027. No official schedule for 2027
   * exists yet: the library derives it (docs/interpretations.md C2) from the Labour Code 2019 Điều
   * 112 (1/1; Tết 5 days) and Điều 111.3 (compensatory days): 1/1/2027 is a Friday; mùng 1 Tết Đinh
   * Mùi is Sat 06/02/2027 (digest §E.3), not a Tuesday, so Tết is 2 days before and 3 after: Thu
   * 04 – Mon 08/02, and Sat 06 and Sun 07 give compensatory Tue 09 and Wed 10/02. The Prime Minister
   * may still swap a day, so every deadline that depends on a 2027 day is provisional.
   */
  @Test
  void caseRunningInto2027_deadlinesOnADerivedCalendarAreProvisional() {
    String dept = "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng";
    Claim claim = claim("LD-2026-031", Party.organisation("Công ty TNHH Cà phê Cầu Đất"),
        agency(dept, AgencyKind.PROVINCIAL_DEPARTMENT, AgencyLevel.PROVINCIAL, "Lâm Đồng"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(2_300_000_000L))).build(),
        basis("Quyết định số 2150/QĐ-UBND hủy quyết định thu hồi giấy phép",
            "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng", d(25, 9, 2026), d(1, 10, 2026)))
        .with(new DossierReceived(d(14, 12, 2026), FilingMethod.IN_PERSON))
        .with(new Accepted(d(16, 12, 2026)))
        .with(new ResolverAppointed(d(17, 12, 2026), "Kơ Sa Ha Thu", true, false, false))
        .with(new VerificationCompleted(d(30, 12, 2026)))
        .with(new VerificationReportCompleted(d(5, 1, 2027)))
        .with(new NegotiationSession(d(7, 1, 2027), standardSession(dept, "Lâm Đồng", "Nguyễn Hoàng Long")))
        .with(new NegotiationConcluded(d(15, 1, 2027), true, standardSession(dept, "Lâm Đồng", "Nguyễn Hoàng Long")))
        .with(new DecisionIssued(d(15, 1, 2027), Vnd.of(1_980_000_000L)))
        .with(new DecisionHandedOver(d(15, 1, 2027)))
        .with(new FundingRequested(d(3, 2, 2027)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING,
        Step.GRANT_FUNDS), steps(t));

    // Điều 6.1: 3 years from Thu 01/10/2026 → Mon 01/10/2029, a weekday (provisional year) → due
    // Mon 01/10/2029.
    assertDue(t, Step.LIMITATION, d(1, 10, 2029));
    // Điều 43.1: 2 wd from Mon 14/12/2026: Tue 15/12, Wed 16/12 → due Wed 16/12/2026 (official 2026).
    assertDue(t, Step.ACCEPT, d(16, 12, 2026));
    // Điều 43.3.a: 2 wd from Wed 16/12/2026: Thu 17/12, Fri 18/12 → due Fri 18/12/2026.
    assertDue(t, Step.APPOINT_RESOLVER, d(18, 12, 2026));
    // Điều 45.2: 15 days from Wed 16/12/2026 → Thu 31/12/2026, a working day of the official 2026
    // schedule → due Thu 31/12/2026; only that last day is consulted, so not provisional.
    assertDue(t, Step.VERIFY_DAMAGE, d(31, 12, 2026));
    // Điều 45.3: 3 wd from Wed 30/12/2026: Thu 31/12 (1); Fri 01/01/2027 New Year holiday, Sat, Sun;
    // Mon 04/01 (2), Tue 05/01 (3) → due Tue 05/01/2027 (provisional: counts 2027 days).
    assertDue(t, Step.VERIFICATION_REPORT, d(5, 1, 2027));
    // Điều 46.1: 2 wd from Tue 05/01/2027: Wed 06/01, Thu 07/01 → due Thu 07/01/2027.
    assertDue(t, Step.START_NEGOTIATION, d(7, 1, 2027));
    // Điều 46.1: 10 days from Thu 07/01/2027 → Sun 17/01; BLDS 148.5 → due Mon 18/01/2027.
    assertDue(t, Step.FINISH_NEGOTIATION, d(18, 1, 2027));
    // Điều 47.1: immediately after the success minute Fri 15/01/2027 → due Fri 15/01/2027.
    assertDue(t, Step.ISSUE_DECISION, d(15, 1, 2027));
    // Điều 52.2: 15 days from Fri 15/01/2027 → Sat 30/01; BLDS 148.5 → due Mon 01/02/2027.
    assertDue(t, Step.SUIT_WINDOW, d(1, 2, 2027));
    // Điều 47.2: the 15 days end Mon 01/02/2027; in force Tue 02/02/2027.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(1, 2, 2027));
    // Điều 62.1: 2 wd from Tue 02/02/2027: Wed 03/02 (1); Thu 04 – Wed 10/02 derived Tết break;
    // Thu 11/02 (2) → due Thu 11/02/2027.
    assertDue(t, Step.REQUEST_FUNDING, d(11, 2, 2027));
    // Điều 62.4: 5 wd from Wed 03/02/2027: Thu 11 (1), Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17/02 (5)
    // → due Wed 17/02/2027.
    assertDue(t, Step.GRANT_FUNDS, d(17, 2, 2027));

    // Provisional exactly where a 2027 (or later) day is consulted: the working days counted, or the
    // last day of a period of days (Deadline.isProvisional).
    Set<Step> provisional = EnumSet.of(Step.LIMITATION, Step.VERIFICATION_REPORT,
        Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION, Step.ISSUE_DECISION, Step.SUIT_WINDOW,
        Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING, Step.GRANT_FUNDS);
    for (TimetableEntry e : t.entries()) {
      assertEquals(provisional.contains(e.step()), e.deadline().isProvisional(), e::toString);
    }
    // On Mon 08/02/2027 (mùng 3 Tết) the finance agency has 5 working days left (11–17/02), 9 days.
    assertStatus(t, Step.GRANT_FUNDS, d(8, 2, 2027), Kind.PENDING, 5, 9);

    // A strict calendar refuses the provisional year: the 2027 steps are missing and reported.
    Timetable strict = Timetable.of(claim, WorkingCalendar.vietnam(CalendarOptions.defaults().withStrict(true)));
    assertDue(strict, Step.VERIFY_DAMAGE, d(31, 12, 2026));
    assertTrue(strict.entry(Step.VERIFICATION_REPORT).isEmpty());
    assertFalse(strict.problems().isEmpty());
  }

  // ---------------------------------------------------------------------------------------------
  // 11. Deficient funding dossier, payment and recourse
  // ---------------------------------------------------------------------------------------------

  /**
   * Ông Đinh Công Khải claims from Ủy ban nhân dân phường Hà Đông (Hà Nội) after a ward officer,
   * Phó Chủ tịch Nguyễn Văn Bình, unlawfully sealed his workshop. The decision is handed over on Mon
   * 01/12/2025 and takes effect. The ward sends the funding dossier on Thu 18/12/2025; the finance
   * agency finds the lost-income figure not lawful and coordinates to complete the dossier, so it
   * has 15 days from receipt instead of 5 wd (Điều 62.4). Across New Year 2026 (Thu 01/01 holiday,
   * Fri 02/01 swapped, make-up Sat 10/01, Văn bản 12729/VPCP-KGVX) the funds arrive, he is notified
   * and paid; then the recourse council is set up (Điều 66.1), recommends (66.2) and the Chủ tịch
   * decides the recourse (D68 Điều 30.1) just before Tết 2026 (Sat 14 – Sun 22/02).
   */
  @Test
  void deficientFundingDossier_payment_andRecourse_acrossNewYear2026() {
    String ward = "Ủy ban nhân dân phường Hà Đông";
    Claim claim = Claim.builder().from(claim("HN-HD-2025-006", Party.individual("Đinh Công Khải"),
        agency(ward, AgencyKind.COMMUNE_PEOPLES_COMMITTEE, AgencyLevel.COMMUNE, "Hà Nội"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(64_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(41_000_000)))
            .build(),
        basis("Quyết định giải quyết khiếu nại số 92/QĐ-UBND", "Chủ tịch Ủy ban nhân dân phường Hà Đông",
            d(11, 9, 2025), d(15, 9, 2025))))
        .addOfficials(Official.builder().name("Nguyễn Văn Bình")
            .position("Phó Chủ tịch Ủy ban nhân dân phường Hà Đông").build())
        .build()
        .with(new DossierReceived(d(31, 10, 2025), FilingMethod.IN_PERSON))
        .with(new Accepted(d(3, 11, 2025)))
        .with(new ResolverAppointed(d(4, 11, 2025), "Phạm Thu Trang", true, false, false))
        .with(new VerificationCompleted(d(17, 11, 2025)))
        .with(new VerificationReportCompleted(d(19, 11, 2025)))
        .with(new NegotiationSession(d(21, 11, 2025), standardSession(ward, "Hà Nội", "Đinh Công Khải")))
        .with(new NegotiationConcluded(d(1, 12, 2025), true, standardSession(ward, "Hà Nội", "Đinh Công Khải")))
        .with(new DecisionIssued(d(1, 12, 2025), Vnd.of(98_000_000)))
        .with(new DecisionHandedOver(d(1, 12, 2025)))
        .with(new FundingRequested(d(18, 12, 2025)))
        .with(new FundingDossierDeficient(d(23, 12, 2025)))
        .with(new FundsGranted(d(5, 1, 2026), Vnd.of(94_500_000)))
        .with(new PaymentNoticeSent(d(6, 1, 2026)))
        .with(new PaymentNoticeReceived(d(8, 1, 2026)));
    Claim paid = claim
        .with(new Paid(d(9, 1, 2026), Vnd.of(94_500_000)))
        .with(new RecourseCouncilEstablished(d(19, 1, 2026), false))
        .with(new RecourseRecommended(d(9, 2, 2026)))
        .with(new RecourseDecided(d(11, 2, 2026)));

    Timetable t = lawful(paid);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER, Step.VERIFY_DAMAGE,
        Step.VERIFICATION_REPORT, Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION,
        Step.ISSUE_DECISION, Step.SUIT_WINDOW, Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING,
        Step.GRANT_FUNDS, Step.NOTIFY_PAYMENT, Step.PAY, Step.ESTABLISH_RECOURSE_COUNCIL,
        Step.RECOURSE_RECOMMENDATION, Step.RECOURSE_DECISION), steps(t));

    // Điều 6.1: 3 years from Mon 15/09/2025 → Fri 15/09/2028 (provisional year; no holiday near)
    // → due Fri 15/09/2028.
    assertDue(t, Step.LIMITATION, d(15, 9, 2028));
    // Điều 43.1: 2 wd from Fri 31/10/2025: Mon 03/11, Tue 04/11 → due Tue 04/11/2025.
    assertDue(t, Step.ACCEPT, d(4, 11, 2025));
    // Điều 43.3.a: 2 wd from Mon 03/11/2025: Tue 04/11, Wed 05/11 → due Wed 05/11/2025.
    assertDue(t, Step.APPOINT_RESOLVER, d(5, 11, 2025));
    // Điều 45.2: 15 days from Mon 03/11/2025 → Tue 18/11/2025 → due Tue 18/11/2025.
    assertDue(t, Step.VERIFY_DAMAGE, d(18, 11, 2025));
    // Điều 45.3: 3 wd from Mon 17/11/2025: Tue 18, Wed 19, Thu 20/11 → due Thu 20/11/2025.
    assertDue(t, Step.VERIFICATION_REPORT, d(20, 11, 2025));
    // Điều 46.1: 2 wd from Wed 19/11/2025: Thu 20/11, Fri 21/11 → due Fri 21/11/2025.
    assertDue(t, Step.START_NEGOTIATION, d(21, 11, 2025));
    // Điều 46.1: 10 days from Fri 21/11/2025 → Mon 01/12/2025 (November has 30 days) → due Mon 01/12/2025.
    assertDue(t, Step.FINISH_NEGOTIATION, d(1, 12, 2025));
    // Điều 47.1: immediately after the success minute Mon 01/12/2025 → due Mon 01/12/2025.
    assertDue(t, Step.ISSUE_DECISION, d(1, 12, 2025));
    // Điều 52.2: 15 days from Mon 01/12/2025 → Tue 16/12/2025 → due Tue 16/12/2025.
    assertDue(t, Step.SUIT_WINDOW, d(16, 12, 2025));
    // Điều 47.2: 15th day Tue 16/12/2025; in force Wed 17/12/2025.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(16, 12, 2025));
    // Điều 62.1: 2 wd from Wed 17/12/2025: Thu 18/12, Fri 19/12 → due Fri 19/12/2025.
    assertDue(t, Step.REQUEST_FUNDING, d(19, 12, 2025));
    // Điều 62.4 (dossier to be completed): 15 days from receipt of the request Thu 18/12/2025 → Fri
    // 02/01/2026, the weekday swapped off for New Year (12729/VPCP-KGVX; T2); BLDS 148.5: Sat 03,
    // Sun 04 → due Mon 05/01/2026.
    TimetableEntry grant = t.entry(Step.GRANT_FUNDS).orElseThrow();
    assertEquals(d(2, 1, 2026), grant.deadline().rawEnd());
    assertEquals(d(5, 1, 2026), grant.dueDate());
    // Điều 62.5: 2 wd from the funds Mon 05/01/2026: Tue 06/01, Wed 07/01 → due Wed 07/01/2026.
    assertDue(t, Step.NOTIFY_PAYMENT, d(7, 1, 2026));
    // Điều 62.5: 2 wd from receipt of the notice Thu 08/01/2026: Fri 09/01 (1), Sat 10/01 make-up
    // working day (2; 12729/VPCP-KGVX, T3) → due Sat 10/01/2026.
    assertDue(t, Step.PAY, d(10, 1, 2026));
    // Điều 66.1, D68 Điều 28.1: 10 days from payment Fri 09/01/2026 → Mon 19/01/2026 → due Mon 19/01/2026.
    assertDue(t, Step.ESTABLISH_RECOURSE_COUNCIL, d(19, 1, 2026));
    // Điều 66.2: 20 days from the council Mon 19/01/2026 → Sun 08/02; BLDS 148.5 → due Mon 09/02/2026.
    assertDue(t, Step.RECOURSE_RECOMMENDATION, d(9, 2, 2026));
    // D68 Điều 30.1.a: 3 wd from the recommendation Mon 09/02/2026: Tue 10, Wed 11, Thu 12/02 → due
    // Thu 12/02/2026 (the Tết break starts Sat 14/02).
    assertDue(t, Step.RECOURSE_DECISION, d(12, 2, 2026));
    assertStatus(t, Step.RECOURSE_DECISION, d(11, 2, 2026), Kind.DONE_ON_TIME, 0, 0);
    assertStatus(t, Step.GRANT_FUNDS, d(5, 1, 2026), Kind.DONE_ON_TIME, 0, 0);

    // Not yet paid: due today on the make-up Saturday; on Mon 12/01/2026, 1 working day and 2 days late.
    Timetable unpaid = lawful(claim);
    assertStatus(unpaid, Step.PAY, d(10, 1, 2026), Kind.DUE_TODAY, 0, 0);
    assertStatus(unpaid, Step.PAY, d(12, 1, 2026), Kind.OVERDUE, 1, 2);
    // With a complete dossier the finance agency has 5 wd from Thu 18/12/2025: Fri 19, Mon 22,
    // Tue 23, Wed 24, Thu 25/12 → due Thu 25/12/2025.
    Timetable complete = lawful(withoutEvents(paid, FundingDossierDeficient.class));
    assertDue(complete, Step.GRANT_FUNDS, d(25, 12, 2025));
  }

  // ---------------------------------------------------------------------------------------------
  // 12. Postponement stops the verification clock
  // ---------------------------------------------------------------------------------------------

  /**
   * Bà Đặng Thị Mai claims from Ủy ban nhân dân quận Ninh Kiều (Cần Thơ). During verification she is
   * hospitalised and asks on Mon 14/10/2024 to postpone (Điều 49.1, certified by a district-level
   * hospital). The Chủ tịch postpones on Tue 15/10/2024 until Wed 23/10/2024 inclusive and resumes
   * on Thu 24/10/2024 (Điều 49.3). The 8 days of postponement, 16–23/10, are not counted: the
   * verification due date moves from Thu 24/10 to Fri 01/11/2024, exactly 8 days later.
   */
  @Test
  void postponementStopsTheVerificationClock_byExactlyThePostponedDays() {
    String district = "Ủy ban nhân dân quận Ninh Kiều";
    Claim base = claim("CT-NK-2024-003", Party.individual("Đặng Thị Mai"),
        agency(district, AgencyKind.DISTRICT_PEOPLES_COMMITTEE, AgencyLevel.DISTRICT, "Cần Thơ"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(132_000_000))).build(),
        basis("Quyết định số 77/QĐ-UBND hủy quyết định cưỡng chế", "Chủ tịch Ủy ban nhân dân quận Ninh Kiều",
            d(29, 7, 2024), d(2, 8, 2024)))
        .with(new DossierReceived(d(7, 10, 2024), FilingMethod.IN_PERSON))
        .with(new Accepted(d(9, 10, 2024)))
        .with(new ResolverAppointed(d(10, 10, 2024), "Trần Thanh Tùng", true, false, false));
    Claim claim = base
        .with(new PostponementRequested(d(14, 10, 2024)))
        .with(new Postponed(d(15, 10, 2024), d(23, 10, 2024)))
        .with(new ResumedAfterPostponement(d(24, 10, 2024)))
        .with(new VerificationCompleted(d(31, 10, 2024)))
        .with(new VerificationReportCompleted(d(4, 11, 2024)))
        .with(new NegotiationSession(d(6, 11, 2024), standardSession(district, "Cần Thơ", "Đặng Thị Mai")))
        .with(new NegotiationConcluded(d(14, 11, 2024), true, standardSession(district, "Cần Thơ", "Đặng Thị Mai")))
        .with(new DecisionIssued(d(14, 11, 2024), Vnd.of(121_000_000)))
        .with(new DecisionHandedOver(d(14, 11, 2024)));

    Timetable t = lawful(claim);
    assertEquals(EnumSet.of(Step.LIMITATION, Step.ACCEPT, Step.APPOINT_RESOLVER,
        Step.DECIDE_POSTPONEMENT, Step.VERIFY_DAMAGE, Step.VERIFICATION_REPORT,
        Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION, Step.ISSUE_DECISION, Step.SUIT_WINDOW,
        Step.DECISION_TAKES_EFFECT, Step.REQUEST_FUNDING), steps(t));

    // Điều 6.1: 3 years from Fri 02/08/2024 → Mon 02/08/2027, a weekday (provisional year) → due
    // Mon 02/08/2027.
    assertDue(t, Step.LIMITATION, d(2, 8, 2027));
    // Điều 43.1: 2 wd from Mon 07/10/2024: Tue 08/10, Wed 09/10 → due Wed 09/10/2024.
    assertDue(t, Step.ACCEPT, d(9, 10, 2024));
    // Điều 43.3.a: 2 wd from Wed 09/10/2024: Thu 10/10, Fri 11/10 → due Fri 11/10/2024.
    assertDue(t, Step.APPOINT_RESOLVER, d(11, 10, 2024));
    // Điều 49.1: 2 wd from the request Mon 14/10/2024: Tue 15/10, Wed 16/10 → due Wed 16/10/2024.
    assertDue(t, Step.DECIDE_POSTPONEMENT, d(16, 10, 2024));
    assertStatus(t, Step.DECIDE_POSTPONEMENT, d(15, 10, 2024), Kind.DONE_ON_TIME, 0, 0);
    // Điều 45.2 + 49: 15 days from Wed 09/10/2024 → Thu 24/10/2024; the postponement 16/10 – 23/10
    // (8 days, inside the period) is not counted → Fri 01/11/2024, a working day → due Fri 01/11/2024.
    assertDue(t, Step.VERIFY_DAMAGE, d(1, 11, 2024));
    assertEquals(8, t.entry(Step.VERIFY_DAMAGE).orElseThrow().deadline().excludedDays());
    Timetable withoutPostponement = lawful(base.with(new VerificationCompleted(d(24, 10, 2024))));
    // Without it: 15 days from Wed 09/10/2024 → Thu 24/10/2024.
    assertDue(withoutPostponement, Step.VERIFY_DAMAGE, d(24, 10, 2024));
    assertEquals(8, ChronoUnit.DAYS.between(d(24, 10, 2024), t.entry(Step.VERIFY_DAMAGE).orElseThrow().dueDate()));
    // On the original due date the step is still pending: Fri 25, Mon 28, Tue 29, Wed 30, Thu 31/10,
    // Fri 01/11 = 6 working days, 8 days left.
    assertStatus(t, Step.VERIFY_DAMAGE, d(24, 10, 2024), Kind.PENDING, 6, 8);
    assertStatus(t, Step.VERIFY_DAMAGE, d(31, 10, 2024), Kind.DONE_ON_TIME, 0, 0);
    // Điều 45.3: 3 wd from Thu 31/10/2024: Fri 01/11, Mon 04/11, Tue 05/11 → due Tue 05/11/2024.
    assertDue(t, Step.VERIFICATION_REPORT, d(5, 11, 2024));
    // Điều 46.1: 2 wd from Mon 04/11/2024: Tue 05/11, Wed 06/11 → due Wed 06/11/2024.
    assertDue(t, Step.START_NEGOTIATION, d(6, 11, 2024));
    // Điều 46.1: 10 days from Wed 06/11/2024 → Sat 16/11; BLDS 148.5 → due Mon 18/11/2024.
    assertDue(t, Step.FINISH_NEGOTIATION, d(18, 11, 2024));
    // Điều 47.1: immediately after the success minute Thu 14/11/2024 → due Thu 14/11/2024.
    assertDue(t, Step.ISSUE_DECISION, d(14, 11, 2024));
    // Điều 52.2: 15 days from Thu 14/11/2024 → Fri 29/11/2024 → due Fri 29/11/2024.
    assertDue(t, Step.SUIT_WINDOW, d(29, 11, 2024));
    // Điều 47.2: 15th day Fri 29/11/2024; in force Sat 30/11/2024.
    assertDue(t, Step.DECISION_TAKES_EFFECT, d(29, 11, 2024));
    // Điều 62.1: 2 wd from Sat 30/11/2024: Mon 02/12, Tue 03/12 → due Tue 03/12/2024.
    assertDue(t, Step.REQUEST_FUNDING, d(3, 12, 2024));
  }

  // ---------------------------------------------------------------------------------------------
  // Portal cross-check
  // ---------------------------------------------------------------------------------------------

  /**
   * The national public-service portal's card for this procedure (procedure.md §1, S13) gives 32
   * days: 7 working days (2 acceptance + 3 report + 2 start of negotiation) and 25 days (15
   * verification + 10 negotiation); complex cases add 20 days (15 + 5). A claim received Mon
   * 04/03/2024, each step done on its last day, in a stretch of March 2024 without holidays.
   */
  @Test
  void portalCrossCheck_standardPathIsSevenWorkingDaysAndTwentyFiveDays() {
    String ward = "Ủy ban nhân dân phường Trần Phú";
    Claim claim = claim("QNg-2024-009", Party.individual("Huỳnh Thị Bích"),
        agency(ward, AgencyKind.COMMUNE_PEOPLES_COMMITTEE, AgencyLevel.COMMUNE, "Quảng Ngãi"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(40_000_000))).build(),
        null)
        .with(new DossierReceived(d(4, 3, 2024), FilingMethod.IN_PERSON))
        .with(new Accepted(d(6, 3, 2024)))
        .with(new VerificationCompleted(d(21, 3, 2024)))
        .with(new VerificationReportCompleted(d(26, 3, 2024)))
        .with(new NegotiationSession(d(28, 3, 2024), standardSession(ward, "Quảng Ngãi", "Huỳnh Thị Bích")));

    Timetable t = lawful(claim);
    // Điều 43.1: 2 wd from Mon 04/03/2024: Tue 05, Wed 06/03 → due Wed 06/03/2024.
    LocalDate accept = d(6, 3, 2024);
    assertDue(t, Step.ACCEPT, accept);
    // Điều 45.2: 15 days from Wed 06/03/2024 → Thu 21/03/2024 → due Thu 21/03/2024.
    LocalDate verify = d(21, 3, 2024);
    assertDue(t, Step.VERIFY_DAMAGE, verify);
    // Điều 45.3: 3 wd from Thu 21/03/2024: Fri 22, Mon 25, Tue 26/03 → due Tue 26/03/2024.
    LocalDate report = d(26, 3, 2024);
    assertDue(t, Step.VERIFICATION_REPORT, report);
    // Điều 46.1: 2 wd from Tue 26/03/2024: Wed 27, Thu 28/03 → due Thu 28/03/2024.
    LocalDate start = d(28, 3, 2024);
    assertDue(t, Step.START_NEGOTIATION, start);
    // Điều 46.1: 10 days from Thu 28/03/2024 → Sun 07/04/2024; BLDS 148.5 → due Mon 08/04/2024.
    TimetableEntry finish = t.entry(Step.FINISH_NEGOTIATION).orElseThrow();
    assertEquals(d(7, 4, 2024), finish.deadline().rawEnd());
    assertEquals(d(8, 4, 2024), finish.dueDate());
    // Điều 43.3.a runs in parallel (verification counts from acceptance): 2 wd from Wed 06/03/2024:
    // Thu 07, Fri 08/03 → due Fri 08/03/2024.
    assertDue(t, Step.APPOINT_RESOLVER, d(8, 3, 2024));

    // The portal's totals: 2 + 3 + 2 = 7 working days and 15 + 10 = 25 days.
    assertEquals(7, CALENDAR.workingDaysBetween(d(4, 3, 2024), accept)
        + CALENDAR.workingDaysBetween(verify, report) + CALENDAR.workingDaysBetween(report, start));
    assertEquals(25, ChronoUnit.DAYS.between(accept, verify)
        + ChronoUnit.DAYS.between(start, finish.deadline().rawEnd()));

    // Complex case (claim above 5 billion, D68 Điều 19.1.b): +15 days verification, +5 days
    // negotiation = +20 days. 30 days from Wed 06/03/2024 → Fri 05/04/2024; 15 days from Thu
    // 28/03/2024 → Fri 12/04/2024.
    Claim complex = Claim.builder().from(claim)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(5_000_000_001L))).build())
        .build();
    Timetable c = lawful(complex);
    assertDue(c, Step.VERIFY_DAMAGE, d(5, 4, 2024));
    assertDue(c, Step.FINISH_NEGOTIATION, d(12, 4, 2024));
    assertEquals(20, ChronoUnit.DAYS.between(verify, d(5, 4, 2024))
        + ChronoUnit.DAYS.between(finish.deadline().rawEnd(), d(12, 4, 2024)));
    // Exactly 5 billion is not "above 5 billion": still 15 days.
    Claim fiveBillion = Claim.builder().from(claim)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(5_000_000_000L))).build())
        .build();
    assertDue(lawful(fiveBillion), Step.VERIFY_DAMAGE, verify);
  }

  // ---------------------------------------------------------------------------------------------
  // Disagreements with the library (see the report of the acceptance tests)
  // ---------------------------------------------------------------------------------------------

  /**
   * Điều 50.2: "Thời hạn tạm đình chỉ … là 30 ngày kể từ ngày ra quyết định tạm đình chỉ … Trong
   * thời hạn 05 ngày làm việc kể từ ngày hết thời hạn tạm đình chỉ …, người yêu cầu bồi thường có
   * quyền đề nghị tiếp tục". The suspension term is a time limit (thời hạn), so BLDS Điều 148.5
   * applies to it (Điều 145: unless another law provides otherwise; Law 10/2017 does not): when its
   * last day is a weekly rest day or a holiday, it ends at the end of the next working day, and the
   * 5 wd run from that day. The library's documented reading P4 (docs/interpretations.md) counts the
   * 5 wd "from the day after the 30th day", unrolled, although its reading P5 rolls the analogous 30
   * days of Điều 51.1.đ and the 15 days of Điều 47.2; the unrolled reading closes the claimant's
   * window a working day early, against the library's own principle (T1) of not ending a claimant's
   * right earlier on a doubtful reading.
   *
   * <p>Ông Lý Văn Sáu (Ủy ban nhân dân huyện Gia Lâm, Hà Nội) refuses two invitations; suspended Thu
   * 31/03/2022. 30 days → Sat 30/04/2022 (Ngày Giải phóng); Sun 01/05 holiday, Mon 02/05 and Tue
   * 03/05 compensatory days → the suspension ends Wed 04/05/2022; 5 wd: Thu 05, Fri 06, Mon 09,
   * Tue 10, Wed 11/05 → due Wed 11/05/2022. He asks to continue on Wed 11/05: in time, so there is
   * no termination ground.
   */
  @Test
  void suspensionEndingOnAHoliday_windowToContinueCountsFromTheNextWorkingDay() {
    String district = "Ủy ban nhân dân huyện Gia Lâm";
    Claim claim = claim("HN-GL-2022-005", Party.individual("Lý Văn Sáu"),
        agency(district, AgencyKind.DISTRICT_PEOPLES_COMMITTEE, AgencyLevel.DISTRICT, "Hà Nội"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(210_000_000))).build(),
        null)
        .with(new DossierReceived(d(28, 2, 2022), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2, 3, 2022)))
        .with(new ResolverAppointed(d(3, 3, 2022), "Vũ Thị Hạnh", true, false, false))
        .with(new VerificationCompleted(d(17, 3, 2022)))
        .with(new VerificationReportCompleted(d(21, 3, 2022)))
        .with(new NegotiationInvited(d(21, 3, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(22, 3, 2022)))
        .with(new NegotiationInvited(d(23, 3, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(31, 3, 2022)))
        .with(new Suspended(d(31, 3, 2022), SuspensionGround.INVITATION_REFUSED_TWICE))
        .with(new ContinuationRequested(d(11, 5, 2022)))
        .with(new Continued(d(12, 5, 2022)));

    Timetable t = lawful(claim);
    // Điều 50.1.a: 1 wd from the second refusal Thu 31/03/2022: Fri 01/04 → due Fri 01/04/2022.
    assertDue(t, Step.DECIDE_SUSPENSION, d(1, 4, 2022));
    // Điều 50.2 with BLDS 148.5, as computed in the Javadoc → due Wed 11/05/2022.
    assertDue(t, Step.REQUEST_CONTINUATION, d(11, 5, 2022));
    assertStatus(t, Step.REQUEST_CONTINUATION, d(11, 5, 2022), Kind.DONE_ON_TIME, 0, 0);
    assertTrue(t.entry(Step.TERMINATE).isEmpty());
  }

  /**
   * Điều 51.1.c: termination when "hết thời hạn tạm đình chỉ mà người yêu cầu bồi thường không đề
   * nghị tiếp tục giải quyết yêu cầu bồi thường theo quy định tại khoản 2 Điều 50" — a request is
   * one "under Điều 50.2" only if made within the 5 wd after the suspension. A request made after
   * the window closed does not undo the ground, just as the library already holds for the decision
   * taken after the 30 days of Điều 51.1.đ (case 4). The library instead drops the termination
   * ground whenever any request exists, however late.
   *
   * <p>Case 5 again (Ủy ban nhân dân huyện Thanh Trì): the window closed Fri 13/05/2022, and ông
   * Phạm Văn Đức asks to continue only on Tue 17/05/2022. The ground still arose on Fri 13/05/2022;
   * Điều 51.1: 5 wd: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20/05 → termination due Fri 20/05/2022.
   */
  @Test
  void lateRequestToContinue_doesNotRemoveTheTerminationGround() {
    Claim claim = claim("HN-TT-2022-002", Party.individual("Phạm Văn Đức"),
        agency("Ủy ban nhân dân huyện Thanh Trì", AgencyKind.DISTRICT_PEOPLES_COMMITTEE,
            AgencyLevel.DISTRICT, "Hà Nội"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(650_000_000))).build(),
        null)
        .with(new DossierReceived(d(14, 3, 2022), FilingMethod.IN_PERSON))
        .with(new Accepted(d(16, 3, 2022)))
        .with(new VerificationCompleted(d(31, 3, 2022)))
        .with(new VerificationReportCompleted(d(4, 4, 2022)))
        .with(new NegotiationInvited(d(4, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(5, 4, 2022)))
        .with(new NegotiationInvited(d(5, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(6, 4, 2022)))
        .with(new Suspended(d(6, 4, 2022), SuspensionGround.INVITATION_REFUSED_TWICE))
        .with(new ContinuationRequested(d(17, 5, 2022)));

    Timetable t = lawful(claim);
    // Điều 50.2: 30 days from Wed 06/04/2022 → Fri 06/05/2022; 5 wd: Mon 09 … Fri 13/05/2022.
    assertDue(t, Step.REQUEST_CONTINUATION, d(13, 5, 2022));
    // Late by Mon 16 and Tue 17/05: 2 working days, 4 days.
    assertStatus(t, Step.REQUEST_CONTINUATION, d(17, 5, 2022), Kind.DONE_LATE, 2, 4);
    // Điều 51.1.c: ground on Fri 13/05/2022 → 5 wd → due Fri 20/05/2022.
    TimetableEntry terminate = t.entry(Step.TERMINATE)
        .orElseThrow(() -> new AssertionError("no termination ground after the late request"));
    assertEquals(d(13, 5, 2022), terminate.startDate());
    assertEquals(d(20, 5, 2022), terminate.dueDate());
  }

  /**
   * Điều 47.2, 52.4, 62.1: the decision is in force only after the 15 days from its receipt,
   * rolled like the suit window (reading P5). The case's calendar-free validation can only flag a
   * request within the unrolled 15 days; the timetable flags one on the rolled last day. Case 3 again (Ủy ban nhân dân tỉnh Đồng Nai): handover
   * Fri 16/05/2025; 15 days → Sat 31/05 → rolled to Mon 02/06/2025, the last day on which the
   * company may still sue; in force Tue 03/06/2025. A funding request sent on Mon 02/06/2025 is
   * sent before the decision is in force and should be reported (Code.OUT_OF_ORDER), as it is for a
   * request on Fri 30/05.
   */
  @Test
  void fundingRequestedOnTheRolledLastDayOfTheSuitWindow_isBeforeTheDecisionTookEffect() {
    String province = "Ủy ban nhân dân tỉnh Đồng Nai";
    List<Participant> session = standardSession(province, "Đồng Nai", "Phan Quốc Bảo");
    Claim decided = claim("DNa-2025-003", Party.organisation("Công ty Cổ phần Đầu tư Xây dựng Long Thành"),
        agency(province, AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE, AgencyLevel.PROVINCIAL, "Đồng Nai"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(900_000_000))).build(),
        null)
        .with(new DossierReceived(d(3, 3, 2025), FilingMethod.IN_PERSON))
        .with(new Accepted(d(5, 3, 2025)))
        .with(new VerificationCompleted(d(18, 3, 2025)))
        .with(new VerificationReportCompleted(d(21, 3, 2025)))
        .with(new NegotiationSession(d(25, 3, 2025), session))
        .with(new NegotiationConcluded(d(16, 5, 2025), true, session))
        .with(new DecisionIssued(d(16, 5, 2025), Vnd.of(850_000_000)))
        .with(new DecisionHandedOver(d(16, 5, 2025)));
    // The timetable: 15 days from Fri 16/05/2025 → Sat 31/05 → Mon 02/06/2025 (BLDS 148.5).
    assertDue(Timetable.of(decided, CALENDAR), Step.DECISION_TAKES_EFFECT, d(2, 6, 2025));
    // Fri 30/05/2025: reported as before the effect (both readings agree).
    assertTrue(decided.with(new FundingRequested(d(30, 5, 2025))).problems().stream()
        .anyMatch(p -> p.code() == CaseProblem.Code.OUT_OF_ORDER));
    // Mon 02/06/2025: the decision is still not in force; the same problem is expected. Only the
    // timetable, which has the calendar, knows that 31/05 rolled to 02/06: it reports it.
    assertTrue(Timetable.of(decided.with(new FundingRequested(d(2, 6, 2025))), CALENDAR).problems().stream()
        .anyMatch(p -> p.code() == CaseProblem.Code.OUT_OF_ORDER));
  }

  /**
   * Điều 46.1: "Thời hạn thương lượng có thể được kéo dài … nhưng tối đa là 10 ngày kể từ ngày hết
   * thời hạn quy định tại khoản này" (Điều 45.2 says the same of verification, 15 days). The
   * extension runs from the day the base period ends; when the base period's last day is a day off,
   * BLDS 148.5 makes it end on the next working day, and the agreed days count from there. The
   * library (documented reading P2: "the same as extending 'from expiry' the unrolled end") adds the
   * agreed days to the base period and counts both from the first session, so an extension agreed
   * while the base period ends on a weekend loses up to two days (here an agreed extension of 2 days
   * extends nothing), and the statutory maximum (10 days from the expiry) is cut short as well.
   *
   * <p>Ủy ban nhân dân phường Chánh Lộ (Quảng Ngãi): first session Wed 06/03/2024; 10 days → Sat
   * 16/03; BLDS 148.5 → the base period ends Mon 18/03/2024. On Thu 14/03 the parties agree 2 more
   * days: 2 days from Mon 18/03 → due Wed 20/03/2024. (Library: 12 days from 06/03 → Mon
   * 18/03/2024, the same day as without the extension.)
   */
  @Test
  void negotiationExtension_countsFromTheRolledEndOfTheBasePeriod() {
    String ward = "Ủy ban nhân dân phường Chánh Lộ";
    Claim claim = claim("QNg-2024-012", Party.individual("Tạ Quang Vinh"),
        agency(ward, AgencyKind.COMMUNE_PEOPLES_COMMITTEE, AgencyLevel.COMMUNE, "Quảng Ngãi"),
        LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(70_000_000))).build(),
        null)
        .with(new DossierReceived(d(14, 2, 2024), FilingMethod.IN_PERSON))
        .with(new Accepted(d(16, 2, 2024)))
        .with(new VerificationCompleted(d(29, 2, 2024)))
        .with(new VerificationReportCompleted(d(4, 3, 2024)))
        .with(new NegotiationSession(d(6, 3, 2024), standardSession(ward, "Quảng Ngãi", "Tạ Quang Vinh")))
        .with(new NegotiationExtensionAgreed(d(14, 3, 2024), 2));

    Timetable t = lawful(claim);
    // As computed in the Javadoc → due Wed 20/03/2024.
    assertDue(t, Step.FINISH_NEGOTIATION, d(20, 3, 2024));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** A date written as in Vietnamese documents: day, month, year. */
  private static LocalDate d(int day, int month, int year) {
    return LocalDate.of(year, month, day);
  }

  private static ResolvingAgency agency(String name, AgencyKind kind, AgencyLevel level, String province) {
    return ResolvingAgency.builder().name(name).kind(kind).level(level).province(province).build();
  }

  private static BasisDocument basis(String description, String issuer, LocalDate issued, LocalDate received) {
    return BasisDocument.builder().description(description).issuer(issuer).issued(issued)
        .received(received).build();
  }

  private static Claim claim(String id, Party party, ResolvingAgency agency, LiabilityField field,
      ClaimContent content, BasisDocument basis) {
    Claim.Builder b = Claim.builder()
        .id(id)
        .claimant(Claimant.of(party, ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(agency)
        .field(field)
        .content(content)
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE);
    if (basis != null) {
      b.basisDocument(basis).addDossierItems(DossierItem.BASIS_DOCUMENT);
    }
    return b.build();
  }

  /** The same claim without the events of the given kinds. */
  private static Claim withoutEvents(Claim claim, Class<?>... kinds) {
    List<CaseEvent> kept = claim.events().stream()
        .filter(e -> List.of(kinds).stream().noneMatch(k -> k.isInstance(e)))
        .collect(Collectors.toList());
    return Claim.builder().from(claim).events(kept).build();
  }

  private static Participant p(ParticipantRole role, String name, String organisation) {
    return new Participant(role, name, organisation);
  }

  /**
   * The mandatory participants of Điều 46.3.a–d: a leader of the agency chairing, the resolver, the
   * claimant and the provincial Department of Justice (D68 Điều 21.2.b).
   */
  private static List<Participant> standardSession(String agency, String province, String claimant) {
    return List.of(
        p(ParticipantRole.CHAIR, "Phó Chủ tịch " + agency, agency),
        p(ParticipantRole.RESOLVER, "Người giải quyết bồi thường", agency),
        p(ParticipantRole.CLAIMANT, claimant, ""),
        p(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Đại diện Sở Tư pháp", "Sở Tư pháp " + province));
  }

  /** Checks that a lawful case has no problem and returns its timetable. */
  private static Timetable lawful(Claim claim) {
    assertEquals(List.of(), claim.problems(), "problems of " + claim.id());
    Timetable t = Timetable.of(claim, CALENDAR);
    assertEquals(List.of(), t.problems(), "timetable problems of " + claim.id());
    return t;
  }

  private static Set<Step> steps(Timetable t) {
    return t.entries().stream().map(TimetableEntry::step)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
  }

  private static void assertDue(Timetable t, Step step, LocalDate expected) {
    TimetableEntry e = t.entry(step).orElseThrow(() -> new AssertionError(step + " missing in " + t.entries()));
    assertEquals(expected, e.dueDate(), () -> step + ": " + e);
  }

  private static void assertStatus(Timetable t, Step step, LocalDate asOf, Kind kind, int workingDays, int days) {
    StepStatus s = t.entry(step).orElseThrow().status(asOf);
    assertEquals(kind, s.kind(), () -> step + " on " + asOf + ": " + s);
    assertEquals(workingDays, s.workingDays(), () -> step + " on " + asOf + ": " + s);
    assertEquals(days, s.days(), () -> step + " on " + asOf + ": " + s);
  }
}
