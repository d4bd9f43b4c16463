package io.github.boithuong.core.money;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/**
 * A legal value that changes by decree (or by an amendment of the Law) and that the money rules
 * need on a given date. Each has a history of dated values in a {@link LegalParameters} table.
 */
public enum LegalParameter {
  /**
   * The base salary (mức lương cơ sở), đồng per month, set by Government decree: the unit of mental
   * damage (Luật TNBTCNN 2017 Điều 27) and of the official's salary for recourse (Nghị định
   * 68/2018/NĐ-CP Điều 26.1).
   */
  BASE_SALARY("mức lương cơ sở", "base salary", Unit.DONG_PER_MONTH),
  /** The regional minimum wage (mức lương tối thiểu vùng) of region I, đồng per month. */
  REGIONAL_MINIMUM_WAGE_I("mức lương tối thiểu vùng I", "regional minimum wage, region I",
      Unit.DONG_PER_MONTH),
  /** The regional minimum wage of region II, đồng per month. */
  REGIONAL_MINIMUM_WAGE_II("mức lương tối thiểu vùng II", "regional minimum wage, region II",
      Unit.DONG_PER_MONTH),
  /** The regional minimum wage of region III, đồng per month. */
  REGIONAL_MINIMUM_WAGE_III("mức lương tối thiểu vùng III", "regional minimum wage, region III",
      Unit.DONG_PER_MONTH),
  /** The regional minimum wage of region IV, đồng per month. */
  REGIONAL_MINIMUM_WAGE_IV("mức lương tối thiểu vùng IV", "regional minimum wage, region IV",
      Unit.DONG_PER_MONTH),
  /**
   * The number of days a month of base salary is divided by to give one "ngày lương cơ sở" (Luật
   * TNBTCNN 2017 Điều 27.7: 22).
   */
  BASE_SALARY_DAY_DIVISOR("số ngày chia để tính ngày lương cơ sở",
      "days dividing a month of base salary into a day", Unit.DAYS),
  /**
   * The number of days a month of regional minimum wage is divided by to give one "ngày lương tối
   * thiểu vùng" (Luật TNBTCNN 2017 Điều 24.1.c: 26).
   */
  REGIONAL_MINIMUM_WAGE_DAY_DIVISOR("số ngày chia để tính ngày lương tối thiểu vùng",
      "days dividing a month of regional minimum wage into a day", Unit.DAYS);

  /** The unit of a parameter's values. */
  public enum Unit {
    /** Đồng per month, a whole number. */
    DONG_PER_MONTH,
    /** A whole number of days. */
    DAYS
  }

  private final BilingualText label;
  private final Unit unit;

  LegalParameter(String vietnamese, String english, Unit unit) {
    this.label = BilingualText.of(vietnamese, english);
    this.unit = unit;
  }

  /**
   * Gets the name of the parameter in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Gets the name in both languages.
   *
   * @return the name, not null
   */
  public BilingualText label() {
    return label;
  }

  /**
   * Gets the unit of the values.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /** Whether this is one of the four regional minimum wages. */
  boolean isRegionalMinimumWage() {
    return this == REGIONAL_MINIMUM_WAGE_I || this == REGIONAL_MINIMUM_WAGE_II
        || this == REGIONAL_MINIMUM_WAGE_III || this == REGIONAL_MINIMUM_WAGE_IV;
  }
}
