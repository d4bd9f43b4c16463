package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recourse tiers of Nghị định 68/2018 Điều 26.2 (law digest A.10, procedure §14) on a stated
 * salary of 1,000 đồng a month, so that every amount is easy to check by hand.
 */
class RecourseLevelMutationTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static OfficialSalary salary(String monthly) {
    return OfficialSalary.stated(new BigDecimal(monthly), BilingualText.of("bảng lương", "payslip"));
  }

  private static RecourseAssessment.Share share(long paid, RecourseOfficial official) {
    return RecourseAssessment.of(Vnd.of(paid), List.of(official)).shares().get(0);
  }

  private static List<Explanation> levelSteps(RecourseAssessment.Share s) {
    return s.explain().children().get(0).children();
  }

  /** 70 months paid: 30 months (30,000) to 50% of the amount (35,000), which is below 40 months. */
  @Test
  void tierC_capIsHalfTheAmount() {
    RecourseAssessment.Share s = share(70_000,
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000")));
    assertEquals(Vnd.of(30_000), s.minimum());
    assertEquals(Vnd.of(35_000), s.maximum());
    assertTrue(s.isRange());
    assertEquals(List.of(Citation.of(LegalText.DECREE_68_2018, 26, 2, "c"),
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "b")), s.tierCitations());
    assertEquals("Số tiền đã bồi thường từ 60 đến 80 tháng lương: từ 30 đến dưới 40 tháng lương,"
        + " tối đa 50%", s.tier(VI));
    assertEquals("Amount paid 60 to 80 months' salary: 30 to under 40 months' salary, at most 50%",
        s.tier(Locale.ENGLISH));
    Explanation level = s.explain().children().get(0);
    assertEquals("Mức hoàn trả theo mức độ lỗi và số tiền đã bồi thường: từ 30.000 đồng đến"
        + " 35.000 đồng", level.text().vietnamese());
    assertEquals("Recourse by fault and amount paid: from VND 30,000 to VND 35,000",
        level.text().english());
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 1)),
        level.citations());
    List<Explanation> steps = levelSteps(s);
    assertEquals(3, steps.size());
    assertEquals("Số tiền Nhà nước đã bồi thường: 70.000 đồng ≈ 70 tháng lương",
        steps.get(1).text().vietnamese());
    assertEquals("Amount the State paid: VND 70,000 ≈ 70 months' salary",
        steps.get(1).text().english());
    assertEquals(s.tier(VI) + " → từ 30.000 đồng đến 35.000 đồng (tối đa 50% số tiền đã bồi thường"
        + " = 35.000 đồng); Hội đồng xem xét trách nhiệm hoàn trả chọn mức trong khoảng này",
        steps.get(2).text().vietnamese());
    assertEquals(s.tier(Locale.ENGLISH) + " → from VND 30,000 to VND 35,000 (at most 50% of the"
        + " amount paid = VND 35,000); the recourse council chooses the amount in this range",
        steps.get(2).text().english());
    assertEquals(Optional.empty(), s.amount());
    assertEquals(Optional.empty(), s.individualAmount());
  }

  /** Exactly 80 months: 50% equals 40 months, so the cap is "under 40 months": 39,999. */
  @Test
  void tierC_atEightyMonths_capIsUnderFortyMonths() {
    RecourseAssessment.Share s = share(80_000,
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000")));
    assertEquals(Vnd.of(30_000), s.minimum());
    assertEquals(Vnd.of(39_999), s.maximum());
    assertTrue(levelSteps(s).get(2).text().vietnamese()
        .contains("→ từ 30.000 đồng đến 39.999 đồng (dưới 40.000 đồng)"));
    assertTrue(levelSteps(s).get(2).text().english()
        .contains("→ from VND 30,000 to VND 39,999 (under VND 40,000)"));
  }

  /**
   * A salary of 1,000.01: 30 months = 30,000.3, so the range starts at 30,001 (rounded up, the
   * exact bound shown); 70,000 paid caps at 35,000.
   */
  @Test
  void tierC_fractionalLowBound() {
    RecourseAssessment.Share s = share(70_000,
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000.01")));
    assertEquals(Vnd.of(30_001), s.minimum());
    assertEquals(Vnd.of(35_000), s.maximum());
    assertTrue(levelSteps(s).get(2).text().vietnamese()
        .contains("→ từ 30.001 đồng (≥ 30.000,3 đồng) đến 35.000 đồng"),
        levelSteps(s).get(2).text().vietnamese());
    assertTrue(levelSteps(s).get(2).text().english()
        .contains("→ from VND 30,001 (≥ VND 30,000.3) to VND 35,000"));
  }

  /**
   * Salary 1,000.01, paid 60,001 (≥ 60 months = 60,000.6): the range would be 30,001 (30,000.3
   * rounded up) to 30,000 (50% = 30,000.5 rounded down): no whole amount, the 50% cap prevails.
   */
  @Test
  void tierC_emptyRangeAfterRounding_capPrevails() {
    RecourseAssessment.Share s = share(60_001,
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000.01")));
    assertFalse(s.isRange());
    assertEquals(Vnd.of(30_000), s.minimum());
    assertEquals(Vnd.of(30_000), s.maximum());
    assertEquals(Optional.of(Vnd.of(30_000)), s.amount());
    String vi = levelSteps(s).get(2).text().vietnamese();
    assertTrue(vi.endsWith("; làm tròn đến đồng không còn số tiền nào trong khoảng: áp dụng mức"
        + " tối đa 50% = 30.000 đồng"), vi);
    assertTrue(levelSteps(s).get(2).text().english().endsWith("; rounding to the đồng leaves no"
        + " amount in the range: the 50% cap applies = VND 30,000"));
    assertEquals("Mức hoàn trả theo mức độ lỗi và số tiền đã bồi thường: 30.000 đồng",
        s.explain().children().get(0).text().vietnamese());
    assertEquals("Recourse by fault and amount paid: VND 30,000",
        s.explain().children().get(0).text().english());
  }

  /** A choice in months: 32.5 months of 1,000 = 32,500, within 30,000–35,000. */
  @Test
  void councilChoiceInMonths_isExplained() {
    RecourseAssessment.Share s = share(70_000, RecourseOfficial.of("A", Fault.INTENTIONAL,
        salary("1000")).withCouncilChoiceInMonths(new BigDecimal("32.5")));
    assertEquals(Optional.of(Vnd.of(32_500)), s.amount());
    Explanation choice = s.explain().children().get(1);
    assertEquals("Hội đồng chọn 32,5 tháng lương = 32.500 đồng (trong khoảng)",
        choice.text().vietnamese());
    assertEquals("The council chose 32.5 months' salary = VND 32,500 (within the range)",
        choice.text().english());
    assertEquals(List.of(Citation.of(LegalText.DECREE_68_2018, 28, 6, "c"),
        Citation.of(LegalText.DECREE_68_2018, 29, 3)), choice.citations());
    // a choice in đồng at both ends of the range is allowed
    assertEquals(Optional.of(Vnd.of(30_000)), share(70_000, RecourseOfficial.of("A",
        Fault.INTENTIONAL, salary("1000")).withCouncilChoice(Vnd.of(30_000))).amount());
    assertEquals(Optional.of(Vnd.of(35_000)), share(70_000, RecourseOfficial.of("A",
        Fault.INTENTIONAL, salary("1000")).withCouncilChoice(Vnd.of(35_000))).amount());
    assertEquals("Hội đồng chọn 35.000 đồng (trong khoảng)", share(70_000, RecourseOfficial.of("A",
        Fault.INTENTIONAL, salary("1000")).withCouncilChoice(Vnd.of(35_000))).explain().children()
        .get(1).text().vietnamese());
  }

  /** A fixed tier: the same amount as the law's may be "chosen"; another may not. */
  @Test
  void fixedTier_choiceEqualToTheLaw_isAccepted() {
    RecourseOfficial a = RecourseOfficial.of("A", Fault.NEGLIGENT, salary("1000"));
    // 9 months paid (more than 8 up to 10): 4 months = 4,000 (Nghị định 68/2018 Điều 26.3.b)
    assertEquals(Optional.of(Vnd.of(4_000)), share(9_000, a.withCouncilChoice(Vnd.of(4_000)))
        .amount());
    RecourseAssessment wrong = RecourseAssessment.of(Vnd.of(9_000),
        List.of(a.withCouncilChoice(Vnd.of(4_001))));
    MoneyProblem p = wrong.problems().get(0);
    assertEquals(MoneyProblem.Code.CHOICE_NOT_ALLOWED, p.code());
    assertEquals("A: mức hoàn trả do luật ấn định là 4.000 đồng; Hội đồng không chọn được mức khác"
        + " (4.001 đồng)", p.message(VI));
    assertEquals("A: the law fixes the recourse at VND 4,000; the council cannot choose another"
        + " amount (VND 4,001)", p.message(Locale.ENGLISH));
    assertEquals(List.of(Citation.of(LegalText.DECREE_68_2018, 26, 3, "b"),
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 65, 2, "c")), p.citations());
    assertEquals(Optional.empty(), wrong.total());
    assertFalse(wrong.isComplete());
    assertTrue(wrong.validate().isInvalid());
    assertEquals("RecourseAssessment[paid 9000 VND, 1 problems]", wrong.toString());
    assertEquals("Share[A, undetermined]", wrong.shares().get(0).toString());
    assertEquals("Hoàn trả: số tiền Nhà nước đã bồi thường 9.000 đồng; còn vấn đề cần giải quyết (1)",
        wrong.explain().text().vietnamese());
    assertEquals("Recourse: the State paid VND 9,000; problems to resolve (1)",
        wrong.explain().text().english());
    assertEquals("A (lỗi vô ý): chưa xác định được mức hoàn trả",
        wrong.shares().get(0).explain().text().vietnamese());
  }

  @Test
  void outsideTheRange_messages() {
    RecourseOfficial a = RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000"));
    MoneyProblem high = RecourseAssessment.of(Vnd.of(70_000),
        List.of(a.withCouncilChoice(Vnd.of(35_001)))).problems().get(0);
    assertEquals("A: mức Hội đồng chọn 35.001 đồng nằm ngoài khoảng từ 30.000 đồng đến 35.000 đồng",
        high.message(VI));
    assertEquals("A: the council's amount VND 35,001 is outside the range VND 30,000 to VND 35,000",
        high.message(Locale.ENGLISH));
    assertEquals(MoneyProblem.Code.CHOICE_OUTSIDE_RANGE, RecourseAssessment.of(Vnd.of(70_000),
        List.of(a.withCouncilChoice(Vnd.of(29_999)))).problems().get(0).code());
    MoneyProblem missing = RecourseAssessment.of(Vnd.of(70_000), List.of(a)).problems().get(0);
    assertEquals("A: Hội đồng xem xét trách nhiệm hoàn trả phải chọn mức hoàn trả từ 30.000 đồng"
        + " đến 35.000 đồng", missing.message(VI));
    assertEquals("A: the recourse council must choose the amount from VND 30,000 to VND 35,000",
        missing.message(Locale.ENGLISH));
  }

  /**
   * Two officials each owing 50% of 10,000 paid (less than 60 months): together exactly the
   * amount paid, so nobody is scaled (Điều 65.3 caps the total at the amount paid).
   */
  @Test
  void twoOfficials_totalEqualToTheAmountPaid_isNotScaled() {
    RecourseAssessment r = RecourseAssessment.of(Vnd.of(10_000), List.of(
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000")),
        RecourseOfficial.of("B", Fault.INTENTIONAL, salary("1000"))));
    assertEquals(Optional.of(Vnd.of(10_000)), r.total());
    assertEquals(Optional.of(Vnd.of(5_000)), r.shares().get(0).amount());
    assertEquals(0, r.shares().get(0).proportion().orElseThrow().compareTo(new BigDecimal("0.5")));
    assertEquals(RecourseAssessment.SplitReading.INDIVIDUAL_AMOUNTS_CAPPED, r.reading());
    assertEquals(Vnd.of(10_000), r.amountPaid());
    assertEquals(1, r.shares().get(0).explain().children().size());
    List<Explanation> children = r.explain().children();
    assertEquals(3, children.size());
    assertEquals("Nhiều người cùng gây thiệt hại: tổng các mức hoàn trả riêng 10.000 đồng không"
        + " vượt số tiền đã bồi thường 10.000 đồng: mỗi người hoàn trả mức của mình",
        children.get(2).text().vietnamese());
    assertEquals("RecourseAssessment[paid 10000 VND, total 10000 VND]", r.toString());
    assertEquals("Share[A, 5000 VND]", r.shares().get(0).toString());
    assertEquals("Hoàn trả: số tiền Nhà nước đã bồi thường 10.000 đồng; tổng mức hoàn trả"
        + " 10.000 đồng", r.explain().text().vietnamese());
    assertEquals("A (lỗi cố ý nhưng chưa đến mức bị truy cứu trách nhiệm hình sự): mức hoàn trả"
        + " 5.000 đồng", r.shares().get(0).explain().text().vietnamese());
    assertTrue(r.validate().isValid());
  }

  /** Three officials owing 5,000 each of 10,000 paid: each 10,000 × 5,000 / 15,000 = 3,333. */
  @Test
  void threeOfficials_aboveTheAmountPaid_areScaledDown() {
    RecourseOfficial a = RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000"));
    RecourseAssessment r = RecourseAssessment.of(Vnd.of(10_000), List.of(a,
        RecourseOfficial.of("B", Fault.INTENTIONAL, salary("1000")),
        RecourseOfficial.of("C", Fault.INTENTIONAL, salary("1000"))));
    assertEquals(Optional.of(Vnd.of(3_333)), r.shares().get(0).amount());
    assertEquals(Optional.of(Vnd.of(5_000)), r.shares().get(0).individualAmount());
    assertEquals(Optional.of(Vnd.of(9_999)), r.total());
    Explanation split = r.shares().get(0).explain().children().get(1);
    assertEquals("Chia theo tỷ lệ: 10.000 đồng × 5.000 đồng / 15.000 đồng (33,3333%) = 3.333 đồng"
        + " (làm tròn xuống)", split.text().vietnamese());
    assertEquals("Proportional split: VND 10,000 × VND 5,000 / VND 15,000 (33.3333%) = VND 3,333"
        + " (rounded down)", split.text().english());
    assertEquals("Nhiều người cùng gây thiệt hại: tổng các mức hoàn trả riêng 15.000 đồng vượt số"
        + " tiền đã bồi thường 10.000 đồng: chia theo tỷ lệ để tổng bằng số tiền đã bồi thường",
        r.explain().children().get(3).text().vietnamese());
    // one official alone: no proportion, no split step
    RecourseAssessment alone = RecourseAssessment.of(Vnd.of(10_000), List.of(a));
    assertEquals(Optional.empty(), alone.shares().get(0).proportion());
    assertEquals(1, alone.explain().children().size());
  }

  /**
   * Salary 1,000.01, paid 60,002: 30 months = 30,000.3 rounds up to 30,001 and 50% = 30,001: the
   * range holds exactly one whole amount, which is not the "no amount left" case.
   */
  @Test
  void tierC_rangeOfOneWholeAmount() {
    RecourseAssessment.Share s = share(60_002,
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000.01")));
    assertEquals(Vnd.of(30_001), s.minimum());
    assertEquals(Vnd.of(30_001), s.maximum());
    assertFalse(s.isRange());
    String vi = levelSteps(s).get(2).text().vietnamese();
    assertFalse(vi.contains("không còn số tiền nào"), vi);
    assertTrue(vi.contains("→ từ 30.001 đồng (≥ 30.000,3 đồng) đến 30.001 đồng"), vi);
  }

  /** One official under the Decree's literal reading: nothing to share, the own amount stays. */
  @Test
  void oneOfficial_decreeReading_keepsTheOwnAmount() {
    RecourseAssessment r = RecourseAssessment.of(Vnd.of(10_000), List.of(
        RecourseOfficial.of("A", Fault.INTENTIONAL, salary("1000"))),
        RecourseAssessment.SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID);
    assertEquals(Optional.of(Vnd.of(5_000)), r.shares().get(0).amount());
    assertEquals(Optional.empty(), r.shares().get(0).proportion());
    assertEquals(RecourseAssessment.SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID, r.reading());
  }

  /** 1 đồng paid, negligent: 50% rounds down to 0 for each; nothing to share, no proportion. */
  @Test
  void twoOfficials_owingNothing() {
    RecourseAssessment r = RecourseAssessment.of(Vnd.of(1), List.of(
        RecourseOfficial.of("A", Fault.NEGLIGENT, salary("1000")),
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary("1000"))));
    assertEquals(Optional.of(Vnd.ZERO), r.total());
    assertEquals(Optional.of(Vnd.ZERO), r.shares().get(0).amount());
    assertEquals(Optional.empty(), r.shares().get(0).proportion());
    // the Decree's literal reading has nothing to split either
    RecourseAssessment literal = RecourseAssessment.of(Vnd.of(1), List.of(
        RecourseOfficial.of("A", Fault.NEGLIGENT, salary("1000")),
        RecourseOfficial.of("B", Fault.NEGLIGENT, salary("1000"))),
        RecourseAssessment.SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID);
    assertEquals(Optional.of(Vnd.ZERO), literal.total());
  }
}
