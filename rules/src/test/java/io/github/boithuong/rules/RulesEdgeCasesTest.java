package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges shared by every rule: identity, a date the calendar cannot count, chosen rule sets. */
class RulesEdgeCasesTest {

  @Test
  void standardRules_haveStableIds_inOrder() {
    assertEquals(List.of("negotiation-participation", "decision-cancellation", "funding-review", "limitation",
        "acceptance", "right-to-sue", "documents-to-state-management", "honour-restoration"),
        RuleSet.standard().rules().stream().map(Rule::id).toList());
  }

  /**
   * A dossier received 31/12/1999, before the calendar's first day 01/01/2000: no working day can be
   * counted from it, so no rule concludes; each says which date is out of range.
   */
  @Test
  void everyRule_eventOutsideTheCalendar_isUndecidable() {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .with(new DossierReceived(d(1999, 12, 31), FilingMethod.IN_PERSON));
    for (Rule rule : RuleSet.standard().rules()) {
      Verdict v = rule.evaluate(claim, at(2024, 3, 20));
      assertEquals(Outcome.UNDECIDABLE, v.outcome(), rule.id());
      assertEquals(rule.id(), v.ruleId());
      assertEquals(List.of("CALENDAR_DATE_OUT_OF_RANGE"), v.findings().stream().map(Finding::code).toList(), rule.id());
      assertEquals(Map.of("dates", "1999-12-31", "from", "2000-01-01", "to", "2199-12-31"),
          v.findings().get(0).facts(), rule.id());
    }
  }

  @Test
  void chosenRuleSet_evaluatesOnlyItsRules() {
    RuleSet set = RuleSet.of(List.of(new LimitationRule(), new AcceptanceRule()));
    assertEquals(List.of("limitation", "acceptance"), set.rules().stream().map(Rule::id).toList());
    Assessment a = set.assess(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT), at(2024, 3, 20));
    assertEquals(List.of("limitation", "acceptance"), a.verdicts().stream().map(Verdict::ruleId).toList());
  }

  /** Thông tư 08/2019/TT-BTP Điều 26: who reports, named in both languages. */
  @Test
  void reportingAuthority_labelsAndCitation() {
    assertEquals("the provincial People's Committee", ReportingAuthority.PROVINCIAL_PEOPLES_COMMITTEE.label(Locale.ENGLISH));
    assertEquals("Ủy ban nhân dân cấp tỉnh", ReportingAuthority.PROVINCIAL_PEOPLES_COMMITTEE.label(VI));
    assertEquals("Tòa án nhân dân tối cao", ReportingAuthority.SUPREME_PEOPLES_COURT.label(VI));
    for (ReportingAuthority a : ReportingAuthority.values()) {
      assertEquals(Citation.of(LegalText.CIRCULAR_08_2019, 26), a.citation());
    }
  }

  @Test
  void showText_isBilingual() {
    assertEquals(BilingualText.of("hạn", "due"), Show.text("hạn", "due"));
  }
}
