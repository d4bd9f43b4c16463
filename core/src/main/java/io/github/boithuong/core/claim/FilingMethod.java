package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** How the dossier was filed, Luật TNBTCNN 2017 Điều 41.4–41.5 and Điều 42.1. */
public enum FilingMethod {
  /** In person at the resolving agency: a receipt slip is issued on the spot (Điều 42.1). */
  IN_PERSON("nộp trực tiếp", "in person", Law.law(42, 1)),
  /** By post: written acknowledgment within 2 working days (Điều 42.1). */
  BY_POST("gửi qua dịch vụ bưu chính", "by post", Law.law(42, 1)),
  /** With the Sở Tư pháp where the injured person lives, when the resolving agency is unclear: forwarded within 5 working days (Điều 41.4; Nghị định 68/2018 Điều 33). */
  THROUGH_DEPARTMENT_OF_JUSTICE("nộp tại Sở Tư pháp", "through the provincial Department of Justice", Law.law(41, 4));

  private final BilingualText label;
  private final Citation citation;

  FilingMethod(String vietnamese, String english, Citation citation) {
    this.label = BilingualText.of(vietnamese, english);
    this.citation = citation;
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

  /**
   * Gets the provision that defines this value.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }
}
