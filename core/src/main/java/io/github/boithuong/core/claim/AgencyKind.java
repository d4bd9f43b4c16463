package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** The kind of resolving agency (cơ quan giải quyết bồi thường), Luật TNBTCNN 2017 Điều 33–39. */
public enum AgencyKind {
  /** A ministry, ministerial-level agency or government agency (Điều 33.1.a). */
  MINISTRY("bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "ministry, ministerial-level or government agency", Law.law(33, 1, "a")),
  /** A general department, department or unit with legal personality under a central agency (Điều 33.1.b). */
  CENTRAL_UNIT("tổng cục, cục hoặc đơn vị trực thuộc bộ", "general department, department or unit under a ministry", Law.law(33, 1, "b")),
  /** A provincial People's Committee (Điều 33.2.a). */
  PROVINCIAL_PEOPLES_COMMITTEE("Ủy ban nhân dân cấp tỉnh", "provincial People's Committee", Law.law(33, 2, "a")),
  /** A specialised agency or unit under the provincial People's Committee (Điều 33.2.b). */
  PROVINCIAL_DEPARTMENT("cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh", "department of a provincial People's Committee", Law.law(33, 2, "b")),
  /** A district People's Committee (Điều 33.3), abolished from 01/07/2025 (Nghị định 120/2025/NĐ-CP Điều 19). */
  DISTRICT_PEOPLES_COMMITTEE("Ủy ban nhân dân cấp huyện", "district People's Committee", Law.law(33, 3)),
  /** A commune or ward People's Committee (Điều 33.4). */
  COMMUNE_PEOPLES_COMMITTEE("Ủy ban nhân dân cấp xã", "commune or ward People's Committee", Law.law(33, 4)),
  /** Another administrative agency of Điều 33.5–33.7 (information, whistle-blower protection, dismissal). */
  OTHER_ADMINISTRATIVE_AGENCY("cơ quan hành chính khác", "other administrative agency", Law.law(33, 5)),
  /** An investigation body or a body assigned investigative tasks (Điều 34). */
  INVESTIGATION_BODY("cơ quan điều tra", "investigation body", Law.law(34)),
  /** A procuracy (Điều 35). */
  PROCURACY("Viện kiểm sát", "procuracy", Law.law(35)),
  /** A court (Điều 33.8, 36, 37, 38, 39). */
  COURT("Tòa án", "court", Law.law(36)),
  /** A criminal judgment enforcement body (Điều 38). */
  CRIMINAL_ENFORCEMENT_BODY("cơ quan thi hành án hình sự", "criminal judgment enforcement body", Law.law(38)),
  /** A civil judgment enforcement body (Điều 39). */
  CIVIL_ENFORCEMENT_BODY("cơ quan thi hành án dân sự", "civil judgment enforcement body", Law.law(39));

  private final BilingualText label;
  private final Citation citation;

  AgencyKind(String vietnamese, String english, Citation citation) {
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
