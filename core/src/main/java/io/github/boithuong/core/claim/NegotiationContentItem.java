package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** An item the negotiation must deal with (nội dung thương lượng), Luật TNBTCNN 2017 Điều 46.5. */
public enum NegotiationContentItem {
  /** The compensable damage types (Điều 46.5.a). */
  DAMAGE_TYPES("loại thiệt hại được bồi thường", "the compensable damage types", Law.law(46, 5, "a")),
  /** The amount of compensation (Điều 46.5.b). */
  AMOUNT("số tiền bồi thường", "the amount of compensation", Law.law(46, 5, "b")),
  /** The restoration of other rights, if any (Điều 46.5.c). */
  OTHER_RIGHTS("khôi phục quyền, lợi ích hợp pháp khác", "the restoration of other rights", Law.law(46, 5, "c")),
  /** The payment method (Điều 46.5.d). */
  PAYMENT_METHOD("phương thức chi trả", "the payment method", Law.law(46, 5, "d")),
  /** Other related matters (Điều 46.5.đ). */
  OTHER_MATTERS("nội dung khác có liên quan", "other related matters", Law.law(46, 5, "đ"));

  private final BilingualText label;
  private final Citation citation;

  NegotiationContentItem(String vietnamese, String english, Citation citation) {
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
