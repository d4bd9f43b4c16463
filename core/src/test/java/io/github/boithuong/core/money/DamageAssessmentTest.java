package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Damages priced in regional minimum wage (Luật TNBTCNN 2017 Điều 24.1.c, 25, 26), items valued by
 * hand, the advance (Điều 44) and the comparison with the claim, the negotiation and the decision.
 */
class DamageAssessmentTest {

  private static final LocalDate ACCEPTED = LocalDate.of(2024, 9, 2);
  private static final ValuationMoment MOMENT = ValuationMoment.acceptance(ACCEPTED);

  private static DamageAssessment.Item property(long amount) {
    return DamageAssessment.Item.manual(DamageType.PROPERTY,
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 1),
        BilingualText.of("xe máy bị mất", "motorbike lost")).valued(Vnd.of(amount));
  }

  /** Điều 26.2 and 26.4.b: days of regional minimum wage (÷ 26, Điều 24.1.c) and months of it. */
  @Test
  void regionalMinimumWage_rules() {
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(
        // 10 × 4,960,000 / 26 = 1,907,692.31 (region I, 01/07/2024)
        DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
            LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10),
        // 12 × 4,410,000 (region II)
        DamageAssessment.Item.of(DamageRule.HEALTH_MAINTENANCE,
            LegalParameter.REGIONAL_MINIMUM_WAGE_II, 12)), LegalParameters.vietnam());
    assertEquals(Vnd.of(1_907_692), a.lines().get(0).amount().get());
    assertEquals(Vnd.of(52_920_000), a.lines().get(1).amount().get());
    assertEquals(Vnd.of(54_827_692), a.valuedTotal());
    String vi = a.explain().render(Locale.forLanguageTag("vi"));
    assertTrue(vi.contains("khoản 2 Điều 26 Luật TNBTCNN 2017"), vi);
    assertTrue(vi.contains("điểm c khoản 1 Điều 24 Luật TNBTCNN 2017"), vi);
    assertTrue(vi.contains("Nghị định 74/2024/NĐ-CP"), vi);
    assertThrows(IllegalArgumentException.class, () -> DamageAssessment.Item.of(
        DamageRule.HEALTH_CARER, LegalParameter.BASE_SALARY, 3));
  }

  /** Damage priced from evidence is reported as requiring manual valuation, with its article. */
  @Test
  void manualItems_requireValuation() {
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(
        DamageAssessment.Item.manual(DamageType.OTHER_COSTS,
            Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 28, 2, "a"),
            BilingualText.of("chi phí đi lại", "travel costs")),
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287)),
        LegalParameters.vietnam());
    assertFalse(a.isComplete());
    assertEquals(1, a.pending().size());
    assertEquals(DamageAssessment.Status.REQUIRES_MANUAL_VALUATION, a.pending().get(0).status());
    assertEquals(Vnd.of(152_631_818), a.valuedTotal());
    assertTrue(a.explain().render(Locale.ENGLISH)
        .contains("Travel costs: requires manual valuation (from evidence) [Art. 28(2)(a)"));
  }

  /**
   * Điều 44: the advance is at least 50% of the mental damage of Điều 27.1–27.4, 27.6 and of the
   * damage computable without verification; 27.5 and damage needing verification are left out.
   */
  @Test
  void advance_atLeastHalfOfTheEligibleDamage() {
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287), // 152,631,818
        property(10_000_000),                                                   // not eligible
        property(4_000_001).computableWithoutVerification(true),               // 44.1.b
        DamageAssessment.Item.mentalHealthHarm().valued(Vnd.of(50_000_000))),   // 27.5: no
        LegalParameters.vietnam());
    DamageAssessment.Advance advance = a.advance();
    assertEquals(Vnd.of(156_631_819), advance.eligibleTotal());
    assertEquals(Vnd.of(78_315_910), advance.minimum()); // 78,315,909.5 rounded up
    assertTrue(advance.check(Vnd.of(78_315_910)).isValid());
    assertEquals(MoneyProblem.Code.ADVANCE_BELOW_MINIMUM,
        advance.check(Vnd.of(78_315_909)).getError().head().code());
    assertTrue(advance.explain().render(Locale.forLanguageTag("vi")).contains("khoản 4 Điều 44"));
    assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.mentalHealthHarm().computableWithoutVerification(true));
  }

  /** The comparison reads the claimed items, the decision and the advance from the case. */
  @Test
  void comparison_withTheClaim() {
    ResolvingAgency agency = ResolvingAgency.builder()
        .name("Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ngãi").kind(AgencyKind.INVESTIGATION_BODY)
        .level(AgencyLevel.PROVINCIAL).province("Quảng Ngãi").build();
    Claim claim = Claim.builder()
        .id("QNg-2024-007")
        .claimant(Claimant.of(Party.individual("Nguyễn Văn An"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(agency)
        .field(LiabilityField.CRIMINAL_PROCEDURE)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(200_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(12_000_000)))
            .advanceRequested(true).build())
        .build()
        .with(new CaseEvent.DossierReceived(LocalDate.of(2024, 8, 28), FilingMethod.IN_PERSON))
        .with(new CaseEvent.Accepted(ACCEPTED))
        .with(new CaseEvent.AdvanceProposed(ACCEPTED, Vnd.of(80_000_000)))
        .with(new CaseEvent.AdvancePaid(LocalDate.of(2024, 9, 6), Vnd.of(80_000_000)))
        .with(new CaseEvent.DecisionIssued(LocalDate.of(2024, 10, 15), Vnd.of(162_631_818)));
    ValuationMoment moment = ValuationMoment.of(claim).get();
    assertEquals(ValuationMoment.acceptance(ACCEPTED), moment);
    DamageAssessment a = DamageAssessment.of(moment, List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287),
        property(10_000_000)), LegalParameters.vietnam());
    DamageAssessment.Comparison c = a.compare(claim, Optional.of(Vnd.of(162_631_818)));
    assertEquals(Vnd.of(212_000_000), c.claimedTotal());
    assertEquals(Vnd.of(200_000_000), c.claimed(DamageType.MENTAL));
    assertEquals(Optional.of(Vnd.of(152_631_818)), c.assessed(DamageType.MENTAL));
    assertEquals(Optional.of(Vnd.of(162_631_818)), c.assessedTotal());
    assertEquals(Optional.of(Vnd.of(162_631_818)), c.decided());
    assertEquals(Optional.of(Vnd.of(80_000_000)), c.advancePaid());
    String en = c.explain().render(Locale.ENGLISH);
    assertTrue(en.contains("Difference decided − assessed: VND 0"), en);
    assertTrue(en.contains("Difference decided − claimed: VND -49,368,182"), en);
    assertTrue(a.advance().check(Vnd.of(80_000_000)).isValid()); // minimum 76,315,909
  }

  @Test
  void comparison_withoutAClaim() {
    DamageAssessment a = DamageAssessment.of(MOMENT,
        List.of(DamageAssessment.Item.mentalHealthHarm()), LegalParameters.vietnam());
    DamageAssessment.Comparison c = a.compare(ClaimContent.builder()
        .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(100_000_000))).build(),
        Optional.empty(), Optional.empty());
    assertTrue(c.assessed(DamageType.MENTAL).isEmpty());
    assertTrue(c.assessedTotal().isEmpty());
    assertEquals(Optional.of(Vnd.ZERO), c.assessed(DamageType.PROPERTY));
    assertTrue(c.explain().render(Locale.forLanguageTag("vi")).contains("chưa đủ (cần định giá)"));
  }

  /** Điều 22.2: the court's valuation date, for claims under Điều 52.1 and 55. */
  @Test
  void valuationMoment_court() {
    ValuationMoment m = ValuationMoment.firstInstanceCourt(LocalDate.of(2025, 3, 3));
    assertEquals(ValuationMoment.Kind.FIRST_INSTANCE_COURT, m.kind());
    assertTrue(m.explain().render(Locale.ENGLISH).contains("Art. 55"));
  }
}
