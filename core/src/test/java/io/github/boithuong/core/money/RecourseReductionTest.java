package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Vnd;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reduction of the recourse (Luật TNBTCNN 2017 Điều 65.4; Nghị định 68/2018/NĐ-CP Điều 27) and
 * salary deductions (Điều 68.2).
 */
class RecourseReductionTest {

  private static final Vnd TO_REPAY = Vnd.of(27_378_000);

  private static RecourseReduction.Request eligible(Vnd repaid) {
    return RecourseReduction.request(TO_REPAY, repaid)
        .remediedProactively(true)
        .fulfilledObligations(true)
        .hardship(RecourseReduction.HardshipGround.SOLE_EARNER_WITH_DEPENDANTS);
  }

  /** Điều 65.4: at most 30% of the total to repay, rounded down: 8,213,400 of 27,378,000. */
  @Test
  void reduction_upToThirtyPercent() {
    assertEquals(Vnd.of(8_213_400), RecourseReduction.maximumReduction(TO_REPAY));
    RecourseReduction r = eligible(Vnd.of(13_689_000)).reduction(Vnd.of(8_213_400)).decide().get();
    assertEquals(Vnd.of(19_164_600), r.reducedAmount());
    assertEquals(Vnd.of(5_475_600), r.remaining()); // 19,164,600 − 13,689,000 (27.3.d)
    assertTrue(r.explain().render(Locale.forLanguageTag("vi")).contains("khoản 4 Điều 65"));
    Validation<Seq<MoneyProblem>, RecourseReduction> above =
        eligible(Vnd.of(13_689_000)).reduction(Vnd.of(8_213_401)).decide();
    assertEquals(MoneyProblem.Code.REDUCTION_OUT_OF_LIMITS, above.getError().head().code());
  }

  /** Điều 65.4.b: at least 50% already repaid; exactly half is enough, one đồng less is not. */
  @Test
  void reduction_needsHalfRepaid() {
    assertTrue(eligible(Vnd.of(13_689_000)).reduction(Vnd.of(1)).decide().isValid());
    Validation<Seq<MoneyProblem>, RecourseReduction> r =
        eligible(Vnd.of(13_688_999)).reduction(Vnd.of(1)).decide();
    assertEquals(MoneyProblem.Code.REDUCTION_CONDITION_NOT_MET, r.getError().head().code());
    assertTrue(r.getError().head().message(Locale.ENGLISH).contains("at least 50%"));
  }

  /** Every unmet condition is listed at once, each with its provision. */
  @Test
  void reduction_listsEveryProblem() {
    Validation<Seq<MoneyProblem>, RecourseReduction> r =
        RecourseReduction.request(TO_REPAY, Vnd.ZERO).reduction(Vnd.of(9_000_000)).decide();
    Set<String> cited = r.getError().toJavaStream()
        .flatMap(p -> p.citations().stream()).map(c -> c.formatShort(Locale.ENGLISH))
        .collect(Collectors.toSet());
    assertEquals(5, r.getError().size(), r.getError().toString());
    assertTrue(cited.contains("Art. 65(4)(a), Law on State Compensation Liability 2017"), cited.toString());
    assertTrue(cited.contains("Art. 65(4)(c), Law on State Compensation Liability 2017"), cited.toString());
  }

  /** Nghị định 68/2018 Điều 27.2.b grounds cite point b. */
  @Test
  void hardshipGrounds_citeDecree27() {
    assertEquals("điểm b khoản 2 Điều 27 Nghị định 68/2018/NĐ-CP",
        RecourseReduction.HardshipGround.GRAVE_ILLNESS.citation()
            .formatShort(Locale.forLanguageTag("vi")));
  }

  @Test
  void reduction_isTheHeadsChoice() {
    assertThrows(IllegalStateException.class, () -> eligible(Vnd.of(20_000_000)).decide());
  }

  /** Điều 68.2: monthly deductions of 10–30% of the monthly salary income. */
  @Test
  void salaryDeduction_limitsAndPlan() {
    assertEquals(Vnd.of(800_000), SalaryDeduction.minimum(Vnd.of(8_000_000)));
    assertEquals(Vnd.of(2_400_000), SalaryDeduction.maximum(Vnd.of(8_000_000)));
    // 10% rounded up, 30% rounded down (M1).
    assertEquals(Vnd.of(800_001), SalaryDeduction.minimum(Vnd.of(8_000_005)));
    assertEquals(Vnd.of(2_400_001), SalaryDeduction.maximum(Vnd.of(8_000_005)));
    SalaryDeduction plan =
        SalaryDeduction.plan(TO_REPAY, Vnd.of(8_000_000), Vnd.of(2_000_000)).get();
    assertEquals(14, plan.instalments());
    assertEquals(Vnd.of(1_378_000), plan.lastInstalment());
    assertEquals(MoneyProblem.Code.DEDUCTION_OUT_OF_LIMITS,
        SalaryDeduction.plan(TO_REPAY, Vnd.of(8_000_000), Vnd.of(2_400_001)).getError().head().code());
    assertEquals(MoneyProblem.Code.DEDUCTION_OUT_OF_LIMITS,
        SalaryDeduction.plan(TO_REPAY, Vnd.of(8_000_000), Vnd.of(799_999)).getError().head().code());
    assertEquals(1, SalaryDeduction.plan(Vnd.of(800_000), Vnd.of(8_000_000), Vnd.of(800_000))
        .get().instalments());
  }
}
