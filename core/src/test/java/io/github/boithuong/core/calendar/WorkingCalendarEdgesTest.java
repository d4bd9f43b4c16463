package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the working calendar: the first and last supported days, the strict mode that
 * refuses years without an official notice, the option of Vietnam Culture Day (24/11, a holiday
 * from 2026 only if the Government so decides; Labour Code 2019 Điều 111.3 then gives a
 * compensatory day when it falls on the weekly rest day) and schedules supplied by integrators.
 */
class WorkingCalendarEdgesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final WorkingCalendar STRICT =
      WorkingCalendar.vietnam(CalendarOptions.defaults().withStrict(true));

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static CalendarProblem onlyProblem(Runnable action) {
    CalendarException ex = assertThrows(CalendarException.class, action::run);
    assertEquals(1, ex.problems().size(), ex.getMessage());
    return ex.problems().get(0);
  }

  /** A schedule file in the documented format, holding the Labour Code derivation of a year. */
  private static String scheduleText(int year, List<ScheduleEntry> entries) {
    StringBuilder text = new StringBuilder("format 1\nyear " + year + "\nbasis OFFICIAL\n"
        + "document T Thông báo thử (test)\n");
    for (ScheduleEntry e : entries) {
      text.append(e.date()).append(' ').append(e.kind()).append(' ').append(e.occasion())
          .append(" CONFIRMED T\n");
    }
    return text.toString();
  }

  @Test
  void theSupportedRangeIs2000To2199() {
    assertEquals(date("2000-01-01"), CALENDAR.minDate());
    assertEquals(date("2199-12-31"), CALENDAR.maxDate());
    assertSame(CalendarOptions.defaults(), CALENDAR.options());
    // Both ends are provisional, derived years; their New Year's Day is a holiday.
    assertEquals(DayKind.HOLIDAY, CALENDAR.day(date("2000-01-01")).kind());
    assertEquals(DayKind.HOLIDAY, CALENDAR.day(date("2199-01-01")).kind());
    assertEquals(ScheduleBasis.PROVISIONAL, CALENDAR.basis(2000));
    assertEquals(ScheduleBasis.PROVISIONAL, CALENDAR.basis(2199));
    assertEquals(ScheduleBasis.OFFICIAL, CALENDAR.basis(2018));
    assertEquals(ScheduleBasis.OFFICIAL, CALENDAR.basis(2026));
    assertTrue(CALENDAR.isWorkingDay(date("2199-12-31"))); // a Tuesday
    assertEquals(date("2199-12-31"), CALENDAR.nextWorkingDayOrSame(date("2199-12-31")));

    CalendarProblem before = onlyProblem(() -> CALENDAR.isWorkingDay(date("1999-12-31")));
    assertEquals(CalendarProblem.Code.OUTSIDE_SUPPORTED_RANGE, before.code());
    assertEquals(date("1999-12-31"), before.date());
    assertEquals("Date 1999-12-31 is outside the supported calendar range 2000-01-01 to"
        + " 2199-12-31", before.message(Locale.ENGLISH));
    assertEquals("Ngày 1999-12-31 nằm ngoài phạm vi lịch được hỗ trợ (2000-01-01 đến 2199-12-31)",
        before.message(Locale.forLanguageTag("vi")));
    assertEquals(before.message(Locale.ENGLISH), before.toString());
    assertEquals(date("2200-01-01"),
        onlyProblem(() -> CALENDAR.day(date("2200-01-01"))).date());
    assertEquals(date("1999-01-01"), onlyProblem(() -> CALENDAR.basis(1999)).date());
    assertEquals(date("2200-01-01"), onlyProblem(() -> CALENDAR.schedule(2200)).date());
    assertEquals(LocalDate.of(999_999_999, 1, 1),
        onlyProblem(() -> CALENDAR.basis(Integer.MAX_VALUE)).date());
    assertEquals(LocalDate.of(-999_999_999, 1, 1),
        onlyProblem(() -> CALENDAR.basis(Integer.MIN_VALUE)).date());
  }

  @Test
  void countingPastTheLastWorkingDayIsRefused() {
    LocalDate from = date("2199-12-01");
    int left = CALENDAR.workingDaysBetween(from, CALENDAR.maxDate());
    assertEquals(CALENDAR.maxDate(), CALENDAR.plusWorkingDays(from, left));
    CalendarProblem problem = onlyProblem(() -> CALENDAR.plusWorkingDays(from, left + 1));
    assertEquals(CalendarProblem.Code.OUTSIDE_SUPPORTED_RANGE, problem.code());
    assertEquals(date("2200-01-01"), problem.date());
    assertEquals("n must not be negative, but was -1",
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(from, -1))
            .getMessage());
  }

  @Test
  void aDayOffOnTheLastSupportedDayLeavesNoNextWorkingDay() {
    // An integrator's 2199 notice that swaps Tuesday 31/12/2199 off: the next working day lies
    // beyond the supported range, which is reported, never guessed.
    List<ScheduleEntry> entries = new ArrayList<>(StatutoryHolidays.derive(2199, false));
    entries.add(ScheduleEntry.of(date("2199-12-31"), DayKind.SWAPPED_DAY_OFF, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("test"), ""));
    WorkingCalendar calendar = WorkingCalendar.builder()
        .schedule(HolidaySchedule.of(2199, ScheduleBasis.OFFICIAL, entries, "test"))
        .classpathExtensions(null)
        .build();
    assertFalse(calendar.isWorkingDay(date("2199-12-31")));
    assertEquals(date("2199-12-30"), calendar.nextWorkingDayOrSame(date("2199-12-30")));
    CalendarProblem problem = onlyProblem(() -> calendar.nextWorkingDayOrSame(date("2199-12-31")));
    assertEquals(CalendarProblem.Code.OUTSIDE_SUPPORTED_RANGE, problem.code());
    assertEquals(date("2200-01-01"), problem.date());
  }

  @Test
  void countingWorkingDaysAroundTet2025() {
    // Tết Ất Tỵ 2025: off from Saturday 25/01 to Sunday 02/02 (vn-2025.txt).
    assertEquals(date("2025-01-24"), CALENDAR.plusWorkingDays(date("2025-01-23"), 1));
    assertEquals(date("2025-02-03"), CALENDAR.plusWorkingDays(date("2025-01-24"), 1));
    assertEquals(date("2025-02-03"), CALENDAR.nextWorkingDayOrSame(date("2025-01-25")));
    assertEquals(1, CALENDAR.workingDaysBetween(date("2025-01-24"), date("2025-02-03")));
    assertEquals(-1, CALENDAR.workingDaysBetween(date("2025-02-03"), date("2025-01-24")));
    assertEquals(0, CALENDAR.workingDaysBetween(date("2025-01-24"), date("2025-01-24")));
    assertFalse(CALENDAR.isProvisional(date("2025-01-01"), date("2025-12-31")));
    assertTrue(CALENDAR.isProvisional(date("2026-12-31"), date("2027-01-01")));
    assertEquals("endInclusive 2025-01-01 is before startInclusive 2025-01-02",
        assertThrows(IllegalArgumentException.class,
            () -> CALENDAR.isProvisional(date("2025-01-02"), date("2025-01-01"))).getMessage());
    assertEquals(List.of(),
        CALENDAR.unconfirmedDays(date("2024-05-05"), date("2024-05-03")));
  }

  @Test
  void aStrictCalendarRefusesEveryAnswerThatDependsOnAProvisionalYear() {
    // Official years are answered.
    assertTrue(STRICT.isWorkingDay(date("2026-12-31")));
    assertEquals(date("2026-12-31"), STRICT.plusWorkingDays(date("2026-12-31"), 0));
    assertEquals(date("2026-12-31"), STRICT.nextWorkingDayOrSame(date("2026-12-31")));
    assertEquals(2, STRICT.workingDaysBetween(date("2026-12-28"), date("2026-12-30")));
    // Each way of touching 2027 is refused, naming the first provisional day.
    CalendarProblem zero = onlyProblem(() -> STRICT.plusWorkingDays(date("2027-03-01"), 0));
    assertEquals(CalendarProblem.Code.PROVISIONAL_YEAR, zero.code());
    assertEquals(date("2027-03-01"), zero.date());
    assertEquals("Year 2027 has no official holiday schedule (date 2027-03-01); a strict calendar"
        + " refuses provisional years", zero.message(Locale.ENGLISH));
    assertEquals("Năm 2027 chưa có lịch nghỉ lễ chính thức (ngày 2027-03-01); lịch nghiêm ngặt"
        + " không dùng lịch tạm tính", zero.message(Locale.forLanguageTag("vi")));
    assertEquals(date("2027-01-01"),
        onlyProblem(() -> STRICT.plusWorkingDays(date("2026-12-31"), 1)).date());
    assertEquals(date("2027-01-01"),
        onlyProblem(() -> STRICT.nextWorkingDayOrSame(date("2026-12-31").plusDays(1))).date());
    assertEquals(date("2027-01-01"),
        onlyProblem(() -> STRICT.workingDaysBetween(date("2026-06-01"), date("2027-06-01")))
            .date());
    assertEquals(date("2027-01-01"),
        onlyProblem(() -> STRICT.workingDaysBetween(date("2027-06-01"), date("2026-06-01")))
            .date());
    assertEquals(date("2017-12-31"),
        onlyProblem(() -> STRICT.isWorkingDay(date("2017-12-31"))).date());
  }

  @Test
  void vietnamCultureDayOnAnOfficialYear() {
    // 24/11/2026 is a Tuesday: the option adds the holiday to the official 2026 schedule, no
    // compensatory day.
    WorkingCalendar culture =
        WorkingCalendar.vietnam(CalendarOptions.defaults().withVietnamCultureDayIsHoliday(true));
    assertEquals(DayKind.HOLIDAY, culture.day(date("2026-11-24")).kind());
    assertEquals(List.of(Occasion.VIETNAM_CULTURE_DAY), culture.day(date("2026-11-24")).occasions());
    assertEquals(DayKind.WORKING_DAY, culture.day(date("2026-11-25")).kind());
    assertEquals(1, culture.schedule(2026).entries().stream()
        .filter(e -> e.occasion() == Occasion.VIETNAM_CULTURE_DAY).count());
    assertEquals(DayKind.WORKING_DAY, CALENDAR.day(date("2026-11-24")).kind());
    // 2025 is before the first possible Vietnam Culture Day holiday.
    assertEquals(DayKind.WORKING_DAY, culture.day(date("2025-11-24")).kind());

    // 24/11/2029 is a Saturday. An official 2029 schedule (here: the Labour Code's days, plus a
    // swapped day off on Monday 26/11) leaves the compensatory day to Tuesday 27/11.
    List<ScheduleEntry> entries = new ArrayList<>(StatutoryHolidays.derive(2029, false));
    entries.add(ScheduleEntry.of(date("2029-11-26"), DayKind.SWAPPED_DAY_OFF, Occasion.NATIONAL_DAY,
        EntryStatus.CONFIRMED, List.of("test"), ""));
    HolidaySchedule official = HolidaySchedule.of(2029, ScheduleBasis.OFFICIAL, entries, "test");
    WorkingCalendar with2029 = WorkingCalendar.builder()
        .options(CalendarOptions.defaults().withVietnamCultureDayIsHoliday(true))
        .schedule(official)
        .classpathExtensions(null)
        .build();
    assertEquals(DayKind.HOLIDAY, with2029.day(date("2029-11-24")).kind());
    assertEquals(DayKind.SWAPPED_DAY_OFF, with2029.day(date("2029-11-26")).kind());
    CalendarDay compensatory = with2029.day(date("2029-11-27"));
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, compensatory.kind());
    assertEquals(List.of(Occasion.VIETNAM_CULTURE_DAY), compensatory.occasions());
    assertEquals("by the calendar's option vietnamCultureDayIsHoliday",
        compensatory.entries().get(0).note());
    assertEquals(DayKind.WORKING_DAY, with2029.day(date("2029-11-28")).kind());
    // A schedule that already names the day keeps its own entry.
    List<ScheduleEntry> withCulture = new ArrayList<>(StatutoryHolidays.derive(2029, true));
    WorkingCalendar own = WorkingCalendar.builder()
        .options(CalendarOptions.defaults().withVietnamCultureDayIsHoliday(true))
        .schedule(HolidaySchedule.of(2029, ScheduleBasis.OFFICIAL, withCulture, "own"))
        .classpathExtensions(null)
        .build();
    assertEquals(withCulture, own.schedule(2029).entries());
    assertEquals("own", own.schedule(2029).origin());
    assertEquals(ScheduleBasis.OFFICIAL, own.schedule(2029).basis());
  }

  @Test
  void integratorSchedulesFromTheClasspath(@TempDir Path dir) throws IOException {
    // The last supported year can be supplied too.
    Path first = dir.resolve("a/META-INF/boithuong/holidays/vn-2199.txt");
    Files.createDirectories(first.getParent());
    String text2199 = scheduleText(2199, StatutoryHolidays.derive(2199, false));
    Files.writeString(first, text2199, StandardCharsets.UTF_8);
    Path same = dir.resolve("b/META-INF/boithuong/holidays/vn-2199.txt");
    Files.createDirectories(same.getParent());
    Files.writeString(same, text2199, StandardCharsets.UTF_8);
    URL[] both = {dir.resolve("a").toUri().toURL(), dir.resolve("b").toUri().toURL()};
    try (URLClassLoader loader = new URLClassLoader(both, null)) {
      // The same schedule twice on the classpath (e.g. a shaded jar) is accepted.
      WorkingCalendar calendar = WorkingCalendar.builder().classpathExtensions(loader).build();
      assertEquals(ScheduleBasis.OFFICIAL, calendar.basis(2199));
      assertEquals(ScheduleBasis.PROVISIONAL, calendar.basis(2198));
    }
    Files.writeString(same, text2199.replace("T Thông báo thử", "T Thông báo khác"),
        StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(both, null)) {
      ScheduleFormatException ex = assertThrows(ScheduleFormatException.class,
          () -> WorkingCalendar.builder().classpathExtensions(loader).build());
      assertEquals("META-INF/boithuong/holidays/vn-*.txt", ex.origin());
      assertEquals(1, ex.problems().size(), ex.getMessage());
      assertTrue(ex.problems().get(0).startsWith("two different schedules for 2199: "),
          ex.getMessage());
    }
  }

  @Test
  void builderAndToString() {
    HolidaySchedule schedule =
        HolidaySchedule.parse(HolidayScheduleTest.VALID_2027, "vn-2027.txt");
    WorkingCalendar.Builder builder = WorkingCalendar.builder().schedule(schedule);
    assertEquals("a schedule for 2027 was already added (vn-2027.txt)",
        assertThrows(IllegalArgumentException.class, () -> builder.schedule(schedule))
            .getMessage());
    WorkingCalendar calendar = builder.classpathExtensions(null).build();
    assertEquals("WorkingCalendar[Vietnam civil service 2000–2199, official years [2018, 2019, 2020,"
        + " 2021, 2022, 2023, 2024, 2025, 2026, 2027], CalendarOptions[strict=false,"
        + " makeUpSaturdayIsWorkingDay=true, vietnamCultureDayIsHoliday=false]]",
        calendar.toString());
    assertEquals(schedule, calendar.schedule(2027));
    assertEquals("vn-2027.txt", calendar.schedule(2027).origin());
    HolidaySchedule derived = CALENDAR.schedule(2030);
    assertEquals(ScheduleBasis.PROVISIONAL, derived.basis());
    assertEquals("derived from the Labour Code", derived.origin());
    assertEquals(StatutoryHolidays.derive(2030, false), derived.entries());
  }

  @Test
  void optionsAreValues() {
    CalendarOptions defaults = CalendarOptions.defaults();
    assertFalse(defaults.strict());
    assertTrue(defaults.makeUpSaturdayIsWorkingDay());
    assertFalse(defaults.vietnamCultureDayIsHoliday());
    CalendarOptions strict = defaults.withStrict(true);
    assertEquals(List.of(true, true, false), List.of(strict.strict(),
        strict.makeUpSaturdayIsWorkingDay(), strict.vietnamCultureDayIsHoliday()));
    CalendarOptions noSaturday = defaults.withMakeUpSaturdayIsWorkingDay(false);
    assertEquals(List.of(false, false, false), List.of(noSaturday.strict(),
        noSaturday.makeUpSaturdayIsWorkingDay(), noSaturday.vietnamCultureDayIsHoliday()));
    CalendarOptions culture = defaults.withVietnamCultureDayIsHoliday(true);
    assertEquals(List.of(false, true, true), List.of(culture.strict(),
        culture.makeUpSaturdayIsWorkingDay(), culture.vietnamCultureDayIsHoliday()));
    assertEquals(defaults, strict.withStrict(false));
    assertEquals(defaults.hashCode(), strict.withStrict(false).hashCode());
    assertNotEquals(defaults, strict);
    assertNotEquals(defaults, noSaturday);
    assertNotEquals(defaults, culture);
    assertNotEquals(defaults.hashCode(), culture.hashCode());
    assertNotEquals(defaults, (Object) "defaults");
    assertEquals("CalendarOptions[strict=true, makeUpSaturdayIsWorkingDay=true,"
        + " vietnamCultureDayIsHoliday=false]", strict.toString());
  }

  @Test
  void problemsAndEntriesAreValues() {
    CalendarProblem a = CalendarProblem.outsideRange(date("1999-12-31"), date("2000-01-01"),
        date("2199-12-31"));
    CalendarProblem b = CalendarProblem.outsideRange(date("1999-12-31"), date("2000-01-01"),
        date("2199-12-31"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, CalendarProblem.provisionalYear(date("1999-12-31")));
    assertNotEquals(a, CalendarProblem.outsideRange(date("2200-01-01"), date("2000-01-01"),
        date("2199-12-31")));
    assertNotEquals(a.hashCode(), CalendarProblem.provisionalYear(date("1999-12-31")).hashCode());
    assertNotEquals(a, (Object) a.toString());

    ScheduleEntry e = ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("s"), "n");
    assertEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("s"), "n"));
    assertEquals(e.hashCode(), ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY,
        Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of("s"), "n").hashCode());
    assertEquals(e, e);
    assertNotEquals(e, (Object) e.toString());
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-02"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("s"), "n"));
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.SWAPPED_DAY_OFF,
        Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of("s"), "n"));
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY,
        Occasion.LUNAR_NEW_YEAR, EntryStatus.CONFIRMED, List.of("s"), "n"));
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.DERIVED, List.of("s"), "n"));
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("t"), "n"));
    assertNotEquals(e, ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY, Occasion.NEW_YEAR,
        EntryStatus.CONFIRMED, List.of("s"), "m"));
    assertNotEquals(e.hashCode(), ScheduleEntry.of(date("2027-01-01"), DayKind.HOLIDAY,
        Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of("s"), "m").hashCode());
    assertEquals("kind must be HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF or"
        + " MAKE_UP_WORKING_DAY, but was WEEKLY_REST",
        assertThrows(IllegalArgumentException.class, () -> ScheduleEntry.of(date("2027-01-02"),
            DayKind.WEEKLY_REST, Occasion.NEW_YEAR, EntryStatus.CONFIRMED, List.of(), ""))
            .getMessage());
    assertEquals("problems must not be empty",
        assertThrows(IllegalArgumentException.class, () -> new CalendarException(List.of()))
            .getMessage());
  }
}
