package io.github.boithuong.rules;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a rule concluded on a case: the outcome, the findings that explain it, and, when the facts do
 * not allow a conclusion, the facts that are missing.
 *
 * <p>A verdict renders itself as text for an official ({@link #render(Locale)}) and is structured
 * data through its accessors.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verdict {

  private final String ruleId;
  private final BilingualText ruleName;
  private final List<Citation> ruleCitations;
  private final Outcome outcome;
  private final List<Finding> findings;
  private final List<Finding> missingFacts;

  Verdict(Rule rule, Outcome outcome, List<Finding> findings, List<Finding> missingFacts) {
    this.ruleId = rule.id();
    this.ruleName = rule.name();
    this.ruleCitations = rule.citations();
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparing(Finding::severity)); // stable: ERROR, WARNING, INFO
    this.findings = List.copyOf(sorted);
    this.missingFacts = List.copyOf(missingFacts);
  }

  /**
   * Gets the identifier of the rule, e.g. {@code negotiation-participation}.
   *
   * @return the rule's id, not null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Gets the rule's name in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String ruleName(Locale locale) {
    return ruleName.in(locale);
  }

  /**
   * Gets the provisions the rule applies.
   *
   * @return the citations, unmodifiable, not null
   */
  public List<Citation> ruleCitations() {
    return ruleCitations;
  }

  /**
   * Gets the outcome.
   *
   * @return the outcome, not null
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Gets the findings, most serious first.
   *
   * @return the findings, unmodifiable, not null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Gets the findings of one severity.
   *
   * @param severity the severity, not null
   * @return the findings, unmodifiable, not null
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether a finding with a code is present.
   *
   * @param code the code, not null
   * @return true if present
   */
  public boolean hasFinding(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /**
   * Gets the facts that are missing for a conclusion, each as a finding naming the fact.
   *
   * @return the missing facts, unmodifiable, empty unless the outcome is {@link Outcome#UNDECIDABLE}
   */
  public List<Finding> missingFacts() {
    return missingFacts;
  }

  /**
   * Renders the verdict for an official: a heading with the rule, its provisions and the outcome,
   * then one line per finding and per missing fact.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, lines separated by {@code \n}, not null
   */
  public String render(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(ruleName.in(locale) + " ("
        + ruleCitations.stream().map(c -> c.formatShort(locale)).collect(Collectors.joining("; "))
        + "): " + outcome.label(locale).toUpperCase(locale));
    for (Finding f : findings) {
      lines.add("  - " + f.render(locale));
    }
    for (Finding f : missingFacts) {
      lines.add("  ? " + f.render(locale));
    }
    return String.join("\n", lines);
  }

  /**
   * Explains the verdict as a tree: the rule and outcome, then its findings and missing facts.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    List<Explanation> children = new ArrayList<>();
    findings.forEach(f -> children.add(f.explain()));
    missingFacts.forEach(f -> children.add(f.explain()));
    return Explanation.of(
        BilingualText.of(ruleName.vietnamese() + ": " + outcome.label(Locale.forLanguageTag("vi")),
            ruleName.english() + ": " + outcome.label(Locale.ENGLISH)),
        ruleCitations, children);
  }

  /**
   * Returns the English rendering.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
