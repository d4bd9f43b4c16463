package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.Citation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state-management agency for state compensation (cơ quan quản lý nhà nước về công tác bồi
 * thường nhà nước) that supervises a resolving agency and must take part in its negotiations: the
 * Ministry of Justice (Bộ Tư pháp) for the central bodies of Nghị định 68/2018 Điều 19.3, otherwise
 * the Department of Justice (Sở Tư pháp) of the resolving agency's province (Luật TNBTCNN 2017 Điều
 * 46.3.d, 73; Nghị định 68/2018 Điều 21.2).
 *
 * <p>It is derived from the {@link ResolvingAgency}, never typed in by hand.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class StateManagementAgency {

  /** The centrally-run cities (thành phố trực thuộc trung ương), named "thành phố", not "tỉnh". */
  private static final Set<String> CITIES =
      Set.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");

  /** The Ministry of Justice. */
  public static final StateManagementAgency MINISTRY_OF_JUSTICE = new StateManagementAgency(null);

  private final String province;

  private StateManagementAgency(String province) {
    this.province = province;
  }

  /**
   * Obtains the Department of Justice of a province.
   *
   * @param province the province or centrally-run city, e.g. "Quảng Ngãi", not blank
   * @return the agency, not null
   * @throws NullPointerException if {@code province} is null
   * @throws IllegalArgumentException if {@code province} is blank
   */
  public static StateManagementAgency departmentOfJustice(String province) {
    Objects.requireNonNull(province, "province");
    if (province.isBlank()) {
      throw new IllegalArgumentException("province must not be blank");
    }
    return new StateManagementAgency(province.strip());
  }

  /**
   * Whether this is the Ministry of Justice.
   *
   * @return true for Bộ Tư pháp, false for a Sở Tư pháp
   */
  public boolean isMinistry() {
    return province == null;
  }

  /**
   * Gets the province of a Department of Justice.
   *
   * @return the province, empty for the Ministry
   */
  public Optional<String> province() {
    return Optional.ofNullable(province);
  }

  /**
   * Gets the provision that makes this agency take part in the negotiations of the resolving
   * agency: Nghị định 68/2018 Điều 21.2.a for the Ministry, 21.2.b for a Department.
   *
   * @return the citation, not null
   */
  public Citation negotiationDuty() {
    return isMinistry() ? Law.decree(21, 2, "a") : Law.decree(21, 2, "b");
  }

  /**
   * Gets the agency's name, e.g. "Sở Tư pháp tỉnh Quảng Ngãi", "Sở Tư pháp thành phố Hà Nội", "Bộ
   * Tư pháp"; in English "Department of Justice of Quảng Ngãi province", "Ministry of Justice".
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String name(Locale locale) {
    boolean vi = "vi".equals(locale.getLanguage());
    if (province == null) {
      return vi ? "Bộ Tư pháp" : "Ministry of Justice";
    }
    return vi ? "Sở Tư pháp " + jurisdiction(locale).orElseThrow()
        : "Department of Justice of " + jurisdiction(locale).orElseThrow();
  }

  /**
   * Gets the province or centrally-run city the department serves, named as documents name it:
   * "tỉnh Quảng Ngãi", "thành phố Hà Nội"; in English "Quảng Ngãi province", "Hà Nội city".
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the province or city, empty for the Ministry of Justice
   */
  public Optional<String> jurisdiction(Locale locale) {
    if (province == null) {
      return Optional.empty();
    }
    boolean city = CITIES.contains(province);
    return Optional.of("vi".equals(locale.getLanguage())
        ? (city ? "thành phố " : "tỉnh ") + province
        : province + (city ? " city" : " province"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StateManagementAgency other
        && Objects.equals(province, other.province);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(province);
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name(Locale.forLanguageTag("vi"));
  }
}
