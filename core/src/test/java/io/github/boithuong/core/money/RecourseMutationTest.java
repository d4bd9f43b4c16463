package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of the reduction of a recourse (Điều 65.4 Luật TNBTCNN 2017, Nghị định 68/2018 Điều
 * 27) and of the parameter values; amounts computed by hand.
 */
class RecourseMutationTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static RecourseReduction.Request eligible(long toRepay, long repaid) {
    return RecourseReduction.request(Vnd.of(toRepay), Vnd.of(repaid))
        .remediedProactively(true)
        .fulfilledObligations(true)
        .hardship(RecourseReduction.HardshipGround.GRAVE_ILLNESS);
  }

  /** 30% of 1,000 = 300; 30% of 1,001 = 300.3 → 300 (rounded down); 30% of 0 = 0. */
  @Test
  void maximumReduction_isThirtyPercentRoundedDown() {
    assertEquals(Vnd.of(300), RecourseReduction.maximumReduction(Vnd.of(1_000)));
    assertEquals(Vnd.of(300), RecourseReduction.maximumReduction(Vnd.of(1_001)));
    assertEquals(Vnd.of(303), RecourseReduction.maximumReduction(Vnd.of(1_010)));
    assertEquals(Vnd.ZERO, RecourseReduction.maximumReduction(Vnd.ZERO));
    assertEquals("amountToRepay must not be negative, but was -1 VND",
        assertThrows(IllegalArgumentException.class,
            () -> RecourseReduction.maximumReduction(Vnd.of(-1))).getMessage());
    assertEquals("amountToRepay", assertThrows(NullPointerException.class,
        () -> RecourseReduction.maximumReduction(null)).getMessage());
  }

  @Test
  void request_rejectsImpossibleAmounts() {
    assertEquals("amountToRepay must be positive, but was 0 VND",
        assertThrows(IllegalArgumentException.class,
            () -> RecourseReduction.request(Vnd.ZERO, Vnd.ZERO)).getMessage());
    assertEquals("alreadyRepaid must not be negative, but was -1 VND",
        assertThrows(IllegalArgumentException.class,
            () -> RecourseReduction.request(Vnd.of(1), Vnd.of(-1))).getMessage());
    assertEquals("amountToRepay", assertThrows(NullPointerException.class,
        () -> RecourseReduction.request(null, Vnd.ZERO)).getMessage());
    assertEquals("alreadyRepaid", assertThrows(NullPointerException.class,
        () -> RecourseReduction.request(Vnd.of(1), null)).getMessage());
    assertEquals("ground", assertThrows(NullPointerException.class,
        () -> RecourseReduction.request(Vnd.of(1), Vnd.ZERO).hardship(null)).getMessage());
    assertEquals("reduction", assertThrows(NullPointerException.class,
        () -> RecourseReduction.request(Vnd.of(1), Vnd.ZERO).reduction(null)).getMessage());
    assertEquals("reduction must be set: it is the head's choice",
        assertThrows(IllegalStateException.class,
            () -> RecourseReduction.request(Vnd.of(1), Vnd.ZERO).decide()).getMessage());
  }

  /**
   * 1,000 to repay, 500 repaid (exactly 50%, Điều 65.4.b), reduction 300 (exactly 30%): reduced to
   * 700, 200 still to repay.
   */
  @Test
  void reduction_atBothLimits() {
    RecourseReduction r = eligible(1_000, 500).reduction(Vnd.of(300)).decide().get();
    assertEquals(Vnd.of(1_000), r.amountToRepay());
    assertEquals(Vnd.of(500), r.alreadyRepaid());
    assertEquals(Vnd.of(300), r.reduction());
    assertEquals(Vnd.of(700), r.reducedAmount());
    assertEquals(Vnd.of(200), r.remaining());
    assertEquals("RecourseReduction[1000 VND - 300 VND]", r.toString());
    assertEquals("Giảm mức hoàn trả: 1.000 đồng → 700 đồng", r.explain().text().vietnamese());
    assertEquals("Reduction of the recourse: VND 1,000 → VND 700", r.explain().text().english());
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 4),
        Citation.of(LegalText.DECREE_68_2018, 27, 3)), r.explain().citations());
    // 3 conditions + hardship + the reduction + what remains
    assertEquals(6, r.explain().children().size());
    assertEquals("Số tiền còn lại phải hoàn trả: 1.000 đồng − 300 đồng − 500 đồng đã hoàn trả"
        + " = 200 đồng", r.explain().children().get(5).text().vietnamese());
    assertEquals("Có hoàn cảnh kinh tế khó khăn (bị bệnh hiểm nghèo): có",
        r.explain().children().get(3).text().vietnamese());
    assertEquals("In economic hardship (a grave illness): yes",
        r.explain().children().get(3).text().english());
    // 499 repaid is below half
    assertEquals(MoneyProblem.Code.REDUCTION_CONDITION_NOT_MET,
        eligible(1_000, 499).reduction(Vnd.of(300)).decide().getError().head().code());
    // odd amount: 1,001 to repay needs 501 (2 × 500 < 1,001)
    assertTrue(eligible(1_001, 501).reduction(Vnd.of(1)).decide().isValid());
    assertTrue(eligible(1_001, 500).reduction(Vnd.of(1)).decide().isInvalid());
    // 301 is above 30%; 0 is not a reduction
    assertEquals(MoneyProblem.Code.REDUCTION_OUT_OF_LIMITS,
        eligible(1_000, 500).reduction(Vnd.of(301)).decide().getError().head().code());
    MoneyProblem zero = eligible(1_000, 500).reduction(Vnd.ZERO).decide().getError().head();
    assertEquals(MoneyProblem.Code.REDUCTION_OUT_OF_LIMITS, zero.code());
    assertEquals("Mức giảm 0 đồng phải lớn hơn 0 và không quá 30% tổng số tiền phải hoàn trả"
        + " (300 đồng)", zero.message(VI));
    assertEquals("The reduction VND 0 must be positive and at most 30% of the total to repay"
        + " (VND 300)", zero.message(Locale.ENGLISH));
  }

  /** More repaid than the reduced amount: nothing remains, and the explanation says so. */
  @Test
  void reduction_whenMoreWasRepaidThanTheReducedAmount() {
    RecourseReduction r = eligible(1_000, 800).reduction(Vnd.of(300)).decide().get();
    assertEquals(Vnd.of(700), r.reducedAmount());
    assertEquals(Vnd.ZERO, r.remaining());
    assertEquals("Số tiền còn lại phải hoàn trả: 1.000 đồng − 300 đồng − 800 đồng đã hoàn trả"
        + " = 0 đồng (số đã hoàn trả vượt mức sau khi giảm)",
        r.explain().children().get(5).text().vietnamese());
    assertEquals("Still to repay: VND 1,000 − VND 300 − VND 800 repaid = VND 0 (more was repaid"
        + " than the reduced amount)", r.explain().children().get(5).text().english());
    // exactly the reduced amount repaid: nothing remains, no remark
    RecourseReduction exact = eligible(1_000, 700).reduction(Vnd.of(300)).decide().get();
    assertEquals(Vnd.ZERO, exact.remaining());
    assertTrue(exact.explain().children().get(5).text().vietnamese().endsWith("= 0 đồng"));
    assertTrue(exact.explain().children().get(5).text().english().endsWith("repaid = VND 0"),
        exact.explain().children().get(5).text().english());
  }

  /** Each unmet condition is its own problem, with its citation, lower-cased after the prefix. */
  @Test
  void unmetConditions_areEachReported() {
    var result = RecourseReduction.request(Vnd.of(1_000), Vnd.of(500))
        .reduction(Vnd.of(100)).decide();
    var problems = result.getError().toJavaList();
    assertEquals(3, problems.size());
    assertEquals("Chưa đủ điều kiện giảm mức hoàn trả: người thi hành công vụ chủ động khắc phục"
        + " hậu quả", problems.get(0).message(VI));
    assertEquals("A condition of the reduction is not met: the official remedied the consequences"
        + " proactively", problems.get(0).message(Locale.ENGLISH));
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 4, "a")),
        problems.get(0).citations());
    assertEquals("Chưa đủ điều kiện giảm mức hoàn trả: có hoàn cảnh kinh tế khó khăn",
        problems.get(2).message(VI));
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 4, "c")),
        problems.get(2).citations());
    // two hardship grounds are joined and both cited (Nghị định 68/2018 Điều 27.2.a, 27.2.b)
    RecourseReduction two = eligible(1_000, 500)
        .hardship(RecourseReduction.HardshipGround.SOLE_EARNER_WITH_DEPENDANTS)
        .reduction(Vnd.of(100)).decide().get();
    var hardship = two.explain().children().get(3);
    assertEquals("In economic hardship (the family's only worker, supporting dependants; a grave"
        + " illness): yes", hardship.text().english());
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 4, "c"),
        Citation.of(LegalText.DECREE_68_2018, 27, 2, "a"),
        Citation.of(LegalText.DECREE_68_2018, 27, 2, "b")), hardship.citations());
    assertEquals("bị bệnh hiểm nghèo", RecourseReduction.HardshipGround.GRAVE_ILLNESS.label(VI));
    assertEquals("a grave illness",
        RecourseReduction.HardshipGround.GRAVE_ILLNESS.label(Locale.ENGLISH));
  }

  // ---------------------------------------------------------------- ParameterValue

  /** Base salary 2,340,000 from 01/07/2024, Nghị định 73/2024/NĐ-CP (law digest, section B). */
  @Test
  void parameterValue_accessorsDescriptionAndEquality() {
    ParameterValue v = ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000.00"), ParameterStatus.CONFIRMED, " Nghị định 73/2024/NĐ-CP ",
        List.of("https://example.org/b7"), " ghi chú ");
    assertEquals(LegalParameter.BASE_SALARY, v.parameter());
    assertEquals(LocalDate.of(2024, 7, 1), v.effectiveFrom());
    assertEquals("2340000", v.value().toPlainString());
    assertEquals(ParameterStatus.CONFIRMED, v.status());
    assertEquals("Nghị định 73/2024/NĐ-CP", v.document());
    assertEquals(List.of("https://example.org/b7"), v.sources());
    assertEquals("ghi chú", v.note());
    assertEquals("code", v.origin());
    assertEquals("BASE_SALARY 2024-07-01 2340000 CONFIRMED (Nghị định 73/2024/NĐ-CP)", v.toString());
    assertEquals("Mức lương cơ sở từ 01/07/2024: 2.340.000 đồng/tháng (Nghị định 73/2024/NĐ-CP)",
        v.describe().vietnamese());
    assertEquals("Base salary from 2024-07-01: VND 2,340,000/month (Nghị định 73/2024/NĐ-CP)",
        v.describe().english());

    ParameterValue days = ParameterValue.of(LegalParameter.BASE_SALARY_DAY_DIVISOR,
        LocalDate.of(2018, 7, 1), BigDecimal.valueOf(22), ParameterStatus.UNCONFIRMED, "X",
        List.of(), "");
    assertEquals("Số ngày chia để tính ngày lương cơ sở từ 01/07/2018: 22 ngày (X; CHƯA ĐƯỢC XÁC"
        + " NHẬN)", days.describe().vietnamese());
    assertEquals("Days dividing a month of base salary into a day from 2018-07-01: 22 days (X;"
        + " UNCONFIRMED)", days.describe().english());

    ParameterValue same = ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000"), ParameterStatus.CONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of("https://example.org/b7"), "ghi chú");
    assertEquals(v, v);
    assertEquals(v, same);
    assertEquals(v.hashCode(), same.hashCode());
    assertNotEquals(v.hashCode(), days.hashCode());
    assertEquals(0, v.compareTo(same));
    assertNotEquals(v, "v");
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340001"), ParameterStatus.CONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of("https://example.org/b7"), "ghi chú"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 2),
        new BigDecimal("2340000"), ParameterStatus.CONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of("https://example.org/b7"), "ghi chú"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000"), ParameterStatus.UNCONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of("https://example.org/b7"), "ghi chú"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000"), ParameterStatus.CONFIRMED, "khác",
        List.of("https://example.org/b7"), "ghi chú"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000"), ParameterStatus.CONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of(), "ghi chú"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
        new BigDecimal("2340000"), ParameterStatus.CONFIRMED, "Nghị định 73/2024/NĐ-CP",
        List.of("https://example.org/b7"), "khác"));
    assertNotEquals(v, ParameterValue.of(LegalParameter.REGIONAL_MINIMUM_WAGE_I,
        LocalDate.of(2024, 7, 1), new BigDecimal("2340000"), ParameterStatus.CONFIRMED,
        "Nghị định 73/2024/NĐ-CP", List.of("https://example.org/b7"), "ghi chú"));
    assertTrue(v.compareTo(days) < 0); // BASE_SALARY is declared before the divisor
    assertTrue(days.compareTo(v) > 0);
    ParameterValue earlier = ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2023, 7, 1),
        new BigDecimal("1800000"), ParameterStatus.CONFIRMED, "Nghị định 24/2023/NĐ-CP",
        List.of(), "");
    assertTrue(earlier.compareTo(v) < 0);
    assertTrue(v.compareTo(earlier) > 0);
  }

  @Test
  void parameterValue_rejectsNonWholeOrNonPositiveValuesAndBlankDocument() {
    LocalDate day = LocalDate.of(2024, 7, 1);
    assertEquals("value must be a positive whole number, but was 0",
        assertThrows(IllegalArgumentException.class, () -> ParameterValue.of(
            LegalParameter.BASE_SALARY, day, BigDecimal.ZERO, ParameterStatus.CONFIRMED, "X",
            List.of(), "")).getMessage());
    assertEquals("value must be a positive whole number, but was 1.5",
        assertThrows(IllegalArgumentException.class, () -> ParameterValue.of(
            LegalParameter.BASE_SALARY, day, new BigDecimal("1.5"), ParameterStatus.CONFIRMED, "X",
            List.of(), "")).getMessage());
    assertEquals("document must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ParameterValue.of(
            LegalParameter.BASE_SALARY, day, BigDecimal.ONE, ParameterStatus.CONFIRMED, " ",
            List.of(), "")).getMessage());
    assertEquals("1", ParameterValue.of(LegalParameter.BASE_SALARY, day, new BigDecimal("1.000"),
        ParameterStatus.CONFIRMED, "X", List.of(), "").value().toPlainString());
    assertEquals("10", ParameterValue.of(LegalParameter.BASE_SALARY, day, new BigDecimal("1E+1"),
        ParameterStatus.CONFIRMED, "X", List.of(), "").value().toPlainString());
  }

  // ---------------------------------------------------------------- Amounts

  @Test
  void amounts_roundingAndFormatting() {
    assertEquals(Vnd.of(1), Amounts.down(new BigDecimal("1.9")));
    assertEquals(Vnd.of(2), Amounts.up(new BigDecimal("1.1")));
    assertEquals(Vnd.of(2), Amounts.halfUp(new BigDecimal("1.5")));
    assertEquals(Vnd.of(1), Amounts.halfUp(new BigDecimal("1.49")));
    assertTrue(Amounts.isWhole(BigDecimal.ZERO));
    assertTrue(Amounts.isWhole(new BigDecimal("0.00")));
    assertTrue(Amounts.isWhole(new BigDecimal("12.000")));
    assertTrue(Amounts.isWhole(new BigDecimal("1E+3")));
    assertTrue(!Amounts.isWhole(new BigDecimal("12.5")));
    assertEquals("1.234,5678", Amounts.number(new BigDecimal("1234.56775"), true));
    assertEquals("1,234.5678", Amounts.number(new BigDecimal("1234.56775"), false));
    // half-up, not the formatter's default half-even: 0.00005 → 0.0001, 0.00025 → 0.0003
    assertEquals("0.0001", Amounts.number(new BigDecimal("0.00005"), false));
    assertEquals("0,0003", Amounts.number(new BigDecimal("0.00025"), true));
    assertEquals("1.234 đồng", Amounts.money(new BigDecimal("1234"), true));
    assertEquals("VND 1,234", Amounts.money(new BigDecimal("1234"), false));
    assertEquals("1.234 đồng", Amounts.money(Vnd.of(1234), true));
    assertEquals("VND 1,234", Amounts.money(Vnd.of(1234), false));
    assertEquals("1.234 đồng", Amounts.money(Vnd.of(1234)).vietnamese());
    assertEquals("VND 1,234", Amounts.money(Vnd.of(1234)).english());
    assertEquals("0,5", Amounts.number(Amounts.HALF).vietnamese());
    assertEquals("0.5", Amounts.number(Amounts.HALF).english());
  }
}
