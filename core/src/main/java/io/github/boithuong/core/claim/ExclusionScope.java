package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** Which period an excluded interval (force majeure, objective obstacle) is not counted in. */
public enum ExclusionScope {
  /** The limitation period of the claim (Điều 6.3). */
  LIMITATION("thời hiệu yêu cầu bồi thường", "the limitation period", Law.law(6, 3)),
  /** The time to complete the dossier (Điều 42.3). */
  DOSSIER_COMPLETION("thời hạn bổ sung hồ sơ", "the time to complete the dossier", Law.law(42, 3)),
  /** The time to sue (Điều 52.3). */
  SUIT("thời hạn khởi kiện", "the time to sue", Law.law(52, 3)),
  /** The injured person's time to answer the notice of honour restoration (Điều 57; Nghị định 68/2018 Điều 22). */
  HONOUR_RESTORATION_ANSWER("thời hạn trả lời thông báo phục hồi danh dự", "the time to answer the honour restoration notice", Law.decree(22));

  private final BilingualText label;
  private final Citation citation;

  ExclusionScope(String vietnamese, String english, Citation citation) {
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
