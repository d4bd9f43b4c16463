package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison of the claim with the assessment, the negotiation and the decision, row by row. */
class DamageComparisonEdgeCasesTest {

  private static final ValuationMoment MOMENT = ValuationMoment.acceptance(LocalDate.of(2024, 9, 2));

  private static DamageAssessment assessed(long property) {
    return DamageAssessment.of(MOMENT, List.of(DamageAssessment.Item.manual(DamageType.PROPERTY,
        Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 1),
        BilingualText.of("xe máy bị mất", "motorbike lost")).valued(Vnd.of(property))),
        LegalParameters.vietnam());
  }

  private static ClaimContent claimed(long property) {
    return ClaimContent.builder()
        .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(property))).build();
  }

  /** Claimed 1,200, assessed 1,000, agreed 1,100 (Điều 46.7), decided 1,100 (Điều 47). */
  @Test
  void everyRowInBothLanguages() {
    DamageAssessment.Comparison c = assessed(1_000)
        .compare(claimed(1_200), Optional.of(Vnd.of(1_100)), Optional.of(Vnd.of(1_100)));
    assertEquals(Optional.of(Vnd.of(1_100)), c.agreed());
    assertEquals("Comparison[claimed 1200 VND, decided 1100 VND]", c.toString());
    Explanation e = c.explain();
    assertEquals("So sánh: yêu cầu 1.200 đồng, xác định 1.000 đồng", e.text().vietnamese());
    assertEquals("Comparison: claimed VND 1,200, assessed VND 1,000", e.text().english());
    List<Explanation> rows = e.children();
    assertEquals(5, rows.size());
    assertEquals("Thiệt hại do tài sản bị xâm phạm: yêu cầu 1.200 đồng, xác định 1.000 đồng",
        rows.get(0).text().vietnamese());
    assertEquals("Damage to property: claimed VND 1,200, assessed VND 1,000",
        rows.get(0).text().english());
    assertEquals(List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23)),
        rows.get(0).citations());
    assertEquals("Thỏa thuận khi thương lượng: 1.100 đồng", rows.get(1).text().vietnamese());
    assertEquals("Agreed in the negotiation: VND 1,100", rows.get(1).text().english());
    assertEquals("Compensation decision: VND 1,100", rows.get(2).text().english());
    assertEquals("Chênh lệch quyết định − xác định: 100 đồng", rows.get(3).text().vietnamese());
    assertEquals("Difference decided − assessed: VND 100", rows.get(3).text().english());
    assertEquals("Chênh lệch quyết định − yêu cầu: -100 đồng", rows.get(4).text().vietnamese());
    assertEquals("Difference decided − claimed: VND -100", rows.get(4).text().english());
  }

  /** Nothing agreed or decided yet: the rows say so, and no difference is computed. */
  @Test
  void nothingAgreedOrDecided() {
    DamageAssessment.Comparison c = assessed(1_000)
        .compare(claimed(1_200), Optional.empty(), Optional.empty());
    assertEquals(Optional.empty(), c.agreed());
    assertEquals("Comparison[claimed 1200 VND, decided none]", c.toString());
    List<Explanation> rows = c.explain().children();
    assertEquals(3, rows.size());
    assertEquals("Thỏa thuận khi thương lượng: chưa có", rows.get(1).text().vietnamese());
    assertEquals("Agreed in the negotiation: none", rows.get(1).text().english());
    assertEquals("Quyết định giải quyết bồi thường: chưa có", rows.get(2).text().vietnamese());
  }

  /** An assessment with a pending item: its type is incomplete, decided − assessed is not shown. */
  @Test
  void incompleteAssessment() {
    DamageAssessment a = DamageAssessment.of(MOMENT, List.of(DamageAssessment.Item.manual(
        DamageType.PROPERTY, Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 1),
        BilingualText.of("xe máy bị mất", "motorbike lost"))), LegalParameters.vietnam());
    DamageAssessment.Comparison c = a.compare(claimed(1_200), Optional.empty(),
        Optional.of(Vnd.of(900)));
    assertEquals("Comparison: claimed VND 1,200, assessed incomplete", c.explain().text().english());
    assertEquals("So sánh: yêu cầu 1.200 đồng, xác định chưa đủ", c.explain().text().vietnamese());
    List<Explanation> rows = c.explain().children();
    assertEquals("Damage to property: claimed VND 1,200, assessed incomplete (valuation required)",
        rows.get(0).text().english());
    assertEquals(4, rows.size());
    assertEquals("Difference decided − claimed: VND -300", rows.get(3).text().english());
  }
}
