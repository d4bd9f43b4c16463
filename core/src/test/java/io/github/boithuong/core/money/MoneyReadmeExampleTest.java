package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.DamageType;
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

/** The README's "Money and reports" example, verbatim, with its stated results. */
class MoneyReadmeExampleTest {

  @Test
  void readmeExample() {
    LegalParameters parameters = LegalParameters.vietnam();
    Locale vi = Locale.forLanguageTag("vi");

    // Mental damage (Điều 27.3.b): 287 days of temporary detention, valued on the day the
    // dossier was accepted (Điều 22.2); travel costs need invoices (Điều 28.2.a).
    DamageAssessment damages = DamageAssessment.of(
        ValuationMoment.acceptance(LocalDate.of(2024, 9, 2)),
        List.of(DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287),
            DamageAssessment.Item.manual(DamageType.OTHER_COSTS,
                Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 28, 2, "a"),
                BilingualText.of("chi phí đi lại", "travel costs"))),
        parameters);
    assertEquals(Vnd.of(152_631_818), damages.valuedTotal());     // 287 × 5 × 2,340,000 / 22
    assertEquals(1, damages.pending().size());                      // travel costs
    assertEquals(Vnd.of(76_315_909), damages.advance().minimum()); // Điều 44.4: at least 50%

    // Recourse (Điều 65; Nghị định 68/2018 Điều 26): the State paid 500,000,000 đồng.
    OfficialSalary salary = OfficialSalary.atRecourseDecision(
        new BigDecimal("2.34"), LocalDate.of(2024, 12, 10), parameters);   // 5,475,600 a month
    RecourseAssessment recourse = RecourseAssessment.of(Vnd.of(500_000_000),
        List.of(RecourseOfficial.of("Trần Văn B", Fault.INTENTIONAL, salary)));
    assertEquals("Trần Văn B: Hội đồng xem xét trách nhiệm hoàn trả phải chọn mức hoàn trả từ"
        + " 219.024.000 đồng đến 250.000.000 đồng", recourse.problems().get(0).message(vi));

    recourse = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
        RecourseOfficial.of("Trần Văn B", Fault.INTENTIONAL, salary)
            .withCouncilChoiceInMonths(new BigDecimal("45"))));
    assertEquals(Optional.of(Vnd.of(246_402_000)), recourse.total());
    String text = recourse.explain().render(vi);
    assertTrue(text.startsWith("- Hoàn trả: số tiền Nhà nước đã bồi thường 500.000.000 đồng;"
        + " tổng mức hoàn trả 246.402.000 đồng"), text);
    assertTrue(text.contains("điểm b khoản 2 Điều 26 Nghị định 68/2018/NĐ-CP"), text);
  }
}
