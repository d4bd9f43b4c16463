package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every check of a holiday schedule against the Labour Code, with the exact problem reported:
 * the statutory holidays of Bộ luật Lao động 2019 Điều 112.1 (Tết Dương lịch 1/1, Tết Âm lịch five
 * days, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 1/5, Quốc khánh 2/9 and the day before or after it),
 * the compensatory day off of Điều 111.3 for a holiday on the weekly rest day, and the older rules:
 * Bộ luật Lao động 2012 Điều 115 (Quốc khánh one day) and Law 84/2007/QH11 (Giỗ Tổ from 2007).
 */
class ScheduleValidatorTest {

  private static final String SOURCE = "Công văn 1/VPCP-KGVX (test)";

  private static List<ScheduleEntry> valid2027() {
    return new ArrayList<>(
        HolidaySchedule.parse(HolidayScheduleTest.VALID_2027, "vn-2027.txt").entries());
  }

  private static ScheduleEntry entry(String date, DayKind kind, Occasion occasion) {
    return ScheduleEntry.of(
        LocalDate.parse(date), kind, occasion, EntryStatus.CONFIRMED, List.of(SOURCE), "");
  }

  private static List<ScheduleEntry> without(List<ScheduleEntry> entries, String date) {
    List<ScheduleEntry> result = new ArrayList<>(entries);
    result.removeIf(e -> e.date().equals(LocalDate.parse(date)));
    return result;
  }

  private static List<ScheduleEntry> with(List<ScheduleEntry> entries, ScheduleEntry... added) {
    List<ScheduleEntry> result = new ArrayList<>(entries);
    Collections.addAll(result, added);
    return result;
  }

  @Test
  void theLabourCodeDerivationPassesTheChecksInEverySupportedYear() {
    // Whatever year an integrator's calendar falls back on, the provisional schedule derived from
    // the Labour Code must satisfy the same checks as an official notice.
    for (int year = WorkingCalendar.MIN_YEAR; year <= WorkingCalendar.MAX_YEAR; year++) {
      assertEquals(List.of(), ScheduleValidator.validate(year, StatutoryHolidays.derive(year, false)),
          "year " + year);
      assertEquals(List.of(), ScheduleValidator.validate(year, StatutoryHolidays.derive(year, true)),
          "year " + year + " with Vietnam Culture Day");
    }
  }

  @Test
  void yearsOutsideTheCalendarAreRefusedAlone() {
    assertEquals(List.of("year 1999 is outside the supported years 2000–2199"),
        ScheduleValidator.validate(1999, valid2027()));
    assertEquals(List.of("year 2200 is outside the supported years 2000–2199"),
        ScheduleValidator.validate(2200, List.of()));
  }

  @Test
  void anEmptyScheduleMissesEveryStatutoryHoliday() {
    // 2027: Tết (mùng 1 Tết Đinh Mùi) is Saturday 06/02/2027; Giỗ Tổ is Friday 16/04/2027.
    assertEquals(
        List.of(
            "NEW_YEAR: expected one holiday on 2027-01-01, but found []",
            "REUNIFICATION_DAY: expected one holiday on 2027-04-30, but found []",
            "INTERNATIONAL_LABOUR_DAY: expected one holiday on 2027-05-01, but found []",
            "LUNAR_NEW_YEAR: expected 5 consecutive holidays including the lunar new year"
                + " 2027-02-06, but found []",
            "HUNG_KINGS_COMMEMORATION: expected one holiday on 2027-04-16, but found []",
            "NATIONAL_DAY: expected 2/9 and the day before or after it, but found []"),
        ScheduleValidator.validate(2027, List.of()));
    // Before the Labour Code 2012 took effect (01/05/2013): Tết four days, no Giỗ Tổ before 2007,
    // Quốc khánh one day.
    assertEquals(
        List.of(
            "NEW_YEAR: expected one holiday on 2006-01-01, but found []",
            "REUNIFICATION_DAY: expected one holiday on 2006-04-30, but found []",
            "INTERNATIONAL_LABOUR_DAY: expected one holiday on 2006-05-01, but found []",
            "LUNAR_NEW_YEAR: expected 4 consecutive holidays including the lunar new year"
                + " 2006-01-29, but found []",
            "NATIONAL_DAY: expected 2/9 only, but found []"),
        ScheduleValidator.validate(2006, List.of()));
  }

  @Test
  void everyEntryMustNameASourceUnlessDerived() {
    List<ScheduleEntry> entries = without(valid2027(), "2027-01-01");
    ScheduleEntry confirmed = ScheduleEntry.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY,
        Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of(), "");
    assertEquals(List.of("2027-01-01 HOLIDAY NEW_YEAR CONFIRMED: names no source"),
        ScheduleValidator.validate(2027, with(entries, confirmed)));
    ScheduleEntry unconfirmed = ScheduleEntry.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY,
        Occasion.NEW_YEAR, EntryStatus.UNCONFIRMED, List.of(), "");
    assertEquals(List.of("2027-01-01 HOLIDAY NEW_YEAR UNCONFIRMED: names no source"),
        ScheduleValidator.validate(2027, with(entries, unconfirmed)));
    ScheduleEntry derived = ScheduleEntry.of(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY,
        Occasion.NEW_YEAR, EntryStatus.DERIVED, List.of(), "");
    assertEquals(List.of(), ScheduleValidator.validate(2027, with(entries, derived)));
  }

  @Test
  void aDateMayCarryTwoHolidaysButNothingElseTwice() {
    List<ScheduleEntry> entries = valid2027();
    assertEquals(
        List.of(
            "2027-01-01 HOLIDAY NEW_YEAR CONFIRMED: contradicts or repeats"
                + " 2027-01-01 HOLIDAY NEW_YEAR CONFIRMED",
            "NEW_YEAR: expected one holiday on 2027-01-01, but found [2027-01-01, 2027-01-01]"),
        ScheduleValidator.validate(2027, with(entries, entry("2027-01-01", DayKind.HOLIDAY,
            Occasion.NEW_YEAR))));
    // Two holidays of different occasions on one day do not contradict each other; only the
    // misplaced Vietnam Culture Day is reported.
    assertEquals(
        List.of("VIETNAM_CULTURE_DAY: must be 24/11 only, but found [2027-01-01]"),
        ScheduleValidator.validate(2027, with(entries, entry("2027-01-01", DayKind.HOLIDAY,
            Occasion.VIETNAM_CULTURE_DAY))));
    // A swapped day off on a holiday contradicts it, whatever the occasion.
    assertEquals(
        List.of("2027-01-01 SWAPPED_DAY_OFF NEW_YEAR CONFIRMED: contradicts or repeats"
            + " 2027-01-01 HOLIDAY NEW_YEAR CONFIRMED"),
        ScheduleValidator.validate(2027, with(entries, entry("2027-01-01",
            DayKind.SWAPPED_DAY_OFF, Occasion.NEW_YEAR))));
    // A holiday after a swapped day off on the same date contradicts it too.
    List<ScheduleEntry> swapFirst = new ArrayList<>();
    swapFirst.add(entry("2027-01-01", DayKind.SWAPPED_DAY_OFF, Occasion.LUNAR_NEW_YEAR));
    swapFirst.addAll(entries);
    assertEquals(
        List.of("2027-01-01 HOLIDAY NEW_YEAR CONFIRMED: contradicts or repeats"
            + " 2027-01-01 SWAPPED_DAY_OFF LUNAR_NEW_YEAR CONFIRMED"),
        ScheduleValidator.validate(2027, swapFirst));
  }

  @Test
  void daysMustLieInTheScheduleYear() {
    assertEquals(
        List.of("2028-01-03 SWAPPED_DAY_OFF NEW_YEAR CONFIRMED: date is not in 2027"),
        ScheduleValidator.validate(2027, with(valid2027(), entry("2028-01-03",
            DayKind.SWAPPED_DAY_OFF, Occasion.NEW_YEAR))));
  }

  @Test
  void weekendAndWeekdayRulesOfTheDayKinds() {
    List<ScheduleEntry> entries = valid2027();
    // A make-up working day replaces a weekly rest day: Saturday or Sunday only.
    assertEquals(List.of(), ScheduleValidator.validate(2027, with(entries,
        entry("2027-03-07", DayKind.MAKE_UP_WORKING_DAY, Occasion.LUNAR_NEW_YEAR))));
    assertEquals(
        List.of("2027-03-08 MAKE_UP_WORKING_DAY LUNAR_NEW_YEAR CONFIRMED: a make-up working day"
            + " must be a Saturday or Sunday"),
        ScheduleValidator.validate(2027, with(entries,
            entry("2027-03-08", DayKind.MAKE_UP_WORKING_DAY, Occasion.LUNAR_NEW_YEAR))));
    // A swapped day off must fall on a weekday; it is not a compensatory day.
    assertEquals(
        List.of("2027-03-06 SWAPPED_DAY_OFF LUNAR_NEW_YEAR CONFIRMED: a SWAPPED_DAY_OFF must be"
            + " a weekday"),
        ScheduleValidator.validate(2027, with(entries,
            entry("2027-03-06", DayKind.SWAPPED_DAY_OFF, Occasion.LUNAR_NEW_YEAR))));
    // Điều 111.3: exactly one compensatory day per holiday on the weekly rest day.
    assertEquals(
        List.of(
            "2027-03-06 COMPENSATORY_DAY_OFF LUNAR_NEW_YEAR CONFIRMED: a COMPENSATORY_DAY_OFF"
                + " must be a weekday",
            "LUNAR_NEW_YEAR: 2 holiday(s) fall on a weekend but 3 compensatory day(s) are listed"
                + " (Labour Code 2019 Điều 111.3)"),
        ScheduleValidator.validate(2027, with(entries,
            entry("2027-03-06", DayKind.COMPENSATORY_DAY_OFF, Occasion.LUNAR_NEW_YEAR))));
    assertEquals(
        List.of("LUNAR_NEW_YEAR: 2 holiday(s) fall on a weekend but 1 compensatory day(s) are"
            + " listed (Labour Code 2019 Điều 111.3)"),
        ScheduleValidator.validate(2027, without(entries, "2027-02-10")));
    // 1 May 2027 is a Saturday: without its compensatory Monday the count differs for that
    // occasion alone.
    assertEquals(
        List.of("INTERNATIONAL_LABOUR_DAY: 1 holiday(s) fall on a weekend but 0 compensatory"
            + " day(s) are listed (Labour Code 2019 Điều 111.3)"),
        ScheduleValidator.validate(2027, without(entries, "2027-05-03")));
  }

  @Test
  void tetMustBeTheStatutoryNumberOfConsecutiveDaysIncludingMung1() {
    List<ScheduleEntry> entries = valid2027();
    // Four days only.
    assertEquals(
        List.of("LUNAR_NEW_YEAR: expected 5 consecutive holidays including the lunar new year"
            + " 2027-02-06, but found [2027-02-04, 2027-02-05, 2027-02-06, 2027-02-07]"),
        ScheduleValidator.validate(2027, without(entries, "2027-02-08")));
    // Five days, but not consecutive.
    assertEquals(
        List.of("LUNAR_NEW_YEAR: expected 5 consecutive holidays including the lunar new year"
            + " 2027-02-06, but found [2027-02-04, 2027-02-05, 2027-02-06, 2027-02-07,"
            + " 2027-02-12]"),
        ScheduleValidator.validate(2027, with(without(entries, "2027-02-08"),
            entry("2027-02-12", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR))));
    // Five consecutive weekdays that miss mùng 1 Tết.
    List<ScheduleEntry> early = new ArrayList<>(entries);
    early.removeIf(e -> e.occasion() == Occasion.LUNAR_NEW_YEAR);
    for (int day = 25; day <= 29; day++) {
      early.add(entry("2027-01-" + day, DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR));
    }
    assertEquals(
        List.of("LUNAR_NEW_YEAR: expected 5 consecutive holidays including the lunar new year"
            + " 2027-02-06, but found [2027-01-25, 2027-01-26, 2027-01-27, 2027-01-28,"
            + " 2027-01-29]"),
        ScheduleValidator.validate(2027, early));
  }

  @Test
  void hungKingsIsNotAHolidayBefore2007() {
    // Law 84/2007/QH11 added Giỗ Tổ Hùng Vương from 2007; 10/3 âm lịch 2006 was Friday 07/04/2006.
    LocalDate gioTo2006 = StatutoryHolidays.hungKings(2006);
    assertEquals(LocalDate.of(2006, 4, 7), gioTo2006);
    List<ScheduleEntry> entries = with(StatutoryHolidays.derive(2006, false),
        entry(gioTo2006.toString(), DayKind.HOLIDAY, Occasion.HUNG_KINGS_COMMEMORATION));
    assertEquals(List.of("HUNG_KINGS_COMMEMORATION: not a holiday before 2007 (Law 84/2007/QH11)"),
        ScheduleValidator.validate(2006, entries));
    assertEquals(List.of("HUNG_KINGS_COMMEMORATION: expected one holiday on 2007-04-26, but found"
            + " [2007-04-25]"),
        ScheduleValidator.validate(2007, with(without(StatutoryHolidays.derive(2007, false),
            "2007-04-26"), entry("2007-04-25", DayKind.HOLIDAY,
            Occasion.HUNG_KINGS_COMMEMORATION))));
  }

  @Test
  void nationalDayIsOneDayBefore2021AndTwoFrom2021() {
    // Labour Code 2012 Điều 115.1.đ: 2/9 only (2020: Wednesday).
    assertEquals(List.of("NATIONAL_DAY: expected 2/9 only, but found [2020-09-02, 2020-09-03]"),
        ScheduleValidator.validate(2020, with(StatutoryHolidays.derive(2020, false),
            entry("2020-09-03", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
    assertEquals(List.of("NATIONAL_DAY: expected 2/9 only, but found [2020-09-03]"),
        ScheduleValidator.validate(2020, with(without(StatutoryHolidays.derive(2020, false),
            "2020-09-02"), entry("2020-09-03", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
    // Labour Code 2019 Điều 112.1.đ: 2/9 and the day before or after it.
    List<ScheduleEntry> entries = without(valid2027(), "2027-09-03");
    assertEquals(List.of(), ScheduleValidator.validate(2027,
        with(entries, entry("2027-09-01", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
    assertEquals(
        List.of("NATIONAL_DAY: expected 2/9 and the day before or after it, but found"
            + " [2027-09-02]"),
        ScheduleValidator.validate(2027, entries));
    assertEquals(
        List.of("NATIONAL_DAY: expected 2/9 and the day before or after it, but found"
            + " [2027-09-02, 2027-09-06]"),
        ScheduleValidator.validate(2027,
            with(entries, entry("2027-09-06", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
    assertEquals(
        List.of("NATIONAL_DAY: expected 2/9 and the day before or after it, but found"
            + " [2027-09-01, 2027-09-03]"),
        ScheduleValidator.validate(2027, with(without(entries, "2027-09-02"),
            entry("2027-09-01", DayKind.HOLIDAY, Occasion.NATIONAL_DAY),
            entry("2027-09-03", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
    assertEquals(
        List.of("NATIONAL_DAY: expected 2/9 and the day before or after it, but found"
            + " [2027-09-01, 2027-09-02, 2027-09-03]"),
        ScheduleValidator.validate(2027, with(entries,
            entry("2027-09-01", DayKind.HOLIDAY, Occasion.NATIONAL_DAY),
            entry("2027-09-03", DayKind.HOLIDAY, Occasion.NATIONAL_DAY))));
  }

  @Test
  void vietnamCultureDayIsOptionalButOnly24November() {
    List<ScheduleEntry> entries = valid2027();
    assertEquals(List.of(), ScheduleValidator.validate(2027,
        with(entries, entry("2027-11-24", DayKind.HOLIDAY, Occasion.VIETNAM_CULTURE_DAY))));
    assertEquals(List.of("VIETNAM_CULTURE_DAY: must be 24/11 only, but found [2027-11-25]"),
        ScheduleValidator.validate(2027,
            with(entries, entry("2027-11-25", DayKind.HOLIDAY, Occasion.VIETNAM_CULTURE_DAY))));
  }

  @Test
  void holidayScheduleOfSortsChecksAndComparesByContent() {
    List<ScheduleEntry> entries = valid2027();
    List<ScheduleEntry> reversed = new ArrayList<>(entries);
    Collections.reverse(reversed);
    HolidaySchedule schedule = HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL, reversed, "code");
    assertEquals(entries, schedule.entries());
    assertEquals(2027, schedule.year());
    assertEquals(ScheduleBasis.OFFICIAL, schedule.basis());
    assertEquals("code", schedule.origin());
    assertEquals("HolidaySchedule[2027 OFFICIAL, 16 entries, code]", schedule.toString());

    HolidaySchedule parsed = HolidaySchedule.parse(HolidayScheduleTest.VALID_2027, "vn-2027.txt");
    // The origin documents where a schedule came from; it is not part of its content.
    assertEquals(parsed, schedule);
    assertEquals(schedule, schedule);
    assertEquals(parsed.hashCode(), schedule.hashCode());
    assertNotEquals(schedule, HolidaySchedule.of(2027, ScheduleBasis.PROVISIONAL, entries, "code"));
    assertNotEquals(schedule, HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL,
        with(entries, entry("2027-11-24", DayKind.HOLIDAY, Occasion.VIETNAM_CULTURE_DAY)),
        "code"));
    assertNotEquals(schedule, HolidaySchedule.of(2028, ScheduleBasis.OFFICIAL,
        StatutoryHolidays.derive(2028, false), "code"));
    assertNotEquals(schedule, (Object) "HolidaySchedule[2027 OFFICIAL, 16 entries, code]");
    assertNotEquals(schedule.hashCode(),
        HolidaySchedule.of(2027, ScheduleBasis.PROVISIONAL, entries, "code").hashCode());

    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL, without(entries, "2027-05-03"),
            "code"));
    assertEquals("code", ex.origin());
    assertEquals("Invalid holiday schedule code (1 problem):\n  INTERNATIONAL_LABOUR_DAY: 1"
        + " holiday(s) fall on a weekend but 0 compensatory day(s) are listed (Labour Code 2019"
        + " Điều 111.3)", ex.getMessage());
    assertThrows(NullPointerException.class,
        () -> HolidaySchedule.of(2027, null, entries, "code"));
    assertThrows(NullPointerException.class,
        () -> HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL, entries, null));
    assertThrows(NullPointerException.class,
        () -> HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL, null, "code"));
    assertThrows(NullPointerException.class, () -> HolidaySchedule.parse("", null));
  }
}
