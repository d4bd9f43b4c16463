package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A document the resolving agency must send to the state-management agency, Thông tư 08/2019/TT-BTP Điều 12.1. */
public enum StateManagementDocument {
  /** Notices of acceptance, non-acceptance and appointment of the resolver (Điều 43.4). */
  ACCEPTANCE_NOTICE("văn bản thông báo thụ lý, không thụ lý, cử người giải quyết bồi thường", "notice of acceptance, non-acceptance or appointment", Law.law(43, 4)),
  /** The compensation decision and judgments on the claim (Điều 15.7). */
  COMPENSATION_DECISION("quyết định giải quyết bồi thường", "compensation decision", Law.law(15, 7)),
  /** Cancellation and correction decisions, to be sent immediately (Điều 48.5). */
  CANCELLATION_OR_CORRECTION("quyết định hủy, sửa chữa, bổ sung quyết định giải quyết bồi thường", "cancellation or correction decision", Law.law(48, 5)),
  /** Postponement decisions (Điều 49.3). */
  POSTPONEMENT("quyết định hoãn giải quyết bồi thường", "postponement decision", Law.law(49, 3)),
  /** Suspension and continuation decisions (Điều 50.4). */
  SUSPENSION_OR_CONTINUATION("quyết định tạm đình chỉ, tiếp tục giải quyết bồi thường", "suspension or continuation decision", Law.law(50, 4)),
  /** Termination decisions (Điều 51.3). */
  TERMINATION("quyết định đình chỉ giải quyết bồi thường", "termination decision", Law.law(51, 3)),
  /** Recourse decisions (Điều 66.4). */
  RECOURSE_DECISION("quyết định hoàn trả", "recourse decision", Law.law(66, 4));

  private final BilingualText label;
  private final Citation citation;

  StateManagementDocument(String vietnamese, String english, Citation citation) {
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
