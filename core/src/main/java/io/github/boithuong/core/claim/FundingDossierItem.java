package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A document of the funding request dossier (hồ sơ đề nghị cấp kinh phí), Luật TNBTCNN 2017 Điều 62.2–62.3. */
public enum FundingDossierItem {
  /** The written funding request (Điều 62.2.a, 62.3). */
  FUNDING_REQUEST("văn bản đề nghị cấp kinh phí bồi thường", "the funding request", Law.law(62, 2, "a")),
  /** A copy of the basis document (Điều 62.2.b). */
  BASIS_DOCUMENT_COPY("bản sao văn bản làm căn cứ yêu cầu bồi thường", "a copy of the basis document", Law.law(62, 2, "b")),
  /** The legally effective compensation decision or judgment (Điều 62.2.c, 62.3). */
  EFFECTIVE_DECISION("quyết định giải quyết bồi thường có hiệu lực pháp luật", "the effective compensation decision", Law.law(62, 2, "c"));

  private final BilingualText label;
  private final Citation citation;

  FundingDossierItem(String vietnamese, String english, Citation citation) {
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
