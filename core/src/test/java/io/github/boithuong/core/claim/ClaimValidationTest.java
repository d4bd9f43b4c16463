package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.claim.CaseProblem.Code;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Validation of a case: every problem at once, each with its article where one applies. */
class ClaimValidationTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static Set<Code> codes(Claim claim) {
    return claim.problems().stream().map(CaseProblem::code).collect(Collectors.toSet());
  }

  @Test
  void lawfulCase_hasNoProblem() {
    assertEquals(List.of(), Fixtures.standardPath().problems());
    assertTrue(Fixtures.standardPath().validate().isValid());
  }

  /** Điều 46.1: negotiation starts from the verification report. */
  @Test
  void negotiationWithoutVerificationReport() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new NegotiationSession(LocalDate.of(2024, 3, 8), List.of()));
    CaseProblem p = claim.problems().get(0);
    assertEquals(Code.OUT_OF_ORDER, p.code());
    assertEquals("Phiên thương lượng ngày 2024-03-08 được ghi nhận mà không có báo cáo xác minh thiệt hại"
        + " vào hoặc trước ngày đó (khoản 1 Điều 46 Luật TNBTCNN 2017)", p.message(VI));
    assertEquals("Negotiation session on 2024-03-08 is recorded without the verification report on or"
        + " before that day (Art. 46(1), Law on State Compensation Liability 2017)", p.message(Locale.ENGLISH));
  }

  /** Điều 47.1: the decision follows a minute of successful negotiation. */
  @Test
  void decisionWithoutSuccessMinute() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new VerificationReportCompleted(LocalDate.of(2024, 3, 6)))
        .with(new NegotiationSession(LocalDate.of(2024, 3, 8), List.of()))
        .with(new NegotiationConcluded(LocalDate.of(2024, 3, 18), false, List.of()))
        .with(new DecisionIssued(LocalDate.of(2024, 3, 18), Vnd.of(1)));
    List<CaseProblem> problems = claim.problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message(Locale.ENGLISH).contains("a minute of successful negotiation"));
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 47, 1),
        problems.get(0).citation().orElseThrow());
  }

  @Test
  void dateBeforeTheEventItDependsOn() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 5)));
    assertEquals(Set.of(Code.OUT_OF_ORDER), codes(claim));
  }

  /** Điều 62.1 counts from the decision taking effect, 15 days after its receipt (Điều 47.2). */
  @Test
  void fundingBeforeTheDecisionTookEffect() {
    Claim claim = Fixtures.standardPath().with(new FundingRequested(LocalDate.of(2024, 4, 2)));
    CaseProblem p = claim.problems().get(0);
    assertEquals(Code.OUT_OF_ORDER, p.code());
    assertTrue(p.message(Locale.ENGLISH).contains("before the decision received on 2024-03-18 took effect"));
    assertEquals(List.of(), Fixtures.standardPath().with(new FundingRequested(LocalDate.of(2024, 4, 3)))
        .problems());
  }

  /** Điều 51.2: no step of the resolution after termination. */
  @Test
  void eventsAfterTermination() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new ClaimWithdrawn(LocalDate.of(2024, 2, 20)))
        .with(new Terminated(LocalDate.of(2024, 2, 22), TerminationGround.WITHDRAWN))
        .with(new VerificationCompleted(LocalDate.of(2024, 3, 1)))
        .with(new DocumentSent(LocalDate.of(2024, 2, 23), StateManagementDocument.TERMINATION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE)));
    List<CaseProblem> problems = claim.problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(Code.AFTER_END, problems.get(0).code());
    assertTrue(problems.get(0).message(Locale.ENGLISH).contains("after the case ended"));
  }

  @Test
  void duplicateAndContradictoryEvents() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new Accepted(LocalDate.of(2024, 2, 16)))
        .with(new AcceptanceRefused(LocalDate.of(2024, 2, 16), NonAcceptanceGround.LIMITATION_EXPIRED));
    assertEquals(Set.of(Code.DUPLICATE_EVENT, Code.CONTRADICTORY_EVENTS), codes(claim));
    // An event on the same day as the end is not "after" it, whatever order they were recorded in.
    Claim reordered = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new AcceptanceRefused(LocalDate.of(2024, 2, 16), NonAcceptanceGround.LIMITATION_EXPIRED))
        .with(new Accepted(LocalDate.of(2024, 2, 16)));
    assertEquals(Set.of(Code.CONTRADICTORY_EVENTS), codes(reordered));
  }

  @Test
  void negativeAmounts() {
    Claim claim = Fixtures.claim(-5).with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new AdvanceProposed(LocalDate.of(2024, 2, 15), Vnd.of(-1)));
    assertEquals(2, claim.problems().stream().filter(p -> p.code() == Code.NEGATIVE_AMOUNT).count());
    assertTrue(claim.problems().get(0).message(VI).contains("-5 đồng"));
  }

  /** Điều 78: claims accepted before 01/07/2018 stay under the 2009 law. */
  @Test
  void acceptedBefore1July2018_governedBy2009Law() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2018, 6, 25), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2018, 6, 29)));
    CaseProblem p = claim.problems().get(0);
    assertEquals(Code.GOVERNED_BY_2009_LAW, p.code());
    assertTrue(p.message(VI).contains("Luật Trách nhiệm bồi thường của Nhà nước 2009"), p.message(VI));
    assertTrue(p.message(VI).contains("Điều 78"));
    Timetable timetable = Timetable.of(claim, io.github.boithuong.core.calendar.WorkingCalendar.vietnam());
    assertTrue(timetable.entries().isEmpty());
    assertEquals(Code.GOVERNED_BY_2009_LAW, timetable.problems().get(0).code());
    // Received before, accepted from 01/07/2018: the 2017 law applies.
    Claim later = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2018, 6, 28), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2018, 7, 2)));
    assertFalse(codes(later).contains(Code.GOVERNED_BY_2009_LAW));
  }

  /** Điều 45.2, Nghị định 68/2018 Điều 14.2; Điều 46.1. */
  @Test
  void extensionsWithoutLegalBasis() {
    Claim claim = Fixtures.claim()
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new VerificationExtensionAgreed(LocalDate.of(2024, 2, 28), 10, false))
        .with(new VerificationExtensionAgreed(LocalDate.of(2024, 2, 29), 10, true))
        .with(new VerificationReportCompleted(LocalDate.of(2024, 3, 20)))
        .with(new NegotiationSession(LocalDate.of(2024, 3, 22), List.of()))
        .with(new NegotiationExtensionAgreed(LocalDate.of(2024, 3, 25), 11));
    List<CaseProblem> problems = claim.problems();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.code() == Code.EXTENSION_WITHOUT_BASIS));
    assertTrue(problems.get(0).message(VI).contains("trên từng trang"));
    assertTrue(problems.get(0).message(VI).contains("khoản 2 Điều 14 Nghị định 68/2018/NĐ-CP"));
  }

  @Test
  void agencyFacts() {
    ResolvingAgency noProvince = ResolvingAgency.builder().name("UBND xã X")
        .kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE).level(AgencyLevel.PROVINCIAL).build();
    Claim claim = Claim.builder().from(Fixtures.claim()).resolvingAgency(noProvince).build();
    assertEquals(2, claim.problems().size(), claim.problems().toString());
    assertTrue(claim.problems().get(0).message(VI).contains("Sở Tư pháp"));
    assertTrue(claim.problems().get(1).message(Locale.ENGLISH).contains("commune level"));
  }

  /** Nghị định 120/2025/NĐ-CP: the district level ended on 30/06/2025. */
  @Test
  void districtPeoplesCommitteeAfterJune2025() {
    ResolvingAgency district = ResolvingAgency.builder().name("Ủy ban nhân dân huyện Bình Sơn")
        .kind(AgencyKind.DISTRICT_PEOPLES_COMMITTEE).level(AgencyLevel.DISTRICT).province("Quảng Ngãi")
        .build();
    Claim before = Claim.builder().from(Fixtures.claim()).resolvingAgency(district).build()
        .with(new DossierReceived(LocalDate.of(2025, 6, 2), FilingMethod.IN_PERSON))
        .with(new Accepted(LocalDate.of(2025, 6, 4)));
    assertTrue(before.problems().isEmpty(), before.problems().toString());
    Claim after = before.with(new Terminated(LocalDate.of(2025, 7, 3), TerminationGround.NO_SUCCESSOR));
    assertEquals(Set.of(Code.DISTRICT_LEVEL_ABOLISHED), codes(after));
  }

  /** Every problem at once, never the first only. */
  @Test
  void everyProblemAtOnce() {
    Claim claim = Fixtures.claim(-1)
        .with(new Accepted(LocalDate.of(2018, 6, 1)))
        .with(new NegotiationSession(LocalDate.of(2018, 6, 5), List.of()))
        .with(new DecisionIssued(LocalDate.of(2018, 6, 6), Vnd.of(-3)));
    assertEquals(Set.of(Code.NEGATIVE_AMOUNT, Code.OUT_OF_ORDER, Code.GOVERNED_BY_2009_LAW), codes(claim));
    assertEquals(6, claim.problems().size(), claim.problems().toString());
    assertEquals(6, claim.validate().getError().size());
  }

  /** Điều 48.3: after a cancellation to resolve again, a new negotiation and decision are lawful. */
  @Test
  void reResolutionAfterCancellation() {
    Claim claim = Fixtures.standardPath()
        .with(new CancellationGroundArose(LocalDate.of(2024, 3, 20), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION))
        .with(new DecisionCancelled(LocalDate.of(2024, 3, 21), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION))
        .with(new NegotiationSession(LocalDate.of(2024, 3, 28), List.of()))
        .with(new NegotiationConcluded(LocalDate.of(2024, 4, 2), true, List.of()))
        .with(new DecisionIssued(LocalDate.of(2024, 4, 2), Vnd.of(100_000_000L)))
        .with(new DecisionHandedOver(LocalDate.of(2024, 4, 2)));
    assertEquals(List.of(), claim.problems());
  }

  /** The competent state-management agency is derived (Điều 46.3.d; Nghị định 68/2018 Điều 21.2). */
  @Test
  void stateManagementAgency_isDerived() {
    assertEquals("Sở Tư pháp tỉnh Quảng Ngãi",
        Fixtures.WARD_QUANG_NGAI.stateManagementAgency().orElseThrow().name(VI));
    assertEquals("Department of Justice of Quảng Ngãi province",
        Fixtures.WARD_QUANG_NGAI.stateManagementAgency().orElseThrow().name(Locale.ENGLISH));
    StateManagementAgency ministry = Fixtures.MINISTRY_HANOI.stateManagementAgency().orElseThrow();
    assertTrue(ministry.isMinistry());
    assertEquals("Bộ Tư pháp", ministry.name(VI));
    assertEquals("điểm a khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP", ministry.negotiationDuty().formatShort(VI));
    ResolvingAgency hanoiDepartment = ResolvingAgency.builder().name("Sở Xây dựng thành phố Hà Nội")
        .kind(AgencyKind.PROVINCIAL_DEPARTMENT).level(AgencyLevel.PROVINCIAL).province("Hà Nội").build();
    assertEquals("Sở Tư pháp thành phố Hà Nội",
        hanoiDepartment.stateManagementAgency().orElseThrow().name(VI));
  }

  /** Nghị định 68/2018 Điều 19.1.b: a claim above 5 billion đồng is complex, derived. */
  @Test
  void complexity_derivedFromTheAmount() {
    assertTrue(Fixtures.claim(5_000_000_000L).complexity().isEmpty());
    assertEquals(Set.of(ComplexityGround.CLAIM_ABOVE_FIVE_BILLION),
        Fixtures.claim(5_000_000_001L).complexity());
  }

  @Test
  void eventsAreKeptInDateOrder_sameDayInRecordedOrder() {
    Claim claim = Fixtures.claim()
        .with(new Accepted(LocalDate.of(2024, 2, 15)))
        .with(new DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new ResolverAppointed(LocalDate.of(2024, 2, 15), "B", true, false, false));
    assertEquals(List.of(DossierReceived.class, Accepted.class, ResolverAppointed.class),
        claim.events().stream().map(Object::getClass).collect(Collectors.toList()));
    assertEquals(List.of(), claim.problems());
  }
}
