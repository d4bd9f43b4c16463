package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A document of the claim dossier (hồ sơ yêu cầu bồi thường), Luật TNBTCNN 2017 Điều 41.1–41.2. */
public enum DossierItem {
  /** The written claim, form 01/BTNN (Điều 41.1.a). */
  WRITTEN_CLAIM("văn bản yêu cầu bồi thường", "the written claim", Law.law(41, 1, "a")),
  /** The basis document, unless the claimant was not sent it or cannot obtain it (Điều 41.1.b). */
  BASIS_DOCUMENT("văn bản làm căn cứ yêu cầu bồi thường", "the basis document", Law.law(41, 1, "b")),
  /** Proof of the injured person's identity (Điều 41.1.c). */
  IDENTITY_PROOF("giấy tờ chứng minh nhân thân", "proof of identity", Law.law(41, 1, "c")),
  /** Related evidence, if any (Điều 41.1.d). */
  EVIDENCE("tài liệu, chứng cứ có liên quan", "related evidence", Law.law(41, 1, "d")),
  /** The heir's or representative's identity papers (Điều 41.2.a). */
  CLAIMANT_IDENTITY_PROOF("giấy tờ chứng minh nhân thân của người thừa kế, người đại diện", "identity papers of the heir or representative", Law.law(41, 2, "a")),
  /** A lawful authorisation, when acting under one (Điều 41.2.b). */
  AUTHORISATION("văn bản ủy quyền hợp pháp", "a lawful authorisation", Law.law(41, 2, "b")),
  /** The will or a lawful document on inheritance (Điều 41.2.c). */
  INHERITANCE_DOCUMENT("di chúc hoặc văn bản hợp pháp về quyền thừa kế", "the will or inheritance document", Law.law(41, 2, "c"));

  private final BilingualText label;
  private final Citation citation;

  DossierItem(String vietnamese, String english, Citation citation) {
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
