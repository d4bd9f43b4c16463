package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The statutory rules of the Labour Codes and the provisional schedules they yield. */
class StatutoryHolidaysTest {

  /**
   * The provisional derivation must reproduce every official year's holidays and compensatory days
   * (swaps aside, which are never derived): 2018–2026 from the bundled notices.
   */
  @Test
  void derivationReproducesTheOfficialYears2018to2026() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    for (int year = 2018; year <= 2026; year++) {
      List<String> official =
          calendar.schedule(year).entries().stream()
              .filter(e -> e.kind() == DayKind.HOLIDAY || e.kind() == DayKind.COMPENSATORY_DAY_OFF)
              .map(e -> e.date() + " " + e.kind() + " " + e.occasion())
              .collect(Collectors.toList());
      List<String> derived =
          StatutoryHolidays.derive(year, false).stream()
              .map(e -> e.date() + " " + e.kind() + " " + e.occasion())
              .collect(Collectors.toList());
      assertEquals(official, derived, "year " + year);
    }
  }

  /** Labour Code 2019 Điều 112.1: 11 days from 2021, Quốc khánh 2 days. */
  @Test
  void labourCode2019_elevenHolidays() {
    for (int year = 2021; year <= 2199; year++) {
      long holidays =
          StatutoryHolidays.derive(year, false).stream().filter(e -> e.kind() == DayKind.HOLIDAY).count();
      assertEquals(11, holidays, "holidays in " + year);
    }
  }

  /** Labour Code 2012 Điều 115.1: 10 days, Tết 5 days (Tết after 01/05/2013). */
  @Test
  void labourCode2012_tenHolidays() {
    for (int year = 2014; year <= 2020; year++) {
      long holidays =
          StatutoryHolidays.derive(year, false).stream().filter(e -> e.kind() == DayKind.HOLIDAY).count();
      assertEquals(10, holidays, "holidays in " + year);
    }
  }

  /**
   * Labour Code 1994 Điều 73 as amended by Law 84/2007/QH11: Tết 4 days (one at the end of the
   * year, three at the start); Giỗ Tổ from 2007.
   */
  @Test
  void labourCode1994_tetFourDays_hungKingsFrom2007() {
    List<ScheduleEntry> y2006 = StatutoryHolidays.derive(2006, false);
    assertFalse(y2006.stream().anyMatch(e -> e.occasion() == Occasion.HUNG_KINGS_COMMEMORATION));
    assertEquals(4, y2006.stream()
        .filter(e -> e.kind() == DayKind.HOLIDAY && e.occasion() == Occasion.LUNAR_NEW_YEAR).count());
    List<ScheduleEntry> y2007 = StatutoryHolidays.derive(2007, false);
    assertTrue(y2007.stream().anyMatch(e -> e.occasion() == Occasion.HUNG_KINGS_COMMEMORATION));
    // Tết 2013 (10/02/2013) precedes the Labour Code 2012 (01/05/2013): still 4 days.
    assertEquals(4, StatutoryHolidays.derive(2013, false).stream()
        .filter(e -> e.kind() == DayKind.HOLIDAY && e.occasion() == Occasion.LUNAR_NEW_YEAR).count());
  }

  /** Labour Code 2019 Điều 111.3: a holiday on the weekly rest day gives the next working day off. */
  @Test
  void compensatoryDay_nextWorkingDay_skipsOtherHolidays() {
    // 2028: 30/04 Sun, 01/05 Mon → the compensatory day for 30/04 skips 01/05: Tue 02/05.
    List<ScheduleEntry> y2028 = StatutoryHolidays.derive(2028, false);
    assertTrue(y2028.contains(ScheduleEntry.of(LocalDate.of(2028, 5, 2), DayKind.COMPENSATORY_DAY_OFF,
        Occasion.REUNIFICATION_DAY, EntryStatus.DERIVED, List.of(), "")), y2028.toString());
    for (ScheduleEntry e : y2028) {
      if (e.kind() == DayKind.COMPENSATORY_DAY_OFF) {
        assertFalse(StatutoryHolidays.isWeekend(e.date()), e.toString());
      }
    }
  }

  @Test
  void cultureDay_onlyWithTheOption_andFrom2026() {
    assertFalse(StatutoryHolidays.derive(2030, false).stream()
        .anyMatch(e -> e.occasion() == Occasion.VIETNAM_CULTURE_DAY));
    assertTrue(StatutoryHolidays.derive(2030, true).stream()
        .anyMatch(e -> e.date().equals(LocalDate.of(2030, 11, 24)) && e.kind() == DayKind.HOLIDAY));
    assertFalse(StatutoryHolidays.derive(2025, true).stream()
        .anyMatch(e -> e.occasion() == Occasion.VIETNAM_CULTURE_DAY));
  }
}
