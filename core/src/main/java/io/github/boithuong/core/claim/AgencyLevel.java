package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/** The administrative level of a resolving agency (cấp). */
public enum AgencyLevel {
  /** Central (trung ương). */
  CENTRAL("trung ương", "central"),
  /** Provincial (cấp tỉnh). */
  PROVINCIAL("cấp tỉnh", "provincial"),
  /** District (cấp huyện), abolished for People's Committees from 01/07/2025. */
  DISTRICT("cấp huyện", "district"),
  /** Commune or ward (cấp xã). */
  COMMUNE("cấp xã", "commune");

  private final BilingualText label;

  AgencyLevel(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the name in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
