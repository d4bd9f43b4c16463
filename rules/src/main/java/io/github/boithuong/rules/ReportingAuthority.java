package io.github.boithuong.rules;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.Locale;
import java.util.Objects;

/**
 * Who includes a case in its report to the Ministry of Justice — Thông tư 08/2019/TT-BTP Điều 26:
 * the provincial People's Committee for the provincial, district and commune bodies and the others
 * based in the province; the Supreme People's Court and the Supreme People's Procuracy for the
 * central court and procuracy bodies; the ministry or central agency for its own units.
 */
public enum ReportingAuthority {
  /** The provincial People's Committee (Ủy ban nhân dân cấp tỉnh). */
  PROVINCIAL_PEOPLES_COMMITTEE("Ủy ban nhân dân cấp tỉnh", "the provincial People's Committee"),
  /** The ministry or central agency that manages the resolving agency. */
  MINISTRY("bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "the ministry or central agency"),
  /** The Supreme People's Court (Tòa án nhân dân tối cao). */
  SUPREME_PEOPLES_COURT("Tòa án nhân dân tối cao", "the Supreme People's Court"),
  /** The Supreme People's Procuracy (Viện kiểm sát nhân dân tối cao). */
  SUPREME_PEOPLES_PROCURACY("Viện kiểm sát nhân dân tối cao", "the Supreme People's Procuracy");

  private final BilingualText label;

  ReportingAuthority(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets who reports for a resolving agency.
   *
   * @param agency the resolving agency, not null
   * @return the authority, not null
   */
  public static ReportingAuthority of(ResolvingAgency agency) {
    Objects.requireNonNull(agency, "agency");
    if (agency.level() != AgencyLevel.CENTRAL) {
      return PROVINCIAL_PEOPLES_COMMITTEE;
    }
    if (agency.kind() == AgencyKind.COURT) {
      return SUPREME_PEOPLES_COURT;
    }
    return agency.kind() == AgencyKind.PROCURACY ? SUPREME_PEOPLES_PROCURACY : MINISTRY;
  }

  /**
   * Gets the name in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Gets the provision that allocates the reporting.
   *
   * @return Thông tư 08/2019/TT-BTP Điều 26, not null
   */
  public Citation citation() {
    return Citation.of(LegalText.CIRCULAR_08_2019, 26);
  }
}
