package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** How a court took up the claim, which bars the agency route, Luật TNBTCNN 2017 Điều 43.2.e–g. */
public enum CourtRoute {
  /** A direct civil suit under Điều 52.1.a accepted by the court (Điều 43.2.e). */
  CIVIL_SUIT("Tòa án thụ lý theo thủ tục tố tụng dân sự", "a civil suit accepted by the court", Law.law(43, 2, "e")),
  /** A claim accepted by the court in a criminal or administrative case under Điều 55.1 (Điều 43.2.g). */
  CRIMINAL_OR_ADMINISTRATIVE_CASE("Tòa án thụ lý trong vụ án hình sự, hành chính", "a claim accepted in a criminal or administrative case", Law.law(43, 2, "g"));

  private final BilingualText label;
  private final Citation citation;

  CourtRoute(String vietnamese, String english, Citation citation) {
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
