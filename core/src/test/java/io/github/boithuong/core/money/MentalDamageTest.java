package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of mental damage (thiệt hại về tinh thần), Luật TNBTCNN 2017 Điều 27, computed by
 * hand: amount = days × multiplier × base salary ÷ 22 (Điều 27.7), the base salary in force on the
 * valuation date (Điều 22.2), rounded to the nearest đồng once (M1).
 */
class MentalDamageTest {

  private static Vnd amount(DamageRule rule, long days, String valuationDate) {
    DamageAssessment a = DamageAssessment.of(
        ValuationMoment.acceptance(LocalDate.parse(valuationDate)),
        List.of(DamageAssessment.Item.of(rule, days)), LegalParameters.vietnam());
    assertTrue(a.isComplete(), a.problems().toString());
    return a.lines().get(0).amount().get();
  }

  @ParameterizedTest(name = "{0} × {1} on {2} = {3}")
  @CsvSource({
      // 27.1: 30 × 0.5 × 1,800,000 / 22 = 27,000,000 / 22 = 1,227,272.73
      "MENTAL_COMMUNE_EDUCATION,          30, 2023-08-01,   1227273",
      // 27.2: 10 × 2 × 1,490,000 / 22 = 29,800,000 / 22 = 1,354,545.45
      "MENTAL_ADMINISTRATIVE_CONFINEMENT, 10, 2020-05-04,   1354545",
      // 27.3.a: 2 × 2,340,000 / 22 = 212,727.27, once
      "MENTAL_EMERGENCY_HOLDING,           1, 2024-09-02,    212727",
      // 27.3.b: 287 × 5 × 2,340,000 / 22 = 3,357,900,000 / 22 = 152,631,818.18
      "MENTAL_DEPRIVATION_OF_LIBERTY,    287, 2024-09-02, 152631818",
      // 27.3.c: 200 × 2 × 1,390,000 / 22 = 556,000,000 / 22 = 25,272,727.27
      "MENTAL_PROSECUTED_AT_LIBERTY,     200, 2019-03-01,  25272727",
      // 27.3.d: 365 × 3 × 2,340,000 / 22 = 2,562,300,000 / 22 = 116,468,181.82
      "MENTAL_NON_CUSTODIAL_SENTENCE,    365, 2025-01-15, 116468182",
      // 27.3.đ: 50 × 2 × 2,340,000 / 22 = 234,000,000 / 22 = 10,636,363.64
      "MENTAL_AFTER_SENTENCE_SERVED,      50, 2024-07-01,  10636364",
      // 27.4: 360 months × 2,340,000
      "MENTAL_DEATH,                       1, 2024-07-01, 842400000",
      // 27.6: 100 × 1 × 2,340,000 / 22 = 10,636,363.64
      "MENTAL_UNLAWFUL_DISMISSAL,        100, 2024-07-01,  10636364"})
  void article27_goldenCases(String rule, long days, String date, long expected) {
    assertEquals(Vnd.of(expected), amount(DamageRule.valueOf(rule), days, date));
  }

  /** The base salary of the valuation date, not of another day: 30/06/2024 vs 01/07/2024. */
  @Test
  void valuationDate_choosesTheBaseSalary() {
    // 22 × 5 × 1,800,000 / 22 = 9,000,000; 22 × 5 × 2,340,000 / 22 = 11,700,000.
    assertEquals(Vnd.of(9_000_000), amount(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 22, "2024-06-30"));
    assertEquals(Vnd.of(11_700_000), amount(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 22, "2024-07-01"));
  }

  /** Rounding: exactly half a đồng rounds up (with a made-up base salary of 11 đồng). */
  @Test
  void rounding_halfUp() {
    LegalParameters tiny = LegalParameters.builder().bundled(false).classpathExtensions(null)
        .value(ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2018, 7, 1),
            BigDecimal.valueOf(11), ParameterStatus.CONFIRMED, "test", List.of(), ""))
        .value(ParameterValue.of(LegalParameter.BASE_SALARY_DAY_DIVISOR, LocalDate.of(2018, 7, 1),
            BigDecimal.valueOf(22), ParameterStatus.CONFIRMED, "Luật 10/2017/QH14", List.of(), ""))
        .build();
    DamageAssessment a = DamageAssessment.of(ValuationMoment.acceptance(LocalDate.of(2020, 1, 1)),
        List.of(DamageAssessment.Item.of(DamageRule.MENTAL_UNLAWFUL_DISMISSAL, 1)), tiny);
    assertEquals(0, a.lines().get(0).unroundedAmount().get().compareTo(new BigDecimal("0.5")));
    assertEquals(Vnd.of(1), a.lines().get(0).amount().get());
  }

  /** The explanation names the clause, Điều 27.7 and the decree of the base salary. */
  @Test
  void explanation_citesTheLawAndTheDecree() {
    DamageAssessment a = DamageAssessment.of(ValuationMoment.acceptance(LocalDate.of(2024, 9, 2)),
        List.of(DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287)),
        LegalParameters.vietnam());
    String vi = a.explain().render(Locale.forLanguageTag("vi"));
    assertTrue(vi.contains("điểm b khoản 3 Điều 27 Luật TNBTCNN 2017"), vi);
    assertTrue(vi.contains("khoản 7 Điều 27 Luật TNBTCNN 2017"), vi);
    assertTrue(vi.contains("Nghị định 73/2024/NĐ-CP"), vi);
    assertTrue(vi.contains("287 ngày × 5 ngày lương cơ sở (2.340.000 đồng / 22)"), vi);
    assertTrue(vi.contains("= 152.631.818,1818… đồng, làm tròn: 152.631.818 đồng"), vi);
    String en = a.explain().render(Locale.ENGLISH);
    assertTrue(en.contains("Art. 27(3)(b), Law on State Compensation Liability 2017"), en);
  }

  /** Điều 27.4: death excludes the mental damage of 27.1, 27.2, 27.3 and 27.5, not of 27.6. */
  @Test
  void death_excludesOtherMentalDamage() {
    LocalDate d = LocalDate.of(2024, 9, 2);
    DamageAssessment both = DamageAssessment.of(ValuationMoment.acceptance(d), List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEATH, 1),
        DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10)),
        LegalParameters.vietnam());
    assertEquals(MoneyProblem.Code.DEATH_EXCLUDES_OTHER_MENTAL_DAMAGE, both.problems().get(0).code());
    DamageAssessment dismissal = DamageAssessment.of(ValuationMoment.acceptance(d), List.of(
        DamageAssessment.Item.of(DamageRule.MENTAL_DEATH, 1),
        DamageAssessment.Item.of(DamageRule.MENTAL_UNLAWFUL_DISMISSAL, 10)),
        LegalParameters.vietnam());
    assertTrue(dismissal.problems().isEmpty());
  }

  /** Điều 27.5: needs an assessment; capped at 50 months of base salary (117,000,000 in 2024). */
  @Test
  void healthHarm_requiresValuationAndIsCapped() {
    LocalDate d = LocalDate.of(2024, 9, 2);
    DamageAssessment pending = DamageAssessment.of(ValuationMoment.acceptance(d),
        List.of(DamageAssessment.Item.mentalHealthHarm()), LegalParameters.vietnam());
    assertEquals(DamageAssessment.Status.REQUIRES_MANUAL_VALUATION, pending.lines().get(0).status());
    assertTrue(pending.explain().render(Locale.ENGLISH).contains("117,000,000"));
    DamageAssessment over = DamageAssessment.of(ValuationMoment.acceptance(d),
        List.of(DamageAssessment.Item.mentalHealthHarm().valued(Vnd.of(117_000_001))),
        LegalParameters.vietnam());
    assertEquals(MoneyProblem.Code.ABOVE_LEGAL_CAP, over.problems().get(0).code());
    DamageAssessment ok = DamageAssessment.of(ValuationMoment.acceptance(d),
        List.of(DamageAssessment.Item.mentalHealthHarm().valued(Vnd.of(117_000_000))),
        LegalParameters.vietnam());
    assertTrue(ok.isComplete());
  }

  /** Before the Law's day divisor exists (01/07/2018), mental damage cannot be computed. */
  @Test
  void beforeTheLaw_isAProblemNotAGuess() {
    DamageAssessment a = DamageAssessment.of(ValuationMoment.acceptance(LocalDate.of(2018, 6, 30)),
        List.of(DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 10)),
        LegalParameters.vietnam());
    assertEquals(MoneyProblem.Code.BEFORE_FIRST_VALUE, a.problems().get(0).code());
    assertTrue(a.lines().get(0).amount().isEmpty());
  }

  @Test
  void items_rejectWrongQuantities() {
    assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.of(DamageRule.MENTAL_DEATH, 2));
    assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 0));
    assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.of(DamageRule.HEALTH_FOSTERING, 3));
    assertThrows(IllegalArgumentException.class,
        () -> DamageAssessment.Item.of(DamageRule.MENTAL_HEALTH_HARM, 1));
  }
}
