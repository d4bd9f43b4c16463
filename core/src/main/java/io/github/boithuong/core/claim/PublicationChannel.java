package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** Where a public apology is published, Luật TNBTCNN 2017 Điều 59; Nghị định 68/2018 Điều 25. */
public enum PublicationChannel {
  /** A central newspaper (for agencies at the central level). */
  CENTRAL_NEWSPAPER("báo trung ương", "a central newspaper", Law.law(59)),
  /** A local newspaper of the place where the injured person lives or has its seat. */
  LOCAL_NEWSPAPER("báo địa phương nơi người bị thiệt hại cư trú", "a local newspaper where the injured person lives", Law.law(59)),
  /** The agency's web portal or website. */
  AGENCY_PORTAL("trang thông tin điện tử của cơ quan", "the agency's web portal", Law.decree(25)),
  /** Posting at the office of the commune People's Committee where the injured person lives, for 15 days (Nghị định 68/2018 Điều 25.5). */
  COMMUNE_POSTING("niêm yết tại trụ sở Ủy ban nhân dân cấp xã", "posting at the commune People's Committee", Law.decree(25, 5));

  private final BilingualText label;
  private final Citation citation;

  PublicationChannel(String vietnamese, String english, Citation citation) {
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
