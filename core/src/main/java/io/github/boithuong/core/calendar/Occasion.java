package io.github.boithuong.core.calendar;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/** A public holiday occasion of Vietnam (ngày lễ, tết). */
public enum Occasion {
  /** Tết Dương lịch, 1 January. */
  NEW_YEAR("Tết Dương lịch", "New Year's Day"),
  /** Tết Âm lịch (Tết Nguyên đán), the lunar new year. */
  LUNAR_NEW_YEAR("Tết Âm lịch (Tết Nguyên đán)", "Lunar New Year (Tết)"),
  /** Ngày Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month. */
  HUNG_KINGS_COMMEMORATION("Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"),
  /** Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước), 30 April. */
  REUNIFICATION_DAY("Ngày Chiến thắng (30/4)", "Reunification Day (30 April)"),
  /** Ngày Quốc tế lao động, 1 May. */
  INTERNATIONAL_LABOUR_DAY("Ngày Quốc tế lao động (1/5)", "International Labour Day (1 May)"),
  /** Ngày Quốc khánh, 2 September (and, from 2021, an adjacent day). */
  NATIONAL_DAY("Quốc khánh (2/9)", "National Day (2 September)"),
  /**
   * Ngày Văn hóa Việt Nam, 24 November: chosen by Resolution 80-NQ/TW (2026) to become a paid day
   * off; a holiday only once the Labour Code is amended, see {@link
   * CalendarOptions#vietnamCultureDayIsHoliday()}.
   */
  VIETNAM_CULTURE_DAY("Ngày Văn hóa Việt Nam (24/11)", "Vietnam Culture Day (24 November)");

  private final BilingualText label;

  Occasion(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the name of the occasion in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
