package io.github.boithuong.rules;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.List;

/**
 * A legal rule of the state-compensation procedure, as a pure, stateless evaluator: given a case and
 * a context (the date "as of" and the calendar), it returns an explained {@link Verdict}. Legal
 * outcomes are values, never exceptions.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * Gets the stable identifier of the rule, e.g. {@code negotiation-participation}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Gets the name of the rule in Vietnamese and English.
   *
   * @return the name, not null
   */
  BilingualText name();

  /**
   * Gets the provisions the rule applies.
   *
   * @return the citations, unmodifiable, not empty
   */
  List<Citation> citations();

  /**
   * Evaluates the rule on a case.
   *
   * @param claim the case, not null
   * @param context the date and calendar to evaluate with, not null
   * @return the verdict, not null
   * @throws NullPointerException if an argument is null
   */
  Verdict evaluate(Claim claim, RuleContext context);
}
