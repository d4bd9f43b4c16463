package io.github.boithuong.rules;

import io.github.boithuong.core.claim.Claim;
import java.util.Objects;
import java.util.Optional;

/**
 * What every rule does before judging a case, in one place: the null checks of a programming
 * error, and the undecidable verdict of a case with an event dated outside the calendar's range
 * (docs/interpretations.md P14). Rules extend it and implement {@link Rule}; it does not implement
 * {@code Rule} itself, so that rules stay independent of one another.
 */
abstract class GuardedRule {

  /** This rule, as the {@link Rule} its verdicts name: every subclass implements {@code Rule}. */
  private final Rule self = (Rule) this;

  /**
   * Evaluates the rule on a case: see {@link Rule#evaluate(Claim, RuleContext)}.
   *
   * @param claim the case, not null
   * @param context the date and the calendar, not null
   * @return the verdict, not null
   * @throws NullPointerException if an argument is null
   */
  public final Verdict evaluate(Claim claim, RuleContext context) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(context, "context");
    Optional<Verdict> outside = CalendarFindings.outsideRange(self, claim, context);
    return outside.isPresent() ? outside.get() : judge(claim, context);
  }

  /** Judges a case whose events all lie inside the calendar's range; arguments not null. */
  abstract Verdict judge(Claim claim, RuleContext context);
}
