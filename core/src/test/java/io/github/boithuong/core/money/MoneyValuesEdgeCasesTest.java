package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of the small value types of the {@code money} package: messages name the offending
 * argument, both languages are given, equality is a value equality.
 */
class MoneyValuesEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final Citation LAW_22_2 = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 22, 2);

  // ---------------------------------------------------------------- MoneyProblem / ParameterException

  @Test
  void moneyProblem_accessorsEqualityAndToString() {
    MoneyProblem p = MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP, "vượt mức", "above cap",
        LAW_22_2);
    assertEquals(MoneyProblem.Code.ABOVE_LEGAL_CAP, p.code());
    assertEquals("vượt mức", p.message(VI));
    assertEquals("above cap", p.message(Locale.ENGLISH));
    assertEquals(BilingualText.of("vượt mức", "above cap"), p.text());
    assertEquals(List.of(LAW_22_2), p.citations());
    assertEquals("ABOVE_LEGAL_CAP: above cap", p.toString());
    MoneyProblem same = MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP,
        BilingualText.of("vượt mức", "above cap"), LAW_22_2);
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertNotEquals(p.hashCode(), MoneyProblem.of(MoneyProblem.Code.CHOICE_NOT_ALLOWED, "vượt mức",
        "above cap", LAW_22_2).hashCode());
    assertNotEquals(p, MoneyProblem.of(MoneyProblem.Code.CHOICE_NOT_ALLOWED, "vượt mức",
        "above cap", LAW_22_2));
    assertNotEquals(p, MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP, "khác", "other",
        LAW_22_2));
    assertNotEquals(p, MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP, "vượt mức", "above cap"));
    assertNotEquals(p, "ABOVE_LEGAL_CAP");
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> MoneyProblem.of(null, BilingualText.of("a", "b"))).getMessage());
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP, (BilingualText) null))
        .getMessage());
  }

  @Test
  void parameterException_countsProblemsInEnglish() {
    MoneyProblem a = MoneyProblem.of(MoneyProblem.Code.MALFORMED_PARAMETERS, "lỗi một", "error one");
    MoneyProblem b = MoneyProblem.of(MoneyProblem.Code.BEFORE_FIRST_VALUE, "lỗi hai", "error two");
    ParameterException one = new ParameterException(List.of(a));
    assertEquals("1 problem:\n  error one", one.getMessage());
    assertEquals(List.of(a), one.problems());
    ParameterException two = new ParameterException(List.of(a, b));
    assertEquals("2 problems:\n  error one\n  error two", two.getMessage());
    assertEquals(List.of(a, b), two.problems());
    assertEquals("problems must not be empty", assertThrows(IllegalArgumentException.class,
        () -> new ParameterException(List.of())).getMessage());
  }

  // ---------------------------------------------------------------- Fault, LegalParameter

  /** Điều 65 khoản 2 points a, b, c of Luật TNBTCNN 2017. */
  @Test
  void fault_citesItsPointOfArticle65() {
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "a"),
        Fault.INTENTIONAL_CONVICTED.citation());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "b"),
        Fault.INTENTIONAL.citation());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "c"),
        Fault.NEGLIGENT.citation());
    assertEquals("lỗi vô ý", Fault.NEGLIGENT.label(VI));
    assertEquals("negligent fault", Fault.NEGLIGENT.label(Locale.ENGLISH));
    assertEquals("lỗi vô ý", Fault.NEGLIGENT.label().vietnamese());
  }

  @Test
  void legalParameter_labelsUnitsAndRegionalFlag() {
    assertEquals("mức lương cơ sở", LegalParameter.BASE_SALARY.label(VI));
    assertEquals("base salary", LegalParameter.BASE_SALARY.label(Locale.ENGLISH));
    assertEquals("base salary", LegalParameter.BASE_SALARY.label().english());
    assertEquals(LegalParameter.Unit.DONG_PER_MONTH, LegalParameter.BASE_SALARY.unit());
    assertEquals(LegalParameter.Unit.DAYS, LegalParameter.BASE_SALARY_DAY_DIVISOR.unit());
    assertEquals(LegalParameter.Unit.DAYS, LegalParameter.REGIONAL_MINIMUM_WAGE_DAY_DIVISOR.unit());
    assertTrue(LegalParameter.REGIONAL_MINIMUM_WAGE_I.isRegionalMinimumWage());
    assertTrue(LegalParameter.REGIONAL_MINIMUM_WAGE_II.isRegionalMinimumWage());
    assertTrue(LegalParameter.REGIONAL_MINIMUM_WAGE_III.isRegionalMinimumWage());
    assertTrue(LegalParameter.REGIONAL_MINIMUM_WAGE_IV.isRegionalMinimumWage());
    assertFalse(LegalParameter.BASE_SALARY.isRegionalMinimumWage());
    assertFalse(LegalParameter.BASE_SALARY_DAY_DIVISOR.isRegionalMinimumWage());
    assertFalse(LegalParameter.REGIONAL_MINIMUM_WAGE_DAY_DIVISOR.isRegionalMinimumWage());
  }

  // ---------------------------------------------------------------- ValuationMoment

  /** Khoản 2 Điều 22: valued at acceptance (Điều 43) or by the first-instance court (52.1, 55). */
  @Test
  void valuationMoment_bothKinds() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    ValuationMoment acc = ValuationMoment.acceptance(d);
    assertEquals(ValuationMoment.Kind.ACCEPTANCE, acc.kind());
    assertEquals(d, acc.date());
    assertEquals(List.of(LAW_22_2, Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43)),
        acc.citations());
    assertEquals("- Giá trị thiệt hại được tính tại thời điểm thụ lý hồ sơ: 05/03/2024"
        + " [khoản 2 Điều 22 Luật TNBTCNN 2017; Điều 43 Luật TNBTCNN 2017]", acc.explain().render(VI));
    assertEquals("Damage is valued at the acceptance of the dossier: 2024-03-05",
        acc.explain().text().english());
    assertEquals("ACCEPTANCE 2024-03-05", acc.toString());

    ValuationMoment court = ValuationMoment.firstInstanceCourt(d);
    assertEquals(ValuationMoment.Kind.FIRST_INSTANCE_COURT, court.kind());
    assertEquals(List.of(LAW_22_2, Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 1),
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 55)), court.citations());
    assertEquals("Giá trị thiệt hại được tính tại thời điểm Tòa án cấp sơ thẩm xác định: 05/03/2024",
        court.explain().text().vietnamese());
    assertEquals("Damage is valued when the first-instance court determines it: 2024-03-05",
        court.explain().text().english());
    assertEquals("FIRST_INSTANCE_COURT 2024-03-05", court.toString());

    assertEquals(acc, ValuationMoment.acceptance(d));
    assertEquals(acc.hashCode(), ValuationMoment.acceptance(d).hashCode());
    assertNotEquals(acc, court);
    assertNotEquals(acc, ValuationMoment.acceptance(d.plusDays(1)));
    assertNotEquals(acc, d);
    assertNotEquals(acc.hashCode(), court.hashCode());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> ValuationMoment.acceptance(null)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> ValuationMoment.firstInstanceCourt(null)).getMessage());
    assertEquals("claim", assertThrows(NullPointerException.class,
        () -> ValuationMoment.of(null)).getMessage());
  }

  // ---------------------------------------------------------------- SalaryDeduction (Điều 68.2)

  @Test
  void salaryDeduction_instalmentsAndLastInstalment() {
    // 1,000,000 to repay at 300,000 a month: 4 instalments, the last 100,000.
    SalaryDeduction plan =
        SalaryDeduction.plan(Vnd.of(1_000_000), Vnd.of(1_000_000), Vnd.of(300_000)).get();
    assertEquals(4, plan.instalments());
    assertEquals(Vnd.of(100_000), plan.lastInstalment());
    assertEquals(Vnd.of(1_000_000), plan.amountToRepay());
    assertEquals(Vnd.of(1_000_000), plan.monthlyIncome());
    assertEquals(Vnd.of(300_000), plan.monthlyDeduction());
    assertEquals("SalaryDeduction[300000 VND x 4]", plan.toString());
    assertEquals("Trừ dần vào lương: 300.000 đồng/tháng (từ 100.000 đồng đến 300.000 đồng), 4 lần,"
        + " lần cuối 100.000 đồng", plan.explain().text().vietnamese());
    assertEquals("Salary deductions: VND 300,000/month (from VND 100,000 to VND 300,000), 4"
        + " instalments, the last VND 100,000", plan.explain().text().english());
    // exact multiple: 900,000 at 300,000 = 3 instalments, the last a full one
    SalaryDeduction exact =
        SalaryDeduction.plan(Vnd.of(900_000), Vnd.of(1_000_000), Vnd.of(300_000)).get();
    assertEquals(3, exact.instalments());
    assertEquals(Vnd.of(300_000), exact.lastInstalment());
    // one đồng more: 4 instalments, the last 1 đồng
    SalaryDeduction plusOne =
        SalaryDeduction.plan(Vnd.of(900_001), Vnd.of(1_000_000), Vnd.of(300_000)).get();
    assertEquals(4, plusOne.instalments());
    assertEquals(Vnd.of(1), plusOne.lastInstalment());
    // one đồng to repay
    assertEquals(1, SalaryDeduction.plan(Vnd.of(1), Vnd.of(1_000_000), Vnd.of(100_000)).get()
        .instalments());
  }

  @Test
  void salaryDeduction_limitsAreInclusive_andMessagesInBothLanguages() {
    Vnd income = Vnd.of(1_000_000);
    assertTrue(SalaryDeduction.plan(Vnd.of(5), income, Vnd.of(100_000)).isValid());
    assertTrue(SalaryDeduction.plan(Vnd.of(5), income, Vnd.of(300_000)).isValid());
    MoneyProblem low = SalaryDeduction.plan(Vnd.of(5), income, Vnd.of(99_999)).getError().head();
    assertEquals(MoneyProblem.Code.DEDUCTION_OUT_OF_LIMITS, low.code());
    assertEquals("Mức trừ hằng tháng 99.999 đồng phải từ 100.000 đồng (10%) đến 300.000 đồng (30%)"
        + " thu nhập từ tiền lương hằng tháng 1.000.000 đồng", low.message(VI));
    assertEquals("The monthly deduction VND 99,999 must be from VND 100,000 (10%) to VND 300,000"
        + " (30%) of the monthly salary income VND 1,000,000", low.message(Locale.ENGLISH));
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 68, 2)),
        low.citations());
    assertEquals(1, SalaryDeduction.plan(Vnd.of(5), income, Vnd.of(300_001)).getError().size());
  }

  @Test
  void salaryDeduction_rejectsImpossibleArguments() {
    assertEquals("monthlyIncome must be positive, but was 0 VND",
        assertThrows(IllegalArgumentException.class, () -> SalaryDeduction.minimum(Vnd.ZERO))
            .getMessage());
    assertEquals("monthlyIncome must be positive, but was -1 VND",
        assertThrows(IllegalArgumentException.class, () -> SalaryDeduction.maximum(Vnd.of(-1)))
            .getMessage());
    assertEquals(Vnd.of(1), SalaryDeduction.minimum(Vnd.of(1)));
    assertEquals(Vnd.ZERO, SalaryDeduction.maximum(Vnd.of(1)));
    assertEquals("monthlyIncome", assertThrows(NullPointerException.class,
        () -> SalaryDeduction.minimum(null)).getMessage());
    assertEquals("amountToRepay", assertThrows(NullPointerException.class,
        () -> SalaryDeduction.plan(null, Vnd.of(1), Vnd.of(1))).getMessage());
    assertEquals("monthlyDeduction", assertThrows(NullPointerException.class,
        () -> SalaryDeduction.plan(Vnd.of(1), Vnd.of(1), null)).getMessage());
    assertEquals("amountToRepay must be positive, but was 0 VND",
        assertThrows(IllegalArgumentException.class,
            () -> SalaryDeduction.plan(Vnd.ZERO, Vnd.of(10), Vnd.of(1))).getMessage());
  }

  // ---------------------------------------------------------------- OfficialSalary

  @Test
  void officialSalary_stated() {
    OfficialSalary s = OfficialSalary.stated(new BigDecimal("5000000.50"),
        BilingualText.of("bảng lương", "payslip"));
    assertEquals(0, s.monthly().compareTo(new BigDecimal("5000000.5")));
    assertEquals(Optional.empty(), s.gradeCoefficient());
    assertEquals(Optional.empty(), s.baseSalary());
    assertEquals(Optional.empty(), s.date());
    assertEquals("- Lương tháng do người sử dụng cung cấp: 5.000.000,5 đồng (bảng lương)"
        + " [khoản 1 Điều 26 Nghị định 68/2018/NĐ-CP]", s.explain().render(VI));
    assertEquals("Monthly salary stated by the caller: VND 5,000,000.5 (payslip)",
        s.explain().text().english());
    assertEquals("OfficialSalary[5000000.50]", s.toString());
    assertEquals(Citation.of(LegalText.DECREE_68_2018, 26, 1), s.citation());
    assertEquals(0, s.months(BigDecimal.valueOf(2)).compareTo(new BigDecimal("10000001")));
    assertEquals("monthly must be positive, but was 0", assertThrows(IllegalArgumentException.class,
        () -> OfficialSalary.stated(BigDecimal.ZERO, BilingualText.of("a", "b"))).getMessage());
    assertEquals("monthly", assertThrows(NullPointerException.class,
        () -> OfficialSalary.stated(null, BilingualText.of("a", "b"))).getMessage());
    assertEquals("basis", assertThrows(NullPointerException.class,
        () -> OfficialSalary.stated(BigDecimal.ONE, null)).getMessage());
  }

  /**
   * Base salary 1,800,000 from 01/07/2023 and 2,340,000 from 01/07/2024 (law digest, section B:
   * Nghị định 24/2023 and 73/2024); the salary for recourse is base × coefficient (Nghị định
   * 68/2018 Điều 26.1).
   */
  @Test
  void officialSalary_baseSalarySwitchesOnTheFirstOfJuly() {
    LegalParameters p = LegalParameters.vietnam();
    BigDecimal one = BigDecimal.ONE;
    assertEquals(0, OfficialSalary.atRecourseDecision(one, LocalDate.of(2023, 6, 30), p).monthly()
        .compareTo(BigDecimal.valueOf(1_490_000)));
    assertEquals(0, OfficialSalary.atRecourseDecision(one, LocalDate.of(2023, 7, 1), p).monthly()
        .compareTo(BigDecimal.valueOf(1_800_000)));
    assertEquals(0, OfficialSalary.atRecourseDecision(one, LocalDate.of(2024, 6, 30), p).monthly()
        .compareTo(BigDecimal.valueOf(1_800_000)));
    assertEquals(0, OfficialSalary.atRecourseDecision(one, LocalDate.of(2024, 7, 1), p).monthly()
        .compareTo(BigDecimal.valueOf(2_340_000)));
    OfficialSalary s = OfficialSalary.atRecourseDecision(new BigDecimal("2.5"),
        LocalDate.of(2024, 7, 1), p);
    assertEquals(Optional.of(new BigDecimal("2.5")), s.gradeCoefficient());
    assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), s.date());
    assertEquals("Lương để hoàn trả tại thời điểm có quyết định hoàn trả (01/07/2024):"
        + " 2.340.000 đồng × 2,5 = 5.850.000 đồng", s.explain().text().vietnamese());
    assertEquals("Salary for recourse at the recourse decision (2024-07-01): VND 2,340,000 × 2.5"
        + " = VND 5,850,000", s.explain().text().english());
    assertEquals(1, s.explain().children().size());
    OfficialSalary left = OfficialSalary.beforeLeavingService(new BigDecimal("2.5"),
        LocalDate.of(2024, 7, 1), p);
    assertEquals("Lương để hoàn trả trước khi nghỉ việc (01/07/2024): 2.340.000 đồng × 2,5"
        + " = 5.850.000 đồng", left.explain().text().vietnamese());
    assertEquals("Salary for recourse before leaving the state agency (2024-07-01):"
        + " VND 2,340,000 × 2.5 = VND 5,850,000", left.explain().text().english());
  }

  @Test
  void officialSalary_argumentChecksNameTheArgument() {
    LegalParameters p = LegalParameters.vietnam();
    LocalDate d = LocalDate.of(2024, 7, 1);
    assertEquals("gradeCoefficient", assertThrows(NullPointerException.class,
        () -> OfficialSalary.atRecourseDecision(null, d, p)).getMessage());
    assertEquals("decisionDate", assertThrows(NullPointerException.class,
        () -> OfficialSalary.atRecourseDecision(BigDecimal.ONE, null, p)).getMessage());
    assertEquals("lastDayInService", assertThrows(NullPointerException.class,
        () -> OfficialSalary.beforeLeavingService(BigDecimal.ONE, null, p)).getMessage());
    assertEquals("parameters", assertThrows(NullPointerException.class,
        () -> OfficialSalary.atRecourseDecision(BigDecimal.ONE, d, null)).getMessage());
    assertEquals("gradeCoefficient must be positive, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> OfficialSalary.atRecourseDecision(BigDecimal.ZERO, d, p)).getMessage());
    assertEquals("gradeCoefficient must be positive, but was -1",
        assertThrows(IllegalArgumentException.class,
            () -> OfficialSalary.beforeLeavingService(BigDecimal.ONE.negate(), d, p)).getMessage());
  }

  @Test
  void officialSalary_equality() {
    LegalParameters p = LegalParameters.vietnam();
    LocalDate d = LocalDate.of(2024, 7, 1);
    OfficialSalary a = OfficialSalary.atRecourseDecision(new BigDecimal("2.5"), d, p);
    OfficialSalary b = OfficialSalary.atRecourseDecision(new BigDecimal("2.50"), d, p);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, OfficialSalary.atRecourseDecision(new BigDecimal("2.6"), d, p));
    assertNotEquals(a, OfficialSalary.beforeLeavingService(new BigDecimal("2.5"), d, p));
    assertNotEquals(a, OfficialSalary.atRecourseDecision(new BigDecimal("2.5"), d.plusDays(1), p));
    assertNotEquals(a, "salary");
    OfficialSalary s1 = OfficialSalary.stated(new BigDecimal("100"), BilingualText.of("a", "b"));
    OfficialSalary s2 = OfficialSalary.stated(new BigDecimal("100.0"), BilingualText.of("a", "b"));
    assertEquals(s1.hashCode(), s2.hashCode());
    assertNotEquals(s1.hashCode(),
        OfficialSalary.stated(new BigDecimal("101"), BilingualText.of("a", "b")).hashCode());
  }

  // ---------------------------------------------------------------- RecourseOfficial

  @Test
  void recourseOfficial_validationAndValueSemantics() {
    OfficialSalary s = OfficialSalary.stated(new BigDecimal("1000"), BilingualText.of("a", "b"));
    RecourseOfficial o = RecourseOfficial.of("  Nguyễn Văn A ", Fault.NEGLIGENT, s);
    assertEquals("Nguyễn Văn A", o.name());
    assertSame(s, o.salary());
    assertEquals(Fault.NEGLIGENT, o.fault());
    assertEquals(Optional.empty(), o.councilChoice());
    assertEquals(Optional.empty(), o.councilChoiceInMonths());
    assertEquals(Optional.empty(), o.choiceAmount());
    assertEquals("RecourseOfficial[Nguyễn Văn A, NEGLIGENT]", o.toString());
    assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class,
        () -> RecourseOfficial.of(" ", Fault.NEGLIGENT, s)).getMessage());
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> RecourseOfficial.of(null, Fault.NEGLIGENT, s)).getMessage());
    assertEquals("fault", assertThrows(NullPointerException.class,
        () -> RecourseOfficial.of("A", null, s)).getMessage());
    assertEquals("salary", assertThrows(NullPointerException.class,
        () -> RecourseOfficial.of("A", Fault.NEGLIGENT, null)).getMessage());

    RecourseOfficial chosen = o.withCouncilChoice(Vnd.ZERO);
    assertEquals(Optional.of(Vnd.ZERO), chosen.councilChoice());
    assertEquals(Optional.of(Vnd.ZERO), chosen.choiceAmount());
    assertEquals("amount must not be negative, but was -1 VND",
        assertThrows(IllegalArgumentException.class, () -> o.withCouncilChoice(Vnd.of(-1)))
            .getMessage());
    assertEquals("amount", assertThrows(NullPointerException.class,
        () -> o.withCouncilChoice(null)).getMessage());

    // 1.5 months of 1,000.5 đồng = 1,500.75 → rounded down to 1,500
    RecourseOfficial months = RecourseOfficial.of("B", Fault.INTENTIONAL,
        OfficialSalary.stated(new BigDecimal("1000.5"), BilingualText.of("a", "b")))
        .withCouncilChoiceInMonths(new BigDecimal("1.5"));
    assertEquals(Optional.of(new BigDecimal("1.5")), months.councilChoiceInMonths());
    assertEquals(Optional.empty(), months.councilChoice());
    assertEquals(Optional.of(Vnd.of(1500)), months.choiceAmount());
    assertEquals("months must be positive, but was 0", assertThrows(IllegalArgumentException.class,
        () -> o.withCouncilChoiceInMonths(BigDecimal.ZERO)).getMessage());
    assertEquals("months", assertThrows(NullPointerException.class,
        () -> o.withCouncilChoiceInMonths(null)).getMessage());

    RecourseOfficial same = RecourseOfficial.of("Nguyễn Văn A", Fault.NEGLIGENT, s);
    assertEquals(o, same);
    assertEquals(o.hashCode(), same.hashCode());
    assertNotEquals(o.hashCode(), RecourseOfficial.of("Nguyễn Văn B", Fault.NEGLIGENT, s).hashCode());
    assertNotEquals(o, RecourseOfficial.of("Nguyễn Văn B", Fault.NEGLIGENT, s));
    assertNotEquals(o, RecourseOfficial.of("Nguyễn Văn A", Fault.INTENTIONAL, s));
    assertNotEquals(o, RecourseOfficial.of("Nguyễn Văn A", Fault.NEGLIGENT,
        OfficialSalary.stated(new BigDecimal("1001"), BilingualText.of("a", "b"))));
    assertNotEquals(o, chosen);
    assertNotEquals(o, o.withCouncilChoiceInMonths(BigDecimal.ONE));
    assertNotEquals(o, "A");
  }
}
