package io.github.boithuong.core.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory holiday rules of the Labour Codes, year by year, and the provisional schedule they
 * yield for a year without an official one.
 *
 * <ul>
 *   <li>to 30/04/2013: Labour Code 1994 Điều 73 (as amended by Law 84/2007/QH11 from 2007, which
 *       added Giỗ Tổ): Tết 4 days, one before and three after the lunar new year; Quốc khánh 1 day;
 *   <li>from 01/05/2013: Labour Code 2012 Điều 115: Tết 5 days; Quốc khánh 1 day;
 *   <li>from 01/01/2021: Labour Code 2019 Điều 112: Tết 5 days; Quốc khánh 2 days (2/9 and an
 *       adjacent day).
 * </ul>
 *
 * <p>Where the statute leaves the choice to the Prime Minister (which 5 days of Tết, which day
 * next to 2/9), the provisional schedule follows the pattern of the official schedules 2018–2026
 * (docs/interpretations.md).
 */
final class StatutoryHolidays {

  /** Labour Code 2012 in force: Tết of 5 days. */
  static final LocalDate LABOUR_CODE_2012_IN_FORCE = LocalDate.of(2013, 5, 1);
  /** Labour Code 2019 in force: Quốc khánh of 2 days. */
  static final int LABOUR_CODE_2019_FIRST_YEAR = 2021;
  /** Law 84/2007/QH11 added Giỗ Tổ Hùng Vương. */
  static final int HUNG_KINGS_FIRST_YEAR = 2007;
  /** The first year Vietnam Culture Day could be a holiday (Resolution 80-NQ/TW of 07/01/2026). */
  static final int CULTURE_DAY_FIRST_YEAR = 2026;

  private StatutoryHolidays() {}

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == SATURDAY || dow == SUNDAY;
  }

  static LocalDate lunarNewYear(int year) {
    return LunarDate.of(year, 1, 1, false).toLocalDate();
  }

  static LocalDate hungKings(int year) {
    return LunarDate.of(year, 3, 10, false).toLocalDate();
  }

  static int lunarNewYearDays(LocalDate tet) {
    return tet.isBefore(LABOUR_CODE_2012_IN_FORCE) ? 4 : 5;
  }

  static int nationalDayDays(int year) {
    return year >= LABOUR_CODE_2019_FIRST_YEAR ? 2 : 1;
  }

  static boolean hasHungKings(int year) {
    return year >= HUNG_KINGS_FIRST_YEAR;
  }

  /** The first day of the statutory Tết days. */
  static LocalDate lunarNewYearFirstDay(LocalDate tet) {
    if (lunarNewYearDays(tet) == 4) {
      return tet.minusDays(1); // one day at the end of the year, three at the start (BLLĐ 1994)
    }
    // Tết on a Tuesday: Monday to Friday (2019, 2022, 2026); otherwise two days before, three after
    // (2018, 2020, 2021, 2023, 2024, 2025).
    return tet.getDayOfWeek() == DayOfWeek.TUESDAY ? tet.minusDays(1) : tet.minusDays(2);
  }

  /** The day next to 2 September chosen in a provisional year (Labour Code 2019 Điều 112.1.đ). */
  static LocalDate nationalDayAdjacent(int year) {
    LocalDate second = LocalDate.of(year, 9, 2);
    return switch (second.getDayOfWeek()) {
      case MONDAY, THURSDAY, SUNDAY -> second.plusDays(1);
      default -> second.minusDays(1);
    };
  }

  /**
   * Derives the holidays and compensatory days of a year from the statutes alone.
   *
   * @param year the year
   * @param cultureDay whether 24 November is treated as a holiday (from 2026)
   * @return the entries, status {@link EntryStatus#DERIVED}, sorted
   */
  static List<ScheduleEntry> derive(int year, boolean cultureDay) {
    List<ScheduleEntry> holidays = new ArrayList<>();
    holidays.add(holiday(LocalDate.of(year, 1, 1), Occasion.NEW_YEAR));
    LocalDate tet = lunarNewYear(year);
    LocalDate first = lunarNewYearFirstDay(tet);
    for (int i = 0; i < lunarNewYearDays(tet); i++) {
      holidays.add(holiday(first.plusDays(i), Occasion.LUNAR_NEW_YEAR));
    }
    if (hasHungKings(year)) {
      holidays.add(holiday(hungKings(year), Occasion.HUNG_KINGS_COMMEMORATION));
    }
    holidays.add(holiday(LocalDate.of(year, 4, 30), Occasion.REUNIFICATION_DAY));
    holidays.add(holiday(LocalDate.of(year, 5, 1), Occasion.INTERNATIONAL_LABOUR_DAY));
    holidays.add(holiday(LocalDate.of(year, 9, 2), Occasion.NATIONAL_DAY));
    if (nationalDayDays(year) == 2) {
      holidays.add(holiday(nationalDayAdjacent(year), Occasion.NATIONAL_DAY));
    }
    if (cultureDay && year >= CULTURE_DAY_FIRST_YEAR) {
      holidays.add(holiday(LocalDate.of(year, 11, 24), Occasion.VIETNAM_CULTURE_DAY));
    }
    holidays.sort(null);
    List<ScheduleEntry> all = new ArrayList<>(holidays);
    all.addAll(compensatoryDays(holidays));
    all.sort(null);
    return List.copyOf(all);
  }

  /**
   * For each holiday on the weekly rest day, the next day that is neither a weekly rest day nor a
   * holiday nor already a compensatory day (Labour Code 2019 Điều 111.3; 2012 Điều 115.3; 1994
   * Điều 73).
   */
  static List<ScheduleEntry> compensatoryDays(List<ScheduleEntry> holidays) {
    Set<LocalDate> taken = new HashSet<>();
    for (ScheduleEntry h : holidays) {
      taken.add(h.date());
    }
    List<ScheduleEntry> result = new ArrayList<>();
    for (ScheduleEntry h : holidays) {
      if (!isWeekend(h.date())) {
        continue;
      }
      LocalDate d = h.date().plusDays(1);
      while (isWeekend(d) || taken.contains(d)) {
        d = d.plusDays(1);
      }
      taken.add(d);
      result.add(
          ScheduleEntry.of(
              d, DayKind.COMPENSATORY_DAY_OFF, h.occasion(), EntryStatus.DERIVED, List.of(), ""));
    }
    return result;
  }

  private static ScheduleEntry holiday(LocalDate date, Occasion occasion) {
    return ScheduleEntry.of(date, DayKind.HOLIDAY, occasion, EntryStatus.DERIVED, List.of(), "");
  }

  /**
   * The statutory provisions behind a kind of day on a date; empty where the day rests on a
   * decision of the Prime Minister alone (swaps) or on no statute yet (Vietnam Culture Day).
   */
  static List<Citation> legalBasis(DayKind kind, Occasion occasion, LocalDate date) {
    int year = date.getYear();
    boolean code2019 = year >= LABOUR_CODE_2019_FIRST_YEAR;
    boolean code2012 = !date.isBefore(LABOUR_CODE_2012_IN_FORCE);
    return switch (kind) {
      case WEEKLY_REST -> code2019
          ? List.of(Citation.of(LegalText.DECISION_188_1999, 1), Citation.of(LegalText.LABOUR_CODE_2019, 111))
          : List.of(Citation.of(LegalText.DECISION_188_1999, 1));
      case HOLIDAY -> occasion == Occasion.VIETNAM_CULTURE_DAY ? List.of()
          : code2019 ? List.of(Citation.of(LegalText.LABOUR_CODE_2019, 112, 1))
          : code2012 ? List.of(Citation.of(LegalText.LABOUR_CODE_2012, 115, 1))
          : occasion == Occasion.HUNG_KINGS_COMMEMORATION ? List.of(Citation.of(LegalText.LAW_84_2007, 1))
          : List.of(Citation.of(LegalText.LABOUR_CODE_1994, 73));
      case COMPENSATORY_DAY_OFF -> code2019 ? List.of(Citation.of(LegalText.LABOUR_CODE_2019, 111, 3))
          : code2012 ? List.of(Citation.of(LegalText.LABOUR_CODE_2012, 115, 3))
          : List.of(Citation.of(LegalText.LABOUR_CODE_1994, 73));
      default -> List.of();
    };
  }
}
