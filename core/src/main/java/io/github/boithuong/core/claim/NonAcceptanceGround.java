package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A ground for not accepting a claim (không thụ lý), Luật TNBTCNN 2017 Điều 43.2. */
public enum NonAcceptanceGround {
  /** The claim is outside the agency's competence (Điều 43.2.a): the claimant is guided to the competent agency. */
  OUTSIDE_COMPETENCE("yêu cầu không thuộc thẩm quyền giải quyết", "the claim is outside the agency's competence", Law.law(43, 2, "a")),
  /** The limitation period has expired (Điều 43.2.b). */
  LIMITATION_EXPIRED("thời hiệu yêu cầu bồi thường đã hết", "the limitation period has expired", Law.law(43, 2, "b")),
  /** The claim is outside State liability, Chapter II (Điều 43.2.c). */
  OUTSIDE_STATE_LIABILITY("yêu cầu không thuộc phạm vi trách nhiệm bồi thường của Nhà nước", "the claim is outside State liability", Law.law(43, 2, "c")),
  /** The claimant is not entitled under Điều 5 (Điều 43.2.d). */
  CLAIMANT_NOT_ENTITLED("người yêu cầu không có quyền yêu cầu bồi thường", "the claimant is not entitled to claim", Law.law(43, 2, "d")),
  /** The dossier is incomplete and was not completed within the Điều 42.3 deadline (Điều 43.2.đ). */
  DOSSIER_NOT_COMPLETED("hồ sơ không được bổ sung trong thời hạn", "the dossier was not completed in time", Law.law(43, 2, "đ")),
  /** The claim was filed in court under Điều 52.1.a and the court accepted it (Điều 43.2.e). */
  FILED_IN_COURT("Tòa án đã thụ lý yêu cầu theo thủ tục tố tụng dân sự", "the court accepted the claim under civil procedure", Law.law(43, 2, "e")),
  /** The court accepted the claim under Điều 55.1 (Điều 43.2.g). */
  RESOLVED_IN_COURT_CASE("Tòa án đã thụ lý yêu cầu trong vụ án hình sự, hành chính", "the court accepted the claim in a criminal or administrative case", Law.law(43, 2, "g")),
  /** The claim was already decided by an effective judgment or decision (Điều 43.2.h). */
  ALREADY_DECIDED("yêu cầu đã được giải quyết bằng bản án, quyết định có hiệu lực", "the claim was already decided", Law.law(43, 2, "h"));

  private final BilingualText label;
  private final Citation citation;

  NonAcceptanceGround(String vietnamese, String english, Citation citation) {
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
