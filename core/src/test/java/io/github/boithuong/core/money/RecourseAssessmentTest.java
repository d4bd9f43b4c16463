package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recourse (hoàn trả), Luật TNBTCNN 2017 Điều 64–65 and Nghị định 68/2018/NĐ-CP Điều 26, on the
 * official text (Pháp điển, linked to vbpl.vn ItemID 122863 and 128895).
 *
 * <p>The official's salary in every case: base salary 2,340,000 (from 01/07/2024) × grade
 * coefficient 2.34 = 5,475,600 đồng a month (Nghị định 68/2018 Điều 26.1). So 6 months =
 * 32,853,600; 8 = 43,804,800; 10 = 54,756,000; 60 = 328,536,000; 80 = 438,048,000; 100 =
 * 547,560,000.
 */
class RecourseAssessmentTest {

  static final long SALARY = 5_475_600;
  static final LocalDate DECISION = LocalDate.of(2024, 9, 10);

  static OfficialSalary salary() {
    return OfficialSalary.atRecourseDecision(new BigDecimal("2.34"), DECISION,
        LegalParameters.vietnam());
  }

  private static RecourseAssessment.Share one(long paid, Fault fault) {
    return RecourseAssessment.of(Vnd.of(paid), List.of(RecourseOfficial.of("A", fault, salary())))
        .shares().get(0);
  }

  @Test
  void salary_isBaseSalaryTimesGradeCoefficientAtTheDecision() {
    OfficialSalary s = salary();
    assertEquals(0, s.monthly().compareTo(BigDecimal.valueOf(SALARY)));
    assertEquals(2_340_000, s.baseSalary().get().value().longValueExact());
    assertTrue(s.explain().render(Locale.forLanguageTag("vi"))
        .contains("khoản 1 Điều 26 Nghị định 68/2018/NĐ-CP"));
    // Before leaving service in 2023: 1,800,000 × 2.34.
    OfficialSalary left = OfficialSalary.beforeLeavingService(new BigDecimal("2.34"),
        LocalDate.of(2023, 12, 31), LegalParameters.vietnam());
    assertEquals(0, left.monthly().compareTo(new BigDecimal("4212000")));
  }

  /**
   * Every tier boundary, intentional fault not criminal (Điều 65.2.b, 65.2.d; Nghị định 68/2018
   * Điều 26.2): "cao hơn 100" is strict; "từ trên 80 đến 100" includes 100 and excludes 80; "từ 60
   * đến 80" includes both; "thấp hơn 60" is strict.
   */
  @ParameterizedTest(name = "paid {0}: point {1}, {2} to {3}")
  @CsvSource({
      // paid,        point, minimum,   maximum     (months: why)
      "328535999,     d,     164267999, 164267999", // 60 months − 1 đồng: 50% (26.2.d, 65.2.d)
      "328536000,     c,     164268000, 164268000", // exactly 60: 30 months = 50% (26.2.c)
      "400000000,     c,     164268000, 200000000", // 73 months: 30 months to 50%
      "438048000,     c,     164268000, 219023999", // exactly 80: 30 to under 40 months (26.2.c)
      "438048001,     b,     219024000, 219024000", // 80 + 1 đồng: 40 months, capped at 50%
      "500000000,     b,     219024000, 250000000", // 91 months: 40 months to 50%
      "547560000,     b,     219024000, 273779999", // exactly 100: 40 to under 50 months (26.2.b)
      "547560001,     a,     273780000, 273780000", // 100 + 1 đồng: 50 months (26.2.a)
      "5000000000,    a,     273780000, 273780000"})
  void intentional_tierBoundaries(long paid, String point, long minimum, long maximum) {
    RecourseAssessment.Share s = one(paid, Fault.INTENTIONAL);
    assertEquals(Citation.of(LegalText.DECREE_68_2018, 26, 2, point), s.tierCitations().get(0));
    assertEquals(Vnd.of(minimum), s.minimum());
    assertEquals(Vnd.of(maximum), s.maximum());
    assertEquals(minimum != maximum, s.isRange());
    assertTrue(2 * maximum <= paid, "never more than 50% (Điều 65.2.b)");
  }

  /**
   * Every tier boundary, negligent fault (Điều 65.2.c, 65.2.d; Nghị định 68/2018 Điều 26.3): "cao
   * hơn 10" → 5 months; "từ trên 08 đến 10" → 4; "từ 06 đến 08" → 3; "thấp hơn 06" → 50%.
   */
  @ParameterizedTest(name = "paid {0}: point {1}, {2}")
  @CsvSource({
      "32853599, d, 16426799", // 6 months − 1 đồng: 50%, rounded down
      "32853600, c, 16426800", // exactly 6: 3 months (= 50%)
      "43804800, c, 16426800", // exactly 8: 3 months
      "43804801, b, 21902400", // 8 + 1 đồng: 4 months
      "54756000, b, 21902400", // exactly 10: 4 months
      "54756001, a, 27378000", // 10 + 1 đồng: 5 months
      "1000,     d, 500"})
  void negligent_tierBoundaries(long paid, String point, long amount) {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(paid),
        List.of(RecourseOfficial.of("A", Fault.NEGLIGENT, salary())));
    RecourseAssessment.Share s = a.shares().get(0);
    assertEquals(Citation.of(LegalText.DECREE_68_2018, 26, 3, point), s.tierCitations().get(0));
    assertFalse(s.isRange());
    assertTrue(a.isComplete());
    assertEquals(Vnd.of(amount), s.amount().get());
    assertEquals(Vnd.of(amount), a.total().get());
  }

  /** The 50% floor of Điều 65.2.d: an odd amount paid rounds the half down (M1). */
  @Test
  void fiftyPercent_ofAnOddAmountRoundsDown() {
    assertEquals(Vnd.of(5_000_000), one(10_000_001, Fault.NEGLIGENT).amount().get());
    assertEquals(Vnd.of(5_000_000), one(10_000_001, Fault.INTENTIONAL).amount().get());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "d"),
        one(10_000_001, Fault.INTENTIONAL).tierCitations().get(1));
  }

  /** Điều 65.2.a: intentional fault with a conviction repays the whole amount paid. */
  @Test
  void convicted_repaysTheWholeAmount() {
    RecourseAssessment.Share s = one(2_000_000_000L, Fault.INTENTIONAL_CONVICTED);
    assertEquals(Vnd.of(2_000_000_000L), s.amount().get());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "a"),
        s.tierCitations().get(0));
  }

  /** A range needs the council's choice: never a number picked by the library (Điều 26.2.b). */
  @Test
  void range_requiresTheCouncilsChoice() {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000),
        List.of(RecourseOfficial.of("Trần Văn B", Fault.INTENTIONAL, salary())));
    assertFalse(a.isComplete());
    assertTrue(a.total().isEmpty());
    assertTrue(a.shares().get(0).amount().isEmpty());
    assertEquals(MoneyProblem.Code.COUNCIL_CHOICE_REQUIRED, a.problems().get(0).code());
    assertTrue(a.problems().get(0).message(Locale.forLanguageTag("vi"))
        .contains("từ 219.024.000 đồng đến 250.000.000 đồng"), a.problems().get(0).toString());
    assertTrue(a.validate().isInvalid());

    RecourseAssessment chosen = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("Trần Văn B", Fault.INTENTIONAL, salary())
            .withCouncilChoiceInMonths(new BigDecimal("45"))));
    assertTrue(chosen.isComplete());
    assertEquals(Vnd.of(246_402_000), chosen.total().get()); // 45 × 5,475,600
    assertTrue(chosen.explain().render(Locale.ENGLISH).contains("The council chose 45 months"));
  }

  @Test
  void choice_outsideTheRangeOrAgainstAFixedTier_isAProblem() {
    // 50 months is "dưới 50" no more (Điều 26.2.b), and above 50% of 500,000,000.
    RecourseAssessment tooHigh = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("B", Fault.INTENTIONAL, salary())
            .withCouncilChoiceInMonths(BigDecimal.valueOf(50))));
    assertEquals(MoneyProblem.Code.CHOICE_OUTSIDE_RANGE, tooHigh.problems().get(0).code());
    RecourseAssessment tooLow = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("B", Fault.INTENTIONAL, salary()).withCouncilChoice(Vnd.of(219_023_999))));
    assertEquals(MoneyProblem.Code.CHOICE_OUTSIDE_RANGE, tooLow.problems().get(0).code());
    RecourseAssessment fixed = RecourseAssessment.of(Vnd.of(54_756_001), List.of(
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary()).withCouncilChoice(Vnd.of(20_000_000))));
    assertEquals(MoneyProblem.Code.CHOICE_NOT_ALLOWED, fixed.problems().get(0).code());
    RecourseAssessment same = RecourseAssessment.of(Vnd.of(54_756_001), List.of(
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary()).withCouncilChoice(Vnd.of(27_378_000))));
    assertTrue(same.isComplete());
  }

  /**
   * Several officials (Điều 65.3; Nghị định 68/2018 Điều 26.4), default reading M4: each repays the
   * amount of Điều 65.2 on the whole amount paid when the total stays within the amount paid.
   */
  @Test
  void severalOfficials_withinTheAmountPaid_eachRepaysTheirOwnAmount() {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary())
            .withCouncilChoiceInMonths(BigDecimal.valueOf(45)),
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary()),
        RecourseOfficial.of("C", Fault.NEGLIGENT, salary())));
    assertEquals(Vnd.of(246_402_000), a.shares().get(0).amount().get());
    assertEquals(Vnd.of(27_378_000), a.shares().get(1).amount().get());
    assertEquals(Vnd.of(27_378_000), a.shares().get(2).amount().get());
    assertEquals(Vnd.of(301_158_000), a.total().get());
    // The proportion of Điều 26.4.c is still reported: 27,378,000 / 301,158,000.
    assertEquals(0, a.shares().get(1).proportion().get()
        .compareTo(new BigDecimal("27378000").divide(new BigDecimal("301158000"),
            java.math.MathContext.DECIMAL64)));
  }

  /** Several officials whose amounts exceed the amount paid: split in proportion (26.4.b–d, 65.3). */
  @Test
  void severalOfficials_aboveTheAmountPaid_areScaledInProportion() {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("Convicted", Fault.INTENTIONAL_CONVICTED, salary()),
        RecourseOfficial.of("Negligent", Fault.NEGLIGENT, salary())));
    // Individual: 500,000,000 and 27,378,000; total 527,378,000 > 500,000,000.
    assertEquals(Vnd.of(474_043_285), a.shares().get(0).amount().get()); // 500M × 500M / 527.378M
    assertEquals(Vnd.of(25_956_714), a.shares().get(1).amount().get());
    assertEquals(Vnd.of(499_999_999), a.total().get()); // each rounded down: ≤ the amount paid
    assertTrue(a.explain().render(Locale.forLanguageTag("vi"))
        .contains("điểm d khoản 4 Điều 26 Nghị định 68/2018/NĐ-CP"));
  }

  /** The literal words of 26.4.d, as an option: the officials together repay the amount paid. */
  @Test
  void severalOfficials_decreeLiteralReading() {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary())
            .withCouncilChoiceInMonths(BigDecimal.valueOf(45)),
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary()),
        RecourseOfficial.of("C", Fault.NEGLIGENT, salary())),
        RecourseAssessment.SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID);
    assertEquals(Vnd.of(409_090_909), a.shares().get(0).amount().get());
    // More than 50% of the amount paid for a non-convicted official: why this is not the default.
    assertTrue(2 * 409_090_909L > 500_000_000L);
    assertEquals(Vnd.of(45_454_545), a.shares().get(1).amount().get());
    assertEquals(Vnd.of(499_999_999), a.total().get());
  }

  @Test
  void severalOfficials_everyMissingChoiceIsListed() {
    RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary()),
        RecourseOfficial.of("B", Fault.INTENTIONAL, salary())));
    assertEquals(2, a.problems().size());
    assertTrue(a.shares().stream().allMatch(s -> s.amount().isEmpty()));
  }

  @Test
  void programmingErrors_nameTheArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecourseAssessment.of(Vnd.ZERO, List.of(RecourseOfficial.of("A", Fault.NEGLIGENT,
            salary()))));
    assertTrue(e.getMessage().startsWith("amountPaid"));
    assertThrows(IllegalArgumentException.class, () -> RecourseAssessment.of(Vnd.of(1), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> OfficialSalary.atRecourseDecision(BigDecimal.ZERO, DECISION, LegalParameters.vietnam()));
    ParameterException p = assertThrows(ParameterException.class,
        () -> OfficialSalary.atRecourseDecision(BigDecimal.ONE, LocalDate.of(2017, 1, 1),
            LegalParameters.vietnam()));
    assertEquals(MoneyProblem.Code.BEFORE_FIRST_VALUE, p.problems().get(0).code());
  }
}
