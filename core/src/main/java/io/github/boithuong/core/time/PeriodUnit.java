package io.github.boithuong.core.time;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/** The unit in which the law states a period. */
public enum PeriodUnit {
  /** Working days (ngày làm việc) of the civil service: weekends and days off are not counted. */
  WORKING_DAYS("ngày làm việc", "working days"),
  /** Calendar days (ngày), Civil Code 2015 Điều 148.1. */
  DAYS("ngày", "days"),
  /** Months (tháng), Civil Code 2015 Điều 148.3. */
  MONTHS("tháng", "months"),
  /** Years (năm), Civil Code 2015 Điều 148.4. */
  YEARS("năm", "years"),
  /** Immediately (ngay): no period; due the day the event occurs. */
  IMMEDIATELY("ngay", "immediately");

  private final BilingualText label;

  PeriodUnit(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the name of the unit in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }
}
