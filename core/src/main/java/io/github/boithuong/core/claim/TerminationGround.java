package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A ground for terminating the resolution (đình chỉ), Luật TNBTCNN 2017 Điều 51.1. */
public enum TerminationGround {
  /** The claimant withdrew the claim before verification started (Điều 51.1.a). */
  WITHDRAWN("người yêu cầu rút yêu cầu trước khi tiến hành xác minh", "the claim was withdrawn before verification", Law.law(51, 1, "a")),
  /** The injured person died without heirs, or the organisation ended without a successor (Điều 51.1.b). */
  NO_SUCCESSOR("người bị thiệt hại chết mà không có người thừa kế", "the injured person died without an heir", Law.law(51, 1, "b")),
  /** The suspension expired with no request to continue, or a Điều 50.1.a–c behaviour repeated (Điều 51.1.c). */
  SUSPENSION_EXPIRED("hết thời hạn tạm đình chỉ mà không đề nghị tiếp tục", "the suspension expired with no request to continue", Law.law(51, 1, "c")),
  /** The decision was cancelled under Điều 48.1 (Điều 51.1.d). */
  DECISION_CANCELLED("quyết định bị hủy theo khoản 1 Điều 48", "the decision was cancelled under Article 48(1)", Law.law(51, 1, "d")),
  /** 30 days passed after the refusal minute without the claimant taking the decision (Điều 51.1.đ). */
  DECISION_NOT_TAKEN("hết 30 ngày kể từ ngày lập biên bản mà người yêu cầu không nhận quyết định", "30 days passed after the refusal minute", Law.law(51, 1, "đ"));

  private final BilingualText label;
  private final Citation citation;

  TerminationGround(String vietnamese, String english, Citation citation) {
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
