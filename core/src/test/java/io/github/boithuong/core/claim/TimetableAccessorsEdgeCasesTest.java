package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accessors and descriptions of a timetable and its entries, and {@link Claim#last}. */
class TimetableAccessorsEdgeCasesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Received Fri 01/03/2024, accepted Mon 04/03/2024: 15 days to verify → Tue 19/03 (Điều 45.2). */
  private static Claim accepted() {
    return Fixtures.claim()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 4)));
  }

  @Test
  void entryDoneOnTime_describesItself() {
    Claim claim = Fixtures.standardPath();
    Timetable t = Timetable.of(claim, CALENDAR);
    assertSame(claim, t.claim());
    TimetableEntry accept = t.entry(Step.ACCEPT).orElseThrow();
    assertEquals("QNg-2024-001", accept.claimId());
    assertEquals(Optional.of(d(2024, 2, 15)), accept.doneOn());
    assertEquals(Optional.empty(), accept.endedOn());
    assertEquals(Optional.empty(), accept.pausedFrom());
    assertEquals("QNg-2024-001 ACCEPT due 2024-02-15 done 2024-02-15", accept.toString());
  }

  /** Điều 51.2: a terminated case ends every open step on the day of termination. */
  @Test
  void entryEndedByTermination() {
    Claim ended = accepted()
        .with(new TerminationGroundArose(d(2024, 3, 5), TerminationGround.WITHDRAWN))
        .with(new Terminated(d(2024, 3, 6), TerminationGround.WITHDRAWN));
    TimetableEntry verify = Timetable.of(ended, CALENDAR).entry(Step.VERIFY_DAMAGE).orElseThrow();
    assertEquals(d(2024, 3, 19), verify.dueDate());
    assertEquals(Optional.of(d(2024, 3, 6)), verify.endedOn());
    assertEquals(Optional.empty(), verify.doneOn());
    assertEquals("QNg-2024-001 VERIFY_DAMAGE due 2024-03-19 ended 2024-03-06", verify.toString());
  }

  @Test
  void openEntry_describesOnlyItsDueDate() {
    TimetableEntry verify = Timetable.of(accepted(), CALENDAR).entry(Step.VERIFY_DAMAGE)
        .orElseThrow();
    assertEquals("QNg-2024-001 VERIFY_DAMAGE due 2024-03-19", verify.toString());
    assertEquals(Optional.empty(), verify.pausedFrom());
  }

  @Test
  void last_returnsTheLatestEventOfAType() {
    Claim claim = Fixtures.standardPath()
        .with(new NegotiationSession(d(2024, 3, 12), List.of()));
    assertEquals(d(2024, 3, 12), claim.last(NegotiationSession.class).orElseThrow().date());
    assertEquals(d(2024, 3, 8), claim.first(NegotiationSession.class).orElseThrow().date());
    assertEquals(Optional.empty(), claim.last(Paid.class));
    assertEquals(d(2024, 2, 15), claim.last(Accepted.class).orElseThrow().date());
  }

  @Test
  void vnd_amount() {
    assertEquals(42L, Vnd.of(42).amount());
    assertEquals(0L, Vnd.ZERO.amount());
    assertEquals(-7L, Vnd.of(-7).amount());
  }
}
