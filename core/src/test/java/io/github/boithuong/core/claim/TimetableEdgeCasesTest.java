package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Timetable branches that the scenario tests do not reach: termination after a withdrawal or a
 * cancellation (Điều 51), postponement (Điều 49), continuation after a suspension (Điều 50–51),
 * honour restoration (Điều 56–57) and the absence of a limitation period for honour alone (Điều
 * 6.1). Weekdays were checked by hand; March–April 2024 has no public holiday before 18/04.
 */
class TimetableEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static List<LocalDate> dues(Claim claim, Step step) {
    return Timetable.of(claim, CALENDAR).entries(step).stream().map(TimetableEntry::dueDate)
        .collect(Collectors.toList());
  }

  /** Received Fri 01/03/2024, accepted Mon 04/03/2024. */
  private static Claim accepted() {
    return Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)));
  }

  private static Claim claim(LiabilityField field, ClaimContent content) {
    return Claim.builder()
        .id("HN-2023-007")
        .claimant(Claimant.of(Party.individual("Lê Văn Cường"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(Fixtures.WARD_QUANG_NGAI)
        .field(field)
        .basisDocument(BasisDocument.builder()
            .description("Bản án số 05/2023/HS-PT")
            .issuer("Tòa án nhân dân tỉnh Quảng Ngãi")
            .issued(d(2023, 11, 20))
            .received(d(2023, 11, 24))
            .build())
        .content(content)
        .build();
  }

  private static ClaimContent damages() {
    return ClaimContent.builder()
        .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(50_000_000L)))
        .build();
  }

  /** Điều 51.1.a: a withdrawal after acceptance ends the case; 5 wd from Wed 06/03 → Wed 13/03. */
  @Test
  void withdrawalAfterAcceptance_opensTermination() {
    assertEquals(List.of(d(2024, 3, 13)), dues(accepted().with(new ClaimWithdrawn(d(2024, 3, 6))),
        Step.TERMINATE));
    // on the day of acceptance: 5 wd from Mon 04/03 → Mon 11/03
    assertEquals(List.of(d(2024, 3, 11)), dues(accepted().with(new ClaimWithdrawn(d(2024, 3, 4))),
        Step.TERMINATE));
    // before acceptance there is nothing to terminate (Điều 42: the dossier is returned)
    Claim early = Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new ClaimWithdrawn(d(2024, 3, 1)));
    assertEquals(List.of(), dues(early, Step.TERMINATE));
  }

  /**
   * Điều 48.1 and 51.1.d: a decision cancelled because the condition is no longer met (or forged
   * documents) ends the case; 5 wd from Thu 21/03 → Thu 28/03. Other grounds do not.
   */
  @Test
  void cancellationThatTerminates() {
    Claim base = Fixtures.standardPath()
        .with(new CancellationGroundArose(d(2024, 3, 20), CancellationGround.CONDITION_NO_LONGER_MET));
    Claim cancelled = base.with(
        new DecisionCancelled(d(2024, 3, 21), CancellationGround.CONDITION_NO_LONGER_MET));
    assertEquals(List.of(d(2024, 3, 28)), dues(cancelled, Step.TERMINATE));
    // 2 wd from Wed 20/03 to cancel → Fri 22/03
    assertEquals(List.of(d(2024, 3, 22)), dues(cancelled, Step.CANCEL_DECISION));
    // the cancellation must be sent at once (same day)
    assertEquals(List.of(d(2024, 3, 21)), dues(cancelled, Step.SEND_CANCELLATION_OR_CORRECTION));
    Claim forged = Fixtures.standardPath()
        .with(new DecisionCancelled(d(2024, 3, 21), CancellationGround.FORGED_BASIS_DOCUMENT));
    assertEquals(List.of(d(2024, 3, 28)), dues(forged, Step.TERMINATE));
    Claim collusion = Fixtures.standardPath()
        .with(new DecisionCancelled(d(2024, 3, 21), CancellationGround.COLLUSION));
    assertEquals(List.of(), dues(collusion, Step.TERMINATE));
  }

  /** Điều 49.1: the postponement is decided within 2 wd; from Wed 06/03 → Fri 08/03. */
  @Test
  void postponementRequest() {
    assertEquals(List.of(d(2024, 3, 8)),
        dues(accepted().with(new PostponementRequested(d(2024, 3, 6))), Step.DECIDE_POSTPONEMENT));
    assertEquals(List.of(), dues(accepted(), Step.DECIDE_POSTPONEMENT));
  }

  /**
   * Điều 50.1.a–b: the second refusal or the second absence without good reason is a ground of
   * suspension, decided within 1 wd. A first one is not; an absence with good reason is not.
   */
  @Test
  void secondRefusalOrAbsence_isAGroundOfSuspension() {
    Claim invited = accepted()
        .with(new NegotiationInvited(d(2024, 3, 5), ParticipantRole.CLAIMANT, true));
    Claim once = invited.with(new InvitationRefused(d(2024, 3, 6)));
    assertEquals(List.of(), dues(once, Step.DECIDE_SUSPENSION));
    // second refusal Thu 07/03 → Fri 08/03
    assertEquals(List.of(d(2024, 3, 8)),
        dues(once.with(new InvitationRefused(d(2024, 3, 7))), Step.DECIDE_SUSPENSION));
    Claim absentOnce = invited.with(new ClaimantAbsent(d(2024, 3, 6), false));
    assertEquals(List.of(), dues(absentOnce, Step.DECIDE_SUSPENSION));
    assertEquals(List.of(), dues(absentOnce.with(new ClaimantAbsent(d(2024, 3, 7), true)),
        Step.DECIDE_SUSPENSION));
    // second absence without good reason Fri 08/03 → Mon 11/03
    assertEquals(List.of(d(2024, 3, 11)),
        dues(absentOnce.with(new ClaimantAbsent(d(2024, 3, 8), false)), Step.DECIDE_SUSPENSION));
  }

  /**
   * Điều 50.2 and 51.1.c: suspended Mon 11/03, 30 days end Wed 10/04; the claimant asks to continue
   * on Fri 12/04 (within 5 wd, due Wed 17/04), then refuses the invitation again on Mon 22/04: a
   * ground of termination, 5 wd → Thu 02/05 (23–26/04 count; 29/04 is the swapped day off of
   * 2024, 30/04 and 01/05 are public holidays).
   */
  @Test
  void repeatedBehaviourAfterAskingToContinue_isAGroundOfTermination() {
    Claim suspended = accepted()
        .with(new NegotiationInvited(d(2024, 3, 5), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(2024, 3, 6)))
        .with(new InvitationRefused(d(2024, 3, 7)))
        .with(new Suspended(d(2024, 3, 11), SuspensionGround.INVITATION_REFUSED_TWICE));
    assertEquals(List.of(d(2024, 4, 17)), dues(suspended, Step.REQUEST_CONTINUATION));
    Claim asked = suspended.with(new ContinuationRequested(d(2024, 4, 12)));
    assertEquals(List.of(), dues(asked, Step.TERMINATE));
    Claim again = asked.with(new InvitationRefused(d(2024, 4, 22)));
    Timetable t = Timetable.of(again, CALENDAR);
    List<TimetableEntry> terminate = t.entries(Step.TERMINATE);
    assertEquals(1, terminate.size());
    assertEquals(d(2024, 4, 22), terminate.get(0).startDate());
    assertEquals(d(2024, 5, 2), terminate.get(0).dueDate());
    String vi = terminate.get(0).startedBy(VI);
    assertTrue(Character.isUpperCase(vi.charAt(0)), vi);
    assertTrue(vi.endsWith(" sau khi đã đề nghị tiếp tục giải quyết (điểm c khoản 1 Điều 51)"), vi);
    String en = terminate.get(0).startedBy(Locale.ENGLISH);
    assertTrue(Character.isUpperCase(en.charAt(0)), en);
    assertTrue(en.endsWith(" after asking to continue (Art. 51(1)(c))"), en);
    // an absence with a good reason is not the behaviour of Điều 50.1.b
    assertEquals(List.of(), dues(asked.with(new ClaimantAbsent(d(2024, 4, 22), true)),
        Step.TERMINATE));
    // without a request in time, the time to ask ends: ground on Wed 17/04, 5 wd → Thu 25/04
    // (18/04/2024 is the Hùng Kings' day, a public holiday)
    assertEquals(List.of(d(2024, 4, 25)), dues(suspended, Step.TERMINATE));
  }

  /** Điều 50.3: a suspension while the basis document is reviewed has no 30-day term. */
  @Test
  void suspensionForReview_hasNoContinuationWindow() {
    Claim review = accepted()
        .with(new Suspended(d(2024, 3, 11), SuspensionGround.BASIS_DOCUMENT_UNDER_REVIEW));
    assertEquals(List.of(), dues(review, Step.REQUEST_CONTINUATION));
    assertEquals(List.of(), dues(review, Step.TERMINATE));
  }

  /**
   * Criminal-procedure cases (Điều 56–57): the notice within 15 days of the basis document (Mon
   * 20/11/2023 → Tue 05/12/2023), the answer within 10 days of the notice (Mon 27/11 → Thu
   * 07/12); after consent on Fri 01/12 the apology is held and published within 15 days (Sat
   * 16/12 → Mon 18/12).
   */
  @Test
  void honourRestoration_criminalCase() {
    Claim criminal = claim(LiabilityField.CRIMINAL_PROCEDURE, damages());
    assertEquals(List.of(d(2023, 12, 5)), dues(criminal, Step.NOTIFY_HONOUR_RESTORATION));
    assertEquals(List.of(), dues(criminal, Step.ANSWER_HONOUR_RESTORATION));
    Claim notified = criminal.with(new HonourRestorationNotified(d(2023, 11, 27)));
    assertEquals(List.of(d(2023, 12, 7)), dues(notified, Step.ANSWER_HONOUR_RESTORATION));
    assertEquals(List.of(), dues(notified, Step.HOLD_APOLOGY));
    Claim agreed = notified.with(new HonourRestorationAnswered(d(2023, 12, 1), HonourAnswer.AGREED));
    assertEquals(List.of(d(2023, 12, 18)), dues(agreed, Step.HOLD_APOLOGY));
    assertEquals(List.of(d(2023, 12, 18)), dues(agreed, Step.PUBLISH_APOLOGY));
    Claim changes = notified.with(
        new HonourRestorationAnswered(d(2023, 12, 1), HonourAnswer.PROPOSED_CHANGES));
    assertEquals(List.of(d(2023, 12, 18)), dues(changes, Step.HOLD_APOLOGY));
    Claim notYet = notified.with(new HonourRestorationAnswered(d(2023, 12, 1), HonourAnswer.NOT_YET));
    assertEquals(List.of(), dues(notYet, Step.HOLD_APOLOGY));
    // Điều 57.5: refusing loses the right: nothing to hold or publish
    Claim refused = notified.with(new HonourRestorationAnswered(d(2023, 12, 1), HonourAnswer.REFUSED));
    assertEquals(List.of(d(2023, 12, 7)), dues(refused, Step.ANSWER_HONOUR_RESTORATION));
    assertEquals(List.of(), dues(refused, Step.HOLD_APOLOGY));
    assertEquals(List.of(), dues(refused, Step.PUBLISH_APOLOGY));
    // a later request (Điều 57.4) also opens the apology: Fri 08/12 + 15 days = Sat 23/12 → Mon 25/12
    Claim requested = refused.with(new HonourRestorationRequested(d(2023, 12, 8)));
    assertEquals(List.of(), dues(requested, Step.HOLD_APOLOGY));
    Claim requestedOnly = notYet.with(new HonourRestorationRequested(d(2023, 12, 8)));
    assertEquals(List.of(d(2023, 12, 25)), dues(requestedOnly, Step.PUBLISH_APOLOGY));
    assertEquals(List.of(d(2023, 12, 25)), dues(requestedOnly, Step.HOLD_APOLOGY));
  }

  /** Outside criminal procedure, honour restoration only when asked for, and only by newspaper. */
  @Test
  void honourRestoration_administrativeCase() {
    assertEquals(List.of(), dues(claim(LiabilityField.ADMINISTRATIVE_MANAGEMENT, damages()),
        Step.NOTIFY_HONOUR_RESTORATION));
    ClaimContent asked = ClaimContent.builder().from(damages())
        .honourRestorationRequested(true).build();
    Claim admin = claim(LiabilityField.ADMINISTRATIVE_MANAGEMENT, asked)
        .with(new HonourRestorationNotified(d(2023, 11, 27)))
        .with(new HonourRestorationAnswered(d(2023, 12, 1), HonourAnswer.AGREED));
    assertEquals(List.of(d(2023, 12, 5)), dues(admin, Step.NOTIFY_HONOUR_RESTORATION));
    assertEquals(List.of(), dues(admin, Step.HOLD_APOLOGY));
    assertEquals(List.of(d(2023, 12, 18)), dues(admin, Step.PUBLISH_APOLOGY));
  }

  /** Điều 6.1: a claim for honour restoration alone has no limitation period. */
  @Test
  void honourOnly_hasNoLimitation() {
    ClaimContent honourOnly = ClaimContent.builder().honourRestorationRequested(true).build();
    assertEquals(List.of(), dues(claim(LiabilityField.CRIMINAL_PROCEDURE, honourOnly),
        Step.LIMITATION));
    ClaimContent both = ClaimContent.builder().from(damages()).honourRestorationRequested(true)
        .build();
    assertFalse(dues(claim(LiabilityField.CRIMINAL_PROCEDURE, both), Step.LIMITATION).isEmpty());
    assertFalse(dues(claim(LiabilityField.CRIMINAL_PROCEDURE, damages()), Step.LIMITATION).isEmpty());
  }
}
