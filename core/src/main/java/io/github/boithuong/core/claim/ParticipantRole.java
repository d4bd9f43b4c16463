package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** The capacity in which a person takes part in a negotiation session (thành phần tham gia thương lượng), Luật TNBTCNN 2017 Điều 46.3. */
public enum ParticipantRole {
  /** A leader-level representative of the resolving agency, who chairs (Điều 46.3.a). */
  CHAIR("đại diện lãnh đạo cơ quan giải quyết bồi thường, chủ trì", "the leader of the resolving agency, chairing", Law.law(46, 3, "a")),
  /** The resolver (Điều 46.3.b). */
  RESOLVER("người giải quyết bồi thường", "the resolver", Law.law(46, 3, "b")),
  /** The claimant or a lawful representative (Điều 46.3.c). */
  CLAIMANT("người yêu cầu bồi thường", "the claimant", Law.law(46, 3, "c")),
  /** The claimant's lawyer or other protector of rights, if any (Điều 46.3.c). */
  CLAIMANT_PROTECTOR("luật sư, người bảo vệ quyền và lợi ích hợp pháp của người yêu cầu", "the claimant's lawyer or protector", Law.law(46, 3, "c")),
  /** The representative of the state-management agency: Bộ Tư pháp or Sở Tư pháp (Điều 46.3.d; Nghị định 68/2018 Điều 21.2). */
  STATE_MANAGEMENT_AGENCY("đại diện cơ quan quản lý nhà nước về công tác bồi thường nhà nước", "the representative of the state-management agency", Law.law(46, 3, "d")),
  /** The representative of the competent procuracy, in criminal-procedure cases (Điều 46.3.đ). */
  PROCURACY("đại diện Viện kiểm sát có thẩm quyền", "the representative of the competent procuracy", Law.law(46, 3, "đ")),
  /** The same-level finance agency, when invited (Điều 46.3.e). */
  FINANCE_AGENCY("đại diện cơ quan tài chính cùng cấp", "the representative of the finance agency", Law.law(46, 3, "e")),
  /** The official who caused the damage, when the agency requires it (Điều 46.3.e; Nghị định 68/2018 Điều 21.1). */
  OFFICIAL_AT_FAULT("người thi hành công vụ gây thiệt hại", "the official who caused the damage", Law.law(46, 3, "e")),
  /** Another person or organisation invited where necessary (Điều 46.3.e). */
  OTHER("cá nhân, tổ chức khác", "another person or organisation", Law.law(46, 3, "e"));

  private final BilingualText label;
  private final Citation citation;

  ParticipantRole(String vietnamese, String english, Citation citation) {
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
