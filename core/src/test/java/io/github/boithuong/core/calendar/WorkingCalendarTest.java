package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  @Test
  void vietnam_isShared() {
    assertSame(calendar, WorkingCalendar.vietnam());
  }

  @Test
  void plusWorkingDays_skipsTet2024() {
    // Wed 07/02/2024; Tết break Thu 08/02 – Wed 14/02 (Công văn 8662/VPCP-KGVX).
    LocalDate event = LocalDate.of(2024, 2, 7);
    assertEquals(LocalDate.of(2024, 2, 15), calendar.plusWorkingDays(event, 1));
    assertEquals(LocalDate.of(2024, 2, 21), calendar.plusWorkingDays(event, 5));
    assertEquals(5, calendar.workingDaysBetween(event, LocalDate.of(2024, 2, 21)));
  }

  @Test
  void plusWorkingDays_countsMakeUpSaturday2026() {
    // Fri 21/08/2026 + 1 working day = Sat 22/08/2026, a make-up Saturday (Thông báo 9441 Bộ Nội vụ).
    assertEquals(LocalDate.of(2026, 8, 22), calendar.plusWorkingDays(LocalDate.of(2026, 8, 21), 1));
    // Sat 29/08 – Wed 02/09 off: Fri 28/08 + 1 = Thu 03/09.
    assertEquals(LocalDate.of(2026, 9, 3), calendar.plusWorkingDays(LocalDate.of(2026, 8, 28), 1));
  }

  @Test
  void plusWorkingDays_zeroIsIdentity_evenOnADayOff() {
    LocalDate sunday = LocalDate.of(2024, 3, 3);
    assertEquals(sunday, calendar.plusWorkingDays(sunday, 0));
  }

  @Test
  void plusWorkingDays_fromADayOff_countsFromTheNextWorkingDay() {
    // Sat 10/02/2024 (mùng 1 Tết): the first working day after it is Thu 15/02.
    assertEquals(LocalDate.of(2024, 2, 15), calendar.plusWorkingDays(LocalDate.of(2024, 2, 10), 1));
  }

  @Test
  void workingDaysBetween_reversedIsNegative() {
    LocalDate a = LocalDate.of(2024, 2, 7);
    LocalDate b = LocalDate.of(2024, 2, 21);
    assertEquals(-5, calendar.workingDaysBetween(b, a));
    assertEquals(0, calendar.workingDaysBetween(a, a));
  }

  @Test
  void nextWorkingDayOrSame() {
    assertEquals(LocalDate.of(2024, 2, 15), calendar.nextWorkingDayOrSame(LocalDate.of(2024, 2, 8)));
    assertEquals(LocalDate.of(2024, 2, 15), calendar.nextWorkingDayOrSame(LocalDate.of(2024, 2, 15)));
  }

  @Test
  void day_explainsWhyADayIsOff_inBothLanguages() {
    CalendarDay day = calendar.day(LocalDate.of(2024, 2, 13));
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, day.kind());
    assertFalse(day.isWorkingDay());
    assertEquals(ScheduleBasis.OFFICIAL, day.basis());
    assertTrue(day.sources().get(0).contains("8662/VPCP-KGVX"));
    String vi = day.explain().render(VI);
    String en = day.explain().render(Locale.ENGLISH);
    assertTrue(vi.contains("ngày nghỉ bù") && vi.contains("khoản 3 Điều 111 BLLĐ 2019"), vi);
    assertTrue(en.contains("compensatory day off") && en.contains("Art. 111(3), Labour Code 2019"), en);
  }

  @Test
  void day_weekendCitesDecision188() {
    CalendarDay sunday = calendar.day(LocalDate.of(2024, 3, 3));
    assertEquals(DayKind.WEEKLY_REST, sunday.kind());
    assertTrue(sunday.explain().render(VI).contains("Quyết định 188/1999/QĐ-TTg"));
  }

  @Test
  void provisionalYear_isSaidLoudly() {
    CalendarDay tet2027 = calendar.day(LocalDate.of(2027, 2, 8));
    assertTrue(tet2027.isProvisional());
    assertEquals(EntryStatus.DERIVED, tet2027.status());
    assertTrue(tet2027.explain().render(VI).contains("TẠM TÍNH"));
    assertTrue(tet2027.explain().render(Locale.ENGLISH).contains("PROVISIONAL"));
    assertTrue(calendar.isProvisional(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5)));
    assertFalse(calendar.isProvisional(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void strictCalendar_refusesProvisionalYears() {
    WorkingCalendar strict = WorkingCalendar.vietnam(CalendarOptions.defaults().withStrict(true));
    assertTrue(strict.isWorkingDay(LocalDate.of(2026, 12, 31)));
    CalendarException ex =
        assertThrows(CalendarException.class, () -> strict.isWorkingDay(LocalDate.of(2027, 1, 4)));
    assertEquals(CalendarProblem.Code.PROVISIONAL_YEAR, ex.problems().get(0).code());
    assertTrue(ex.getMessage().contains("2027"), ex.getMessage());
    CalendarException across =
        assertThrows(
            CalendarException.class,
            () -> strict.plusWorkingDays(LocalDate.of(2026, 12, 28), 10));
    assertEquals(LocalDate.of(2027, 1, 1), across.problems().get(0).date());
    // Explaining a day is never refused: the answer says it is provisional.
    assertTrue(strict.day(LocalDate.of(2027, 1, 4)).isProvisional());
  }

  @Test
  void makeUpSaturdayPolicy() {
    LocalDate makeUp = LocalDate.of(2026, 1, 10);
    assertTrue(calendar.isWorkingDay(makeUp));
    WorkingCalendar noMakeUp =
        WorkingCalendar.vietnam(CalendarOptions.defaults().withMakeUpSaturdayIsWorkingDay(false));
    assertFalse(noMakeUp.isWorkingDay(makeUp));
    assertEquals(DayKind.MAKE_UP_WORKING_DAY, noMakeUp.day(makeUp).kind());
    // The swapped weekday stays off either way.
    assertFalse(noMakeUp.isWorkingDay(LocalDate.of(2026, 1, 2)));
  }

  @Test
  void cultureDayPolicy_defaultNo() {
    LocalDate culture = LocalDate.of(2026, 11, 24);
    assertTrue(calendar.isWorkingDay(culture));
    WorkingCalendar withCulture =
        WorkingCalendar.vietnam(CalendarOptions.defaults().withVietnamCultureDayIsHoliday(true));
    assertFalse(withCulture.isWorkingDay(culture));
    assertEquals(Occasion.VIETNAM_CULTURE_DAY, withCulture.day(culture).occasions().get(0));
    // 24/11/2029 is a Saturday: compensatory Monday 26/11/2029.
    assertFalse(withCulture.isWorkingDay(LocalDate.of(2029, 11, 26)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2029, 11, 26)));
  }

  @Test
  void integratorSchedule_programmatic_overridesProvisionalYear() {
    HolidaySchedule y2027 = HolidaySchedule.parse(HolidayScheduleTest.VALID_2027, "vn-2027.txt");
    WorkingCalendar custom = WorkingCalendar.builder().schedule(y2027).build();
    assertEquals(ScheduleBasis.OFFICIAL, custom.basis(2027));
    assertFalse(custom.isWorkingDay(LocalDate.of(2027, 2, 11))); // the file's own swap
    assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 11)));
    assertEquals(ScheduleBasis.PROVISIONAL, calendar.basis(2027));
  }

  @Test
  void integratorSchedule_classpathFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("META-INF/boithuong/holidays/vn-2027.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HolidayScheduleTest.VALID_2027, StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      WorkingCalendar custom = WorkingCalendar.builder().classpathExtensions(loader).build();
      assertEquals(ScheduleBasis.OFFICIAL, custom.basis(2027));
      assertFalse(custom.isWorkingDay(LocalDate.of(2027, 2, 11)));
    }
  }

  @Test
  void integratorSchedule_malformedClasspathFile_neverYieldsACalendar(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("META-INF/boithuong/holidays/vn-2027.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HolidayScheduleTest.VALID_2027.replace("HOLIDAY ", "HOLYDAY "));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      WorkingCalendar.Builder builder = WorkingCalendar.builder().classpathExtensions(loader);
      ScheduleFormatException ex = assertThrows(ScheduleFormatException.class, builder::build);
      assertTrue(ex.getMessage().contains("unknown kind 'HOLYDAY'"), ex.getMessage());
    }
  }

  @Test
  void builder_refusesTwoSchedulesForOneYear() {
    HolidaySchedule y2027 = HolidaySchedule.parse(HolidayScheduleTest.VALID_2027, "a");
    WorkingCalendar.Builder builder = WorkingCalendar.builder().schedule(y2027);
    assertThrows(IllegalArgumentException.class, () -> builder.schedule(y2027));
  }

  @Test
  void badInput_nullNegativeAndOutOfRange() {
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> calendar.isWorkingDay(null));
    assertEquals("date", npe.getMessage());
    assertEquals("from", assertThrows(NullPointerException.class,
        () -> calendar.plusWorkingDays(null, 1)).getMessage());
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
        () -> calendar.plusWorkingDays(LocalDate.of(2024, 1, 2), -3));
    assertEquals("n must not be negative, but was -3", neg.getMessage());
    CalendarException before = assertThrows(CalendarException.class,
        () -> calendar.isWorkingDay(LocalDate.of(1999, 12, 31)));
    assertEquals(CalendarProblem.Code.OUTSIDE_SUPPORTED_RANGE, before.problems().get(0).code());
    assertTrue(before.getMessage().contains("1999-12-31"), before.getMessage());
    assertThrows(CalendarException.class, () -> calendar.isWorkingDay(LocalDate.of(2200, 1, 1)));
    assertThrows(CalendarException.class,
        () -> calendar.plusWorkingDays(LocalDate.of(2199, 12, 20), 30));
    assertThrows(CalendarException.class, () -> calendar.isWorkingDay(LocalDate.MAX));
    assertThrows(CalendarException.class, () -> calendar.basis(1990));
  }

  @Test
  void unconfirmedDays_reported() {
    assertEquals(LocalDate.of(2024, 5, 4),
        calendar.unconfirmedDays(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 1)).get(0).date());
    assertTrue(calendar.unconfirmedDays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).isEmpty());
  }

  @Test
  void schedule_ofProvisionalYear_isDerived() {
    HolidaySchedule y2030 = calendar.schedule(2030);
    assertEquals(ScheduleBasis.PROVISIONAL, y2030.basis());
    // Tết 2030 = Sat 02/02/2030 (Vietnam, one day before China: damages-time-holidays.md §E.2).
    assertTrue(y2030.entries().stream().anyMatch(e -> e.date().equals(LocalDate.of(2030, 2, 2))
        && e.occasion() == Occasion.LUNAR_NEW_YEAR));
  }
}
