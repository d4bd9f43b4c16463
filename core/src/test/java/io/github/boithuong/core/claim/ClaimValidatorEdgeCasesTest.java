package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.claim.CaseProblem.Code;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Validation of a claim's events, one problem code at a time, at its boundaries. */
class ClaimValidatorEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static List<CaseProblem> problems(Claim claim, Code code) {
    return claim.problems().stream().filter(p -> p.code() == code).collect(Collectors.toList());
  }

  /** The standard path up to payment and recourse, funding after the decision takes effect (Điều 47.2, 62, 66). */
  private static Claim paidPath() {
    return Fixtures.standardPath()
        .with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundsGranted(d(2024, 4, 10), Vnd.of(100_000_000L)))
        .with(new PaymentNoticeSent(d(2024, 4, 11)))
        .with(new PaymentNoticeReceived(d(2024, 4, 12)))
        .with(new Paid(d(2024, 4, 15), Vnd.of(100_000_000L)))
        .with(new RecourseCouncilEstablished(d(2024, 4, 19), false))
        .with(new RecourseRecommended(d(2024, 5, 6)))
        .with(new RecourseDecided(d(2024, 5, 8)));
  }

  @Test
  void paidPath_isValid() {
    assertEquals(List.of(), paidPath().problems());
  }

  /** Every event carrying an amount is checked for a negative amount. */
  @Test
  void negativeAmount_inEachEventWithAnAmount() {
    Claim accepted = Fixtures.claim()
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)));
    List<CaseEvent> negatives = List.of(
        new AdvanceProposed(d(2024, 2, 16), Vnd.of(-1)),
        new DecisionIssued(d(2024, 3, 18), Vnd.of(-1)));
    for (CaseEvent e : negatives) {
      assertEquals(1, problems(accepted.with(e), Code.NEGATIVE_AMOUNT).size(), e.toString());
    }
    Claim proposed = accepted.with(new AdvanceProposed(d(2024, 2, 16), Vnd.of(10)));
    assertEquals(List.of(), problems(proposed, Code.NEGATIVE_AMOUNT));
    List<CaseProblem> paid = problems(proposed.with(new AdvancePaid(d(2024, 2, 17), Vnd.of(-5))),
        Code.NEGATIVE_AMOUNT);
    assertEquals(1, paid.size());
    assertEquals(d(2024, 2, 17), paid.get(0).date().orElseThrow());
    assertTrue(paid.get(0).message(VI).endsWith("): -5 đồng"), paid.get(0).message(VI));
    assertTrue(paid.get(0).message(VI).startsWith("Số tiền âm ("), paid.get(0).message(VI));
    assertTrue(paid.get(0).message(Locale.ENGLISH).startsWith("Negative amount ("));
    assertTrue(paid.get(0).message(Locale.ENGLISH).endsWith("): VND -5"));

    Claim path = paidPath();
    assertEquals(1, problems(path.with(new FundsGranted(d(2024, 4, 10), Vnd.of(-1))),
        Code.NEGATIVE_AMOUNT).size());
    assertEquals(1, problems(path.with(new Paid(d(2024, 4, 15), Vnd.of(-1))),
        Code.NEGATIVE_AMOUNT).size());
    assertEquals(1, problems(path.with(new RecourseRepaid(d(2024, 5, 10), Vnd.of(-1))),
        Code.NEGATIVE_AMOUNT).size());
    assertEquals(List.of(), problems(path.with(new RecourseRepaid(d(2024, 5, 10), Vnd.ZERO)),
        Code.NEGATIVE_AMOUNT));
  }

  /**
   * Điều 51.2: after termination only documents, suits and honour restoration may follow; an
   * event on the very day of the end is not "after" it.
   */
  @Test
  void afterEnd_strictlyAfterTheEndOnly() {
    Claim terminated = Fixtures.claim()
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)))
        .with(new TerminationGroundArose(d(2024, 2, 16), TerminationGround.WITHDRAWN))
        .with(new Terminated(d(2024, 2, 20), TerminationGround.WITHDRAWN));
    assertEquals(List.of(), problems(terminated, Code.AFTER_END));
    assertEquals(List.of(), problems(
        terminated.with(new PostponementRequested(d(2024, 2, 20))), Code.AFTER_END));
    List<CaseProblem> after = problems(
        terminated.with(new PostponementRequested(d(2024, 2, 21))), Code.AFTER_END);
    assertEquals(1, after.size());
    assertEquals(d(2024, 2, 21), after.get(0).date().orElseThrow());
    // khoản 2 Điều 51 for a termination
    assertEquals(51, after.get(0).citation().orElseThrow().article());
    assertEquals(List.of(), problems(terminated.with(new HonourRestorationRequested(d(2024, 2, 21))),
        Code.AFTER_END));
  }

  /** Once per resolution: a second decision is a duplicate unless the first was cancelled for collusion or an irregular resolver (Điều 48.3). */
  @Test
  void duplicateDecision_andResolutionAgainAfterCancellation() {
    Claim twice = Fixtures.standardPath()
        .with(new DecisionIssued(d(2024, 3, 20), Vnd.of(100_000_000L)));
    List<CaseProblem> dup = problems(twice, Code.DUPLICATE_EVENT);
    assertEquals(1, dup.size());
    assertTrue(dup.get(0).message(Locale.ENGLISH).contains("(first on 2024-03-18)"),
        dup.get(0).message(Locale.ENGLISH));
    for (CancellationGround ground : CancellationGround.values()) {
      Claim again = Fixtures.standardPath()
          .with(new DecisionCancelled(d(2024, 3, 19), ground))
          .with(new DecisionIssued(d(2024, 3, 20), Vnd.of(100_000_000L)));
      boolean resolvedAgain = ground == CancellationGround.COLLUSION
          || ground == CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION;
      assertEquals(resolvedAgain, problems(again, Code.DUPLICATE_EVENT).isEmpty(), ground.name());
    }
  }

  /**
   * The district level ended on 30/06/2025 (Law 81/2025/QH15 context in the law digest): an act of
   * a district People's Committee after that day is flagged, on that day it is not.
   */
  @Test
  void districtLevel_endsAfter30June2025() {
    ResolvingAgency district = ResolvingAgency.builder()
        .name("Ủy ban nhân dân huyện Tư Nghĩa")
        .kind(AgencyKind.DISTRICT_PEOPLES_COMMITTEE)
        .level(AgencyLevel.DISTRICT)
        .province("Quảng Ngãi")
        .build();
    Claim base = Claim.builder().from(Fixtures.claim()).resolvingAgency(district).build()
        .with(new DossierReceived(d(2025, 6, 25), FilingMethod.IN_PERSON));
    assertEquals(List.of(), problems(base.with(new Accepted(d(2025, 6, 30))),
        Code.DISTRICT_LEVEL_ABOLISHED));
    List<CaseProblem> late = problems(base.with(new Accepted(d(2025, 7, 1))),
        Code.DISTRICT_LEVEL_ABOLISHED);
    assertEquals(1, late.size());
    assertTrue(late.get(0).message(VI).contains("30/06/2025"));
    Claim ward = Fixtures.claim()
        .with(new DossierReceived(d(2025, 6, 25), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2025, 7, 1)));
    assertEquals(List.of(), problems(ward, Code.DISTRICT_LEVEL_ABOLISHED));
    assertFalse(problems(base.with(new Accepted(d(2025, 7, 1)))
        .with(new TerminationGroundArose(d(2025, 7, 2), TerminationGround.WITHDRAWN))
        .with(new Terminated(d(2025, 7, 3), TerminationGround.WITHDRAWN)),
        Code.DISTRICT_LEVEL_ABOLISHED).size() < 2);
  }
}
