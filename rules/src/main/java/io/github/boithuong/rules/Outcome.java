package io.github.boithuong.rules;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/** The outcome of a rule on a case. */
public enum Outcome {
  /** The case complies with the rule (đạt). */
  COMPLIES("đạt", "complies"),
  /** The case does not comply: the findings say why (không đạt). */
  DOES_NOT_COMPLY("không đạt", "does not comply"),
  /** The rule does not apply to the case, or not yet (không áp dụng). */
  NOT_APPLICABLE("không áp dụng", "not applicable"),
  /** The facts given do not allow a conclusion: the verdict names the missing facts. */
  UNDECIDABLE("chưa đủ căn cứ kết luận", "cannot be decided from the facts given");

  private final BilingualText label;

  Outcome(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the name of the outcome in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
