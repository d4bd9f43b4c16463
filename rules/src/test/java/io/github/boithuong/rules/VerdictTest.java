package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.VI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Verdict} and {@link Verdicts}: outcome from the findings, order, rendering, explanation. */
class VerdictTest {

  private static final Citation ART_48 = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48);
  private static final Citation ART_48_5 = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 5);

  /** A rule that concludes nothing by itself: only its identity is used. */
  private static final Rule RULE = new Rule() {
    @Override
    public String id() {
      return "test-rule";
    }

    @Override
    public BilingualText name() {
      return BilingualText.of("Quy tắc thử", "Test rule");
    }

    @Override
    public List<Citation> citations() {
      return List.of(ART_48, ART_48_5);
    }

    @Override
    public Verdict evaluate(Claim claim, RuleContext context) {
      throw new UnsupportedOperationException();
    }
  };

  private static final Finding INFO = Finding.of("CANCELLATION_NO_GROUND", Severity.INFO).cite(ART_48).build();
  private static final Finding WARNING = Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(ART_48_5)
      .fact("date", "2024-03-26").build();
  private static final Finding ERROR = Finding.of("CANCELLATION_NOT_SENT_IMMEDIATELY", Severity.ERROR).cite(ART_48_5)
      .fact("date", "2024-03-26").build();
  private static final Finding MISSING = Finding.of("MISSING_BASIS_DOCUMENT_RECEIPT", Severity.WARNING).build();

  @Test
  void outcome_fromTheFindings() {
    assertEquals(Outcome.NOT_APPLICABLE, Verdicts.of(RULE, false, List.of(ERROR), List.of(MISSING)).outcome());
    assertEquals(Outcome.DOES_NOT_COMPLY, Verdicts.of(RULE, true, List.of(INFO, ERROR), List.of(MISSING)).outcome());
    assertEquals(Outcome.UNDECIDABLE, Verdicts.of(RULE, true, List.of(WARNING), List.of(MISSING)).outcome());
    assertEquals(Outcome.COMPLIES, Verdicts.of(RULE, true, List.of(WARNING, INFO), List.of()).outcome());
    assertEquals(Outcome.COMPLIES, Verdicts.of(RULE, true, List.of(), List.of()).outcome());
  }

  @Test
  void findings_mostSeriousFirst_stable_andBySeverity() {
    Finding info2 = Finding.of("CANCELLATION_WHO_48_3B", Severity.INFO).build();
    Verdict v = Verdicts.of(RULE, true, List.of(INFO, WARNING, info2, ERROR), List.of());
    assertEquals(List.of(ERROR, WARNING, INFO, info2), v.findings());
    assertEquals(List.of(INFO, info2), v.findings(Severity.INFO));
    assertEquals(List.of(ERROR), v.findings(Severity.ERROR));
    assertEquals(List.of(), Verdicts.of(RULE, true, List.of(INFO), List.of()).findings(Severity.WARNING));
    assertTrue(v.hasFinding("CANCELLATION_WHO_48_3B"));
    assertFalse(v.hasFinding("CANCELLATION_DUE"));
    assertEquals("test-rule", v.ruleId());
    assertEquals("Test rule", v.ruleName(Locale.ENGLISH));
    assertEquals("Quy tắc thử", v.ruleName(VI));
    assertEquals(List.of(ART_48, ART_48_5), v.ruleCitations());
  }

  @Test
  void render_headingThenFindingsThenMissingFacts() {
    Verdict v = Verdicts.of(RULE, true, List.of(INFO, WARNING), List.of(MISSING));
    String expected = "Test rule (" + ART_48.formatShort(Locale.ENGLISH) + "; " + ART_48_5.formatShort(Locale.ENGLISH)
        + "): CANNOT BE DECIDED FROM THE FACTS GIVEN\n"
        + "  - " + WARNING.render(Locale.ENGLISH) + "\n"
        + "  - " + INFO.render(Locale.ENGLISH) + "\n"
        + "  ? " + MISSING.render(Locale.ENGLISH);
    assertEquals(expected, v.render(Locale.ENGLISH));
    assertEquals(expected, v.toString());
    assertEquals("Quy tắc thử (" + ART_48.formatShort(VI) + "; " + ART_48_5.formatShort(VI) + "): ĐẠT",
        Verdicts.of(RULE, true, List.of(), List.of()).render(VI));
    assertEquals(List.of(MISSING), v.missingFacts());
  }

  @Test
  void explain_ruleAndOutcome_thenFindingsAndMissingFacts() {
    Verdict v = Verdicts.of(RULE, true, List.of(ERROR, INFO), List.of(MISSING));
    Explanation e = v.explain();
    assertEquals("Test rule: does not comply", e.text().english());
    assertEquals("Quy tắc thử: không đạt", e.text().vietnamese());
    assertEquals(List.of(ART_48, ART_48_5), e.citations());
    assertEquals(List.of(ERROR.explain(), INFO.explain(), MISSING.explain()), e.children());
  }
}
