package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/**
 * A step of a negotiation session, declared in the order of Luật TNBTCNN 2017 Điều 46.6: the
 * natural order of the constants is the legal order of the steps.
 */
public enum SessionStep {
  /** The claimant presents the claim and further evidence (Điều 46.6.a). */
  CLAIMANT_PRESENTS("người yêu cầu trình bày yêu cầu", "the claimant presents the claim", Law.law(46, 6, "a")),
  /** The resolver announces the verification report (Điều 46.6.b). */
  REPORT_ANNOUNCED("người giải quyết bồi thường công bố báo cáo xác minh thiệt hại", "the resolver announces the verification report", Law.law(46, 6, "b")),
  /** The resolver and the claimant discuss and agree on the items of Điều 46.5 (Điều 46.6.c). */
  DISCUSSION("thảo luận, thỏa thuận nội dung thương lượng", "discussion and agreement on the items", Law.law(46, 6, "c")),
  /** The resolving agency's representative, the official and others speak (Điều 46.6.d). */
  AGENCY_SPEAKS("đại diện cơ quan giải quyết bồi thường phát biểu", "the resolving agency's representative speaks", Law.law(46, 6, "d")),
  /** The finance agency's representative comments, if present (Điều 46.6.đ). */
  FINANCE_AGENCY_SPEAKS("đại diện cơ quan tài chính phát biểu", "the finance agency's representative speaks", Law.law(46, 6, "đ")),
  /** The state-management agency's representative speaks (Điều 46.6.e). */
  STATE_MANAGEMENT_AGENCY_SPEAKS("đại diện cơ quan quản lý nhà nước về công tác bồi thường phát biểu", "the state-management agency's representative speaks", Law.law(46, 6, "e"));

  private final BilingualText label;
  private final Citation citation;

  SessionStep(String vietnamese, String english, Citation citation) {
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
