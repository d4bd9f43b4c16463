package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a day is, why, and on which legal basis, in Vietnamese and English: the explanation a user
 * reads before trusting a deadline. The 2025 days come from the bundled transcription of the
 * Government Office's notice (section D.2 of {@code shared/law/damages-time-holidays.md}): Tết
 * 27–31/01/2025, the make-up Saturday 26/04/2025 swapped against Friday 02/05/2025; 2024 from
 * Công văn 8662/VPCP-KGVX; 2027 has no official schedule yet.
 */
class CalendarDayTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final WorkingCalendar MAKE_UP_NOT_WORKED =
      WorkingCalendar.vietnam(CalendarOptions.defaults().withMakeUpSaturdayIsWorkingDay(false));

  /** The sources of the 2025 notice on 30/4–1/5 (refs Y25b, Y25d, Y25e of vn-2025.txt). */
  private static final List<String> SOURCES_30_4_2025 = List.of(
      "https://m.xosobinhdinh.org/video/nam-2025-duoc-nghi-le-tet-bao-nhieu-ngay-lich-nghi-le-tet"
          + "-2025-moi-nhat-171852.htm",
      "http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/365713/Hai-ky-nghi-dai-ngay-trong-thang-42025",
      "https://www.vietnamplus.vn/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-304-152025"
          + "-post1033115.vnp");

  private static String vi(CalendarDay day) {
    return day.explain().text().vietnamese();
  }

  private static String en(CalendarDay day) {
    return day.explain().text().english();
  }

  @Test
  void anOrdinaryWorkingDayOfAnOfficialYear() {
    CalendarDay day = CALENDAR.day(LocalDate.of(2025, 3, 4));
    assertEquals(DayKind.WORKING_DAY, day.kind());
    assertTrue(day.isWorkingDay());
    assertEquals(ScheduleBasis.OFFICIAL, day.basis());
    assertFalse(day.isProvisional());
    assertEquals(EntryStatus.CONFIRMED, day.status());
    assertEquals(List.of(), day.entries());
    assertEquals(List.of(), day.occasions());
    assertEquals(List.of(), day.sources());
    assertEquals(List.of(), day.citations());
    assertEquals("Thứ Ba 04/03/2025: ngày làm việc", vi(day));
    assertEquals("Tuesday 2025-03-04: working day", en(day));
    assertEquals(List.of(), day.explain().citations());
    assertEquals("2025-03-04 WORKING_DAY working [] OFFICIAL", day.toString());
  }

  @Test
  void theWeeklyRestDayCitesDecision188AndTheLabourCode() {
    // Quyết định 188/1999/QĐ-TTg Điều 1 (Saturday and Sunday off for civil servants) and, from
    // 2021, Bộ luật Lao động 2019 Điều 111 (weekly rest).
    CalendarDay day = CALENDAR.day(LocalDate.of(2025, 3, 8));
    assertEquals(DayKind.WEEKLY_REST, day.kind());
    assertFalse(day.isWorkingDay());
    assertEquals(
        List.of(Citation.of(LegalText.DECISION_188_1999, 1), Citation.of(LegalText.LABOUR_CODE_2019, 111)),
        day.citations());
    assertEquals("Thứ Bảy 08/03/2025: ngày nghỉ — ngày nghỉ hằng tuần", vi(day));
    assertEquals("Saturday 2025-03-08: day off — weekly rest day", en(day));
    assertEquals(day.citations(), day.explain().citations());
    assertEquals("2025-03-08 WEEKLY_REST off [] OFFICIAL", day.toString());
  }

  @Test
  void aSwappedDayOffNamesItsOccasionAndSources() {
    CalendarDay day = CALENDAR.day(LocalDate.of(2025, 5, 2));
    assertEquals(DayKind.SWAPPED_DAY_OFF, day.kind());
    assertEquals(List.of(Occasion.INTERNATIONAL_LABOUR_DAY), day.occasions());
    assertEquals(SOURCES_30_4_2025, day.sources());
    assertEquals(List.of(), day.citations()); // a swap is the Government's choice, not a statute
    String sources = String.join("; ", SOURCES_30_4_2025);
    assertEquals("Thứ Sáu 02/05/2025: ngày nghỉ — ngày nghỉ hoán đổi (Ngày Quốc tế lao động (1/5));"
        + " nguồn: " + sources, vi(day));
    assertEquals("Friday 2025-05-02: day off — swapped day off (International Labour Day (1 May));"
        + " source: " + sources, en(day));
  }

  @Test
  void theMakeUpSaturdayIsWorkedUnlessTheOptionSaysOtherwise() {
    String sources = String.join("; ", SOURCES_30_4_2025);
    CalendarDay worked = CALENDAR.day(LocalDate.of(2025, 4, 26));
    assertEquals(DayKind.MAKE_UP_WORKING_DAY, worked.kind());
    assertTrue(worked.isWorkingDay());
    assertEquals("Thứ Bảy 26/04/2025: ngày làm việc — ngày làm bù (Ngày Chiến thắng (30/4));"
        + " nguồn: " + sources, vi(worked));
    assertEquals("Saturday 2025-04-26: working day — make-up working day (Reunification Day"
        + " (30 April)); source: " + sources, en(worked));

    CalendarDay notWorked = MAKE_UP_NOT_WORKED.day(LocalDate.of(2025, 4, 26));
    assertFalse(notWorked.isWorkingDay());
    assertEquals("Thứ Bảy 26/04/2025: ngày nghỉ — ngày làm bù (Ngày Chiến thắng (30/4)); theo tùy"
        + " chọn của lịch, ngày làm bù không tính là ngày làm việc; nguồn: " + sources,
        vi(notWorked));
    assertEquals("Saturday 2025-04-26: day off — make-up working day (Reunification Day"
        + " (30 April)); by the calendar's option, make-up Saturdays are not counted as working"
        + " days; source: " + sources, en(notWorked));
    assertNotEquals(worked, notWorked);
    assertEquals("2025-04-26 MAKE_UP_WORKING_DAY off [REUNIFICATION_DAY] OFFICIAL",
        notWorked.toString());
  }

  @Test
  void aProvisionalDayIsSaidToBeProvisional() {
    CalendarDay tet = CALENDAR.day(LocalDate.of(2027, 2, 6));
    assertTrue(tet.isProvisional());
    assertEquals(EntryStatus.DERIVED, tet.status());
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2019, 112, 1)), tet.citations());
    assertEquals("Thứ Bảy 06/02/2027: ngày nghỉ — ngày nghỉ lễ, tết (Tết Âm lịch (Tết Nguyên đán));"
        + " TẠM TÍNH: năm 2027 chưa có lịch nghỉ chính thức, ngày nghỉ được suy ra từ Bộ luật Lao"
        + " động", vi(tet));
    assertEquals("Saturday 2027-02-06: day off — public holiday (Lunar New Year (Tết));"
        + " PROVISIONAL: 2027 has no official schedule, days off derived from the Labour Code",
        en(tet));
    CalendarDay working = CALENDAR.day(LocalDate.of(2027, 3, 3));
    assertEquals(EntryStatus.DERIVED, working.status());
    assertEquals("Wednesday 2027-03-03: working day; PROVISIONAL: 2027 has no official schedule,"
        + " days off derived from the Labour Code", en(working));
  }

  @Test
  void anUnconfirmedEntryLowersTheStatusOfAnOfficialDay() {
    // vn-2024.txt marks the make-up Saturday 04/05/2024 UNCONFIRMED.
    CalendarDay day = CALENDAR.day(LocalDate.of(2024, 5, 4));
    assertEquals(ScheduleBasis.OFFICIAL, day.basis());
    assertEquals(EntryStatus.UNCONFIRMED, day.status());
    assertTrue(vi(day).contains("(Ngày Chiến thắng (30/4)); mức xác thực: UNCONFIRMED; nguồn: "),
        vi(day));
    assertTrue(en(day).contains("(Reunification Day (30 April)); status: UNCONFIRMED; source: "),
        en(day));
    assertEquals(List.of(day), CALENDAR.unconfirmedDays(LocalDate.of(2024, 5, 4),
        LocalDate.of(2024, 5, 4)));
  }

  @Test
  void daysCompareByEveryField() {
    CalendarDay day = CALENDAR.day(LocalDate.of(2025, 1, 29));
    assertEquals(day, CALENDAR.day(LocalDate.of(2025, 1, 29)));
    assertEquals(day.hashCode(), CALENDAR.day(LocalDate.of(2025, 1, 29)).hashCode());
    assertEquals(day, day);
    assertNotEquals(day, CALENDAR.day(LocalDate.of(2025, 1, 30)));
    assertNotEquals(day, (Object) day.toString());
    List<ScheduleEntry> entries = day.entries();
    LocalDate date = day.date();
    assertNotEquals(day, new CalendarDay(date, DayKind.COMPENSATORY_DAY_OFF, false, entries,
        ScheduleBasis.OFFICIAL));
    assertNotEquals(day, new CalendarDay(date, DayKind.HOLIDAY, true, entries,
        ScheduleBasis.OFFICIAL));
    assertNotEquals(day, new CalendarDay(date, DayKind.HOLIDAY, false, List.of(),
        ScheduleBasis.OFFICIAL));
    assertNotEquals(day, new CalendarDay(date, DayKind.HOLIDAY, false, entries,
        ScheduleBasis.PROVISIONAL));
    assertNotEquals(day.hashCode(), new CalendarDay(date, DayKind.HOLIDAY, false, entries,
        ScheduleBasis.PROVISIONAL).hashCode());
    assertEquals(day, new CalendarDay(date, DayKind.HOLIDAY, false, entries,
        ScheduleBasis.OFFICIAL));
  }

  @Test
  void legalBasisFollowsTheCodeInForceOnTheDay() {
    // Bộ luật Lao động 1994 Điều 73 until 30/04/2013; 2012 Điều 115 from 01/05/2013; 2019 Điều 112
    // (holidays) and 111.3 (compensatory days) from 2021; Giỗ Tổ before 2013 by Law 84/2007/QH11.
    LocalDate lc1994 = LocalDate.of(2013, 4, 30);
    LocalDate lc2012 = LocalDate.of(2013, 5, 1);
    LocalDate lastOf2012 = LocalDate.of(2020, 12, 31);
    LocalDate lc2019 = LocalDate.of(2021, 1, 1);
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_1994, 73)),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.REUNIFICATION_DAY, lc1994));
    assertEquals(List.of(Citation.of(LegalText.LAW_84_2007, 1)),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.HUNG_KINGS_COMMEMORATION,
            LocalDate.of(2012, 3, 31)));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2012, 115, 1)),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.INTERNATIONAL_LABOUR_DAY, lc2012));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2012, 115, 1)),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.HUNG_KINGS_COMMEMORATION,
            lastOf2012));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2019, 112, 1)),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.NEW_YEAR, lc2019));
    assertEquals(List.of(),
        StatutoryHolidays.legalBasis(DayKind.HOLIDAY, Occasion.VIETNAM_CULTURE_DAY,
            LocalDate.of(2026, 11, 24)));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_1994, 73)),
        StatutoryHolidays.legalBasis(DayKind.COMPENSATORY_DAY_OFF, Occasion.NEW_YEAR, lc1994));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2012, 115, 3)),
        StatutoryHolidays.legalBasis(DayKind.COMPENSATORY_DAY_OFF, Occasion.NEW_YEAR, lastOf2012));
    assertEquals(List.of(Citation.of(LegalText.LABOUR_CODE_2019, 111, 3)),
        StatutoryHolidays.legalBasis(DayKind.COMPENSATORY_DAY_OFF, Occasion.NEW_YEAR, lc2019));
    assertEquals(List.of(Citation.of(LegalText.DECISION_188_1999, 1)),
        StatutoryHolidays.legalBasis(DayKind.WEEKLY_REST, null, lastOf2012));
    assertEquals(
        List.of(Citation.of(LegalText.DECISION_188_1999, 1), Citation.of(LegalText.LABOUR_CODE_2019, 111)),
        StatutoryHolidays.legalBasis(DayKind.WEEKLY_REST, null, lc2019));
    assertEquals(List.of(),
        StatutoryHolidays.legalBasis(DayKind.SWAPPED_DAY_OFF, Occasion.NEW_YEAR, lc2019));
    assertEquals(List.of(),
        StatutoryHolidays.legalBasis(DayKind.MAKE_UP_WORKING_DAY, Occasion.NEW_YEAR, lc2019));
    // A day off on a weekday that is no holiday has no statutory basis of its own.
    assertEquals(List.of(), CALENDAR.day(LocalDate.of(2025, 3, 4)).citations());
  }

  @Test
  void labelsOfKindsAndOccasions() {
    assertEquals("ngày nghỉ bù", DayKind.COMPENSATORY_DAY_OFF.label(Locale.forLanguageTag("vi")));
    assertEquals("compensatory day off", DayKind.COMPENSATORY_DAY_OFF.label(Locale.ENGLISH));
    assertEquals("Giỗ Tổ Hùng Vương",
        Occasion.HUNG_KINGS_COMMEMORATION.label(Locale.forLanguageTag("vi")));
    assertEquals("Vietnam Culture Day (24 November)",
        Occasion.VIETNAM_CULTURE_DAY.label(Locale.ENGLISH));
    assertFalse(DayKind.WORKING_DAY.isDayOff());
    assertFalse(DayKind.MAKE_UP_WORKING_DAY.isDayOff());
    assertTrue(DayKind.WEEKLY_REST.isDayOff());
    assertTrue(DayKind.HOLIDAY.isDayOff());
    assertTrue(DayKind.COMPENSATORY_DAY_OFF.isDayOff());
    assertTrue(DayKind.SWAPPED_DAY_OFF.isDayOff());
  }
}
