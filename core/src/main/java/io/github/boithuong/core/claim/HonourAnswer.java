package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** The injured person's answer to the notice of honour restoration, Luật TNBTCNN 2017 Điều 57.2–57.5. */
public enum HonourAnswer {
  /** Agrees with the notice: restoration follows Điều 58–59 (Điều 57.2). */
  AGREED("đồng ý với nội dung thông báo", "agrees with the notice", Law.law(57, 2)),
  /** Disagrees and proposes specific changes, on which the agency bases the restoration (Điều 57.3). */
  PROPOSED_CHANGES("không đồng ý, có ý kiến đề nghị cụ thể", "disagrees and proposes changes", Law.law(57, 3)),
  /** Asks not to proceed yet: restoration waits for a written request (Điều 57.4). */
  NOT_YET("đề nghị chưa thực hiện phục hồi danh dự", "asks not to proceed yet", Law.law(57, 4)),
  /** Refuses: the right to ask for honour restoration is lost (Điều 57.5). */
  REFUSED("từ chối quyền được phục hồi danh dự", "refuses honour restoration", Law.law(57, 5));

  private final BilingualText label;
  private final Citation citation;

  HonourAnswer(String vietnamese, String english, Citation citation) {
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
