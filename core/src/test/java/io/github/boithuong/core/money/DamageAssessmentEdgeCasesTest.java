package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Items of a damage assessment, and an assessment without the legal parameters it needs. */
class DamageAssessmentEdgeCasesTest {

  private static final ValuationMoment MOMENT = ValuationMoment.acceptance(LocalDate.of(2024, 9, 2));
  private static final Citation ART_23_1 = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 1);

  private static DamageAssessment.Item motorbike() {
    return DamageAssessment.Item.manual(DamageType.PROPERTY, ART_23_1,
        BilingualText.of("xe máy bị mất", "motorbike lost"));
  }

  /** Điều 27.3.b: days of deprivation of liberty. */
  @Test
  void ruleItem_accessors() {
    DamageAssessment.Item item = DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10);
    assertEquals(Optional.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY), item.rule());
    assertEquals(DamageType.MENTAL, item.type());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 27, 3, "b"), item.provision());
    assertEquals(10, item.quantity());
    assertEquals(Optional.empty(), item.region());
    assertEquals(Optional.empty(), item.valuedAmount());
    assertFalse(item.isComputableWithoutVerification());
    assertEquals("Item[MENTAL_DEPRIVATION_OF_LIBERTY × 10]", item.toString());
    assertEquals("days must be at least 1, but was 0", assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 0)).getMessage());
    assertEquals(1, DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 1).quantity());
  }

  /** Điều 26.2: days of regional minimum wage, region I. */
  @Test
  void regionalItem_accessorsAndDescription() {
    DamageAssessment.Item item = DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10);
    assertEquals(Optional.of(LegalParameter.REGIONAL_MINIMUM_WAGE_I), item.region());
    assertEquals(DamageType.HEALTH, item.type());
    assertTrue(item.describe(true).endsWith(" (mức lương tối thiểu vùng I)"), item.describe(true));
    assertTrue(item.describe(false).endsWith(" (regional minimum wage, region I)"));
    assertTrue(Character.isUpperCase(item.describe(false).charAt(0)));
    assertEquals("Item[HEALTH_FOSTERING × 10]", item.toString());
    assertEquals("quantity must be at least 1, but was 0", assertThrows(
        IllegalArgumentException.class, () -> DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
            LegalParameter.REGIONAL_MINIMUM_WAGE_I, 0)).getMessage());
    assertEquals("region must be a REGIONAL_MINIMUM_WAGE_* parameter, but was BASE_SALARY",
        assertThrows(IllegalArgumentException.class, () -> DamageAssessment.Item.of(
            DamageRule.HEALTH_FOSTERING, LegalParameter.BASE_SALARY, 1)).getMessage());
  }

  @Test
  void manualItem_accessorsAndValue() {
    DamageAssessment.Item item = motorbike();
    assertEquals(Optional.empty(), item.rule());
    assertEquals(DamageType.PROPERTY, item.type());
    assertEquals(ART_23_1, item.provision());
    assertEquals(1, item.quantity());
    assertEquals("Item[PROPERTY khoản 1 Điều 23 Luật TNBTCNN 2017 × 1]", item.toString());
    assertEquals("Xe máy bị mất", item.describe(true));
    assertEquals("Motorbike lost", item.describe(false));
    DamageAssessment.Item valued = item.valued(Vnd.of(1_000));
    assertEquals(Optional.of(Vnd.of(1_000)), valued.valuedAmount());
    assertEquals("Item[PROPERTY khoản 1 Điều 23 Luật TNBTCNN 2017 × 1, 1000 VND]", valued.toString());
    assertEquals(Optional.of(Vnd.ZERO), item.valued(Vnd.ZERO).valuedAmount());
    DamageAssessment.Item computable = item.computableWithoutVerification(true);
    assertTrue(computable.isComputableWithoutVerification());
    assertNotEquals(item, computable);
    assertEquals("amount must not be negative, but was -1 VND", assertThrows(
        IllegalArgumentException.class, () -> item.valued(Vnd.of(-1))).getMessage());
  }

  @Test
  void item_valueSemantics() {
    DamageAssessment.Item a = DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10);
    DamageAssessment.Item same = DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10);
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 11));
    assertNotEquals(a, DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_II, 10));
    assertNotEquals(a, DamageAssessment.Item.of(DamageRule.HEALTH_CARER,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10));
    assertNotEquals(a, "item");
    assertNotEquals(a.hashCode(), DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 11).hashCode());
    DamageAssessment.Item m = motorbike();
    assertEquals(m, motorbike());
    assertNotEquals(m, m.valued(Vnd.of(1)));
    assertNotEquals(m.valued(Vnd.of(1)), m.valued(Vnd.of(2)));
    assertNotEquals(m, DamageAssessment.Item.manual(DamageType.OTHER_COSTS, ART_23_1,
        BilingualText.of("xe máy bị mất", "motorbike lost")));
    assertNotEquals(m, DamageAssessment.Item.manual(DamageType.PROPERTY,
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 2),
        BilingualText.of("xe máy bị mất", "motorbike lost")));
    assertNotEquals(m, DamageAssessment.Item.manual(DamageType.PROPERTY, ART_23_1,
        BilingualText.of("ô tô bị mất", "car lost")));
  }

  /**
   * Without any legal parameter the rule cannot be priced: the line needs manual valuation and
   * each missing parameter is a problem (the monthly value and, for a day, its divisor).
   */
  @Test
  void missingParameters_leaveTheLineToManualValuation() {
    LegalParameters empty = LegalParameters.builder().bundled(false).classpathExtensions(null)
        .build();
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10)), empty);
    assertEquals(MOMENT, a.moment());
    assertEquals(2, a.problems().size());
    assertEquals(MoneyProblem.Code.BEFORE_FIRST_VALUE, a.problems().get(0).code());
    assertTrue(a.problems().get(0).message(java.util.Locale.ENGLISH).contains("(BASE_SALARY)"));
    assertTrue(a.problems().get(1).message(java.util.Locale.ENGLISH)
        .contains("(BASE_SALARY_DAY_DIVISOR)"));
    DamageAssessment.Line line = a.lines().get(0);
    assertEquals(DamageAssessment.Status.REQUIRES_MANUAL_VALUATION, line.status());
    assertEquals(Optional.empty(), line.amount());
    assertTrue(line.explain().text().vietnamese().endsWith(
        ": không tính được (thiếu tham số pháp lý)"), line.explain().text().vietnamese());
    assertTrue(line.explain().text().english().endsWith(
        ": cannot be computed (legal parameter missing)"));
    assertFalse(a.isComplete());
    assertEquals(Vnd.ZERO, a.valuedTotal());
    assertEquals(1, a.pending().size());
    assertEquals("DamageAssessment[ACCEPTANCE 2024-09-02, 0 VND, 1 pending]", a.toString());
    assertTrue(a.explain().text().vietnamese().endsWith("; 1 khoản cần định giá thủ công"));
    assertTrue(a.explain().text().english().endsWith("; 1 item requires manual valuation"));

    // only the divisor is missing: one problem
    LegalParameters monthOnly = LegalParameters.builder().bundled(false).classpathExtensions(null)
        .value(ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
            java.math.BigDecimal.valueOf(2_340_000), ParameterStatus.CONFIRMED, "Nghị định 73/2024",
            List.of(), ""))
        .build();
    DamageAssessment b = DamageAssessment.of(MOMENT, List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10)), monthOnly);
    assertEquals(1, b.problems().size());
    assertTrue(b.problems().get(0).message(java.util.Locale.ENGLISH)
        .contains("(BASE_SALARY_DAY_DIVISOR)"));
  }

  /** Two manual items pending: the English says "items require". */
  @Test
  void severalPendingItems_pluralInEnglish() {
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(motorbike(), motorbike()),
        LegalParameters.vietnam());
    assertEquals(2, a.pending().size());
    assertTrue(a.explain().text().english().endsWith("; 2 items require manual valuation"));
    assertTrue(a.explain().text().vietnamese().endsWith("; 2 khoản cần định giá thủ công"));
    DamageAssessment done = DamageAssessment.of(MOMENT, List.of(motorbike().valued(Vnd.of(5))),
        LegalParameters.vietnam());
    assertEquals("Giá trị thiệt hại đã xác định: 5 đồng", done.explain().text().vietnamese());
    assertEquals("Damage valued: VND 5", done.explain().text().english());
  }
}
