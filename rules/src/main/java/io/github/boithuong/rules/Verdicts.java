package io.github.boithuong.rules;

import java.util.List;

/** The outcome that findings imply, shared by the rules. */
final class Verdicts {
  private Verdicts() {}

  /**
   * Not applicable if so; otherwise any error means the case does not comply, missing facts mean no
   * conclusion can be drawn, and otherwise it complies.
   */
  static Verdict of(Rule rule, boolean applicable, List<Finding> findings, List<Finding> missingFacts) {
    Outcome outcome;
    if (!applicable) {
      outcome = Outcome.NOT_APPLICABLE;
    } else if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      outcome = Outcome.DOES_NOT_COMPLY;
    } else if (!missingFacts.isEmpty()) {
      outcome = Outcome.UNDECIDABLE;
    } else {
      outcome = Outcome.COMPLIES;
    }
    return new Verdict(rule, outcome, findings, missingFacts);
  }
}
