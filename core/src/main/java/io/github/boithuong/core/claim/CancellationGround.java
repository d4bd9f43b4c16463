package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A ground for cancelling a compensation decision, Luật TNBTCNN 2017 Điều 48.1 (cancel and terminate) and 48.3 (cancel and resolve again). */
public enum CancellationGround {
  /** A condition of Điều 7.1 no longer holds (Điều 48.1.a): cancel and terminate. */
  CONDITION_NO_LONGER_MET("không còn đủ căn cứ xác định trách nhiệm bồi thường", "a condition of Article 7(1) no longer holds", Law.law(48, 1, "a")),
  /** The basis document was forged (Điều 48.1.b): cancel and terminate. */
  FORGED_BASIS_DOCUMENT("văn bản làm căn cứ bị giả mạo", "the basis document was forged", Law.law(48, 1, "b")),
  /** Identity, evidence or heir documents were forged (Điều 48.1.c): cancel and terminate. */
  FORGED_CLAIMANT_DOCUMENTS("giấy tờ, tài liệu của người yêu cầu bị giả mạo", "identity, evidence or heir documents were forged", Law.law(48, 1, "c")),
  /** Collusion for profit (Điều 48.3.a): cancel and resolve again. */
  COLLUSION("có sự thông đồng giữa người yêu cầu và người giải quyết bồi thường", "collusion between the claimant and the resolver", Law.law(48, 3, "a")),
  /** On the claimant's request: the resolver did not meet Điều 43.3.b, or the negotiation did not follow Điều 46.3, 46.5, 46.6 (Điều 48.3.b): cancel and resolve again. */
  IRREGULAR_RESOLVER_OR_NEGOTIATION("người giải quyết bồi thường không đủ điều kiện hoặc thương lượng không đúng quy định", "resolver not qualified or negotiation not as the law requires", Law.law(48, 3, "b"));

  private final BilingualText label;
  private final Citation citation;

  CancellationGround(String vietnamese, String english, Citation citation) {
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
