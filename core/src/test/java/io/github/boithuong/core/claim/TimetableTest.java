package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.claim.StepStatus.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The timetable's rules: which steps, extensions, pauses, tolling, statuses. */
class TimetableTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private LocalDate due(Claim claim, Step step) {
    return Timetable.of(claim, calendar).entry(step).orElseThrow().dueDate();
  }

  /** The portal's procedure card: 7 working days + 25 days on the standard path. */
  @Test
  void standardPath_portalTotal() {
    Timetable t = Timetable.of(Fixtures.standardPath(), calendar);
    assertEquals(d(2024, 2, 15), t.entry(Step.ACCEPT).orElseThrow().dueDate());
    assertEquals(d(2024, 3, 1), t.entry(Step.VERIFY_DAMAGE).orElseThrow().dueDate());
    assertEquals(d(2024, 3, 6), t.entry(Step.VERIFICATION_REPORT).orElseThrow().dueDate());
    assertEquals(d(2024, 3, 8), t.entry(Step.START_NEGOTIATION).orElseThrow().dueDate());
    assertEquals(d(2024, 3, 18), t.entry(Step.FINISH_NEGOTIATION).orElseThrow().dueDate());
    int workingDays = calendar.workingDaysBetween(d(2024, 2, 6), d(2024, 2, 15))
        + calendar.workingDaysBetween(d(2024, 3, 1), d(2024, 3, 6))
        + calendar.workingDaysBetween(d(2024, 3, 6), d(2024, 3, 8));
    long days = java.time.temporal.ChronoUnit.DAYS.between(d(2024, 2, 15), d(2024, 3, 1))
        + java.time.temporal.ChronoUnit.DAYS.between(d(2024, 3, 8), d(2024, 3, 18));
    assertEquals(7, workingDays);
    assertEquals(25, days);
    assertTrue(t.entries().stream().allMatch(e -> e.status(d(2024, 3, 18)).kind() == Kind.DONE_ON_TIME
        || e.step().nature() != Step.Nature.DUTY || e.step() == Step.REQUEST_FUNDING));
  }

  @Test
  void statuses() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 19)));
    TimetableEntry accept = Timetable.of(claim, calendar).entry(Step.ACCEPT).orElseThrow();
    assertEquals(d(2024, 2, 15), accept.dueDate());
    assertEquals(Kind.NOT_STARTED, accept.status(d(2024, 2, 5)).kind());
    StepStatus pending = accept.status(d(2024, 2, 7));
    assertEquals(Kind.PENDING, pending.kind());
    assertEquals(1, pending.workingDays());
    assertEquals(8, pending.days());
    assertEquals(Kind.DUE_TODAY, accept.status(d(2024, 2, 15)).kind());
    StepStatus overdue = accept.status(d(2024, 2, 16));
    assertEquals(Kind.OVERDUE, overdue.kind());
    assertEquals("quá hạn 1 ngày làm việc (1 ngày)", overdue.describe(VI));
    StepStatus late = accept.status(d(2024, 3, 1));
    assertEquals(Kind.DONE_LATE, late.kind());
    assertEquals(2, late.workingDays()); // 16/02 and 19/02
    TimetableEntry appoint = Timetable.of(claim, calendar).entry(Step.APPOINT_RESOLVER).orElseThrow();
    assertEquals(d(2024, 2, 21), appoint.dueDate());
    assertEquals(Kind.OVERDUE, appoint.status(d(2024, 2, 23)).kind());
  }

  /** Điều 45.2, Nghị định 68/2018 Điều 19.1: a complex case verifies in 30 days, negotiates in 15. */
  @Test
  void complexCase_longerPeriods_onlyWithItsGround() {
    Claim plain = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)));
    assertEquals(d(2024, 3, 19), due(plain, Step.VERIFY_DAMAGE)); // 15 days
    Claim complex = plain.with(new ComplexCaseDetermined(d(2024, 3, 5), ComplexityGround.SEVERAL_LOCATIONS));
    assertEquals(d(2024, 4, 3), due(complex, Step.VERIFY_DAMAGE)); // 30 days
    Claim bigClaim = Claim.builder().from(plain).content(Fixtures.claim(6_000_000_000L).content()).build();
    assertEquals(d(2024, 4, 3), due(bigClaim, Step.VERIFY_DAMAGE));
  }

  /** Điều 45.2: an agreed extension of up to 15 days; agreed after expiry, it has no basis. */
  @Test
  void verificationExtension_agreedInTimeOrNot() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)))
        .with(new VerificationExtensionAgreed(d(2024, 3, 15), 10, true));
    assertEquals(d(2024, 3, 29), due(claim, Step.VERIFY_DAMAGE)); // 25 days from 04/03
    assertTrue(Timetable.of(claim, calendar).problems().isEmpty());
    Claim late = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)))
        .with(new VerificationExtensionAgreed(d(2024, 3, 20), 10, true));
    CaseProblem p = Timetable.of(late, calendar).problems().get(0);
    assertEquals(CaseProblem.Code.EXTENSION_WITHOUT_BASIS, p.code());
    assertTrue(p.message(Locale.ENGLISH).contains("after the period expired on 2024-03-19"));
  }

  /** Điều 49: postponement stops the verification clock for its duration (docs/interpretations.md). */
  @Test
  void postponement_extendsTheStepInProgress() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)))
        .with(new PostponementRequested(d(2024, 3, 6)))
        .with(new Postponed(d(2024, 3, 7), d(2024, 3, 16)));
    // 15 days from 04/03 end 19/03; 08–16/03 (9 days) not counted → 28/03.
    assertEquals(d(2024, 3, 28), due(claim, Step.VERIFY_DAMAGE));
    assertEquals(d(2024, 3, 8), due(claim, Step.DECIDE_POSTPONEMENT));
    // Resumed early: only 08–11/03 (4 days) are not counted → 23/03 (Sat) → Mon 25/03.
    assertEquals(d(2024, 3, 25),
        due(claim.with(new ResumedAfterPostponement(d(2024, 3, 12))), Step.VERIFY_DAMAGE));
  }

  /**
   * Điều 50: two refused invitations → suspension within 1 wd; the claimant may ask to continue
   * within 5 wd after the 30-day suspension; otherwise termination within 5 wd (Điều 51.1.c).
   */
  @Test
  void suspension_pausesThenTerminationWithoutRequest() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)))
        .with(new VerificationCompleted(d(2024, 3, 15)))
        .with(new VerificationReportCompleted(d(2024, 3, 18)))
        .with(new NegotiationInvited(d(2024, 3, 18), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(2024, 3, 19)))
        .with(new NegotiationInvited(d(2024, 3, 19), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(2024, 3, 20)))
        .with(new Suspended(d(2024, 3, 21), SuspensionGround.INVITATION_REFUSED_TWICE));
    Timetable t = Timetable.of(claim, calendar);
    assertEquals(d(2024, 3, 21), t.entry(Step.DECIDE_SUSPENSION).orElseThrow().dueDate());
    // The refusals show the agency convened the negotiation in time (docs/interpretations.md P11).
    assertEquals(Kind.DONE_ON_TIME, t.entry(Step.START_NEGOTIATION).orElseThrow().status(d(2024, 4, 1)).kind());
    // 30 days from 21/03 end Sat 20/04, rolled to Mon 22/04 (BLDS 148.5); 5 wd: 23, 24, 25, 26/04,
    // then 29/04 (swapped), 30/04 and 01/05 (holidays) are off → Thu 02/05/2024.
    TimetableEntry window = t.entry(Step.REQUEST_CONTINUATION).orElseThrow();
    assertEquals(d(2024, 4, 22), window.startDate());
    assertEquals(d(2024, 5, 2), window.dueDate());
    // No request: the ground of Điều 51.1.c arises on 02/05; terminate within 5 wd: Fri 03/05,
    // Sat 04/05 (make-up Saturday, UNCONFIRMED source), 06, 07, 08/05 → Wed 08/05/2024.
    TimetableEntry terminate = t.entry(Step.TERMINATE).orElseThrow();
    assertEquals(d(2024, 5, 8), terminate.dueDate());
    Claim terminated = claim.with(new Terminated(d(2024, 5, 6), TerminationGround.SUSPENSION_EXPIRED));
    Timetable ended = Timetable.of(terminated, calendar);
    assertEquals(Kind.DONE_ON_TIME, ended.entry(Step.TERMINATE).orElseThrow().status(d(2024, 5, 8)).kind());
    // The claimant's window, closed unused, is shown as ended once the case is terminated.
    assertEquals(Kind.OVERDUE, ended.entry(Step.REQUEST_CONTINUATION).orElseThrow().status(d(2024, 5, 3)).kind());
    assertEquals(Kind.ENDED, ended.entry(Step.REQUEST_CONTINUATION).orElseThrow().status(d(2024, 5, 8)).kind());
  }

  /** Điều 50: a continued suspension stops the clock for its duration; an open one pauses it. */
  @Test
  void suspension_continued_extendsByItsDuration() {
    Claim suspended = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)))
        .with(new SuspensionGroundArose(d(2024, 3, 6), SuspensionGround.BASIS_DOCUMENT_UNDER_REVIEW))
        .with(new Suspended(d(2024, 3, 7), SuspensionGround.BASIS_DOCUMENT_UNDER_REVIEW));
    TimetableEntry open = Timetable.of(suspended, calendar).entry(Step.VERIFY_DAMAGE).orElseThrow();
    assertEquals(Kind.PENDING, open.status(d(2024, 3, 7)).kind());
    assertEquals(Kind.PAUSED, open.status(d(2024, 3, 8)).kind());
    assertEquals("tạm dừng do tạm đình chỉ", open.status(d(2024, 4, 30)).describe(VI));
    Claim claim = suspended.with(new Continued(d(2024, 3, 18)));
    // 08–17/03 (10 days) paused: 19/03 + 10 → 29/03.
    assertEquals(d(2024, 3, 29), due(claim, Step.VERIFY_DAMAGE));
    assertTrue(Timetable.of(claim, calendar).entries(Step.REQUEST_CONTINUATION).isEmpty());
  }

  /** Điều 42.3 and 52.3: force majeure extends the time to complete the dossier and to sue. */
  @Test
  void tolling_ofDossierCompletionAndSuit() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(d(2024, 9, 3), FilingMethod.BY_POST))
        .with(new CompletionRequested(d(2024, 9, 4), List.of(DossierItem.IDENTITY_PROOF), false))
        .with(new ExcludedPeriod(ExclusionScope.DOSSIER_COMPLETION, d(2024, 9, 7), d(2024, 9, 13),
            "bão Yagi"));
    // 5 wd from 04/09: 05, 06, [09–13 excluded], 16, 17, 18/09.
    assertEquals(d(2024, 9, 18), due(claim, Step.COMPLETE_DOSSIER));
    assertEquals(d(2024, 9, 5), due(claim, Step.ACKNOWLEDGE_RECEIPT)); // 2 wd from 03/09
    Claim failed = Fixtures.claim()
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)))
        .with(new VerificationReportCompleted(d(2024, 3, 6)))
        .with(new NegotiationSession(d(2024, 3, 8), List.of()))
        .with(new NegotiationConcluded(d(2024, 3, 18), false, List.of()))
        .with(new ExcludedPeriod(ExclusionScope.SUIT, d(2024, 3, 20), d(2024, 3, 24), "ốm nặng"));
    // 15 days from 18/03 end 02/04; 5 days excluded → 07/04 (Sun) → Mon 08/04.
    assertEquals(d(2024, 4, 8), due(failed, Step.SUIT_WINDOW));
  }

  /** Điều 6: the limitation period, from receipt of the basis document. */
  @Test
  void limitation_entry() {
    TimetableEntry limitation = Timetable.of(Fixtures.standardPath(), calendar)
        .entry(Step.LIMITATION).orElseThrow();
    assertEquals(d(2026, 11, 24), limitation.dueDate()); // 24/11/2023 + 3 years
    assertEquals(Kind.DONE_ON_TIME, limitation.status(d(2024, 3, 1)).kind());
  }

  /** Điều 47.2, 62: the decision takes effect, then the funding request, grant, notice, payment. */
  @Test
  void fundingAndPayment() {
    Claim claim = Fixtures.standardPath()
        .with(new FundingRequested(d(2024, 4, 5)))
        .with(new FundsGranted(d(2024, 4, 12), Vnd.of(100_000_000L)))
        .with(new PaymentNoticeSent(d(2024, 4, 16)))
        .with(new PaymentNoticeReceived(d(2024, 4, 17)))
        .with(new Paid(d(2024, 4, 19), Vnd.of(100_000_000L)));
    Timetable t = Timetable.of(claim, calendar);
    assertEquals(d(2024, 4, 2), t.entry(Step.DECISION_TAKES_EFFECT).orElseThrow().dueDate());
    assertEquals(d(2024, 4, 5), t.entry(Step.REQUEST_FUNDING).orElseThrow().dueDate());
    assertEquals(d(2024, 4, 12), t.entry(Step.GRANT_FUNDS).orElseThrow().dueDate());
    assertEquals(d(2024, 4, 16), t.entry(Step.NOTIFY_PAYMENT).orElseThrow().dueDate());
    // 2 wd from Wed 17/04/2024: Thu 18/04 is Giỗ Tổ (10/3 Giáp Thìn), so 19/04 and Mon 22/04.
    assertEquals(d(2024, 4, 22), t.entry(Step.PAY).orElseThrow().dueDate());
    // 10 days from 19/04 end Mon 29/04, a swapped day off (Công văn 2450/VPCP-KGVX), then
    // 30/04 and 01/05 holidays: the council is due Thu 02/05/2024 (BLDS Điều 148.5).
    assertEquals(d(2024, 5, 2), t.entry(Step.ESTABLISH_RECOURSE_COUNCIL).orElseThrow().dueDate());
    assertEquals(List.of(), claim.problems());
    assertTrue(t.dueOrOverdue(d(2024, 4, 19), 0).stream()
        .noneMatch(e -> e.status(d(2024, 4, 19)).kind() == Kind.OVERDUE));
  }

  /** A suit within the 15 days keeps the decision from taking effect (Điều 52.2, 52.4). */
  @Test
  void suitFiled_noEffectNoFunding() {
    Claim claim = Fixtures.standardPath().with(new SuitFiled(d(2024, 3, 25)));
    Timetable t = Timetable.of(claim, calendar);
    assertTrue(t.entry(Step.DECISION_TAKES_EFFECT).isEmpty());
    assertTrue(t.entry(Step.REQUEST_FUNDING).isEmpty());
    assertEquals(Kind.DONE_ON_TIME, t.entry(Step.SUIT_WINDOW).orElseThrow().status(d(2024, 3, 26)).kind());
  }

  @Test
  void dueOrOverdue_acrossCases_mostUrgentFirst() {
    Claim a = Fixtures.claim().with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON));
    Claim b = Claim.builder().from(Fixtures.claim()).id("QNg-2024-002").build()
        .with(new DossierReceived(d(2024, 2, 20), FilingMethod.IN_PERSON));
    List<TimetableEntry> list = Timetable.dueOrOverdue(List.of(b, a), d(2024, 2, 21), 1, calendar);
    assertEquals(List.of("QNg-2024-001 ACCEPT", "QNg-2024-001 REQUEST_COMPLETION",
            "QNg-2024-002 ACCEPT"),
        list.stream().map(e -> e.claimId() + " " + e.step()).collect(java.util.stream.Collectors.toList()));
    assertThrows(IllegalArgumentException.class,
        () -> Timetable.of(a, calendar).dueOrOverdue(d(2024, 2, 21), -1));
  }

  /** Dates the calendar cannot answer for become problems, not exceptions. */
  @Test
  void calendarProblems_areValues() {
    Claim claim = Fixtures.claim().with(new DossierReceived(d(2199, 12, 30), FilingMethod.IN_PERSON));
    Timetable t = Timetable.of(claim, calendar);
    assertFalse(t.problems().isEmpty());
    assertTrue(t.problems().get(0).message(Locale.ENGLISH).contains("outside the supported calendar range"));
  }

  @Test
  void explain_inBothLanguages() {
    Timetable t = Timetable.of(Fixtures.standardPath(), calendar);
    String vi = t.explain(d(2024, 3, 4)).render(VI);
    assertTrue(vi.contains("Thụ lý: hạn 2024-02-15 — đã thực hiện đúng hạn [khoản 1 Điều 43 Luật TNBTCNN 2017]"), vi);
    assertTrue(vi.contains("Tiến hành thương lượng: hạn 2024-03-08 — chưa bắt đầu"), vi);
    String en = t.explain(d(2024, 3, 4)).render(Locale.ENGLISH);
    assertTrue(en.contains("Timetable of case QNg-2024-001 as of 2024-03-04"), en);
  }
}
