package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule format (docs/holiday-schedules.md) and its checks: every problem at once. */
class HolidayScheduleTest {

  /** A made-up but statute-consistent 2027 schedule, with one swap, as an integrator would add it. */
  static final String VALID_2027 = String.join("\n",
      "\uFEFF# test schedule",
      "format 1",
      "year 2027",
      "basis OFFICIAL",
      "document CV1 Công văn 1/VPCP-KGVX (test)",
      "2027-01-01 HOLIDAY             NEW_YEAR                 CONFIRMED CV1",
      "2027-02-04 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED CV1",
      "2027-02-05 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED CV1",
      "2027-02-06 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED CV1 mùng 1",
      "2027-02-07 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED CV1",
      "2027-02-08 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED CV1",
      "2027-02-09 COMPENSATORY_DAY_OFF LUNAR_NEW_YEAR          CONFIRMED CV1",
      "2027-02-10 COMPENSATORY_DAY_OFF LUNAR_NEW_YEAR          CONFIRMED CV1",
      "2027-02-11 SWAPPED_DAY_OFF     LUNAR_NEW_YEAR           CONFIRMED CV1 test swap",
      "2027-02-20 MAKE_UP_WORKING_DAY LUNAR_NEW_YEAR           CONFIRMED CV1",
      "2027-04-16 HOLIDAY             HUNG_KINGS_COMMEMORATION CONFIRMED CV1",
      "2027-04-30 HOLIDAY             REUNIFICATION_DAY        CONFIRMED CV1",
      "2027-05-01 HOLIDAY             INTERNATIONAL_LABOUR_DAY CONFIRMED CV1",
      "2027-05-03 COMPENSATORY_DAY_OFF INTERNATIONAL_LABOUR_DAY CONFIRMED CV1",
      "2027-09-02 HOLIDAY             NATIONAL_DAY             CONFIRMED CV1",
      "2027-09-03 HOLIDAY             NATIONAL_DAY             CONFIRMED CV1",
      "");

  @Test
  void parse_valid() {
    HolidaySchedule s = HolidaySchedule.parse(VALID_2027, "vn-2027.txt");
    assertEquals(2027, s.year());
    assertEquals(ScheduleBasis.OFFICIAL, s.basis());
    assertEquals(16, s.entries().size());
    ScheduleEntry swap = s.entries().stream()
        .filter(e -> e.kind() == DayKind.SWAPPED_DAY_OFF).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2027, 2, 11), swap.date());
    assertEquals(List.of("Công văn 1/VPCP-KGVX (test)"), swap.sources());
    assertEquals("test swap", swap.note());
  }

  @Test
  void parse_everyProblemAtOnce_withLineNumbers() {
    String broken = VALID_2027
        .replace("2027-01-01 HOLIDAY", "2027-01-01 HOLYDAY")
        .replace("2027-04-16 HOLIDAY             HUNG_KINGS_COMMEMORATION CONFIRMED CV1",
            "2027-04-16 HOLIDAY             HUNG_KINGS_COMMEMORATION CONFIRMED CV9")
        .replace("2027-09-03 HOLIDAY", "2027-09-31 HOLIDAY")
        .replace("2027-02-05 HOLIDAY             LUNAR_NEW_YEAR           CONFIRMED",
            "2027-02-05 HOLIDAY             LUNAR_NEW_YEAR           CERTAIN");
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(broken, "vn-2027.txt"));
    assertEquals("vn-2027.txt", ex.origin());
    assertEquals(4, ex.problems().size(), ex.getMessage());
    assertTrue(ex.problems().get(0).startsWith("line 6: unknown kind 'HOLYDAY'"), ex.getMessage());
    assertTrue(ex.getMessage().contains("line 8: unknown status 'CERTAIN'"), ex.getMessage());
    assertTrue(ex.getMessage().contains("reference 'CV9' is not defined"), ex.getMessage());
    assertTrue(ex.getMessage().contains("'2027-09-31' is not a date"), ex.getMessage());
  }

  @Test
  void parse_missingHeaderLines() {
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse("# nothing\n", "empty.txt"));
    assertEquals(
        List.of("missing 'format 1' line", "missing 'year' line", "missing 'basis' line", "no entries"),
        ex.problems());
    ScheduleFormatException v2 = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(VALID_2027.replace("format 1", "format 2"), "v2.txt"));
    assertTrue(v2.getMessage().contains("unsupported format '2'"));
  }

  @Test
  void validate_statutoryHolidaysMissingOrMisplaced() {
    String noGioTo = VALID_2027.replace(
        "2027-04-16 HOLIDAY             HUNG_KINGS_COMMEMORATION CONFIRMED CV1\n", "");
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(noGioTo, "x"));
    assertTrue(ex.getMessage().contains("HUNG_KINGS_COMMEMORATION: expected one holiday on 2027-04-16"),
        ex.getMessage());

    String wrongTet = VALID_2027.replace("2027-02-04 HOLIDAY", "2027-02-03 HOLIDAY");
    ScheduleFormatException tet = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(wrongTet, "x"));
    assertTrue(tet.getMessage().contains("LUNAR_NEW_YEAR: expected 5 consecutive holidays"),
        tet.getMessage());
  }

  @Test
  void validate_compensatoryDaysMustMatchWeekendHolidays() {
    String noComp = VALID_2027.replace(
        "2027-05-03 COMPENSATORY_DAY_OFF INTERNATIONAL_LABOUR_DAY CONFIRMED CV1\n", "");
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(noComp, "x"));
    assertTrue(ex.getMessage().contains(
        "INTERNATIONAL_LABOUR_DAY: 1 holiday(s) fall on a weekend but 0 compensatory day(s)"),
        ex.getMessage());
  }

  @Test
  void validate_contradictoryAndMisplacedDays() {
    String contradiction = VALID_2027
        + "2027-02-11 MAKE_UP_WORKING_DAY LUNAR_NEW_YEAR CONFIRMED CV1\n"
        + "2027-02-13 SWAPPED_DAY_OFF LUNAR_NEW_YEAR CONFIRMED CV1\n"
        + "2026-12-31 SWAPPED_DAY_OFF NEW_YEAR CONFIRMED CV1\n";
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.parse(contradiction, "x"));
    String msg = ex.getMessage();
    assertTrue(msg.contains("2027-02-11 MAKE_UP_WORKING_DAY LUNAR_NEW_YEAR CONFIRMED: contradicts"), msg);
    assertTrue(msg.contains("a make-up working day must be a Saturday or Sunday"), msg);
    assertTrue(msg.contains("a SWAPPED_DAY_OFF must be a weekday"), msg);
    assertTrue(msg.contains("2026-12-31 SWAPPED_DAY_OFF NEW_YEAR CONFIRMED: date is not in 2027"), msg);
  }

  @Test
  void of_programmatic_isCheckedToo() {
    ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.of(2027, ScheduleBasis.OFFICIAL, List.of(), "code"));
    assertTrue(ex.problems().size() >= 6, ex.getMessage());
    assertThrows(ScheduleFormatException.class,
        () -> HolidaySchedule.of(1999, ScheduleBasis.OFFICIAL, List.of(), "code"));
    assertThrows(NullPointerException.class, () -> HolidaySchedule.parse(null, "x"));
    assertThrows(IllegalArgumentException.class, () -> ScheduleEntry.of(LocalDate.of(2027, 1, 1),
        DayKind.WORKING_DAY, Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of(), ""));
  }
}
