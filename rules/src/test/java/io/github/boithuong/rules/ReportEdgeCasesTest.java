package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.AdvanceProposed;
import io.github.boithuong.core.claim.CaseEvent.CourtAcceptedClaim;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.ProcessingStopped;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.RecourseRepaid;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.TerminationGround;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edges of {@link Report}: a period includes its first and last day (Thông tư 08/2019/TT-BTP Điều
 * 25: "từ ngày 01/01 đến hết ngày 31/10"), the status of a case is taken on the last day, amounts are
 * exact.
 */
class ReportEdgeCasesTest {

  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  private static Claim named(Claim claim, String id) {
    return Claim.builder().from(claim).id(id).build();
  }

  /** Received Fri 01/03/2024, accepted Tue 05/03/2024. */
  private static Claim accepted() {
    return named(Cases.claim(WARD_QUANG_NGAI, ADMIN), "E-1")
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 3, 5)));
  }

  private static Report report(Claim claim, LocalDate from, LocalDate to) {
    return Report.compile(List.of(claim), from, to, CALENDAR);
  }

  @Test
  void periodIncludesItsFirstAndLastDay() {
    Report both = report(accepted(), d(2024, 3, 1), d(2024, 3, 5));
    assertEquals(List.of("E-1"), both.figure("RECEIVED").caseIds());
    assertEquals(List.of("E-1"), both.figure("ACCEPTED").caseIds());
    assertEquals(List.of("E-1"), both.figure("PENDING").caseIds()); // accepted on the last day
    Report inside = report(accepted(), d(2024, 3, 2), d(2024, 3, 4));
    assertEquals(List.of(), inside.figure("RECEIVED").caseIds());
    assertEquals(List.of(), inside.figure("ACCEPTED").caseIds());
    assertEquals(List.of(), inside.figure("PENDING").caseIds()); // not yet accepted on 04/03
    Report later = report(accepted(), d(2024, 3, 6), d(2024, 3, 31));
    assertEquals(List.of(), later.figure("ACCEPTED").caseIds());
    assertEquals(List.of("E-1"), later.figure("PENDING").caseIds()); // accepted before, still pending
    Report oneDay = report(accepted(), d(2024, 3, 1), d(2024, 3, 1));
    assertEquals(List.of("E-1"), oneDay.figure("RECEIVED").caseIds());
  }

  /** A claim filed through the Department of Justice (Điều 42) is received too. */
  @Test
  void filedWithDepartmentOfJustice_isReceived() {
    Claim claim = named(Cases.claim(WARD_QUANG_NGAI, ADMIN), "E-2")
        .with(new FiledWithDepartmentOfJustice(d(2024, 3, 1)));
    assertEquals(List.of("E-2"), report(claim, d(2024, 3, 1), d(2024, 3, 31)).figure("RECEIVED").caseIds());
  }

  /** A case terminated on the last day is terminated, not pending; the day after, it is pending. */
  @Test
  void terminatedOnTheLastDay() {
    Claim claim = accepted().with(new Terminated(d(2024, 3, 12), TerminationGround.WITHDRAWN));
    Report onTheDay = report(claim, d(2024, 3, 1), d(2024, 3, 12));
    assertEquals(List.of("E-1"), onTheDay.figure("TERMINATED").caseIds());
    assertEquals(List.of(), onTheDay.figure("PENDING").caseIds());
    Report before = report(claim, d(2024, 3, 1), d(2024, 3, 11));
    assertEquals(List.of(), before.figure("TERMINATED").caseIds());
    assertEquals(List.of("E-1"), before.figure("PENDING").caseIds());
    Report after = report(claim, d(2024, 3, 13), d(2024, 3, 31));
    assertEquals(List.of(), after.figure("TERMINATED").caseIds());
    assertEquals(List.of(), after.figure("PENDING").caseIds());
  }

  /** Processing stopped (Điều 43.2 ground found after acceptance): no longer pending, not terminated. */
  @Test
  void processingStopped_endsTheCase() {
    Claim claim = accepted().with(new ProcessingStopped(d(2024, 3, 8), NonAcceptanceGround.OUTSIDE_COMPETENCE));
    Report r = report(claim, d(2024, 3, 1), d(2024, 3, 31));
    assertEquals(List.of(), r.figure("PENDING").caseIds());
    assertEquals(List.of(), r.figure("TERMINATED").caseIds());
    assertEquals(List.of(), r.figure("PENDING_OVERDUE").caseIds());
  }

  /**
   * Điều 47.2: the decision handed over Mon 18/03/2024 takes effect after 15 days, i.e. the 15 days
   * end Tue 02/04 and it is in force from Wed 03/04. On 02/04 the case is still pending.
   */
  @Test
  void resolvedEffective_fromTheDayAfterThe15Days() {
    Claim claim = named(decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI)), "E-3");
    Report before = report(claim, d(2024, 1, 1), d(2024, 4, 2));
    assertEquals(List.of(), before.figure("RESOLVED_EFFECTIVE").caseIds());
    assertEquals(List.of("E-3"), before.figure("PENDING").caseIds());
    Report onTheDay = report(claim, d(2024, 4, 3), d(2024, 4, 3));
    assertEquals(List.of("E-3"), onTheDay.figure("RESOLVED_EFFECTIVE").caseIds());
    assertEquals(List.of(), onTheDay.figure("PENDING").caseIds());
    Report after = report(claim, d(2024, 4, 4), d(2024, 4, 30));
    assertEquals(List.of(), after.figure("RESOLVED_EFFECTIVE").caseIds());
    assertEquals(List.of(), after.figure("PENDING").caseIds());
  }

  /** The amount decided is that of the last decision in the period; advances add up exactly. */
  @Test
  void amounts_lastDecision_sumOfAdvances() {
    Claim claim = named(decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI)), "E-4")
        .with(new AdvanceProposed(d(2024, 2, 15), Vnd.of(50_000_000)))
        .with(new AdvancePaid(d(2024, 2, 20), Vnd.of(30_000_000)))
        .with(new AdvancePaid(d(2024, 3, 1), Vnd.of(20_000_000)))
        .with(new DecisionIssued(d(2024, 3, 25), Vnd.of(90_000_000)));
    Report all = report(claim, d(2024, 1, 1), d(2024, 3, 31));
    assertEquals(Optional.of(BigInteger.valueOf(90_000_000)), all.figure("AMOUNT_DECIDED").amountOf("E-4"));
    assertEquals(Optional.of(BigInteger.valueOf(50_000_000)), all.figure("AMOUNT_ADVANCED").amountOf("E-4"));
    Report march20 = report(claim, d(2024, 2, 21), d(2024, 3, 20));
    assertEquals(Optional.of(BigInteger.valueOf(100_000_000)), march20.figure("AMOUNT_DECIDED").amountOf("E-4"));
    assertEquals(Optional.of(BigInteger.valueOf(20_000_000)), march20.figure("AMOUNT_ADVANCED").amountOf("E-4"));
    assertEquals(Optional.empty(), march20.figure("AMOUNT_DECIDED").amountOf("OTHER"));
    assertEquals(Optional.empty(), march20.figure("RECEIVED").amountOf("E-4"));
    Report none = report(claim, d(2024, 4, 1), d(2024, 4, 30));
    assertEquals(List.of(), none.figure("AMOUNT_DECIDED").caseIds());
    assertEquals(List.of(), none.figure("AMOUNT_ADVANCED").caseIds());
    assertEquals(Optional.of(BigInteger.ZERO), none.figure("AMOUNT_ADVANCED").amount());
  }

  /** Two payments of the largest {@code long} each: the total is exact, beyond a {@code long}. */
  @Test
  void amounts_beyondALong_areExact() {
    Claim a = named(decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI)), "A")
        .with(new Paid(d(2024, 4, 15), Vnd.of(Long.MAX_VALUE)))
        .with(new Paid(d(2024, 4, 16), Vnd.of(Long.MAX_VALUE)));
    Claim b = named(a, "B");
    Report r = Report.compile(List.of(a, b), d(2024, 1, 1), d(2024, 12, 31), CALENDAR);
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertEquals(Optional.of(max.multiply(BigInteger.TWO)), r.figure("AMOUNT_PAID").amountOf("A"));
    assertEquals(Optional.of(max.multiply(BigInteger.valueOf(4))), r.figure("AMOUNT_PAID").amount());
  }

  /** Recourse decided and collected (Điều 65, 67) count in the period of their date. */
  @Test
  void recourse_inThePeriodOfItsDate() {
    Claim claim = named(decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI)), "E-5")
        .with(new RecourseDecided(d(2024, 5, 14)))
        .with(new RecourseRepaid(d(2024, 6, 10), Vnd.of(5_000_000)))
        .with(new RecourseRepaid(d(2024, 7, 10), Vnd.of(7_000_000)));
    Report may = report(claim, d(2024, 5, 14), d(2024, 5, 31));
    assertEquals(List.of("E-5"), may.figure("RECOURSE_DECIDED").caseIds());
    assertEquals(List.of(), may.figure("RECOURSE_COLLECTED").caseIds());
    Report later = report(claim, d(2024, 5, 15), d(2024, 7, 10));
    assertEquals(List.of(), later.figure("RECOURSE_DECIDED").caseIds());
    assertEquals(Optional.of(BigInteger.valueOf(12_000_000)), later.figure("RECOURSE_COLLECTED").amountOf("E-5"));
  }

  /**
   * Điều 46.3.d, Nghị định 68/2018 Điều 21.2.b: a session of Fri 08/03/2024 without Sở Tư pháp is
   * counted in a period that includes 08/03, not in one starting 09/03. A missing chair is another
   * defect, not this figure.
   */
  @Test
  void negotiationWithoutStateManagement_bySessionDate() {
    Claim without = named(decided(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY)), "E-6");
    assertEquals(List.of("E-6"), report(without, d(2024, 3, 8), d(2024, 3, 31))
        .figure("NEGOTIATION_WITHOUT_STATE_MANAGEMENT").caseIds());
    assertEquals(List.of(), report(without, d(2024, 3, 9), d(2024, 3, 31))
        .figure("NEGOTIATION_WITHOUT_STATE_MANAGEMENT").caseIds());
    Claim noChair = named(decided(WARD_QUANG_NGAI, ADMIN,
        without(fullSession(WARD_QUANG_NGAI), ParticipantRole.CHAIR)), "E-7");
    assertEquals(List.of(), report(noChair, d(2024, 3, 1), d(2024, 3, 31))
        .figure("NEGOTIATION_WITHOUT_STATE_MANAGEMENT").caseIds());
  }

  /** Pending with overdue steps: the note names each step and its due date in both languages. */
  @Test
  void pendingOverdue_noteInBothLanguages() {
    Report r = report(accepted(), d(2024, 1, 1), d(2024, 10, 31));
    Report.Figure overdue = r.figure("PENDING_OVERDUE");
    assertEquals(List.of("E-1"), overdue.caseIds());
    String en = overdue.noteOf("E-1", Locale.ENGLISH).orElseThrow();
    String vi = overdue.noteOf("E-1", VI).orElseThrow();
    assertTrue(en.contains(" (due 2024-"), en);
    assertTrue(vi.contains(" (hạn 2024-"), vi);
    assertFalse(en.equals(vi));
    assertEquals(Optional.empty(), overdue.noteOf("OTHER", Locale.ENGLISH));
    assertEquals(Optional.empty(), r.figure("PENDING").noteOf("E-1", Locale.ENGLISH)); // no note there
    // The documents not sent carry their messages as a note.
    Report.Figure documents = r.figure("DOCUMENTS_NOT_SENT");
    if (documents.caseIds().contains("E-1")) {
      assertFalse(documents.noteOf("E-1", Locale.ENGLISH).orElseThrow().isBlank());
    }
  }

  /**
   * A payment, or a document left unsent, dated outside the period is not counted in it: the decided
   * case's events all fall before 01/04/2024 (Thông tư 08/2019/TT-BTP Điều 25: data of the period).
   */
  @Test
  void eventsOutsideThePeriod_areNotCounted() {
    Claim claim = named(decided(WARD_QUANG_NGAI, ADMIN, fullSession(WARD_QUANG_NGAI)), "E-8")
        .with(new Paid(d(2024, 4, 15), Vnd.of(100_000_000)));
    Report march = report(claim, d(2024, 3, 1), d(2024, 3, 31));
    assertEquals(List.of(), march.figure("AMOUNT_PAID").caseIds());
    assertEquals(List.of("E-8"), march.figure("DOCUMENTS_NOT_SENT").caseIds());
    Report april = report(claim, d(2024, 4, 1), d(2024, 4, 30));
    assertEquals(List.of("E-8"), april.figure("AMOUNT_PAID").caseIds());
    assertEquals(List.of(), april.figure("DOCUMENTS_NOT_SENT").caseIds());
  }

  /** A case is received on the day its dossier is received, not on the date of an earlier event. */
  @Test
  void received_isTheDossierDate_notAnEarlierEvent() {
    Claim claim = named(Cases.claim(WARD_QUANG_NGAI, ADMIN), "E-9")
        .with(new CourtAcceptedClaim(d(2024, 2, 20), CourtRoute.CIVIL_SUIT))
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.IN_PERSON));
    assertEquals(List.of("E-9"), report(claim, d(2024, 3, 1), d(2024, 3, 31)).figure("RECEIVED").caseIds());
    assertEquals(List.of(), report(claim, d(2024, 2, 1), d(2024, 2, 29)).figure("RECEIVED").caseIds());
  }

  @Test
  void compile_checksItsArguments() {
    assertThrows(IllegalArgumentException.class, () -> report(accepted(), d(2024, 1, 1), d(2200, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> report(accepted(), d(1999, 1, 1), d(1999, 12, 31)));
    assertEquals(d(2199, 12, 31), report(accepted(), d(2199, 1, 1), d(2199, 12, 31)).to());
    assertEquals(d(2000, 1, 1), report(accepted(), d(2000, 1, 1), d(2000, 1, 1)).from());
    assertThrows(NullPointerException.class, () -> Report.compile(Arrays.asList(accepted(), null),
        d(2024, 1, 1), d(2024, 3, 31), CALENDAR));
    assertThrows(NullPointerException.class, () -> Report.compile(null, d(2024, 1, 1), d(2024, 3, 31), CALENDAR));
  }

  @Test
  void accessors_labels_andDescriptions() {
    ReportingPeriod period = ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2024, CALENDAR);
    Report r = Report.compile(List.of(accepted()), period, CALENDAR);
    assertEquals(d(2024, 1, 1), r.from());
    assertEquals(d(2024, 10, 31), r.to());
    assertEquals(List.of(Citation.of(LegalText.CIRCULAR_08_2019, 24), Citation.of(LegalText.CIRCULAR_08_2019, 25),
        Citation.of(LegalText.DECREE_68_2018, 35)), r.citations());
    assertEquals(List.of("RECEIVED", "ACCEPTED", "RESOLVED_EFFECTIVE", "TERMINATED", "PENDING", "PENDING_OVERDUE",
        "AMOUNT_DECIDED", "AMOUNT_ADVANCED", "AMOUNT_PAID", "RECOURSE_DECIDED", "RECOURSE_COLLECTED",
        "NEGOTIATION_WITHOUT_STATE_MANAGEMENT", "DOCUMENTS_NOT_SENT"),
        r.figures().stream().map(Report.Figure::code).toList());
    Report.Figure accepted = r.figure("ACCEPTED");
    assertEquals("Claims accepted", accepted.label(Locale.ENGLISH));
    assertEquals("Số vụ việc thụ lý", accepted.label(VI));
    assertEquals(1, accepted.count());
    assertEquals("ACCEPTED: 1 [E-1]", accepted.toString());
    assertEquals("AMOUNT_PAID: 0 (0) []", r.figure("AMOUNT_PAID").toString());
    String vi = r.toCsv(VI);
    assertTrue(vi.startsWith("ma_chi_tieu,chi_tieu,so_vu_viec,so_tien_dong,vu_viec\r\n"), vi);
    assertTrue(vi.contains("\r\nAMOUNT_PAID,Số tiền đã chi trả,0,0,\r\n"), vi);
  }
}
