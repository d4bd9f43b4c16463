package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** Why a case is complex (vụ việc phức tạp), which lengthens verification to 30 days and negotiation to 15 days, Nghị định 68/2018 Điều 19.1. */
public enum ComplexityGround {
  /** Several damage types occurring at different times (Nghị định 68/2018 Điều 19.1.a). */
  SEVERAL_DAMAGES_AT_DIFFERENT_TIMES("nhiều loại thiệt hại, xảy ra tại nhiều thời điểm khác nhau", "several damage types at different times", Law.decree(19, 1, "a")),
  /** A claim above 5,000,000,000 đồng (Nghị định 68/2018 Điều 19.1.b); derived from the claim content. */
  CLAIM_ABOVE_FIVE_BILLION("yêu cầu bồi thường trên 05 tỷ đồng", "a claim above 5 billion đồng", Law.decree(19, 1, "b")),
  /** Major impact on security, order or public opinion (Nghị định 68/2018 Điều 19.1.c). */
  SECURITY_OR_PUBLIC_ORDER("ảnh hưởng lớn đến an ninh, trật tự", "major impact on security or public order", Law.decree(19, 1, "c")),
  /** Verification at several locations (Luật TNBTCNN 2017 Điều 45.2). */
  SEVERAL_LOCATIONS("xác minh tại nhiều địa điểm", "verification at several locations", Law.law(45, 2));

  private final BilingualText label;
  private final Citation citation;

  ComplexityGround(String vietnamese, String english, Citation citation) {
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
