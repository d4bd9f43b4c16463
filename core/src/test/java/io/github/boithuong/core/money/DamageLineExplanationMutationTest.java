package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation of each computed damage line, in both languages. Values valid on 02/09/2024
 * (law digest §B and §A.3/A.6): base salary 2,340,000, one day of it = 1/22 month (Điều 27.7);
 * regional minimum wage I 4,960,000 and II 4,410,000, one day = 1/26 month (Điều 24.1.c).
 */
class DamageLineExplanationMutationTest {

  private static final ValuationMoment MOMENT = ValuationMoment.acceptance(LocalDate.of(2024, 9, 2));

  private static DamageAssessment.Line line(DamageAssessment.Item item) {
    return DamageAssessment.of(MOMENT, List.of(item), LegalParameters.vietnam()).lines().get(0);
  }

  /** Điều 27.3.b: 10 days × 5 days of base salary = 117,000,000 / 22 = 5,318,181.8181… */
  @Test
  void daysOfBaseSalary_notWhole_isRounded() {
    DamageAssessment.Line l = line(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10));
    assertEquals(Vnd.of(5_318_182), l.amount().orElseThrow());
    String en = l.explain().text().english();
    assertTrue(en.endsWith(": 10 days × 5 days of base salary (VND 2,340,000 / 22) ="
        + " VND 5,318,181.8182…, rounded: VND 5,318,182"), en);
    String vi = l.explain().text().vietnamese();
    assertTrue(vi.endsWith(": 10 ngày × 5 ngày lương cơ sở (2.340.000 đồng / 22) ="
        + " 5.318.181,8182… đồng, làm tròn: 5.318.182 đồng"), vi);
    assertTrue(Character.isUpperCase(vi.charAt(0)), vi);
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 27, 3, "b"),
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 27, 7)), l.explain().citations());
    assertEquals(2, l.explain().children().size());
  }

  /** 11 days × 5 × 2,340,000 / 22 = 5,850,000 exactly: no rounding shown. */
  @Test
  void daysOfBaseSalary_whole_isNotRounded() {
    DamageAssessment.Line l = line(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 11));
    assertEquals(Vnd.of(5_850_000), l.amount().orElseThrow());
    assertTrue(l.explain().text().english().endsWith(
        ": 11 days × 5 days of base salary (VND 2,340,000 / 22) = VND 5,850,000"),
        l.explain().text().english());
    assertTrue(l.explain().text().vietnamese().endsWith(
        ": 11 ngày × 5 ngày lương cơ sở (2.340.000 đồng / 22) = 5.850.000 đồng"));
  }

  /** Điều 26.4.b: 12 months of regional minimum wage II = 52,920,000. */
  @Test
  void monthsOfRegionalMinimumWage() {
    DamageAssessment.Line l = line(DamageAssessment.Item.of(DamageRule.HEALTH_MAINTENANCE,
        LegalParameter.REGIONAL_MINIMUM_WAGE_II, 12));
    assertEquals(Vnd.of(52_920_000), l.amount().orElseThrow());
    assertTrue(l.explain().text().english().endsWith(
        ": 12 months × 1 months of regional minimum wage (VND 4,410,000) = VND 52,920,000"),
        l.explain().text().english());
    assertTrue(l.explain().text().vietnamese().endsWith(
        ": 12 tháng × 1 tháng lương tối thiểu vùng (4.410.000 đồng) = 52.920.000 đồng"),
        l.explain().text().vietnamese());
    assertEquals(1, l.explain().children().size());
  }

  /** Điều 26.2 with Điều 24.1.c: 10 × 4,960,000 / 26 = 1,907,692.3077… → 1,907,692. */
  @Test
  void daysOfRegionalMinimumWage() {
    DamageAssessment.Line l = line(DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING,
        LegalParameter.REGIONAL_MINIMUM_WAGE_I, 10));
    assertTrue(l.explain().text().english().endsWith(
        ": 10 days × 1 days of regional minimum wage (VND 4,960,000 / 26) ="
            + " VND 1,907,692.3077…, rounded: VND 1,907,692"), l.explain().text().english());
    assertTrue(l.explain().text().vietnamese().endsWith(
        ": 10 ngày × 1 ngày lương tối thiểu vùng (4.960.000 đồng / 26) ="
            + " 1.907.692,3077… đồng, làm tròn: 1.907.692 đồng"), l.explain().text().vietnamese());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 24, 1, "c"),
        l.explain().citations().get(1));
  }

  /** Điều 27.4: a lump sum of 360 months of base salary = 842,400,000, no quantity shown. */
  @Test
  void lumpSumInMonthsOfBaseSalary() {
    DamageAssessment.Line l = line(DamageAssessment.Item.of(DamageRule.MENTAL_DEATH, 1));
    assertEquals(Vnd.of(842_400_000), l.amount().orElseThrow());
    assertTrue(l.explain().text().english().endsWith(
        ": 360 months of base salary (VND 2,340,000) = VND 842,400,000"),
        l.explain().text().english());
    assertTrue(l.explain().text().vietnamese().endsWith(
        ": 360 tháng lương cơ sở (2.340.000 đồng) = 842.400.000 đồng"),
        l.explain().text().vietnamese());
  }
}
