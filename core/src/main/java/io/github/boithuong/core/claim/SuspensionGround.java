package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A ground for suspending the resolution (tạm đình chỉ), Luật TNBTCNN 2017 Điều 50.1. */
public enum SuspensionGround {
  /** The claimant refused the negotiation invitation twice (Điều 50.1.a). */
  INVITATION_REFUSED_TWICE("người yêu cầu từ chối tham gia thương lượng 02 lần", "the claimant refused the negotiation invitation twice", Law.law(50, 1, "a")),
  /** The claimant twice failed to attend without good reason (Điều 50.1.b). */
  ABSENT_TWICE("người yêu cầu 02 lần vắng mặt không có lý do chính đáng", "the claimant was absent twice without good reason", Law.law(50, 1, "b")),
  /** The claimant did not sign or thumb-print the negotiation result minute (Điều 50.1.c). */
  MINUTE_NOT_SIGNED("người yêu cầu không ký biên bản kết quả thương lượng", "the claimant did not sign the result minute", Law.law(50, 1, "c")),
  /** A competent authority is reviewing the basis document (Điều 50.1.d). */
  BASIS_DOCUMENT_UNDER_REVIEW("văn bản làm căn cứ đang được xem xét lại", "the basis document is under review", Law.law(50, 1, "d"));

  private final BilingualText label;
  private final Citation citation;

  SuspensionGround(String vietnamese, String english, Citation citation) {
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
