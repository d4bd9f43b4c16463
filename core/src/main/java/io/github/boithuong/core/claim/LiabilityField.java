package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** The field of State liability the damage arose in (phạm vi trách nhiệm bồi thường), Luật TNBTCNN 2017 Điều 17–21; its basis documents are listed in Điều 8–12. */
public enum LiabilityField {
  /** Administrative management (quản lý hành chính), Điều 17; basis documents Điều 8. */
  ADMINISTRATIVE_MANAGEMENT("quản lý hành chính", "administrative management", Law.law(17)),
  /** Criminal procedure (tố tụng hình sự), Điều 18; basis documents Điều 9. */
  CRIMINAL_PROCEDURE("tố tụng hình sự", "criminal procedure", Law.law(18)),
  /** Civil and administrative procedure (tố tụng dân sự, tố tụng hành chính), Điều 19; basis documents Điều 10. */
  CIVIL_AND_ADMINISTRATIVE_PROCEDURE("tố tụng dân sự, tố tụng hành chính", "civil and administrative procedure", Law.law(19)),
  /** Criminal judgment enforcement (thi hành án hình sự), Điều 20; basis documents Điều 11. */
  CRIMINAL_JUDGMENT_ENFORCEMENT("thi hành án hình sự", "criminal judgment enforcement", Law.law(20)),
  /** Civil judgment enforcement (thi hành án dân sự), Điều 21; basis documents Điều 12. */
  CIVIL_JUDGMENT_ENFORCEMENT("thi hành án dân sự", "civil judgment enforcement", Law.law(21));

  private final BilingualText label;
  private final Citation citation;

  LiabilityField(String vietnamese, String english, Citation citation) {
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
