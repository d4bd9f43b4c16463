package io.github.boithuong.core.calendar;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;

/**
 * What kind of day a date is for the civil service (công chức, viên chức).
 *
 * <p>Whether the day counts as a working day (ngày làm việc) for legal deadlines is given by {@link
 * CalendarDay#isWorkingDay()}: a {@link #MAKE_UP_WORKING_DAY} is one by default, see {@link
 * CalendarOptions#makeUpSaturdayIsWorkingDay()}.
 */
public enum DayKind {
  /** An ordinary working day, Monday to Friday (ngày làm việc). */
  WORKING_DAY("ngày làm việc", "working day"),
  /**
   * A Saturday worked in exchange for a swapped weekday (ngày làm bù), by the Prime Minister's
   * decision on the year's holidays.
   */
  MAKE_UP_WORKING_DAY("ngày làm bù", "make-up working day"),
  /**
   * The weekly rest, Saturday and Sunday (ngày nghỉ hằng tuần), Quyết định 188/1999/QĐ-TTg Điều 1.
   */
  WEEKLY_REST("ngày nghỉ hằng tuần", "weekly rest day"),
  /** A public holiday (ngày nghỉ lễ, tết) of the Labour Code. */
  HOLIDAY("ngày nghỉ lễ, tết", "public holiday"),
  /**
   * A compensatory day off (ngày nghỉ bù) for a holiday that fell on the weekly rest day, Labour
   * Code 2019 Điều 111.3.
   */
  COMPENSATORY_DAY_OFF("ngày nghỉ bù", "compensatory day off"),
  /**
   * A weekday given off in exchange for a make-up Saturday (ngày nghỉ hoán đổi), by the Prime
   * Minister's decision.
   */
  SWAPPED_DAY_OFF("ngày nghỉ hoán đổi", "swapped day off");

  private final BilingualText label;

  DayKind(String vietnamese, String english) {
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the name of this kind of day in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Whether a day of this kind is off by its nature, before any policy applies.
   *
   * @return true for the weekly rest, holidays, compensatory and swapped days off
   */
  public boolean isDayOff() {
    return this == WEEKLY_REST || this == HOLIDAY || this == COMPENSATORY_DAY_OFF
        || this == SWAPPED_DAY_OFF;
  }
}
