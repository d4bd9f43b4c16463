package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dates on which the statutory rules change, day by day: Labour Code 2012 in force on
 * 01/05/2013 (Tết five days, Điều 115.1), Labour Code 2019 from 2021 (Quốc khánh two days, Điều
 * 112.1.đ), Giỗ Tổ Hùng Vương from 2007 (Law 84/2007/QH11), Vietnam Culture Day from 2026 when
 * chosen, and the provisional choice of the day next to 2/9 and of the Tết break.
 */
class StatutoryHolidaysRulesTest {

  @Test
  void theRulesChangeOnTheirEffectiveDates() {
    assertEquals(4, StatutoryHolidays.lunarNewYearDays(LocalDate.of(2013, 4, 30)));
    assertEquals(5, StatutoryHolidays.lunarNewYearDays(LocalDate.of(2013, 5, 1)));
    assertEquals(1, StatutoryHolidays.nationalDayDays(2020));
    assertEquals(2, StatutoryHolidays.nationalDayDays(2021));
    assertFalse(StatutoryHolidays.hasHungKings(2006));
    assertTrue(StatutoryHolidays.hasHungKings(2007));
    assertTrue(StatutoryHolidays.derive(2026, true).stream().anyMatch(
        e -> e.date().equals(LocalDate.of(2026, 11, 24)) && e.kind() == DayKind.HOLIDAY));
    assertFalse(StatutoryHolidays.derive(2026, false).stream().anyMatch(
        e -> e.occasion() == Occasion.VIETNAM_CULTURE_DAY));
    assertTrue(StatutoryHolidays.isWeekend(LocalDate.of(2025, 3, 8)));
    assertTrue(StatutoryHolidays.isWeekend(LocalDate.of(2025, 3, 9)));
    assertFalse(StatutoryHolidays.isWeekend(LocalDate.of(2025, 3, 7)));
    assertFalse(StatutoryHolidays.isWeekend(LocalDate.of(2025, 3, 10)));
  }

  @Test
  void theDayNextTo2September() {
    // The notices of 2021–2025 chose: 2021 (Thu) 3/9, 2022 (Fri) 1/9, 2023 (Sat) 1/9, 2024 (Mon)
    // 3/9, 2025 (Tue) 1/9; a Wednesday and a Sunday complete the week.
    for (int year = 2021; year <= 2027; year++) {
      LocalDate second = LocalDate.of(year, 9, 2);
      DayOfWeek dow = second.getDayOfWeek();
      LocalDate expected = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY
          || dow == DayOfWeek.SUNDAY ? second.plusDays(1) : second.minusDays(1);
      assertEquals(expected, StatutoryHolidays.nationalDayAdjacent(year), "year " + year);
    }
    assertEquals(LocalDate.of(2021, 9, 3), StatutoryHolidays.nationalDayAdjacent(2021));
    assertEquals(LocalDate.of(2025, 9, 1), StatutoryHolidays.nationalDayAdjacent(2025));
    assertEquals(LocalDate.of(2024, 9, 3), StatutoryHolidays.nationalDayAdjacent(2024));
    assertEquals(LocalDate.of(2027, 9, 3), StatutoryHolidays.nationalDayAdjacent(2027)); // Thu 2/9
  }

  @Test
  void theTetBreakAroundMung1() {
    // Before 01/05/2013: the last day of the lunar year and the first three of the new one
    // (Labour Code 1994 Điều 73).
    assertEquals(LocalDate.of(2013, 2, 9),
        StatutoryHolidays.lunarNewYearFirstDay(LocalDate.of(2013, 2, 10)));
    // Tết on a Tuesday (2026-02-17): Monday to Friday.
    assertEquals(LocalDate.of(2026, 2, 16),
        StatutoryHolidays.lunarNewYearFirstDay(LocalDate.of(2026, 2, 17)));
    // Otherwise two days before Tết and two after (2025: Wednesday 29/01 → 27/01 to 31/01).
    assertEquals(LocalDate.of(2025, 1, 27),
        StatutoryHolidays.lunarNewYearFirstDay(LocalDate.of(2025, 1, 29)));
  }

  @Test
  void compensatoryDaysFollowEachWeekendHolidayInOrder() {
    // 2029: Vietnam Culture Day 24/11 is a Saturday → Monday 26/11 (Điều 111.3).
    List<String> comp = StatutoryHolidays.derive(2029, true).stream()
        .filter(e -> e.kind() == DayKind.COMPENSATORY_DAY_OFF)
        .map(e -> e.date() + " " + e.occasion())
        .collect(Collectors.toList());
    assertTrue(comp.contains("2029-11-26 VIETNAM_CULTURE_DAY"), comp.toString());
    // 2028: 30/4 Sunday and 1/5 Monday → the compensatory day is Tuesday 2/5.
    assertEquals(
        List.of(ScheduleEntry.of(LocalDate.of(2028, 5, 2), DayKind.COMPENSATORY_DAY_OFF,
            Occasion.REUNIFICATION_DAY, EntryStatus.DERIVED, List.of(), "")),
        StatutoryHolidays.compensatoryDays(List.of(
            ScheduleEntry.of(LocalDate.of(2028, 4, 30), DayKind.HOLIDAY,
                Occasion.REUNIFICATION_DAY, EntryStatus.DERIVED, List.of(), ""),
            ScheduleEntry.of(LocalDate.of(2028, 5, 1), DayKind.HOLIDAY,
                Occasion.INTERNATIONAL_LABOUR_DAY, EntryStatus.DERIVED, List.of(), ""))));
  }
}
