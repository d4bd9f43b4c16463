package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden cases from the official holiday notices for the civil service, 2018–2026, written
 * independently of the bundled data files. Source of every expectation:
 * shared/law/damages-time-holidays.md §D.2, which lists each notice (tags such as [Y24a] point into
 * its source list).
 *
 * <p>For each year: every weekday that is off, every Saturday that is worked, and every break
 * ("Off" column) as a run of days off framed by working days.
 */
class OfficialSchedulesTest {

  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  /** Tết Dương lịch, Tết Mậu Tuất 14–20/02, Giỗ Tổ, 30/4–1/5, Quốc khánh (TB 5427), and the 31/12 swap of the 2019 plan (6519/VPCP-KGVX). */
  @Test
  void year2018_officialNoticesAndVpcp6519() {
    assertYear(2018,
        days("2018-01-01", "2018-02-14", "2018-02-15", "2018-02-16", "2018-02-19", "2018-02-20",
            "2018-04-25", "2018-04-30", "2018-05-01", "2018-09-03", "2018-12-31"),
        days());
    assertBreaks("2018-02-14..2018-02-20", "2018-04-25..2018-04-25", "2018-04-28..2018-05-01",
        "2018-09-01..2018-09-03");
  }

  /** Văn bản 6519/VPCP-KGVX (11/07/2018): make-up Saturdays 05/01 and 04/05/2019 [Y19a][Y19b][Y19c]. */
  @Test
  void year2019_vpcp6519() {
    assertYear(2019,
        days("2019-01-01", "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08",
            "2019-04-15", "2019-04-29", "2019-04-30", "2019-05-01", "2019-09-02"),
        days("2019-01-05", "2019-05-04"));
    assertBreaks("2018-12-29..2019-01-01", "2019-02-02..2019-02-10", "2019-04-13..2019-04-15",
        "2019-04-27..2019-05-01", "2019-08-31..2019-09-02");
  }

  /** Tết Canh Tý 23–29/01 with compensatory 28–29/01 [Y20a][Y20b][Y20c]. */
  @Test
  void year2020_tetCanhTy() {
    assertYear(2020,
        days("2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29",
            "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"),
        days());
    assertBreaks("2020-01-01..2020-01-01", "2020-01-23..2020-01-29", "2020-04-02..2020-04-02",
        "2020-04-30..2020-05-03", "2020-09-02..2020-09-02");
  }

  /** Công văn 9895/VPCP-KGVX; Thông báo 4875/TB-LĐTBXH: first Quốc khánh of 2 days [Y21a]. */
  @Test
  void year2021_vpcp9895AndTb4875() {
    assertYear(2021,
        days("2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16",
            "2021-04-21", "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"),
        days());
    assertBreaks("2021-01-01..2021-01-03", "2021-02-10..2021-02-16", "2021-04-21..2021-04-21",
        "2021-04-30..2021-05-03", "2021-09-02..2021-09-05");
  }

  /** Công văn 245/VPCP-KGVX: Tết Nhâm Dần 31/01–04/02 [Y22a]–[Y22d]. */
  @Test
  void year2022_vpcp245() {
    assertYear(2022,
        days("2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04",
            "2022-04-11", "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"),
        days());
    assertBreaks("2022-01-01..2022-01-03", "2022-01-29..2022-02-06", "2022-04-09..2022-04-11",
        "2022-04-30..2022-05-03", "2022-09-01..2022-09-04");
  }

  /** Công văn 8056/VPCP-KGVX: Tết Quý Mão 20–26/01; Giỗ Tổ on Saturday 29/04 [Y23a]–[Y23f]. */
  @Test
  void year2023_vpcp8056() {
    assertYear(2023,
        days("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26",
            "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"),
        days());
    assertBreaks("2022-12-31..2023-01-02", "2023-01-20..2023-01-26", "2023-04-29..2023-05-03",
        "2023-09-01..2023-09-04");
  }

  /** Công văn 8662/VPCP-KGVX (Tết, Quốc khánh) and 2450/VPCP-KGVX (swap of 29/04) [Y24a]–[Y24g]. */
  @Test
  void year2024_vpcp8662AndVpcp2450() {
    assertYear(2024,
        days("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
            "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
        days("2024-05-04"));
    assertBreaks("2023-12-30..2024-01-01", "2024-02-08..2024-02-14", "2024-04-18..2024-04-18",
        "2024-04-27..2024-05-01", "2024-08-31..2024-09-03");
    // The make-up date rests on one low-quality source [Y24f]: flagged, not silently trusted.
    assertEquals(EntryStatus.UNCONFIRMED, calendar.day(LocalDate.of(2024, 5, 4)).status());
  }

  /** Tết Ất Tỵ 25/01–02/02; swap of Friday 02/05 against Saturday 26/04 [Y25a]–[Y25f]. */
  @Test
  void year2025_primeMinistersDecision() {
    assertYear(2025,
        days("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
            "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
        days("2025-04-26"));
    assertBreaks("2025-01-01..2025-01-01", "2025-01-25..2025-02-02", "2025-04-05..2025-04-07",
        "2025-04-30..2025-05-04", "2025-08-30..2025-09-02");
  }

  /**
   * Văn bản 12729/VPCP-KGVX (make-up Saturday 10/01), Thông báo 9441 of Bộ Nội vụ (Tết Bính Ngọ
   * 14–22/02), Quốc khánh 29/08–02/09 with make-up Saturday 22/08 [Y26a]–[Y26f].
   */
  @Test
  void year2026_vpcp12729AndBnv9441() {
    assertYear(2026,
        days("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
            "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
            "2026-09-02"),
        days("2026-01-10", "2026-08-22"));
    assertBreaks("2026-01-01..2026-01-04", "2026-02-14..2026-02-22", "2026-04-25..2026-04-27",
        "2026-04-30..2026-05-03", "2026-08-29..2026-09-02");
  }

  @Test
  void everyOfficialYearIsOfficialAndOthersProvisional() {
    for (int year = WorkingCalendar.MIN_YEAR; year <= WorkingCalendar.MAX_YEAR; year++) {
      ScheduleBasis expected =
          year >= 2018 && year <= 2026 ? ScheduleBasis.OFFICIAL : ScheduleBasis.PROVISIONAL;
      assertEquals(expected, calendar.basis(year), "basis of " + year);
    }
  }

  //-----------------------------------------------------------------------
  private void assertYear(int year, Set<LocalDate> weekdaysOff, Set<LocalDate> saturdaysWorked) {
    Set<LocalDate> actualOff = new TreeSet<>();
    Set<LocalDate> actualWorkedWeekend = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean working = calendar.isWorkingDay(d);
      if (!weekend && !working) {
        actualOff.add(d);
      }
      if (weekend && working) {
        actualWorkedWeekend.add(d);
      }
      assertEquals(ScheduleBasis.OFFICIAL, calendar.day(d).basis(), d.toString());
    }
    assertEquals(new TreeSet<>(weekdaysOff), actualOff, "weekdays off in " + year);
    assertEquals(new TreeSet<>(saturdaysWorked), actualWorkedWeekend, "weekend days worked in " + year);
    for (LocalDate d : weekdaysOff) {
      assertFalse(calendar.day(d).sources().isEmpty(), "a source for " + d);
    }
  }

  /** Each break is a run of days off with a working day just before and just after it. */
  private void assertBreaks(String... spans) {
    for (String span : spans) {
      String[] ends = span.split("\\.\\.");
      LocalDate from = LocalDate.parse(ends[0]);
      LocalDate to = LocalDate.parse(ends[1]);
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        assertFalse(calendar.isWorkingDay(d), span + ": " + d + " should be off");
      }
      assertTrue(calendar.isWorkingDay(from.minusDays(1)), span + ": the day before is worked");
      assertTrue(calendar.isWorkingDay(to.plusDays(1)), span + ": the day after is worked");
    }
  }

  private static Set<LocalDate> days(String... isoDates) {
    return Arrays.stream(isoDates).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }
}
