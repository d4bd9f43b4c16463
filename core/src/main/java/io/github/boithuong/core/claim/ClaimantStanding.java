package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** Who files the claim and on what standing (người yêu cầu bồi thường), Luật TNBTCNN 2017 Điều 5 and Điều 3.3. */
public enum ClaimantStanding {
  /** The injured person (người bị thiệt hại), Điều 5.1. */
  INJURED_PERSON("người bị thiệt hại", "the injured person", Law.law(5, 1)),
  /** An heir of an injured person who died (người thừa kế), Điều 5.2. */
  HEIR("người thừa kế", "an heir of the injured person", Law.law(5, 2)),
  /** The organisation succeeding a defunct injured organisation, Điều 5.2. */
  SUCCESSOR_ORGANISATION("tổ chức kế thừa quyền, nghĩa vụ", "the successor organisation", Law.law(5, 2)),
  /** The legal representative where the Civil Code requires one (người đại diện theo pháp luật), Điều 5.3. */
  LEGAL_REPRESENTATIVE("người đại diện theo pháp luật", "the legal representative", Law.law(5, 3)),
  /** An individual or legal entity authorised by one of the above (người đại diện theo ủy quyền), Điều 5.4. */
  AUTHORISED_REPRESENTATIVE("người đại diện theo ủy quyền", "an authorised representative", Law.law(5, 4));

  private final BilingualText label;
  private final Citation citation;

  ClaimantStanding(String vietnamese, String english, Citation citation) {
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
