package io.github.boithuong.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.CalendarException;
import io.github.boithuong.core.calendar.CalendarOptions;
import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.calendar.DayKind;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Golden deadlines, each worked out by hand on the official calendar. */
class DeadlineTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Citation COMPLETION_REQUEST =
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 42, 2);
  private final WorkingCalendar calendar = WorkingCalendar.vietnam();

  /**
   * Điều 147 BLDS: the event day is not counted. A dossier received Wed 07/02/2024; 5 working days
   * to ask for missing documents (Luật TNBTCNN Điều 42.2): 08–14/02 is the Tết break (Công văn
   * 8662/VPCP-KGVX), so the days counted are 15, 16, 19, 20, 21/02.
   */
  @Test
  void article147_workingDays_acrossTet2024() {
    Deadline d = Deadline.after(LocalDate.of(2024, 2, 7),
        LegalPeriod.workingDays(5).withCitation(COMPLETION_REQUEST), calendar);
    assertEquals(LocalDate.of(2024, 2, 21), d.lastDay());
    assertEquals(LocalDate.of(2024, 2, 8), d.firstDayCounted());
    assertFalse(d.rolled());
    assertFalse(d.isProvisional());
    assertEquals(List.of(COMPLETION_REQUEST, Citation.of(LegalText.CIVIL_CODE_2015, 147)), d.citations());
  }

  /**
   * Điều 148.1 and 148.5 BLDS: 15 days from Fri 26/01/2024 end on Sat 10/02/2024, mùng 1 Tết, a
   * day off; the next working day is Thu 15/02/2024.
   */
  @Test
  void article148_5_lastDayOff_movesToNextWorkingDay() {
    Deadline d = Deadline.after(LocalDate.of(2024, 1, 26), LegalPeriod.days(15), calendar);
    assertEquals(LocalDate.of(2024, 2, 10), d.rawEnd());
    assertEquals(LocalDate.of(2024, 2, 15), d.lastDay());
    assertTrue(d.rolled());
    assertEquals(DayKind.HOLIDAY, d.rollReason().orElseThrow().kind());
    assertTrue(d.citations().contains(Citation.of(LegalText.CIVIL_CODE_2015, 148, 5)));
    String vi = d.explain().render(VI);
    assertTrue(vi.contains("thời hạn kết thúc vào ngày làm việc tiếp theo: 15/02/2024"), vi);
    assertTrue(vi.contains("khoản 5 Điều 148 BLDS 2015"), vi);
    assertTrue(vi.contains("Tết Âm lịch"), vi);
    String en = d.explain().render(Locale.ENGLISH);
    assertTrue(en.contains("the period ends on the next working day: 2024-02-15"), en);
  }

  /** Điều 148.3 BLDS: one month from 31/01/2025 ends on 28/02/2025 (a Friday). */
  @Test
  void article148_3_monthWithoutCorrespondingDay() {
    Deadline d = Deadline.after(LocalDate.of(2025, 1, 31), LegalPeriod.months(1), calendar);
    assertEquals(LocalDate.of(2025, 2, 28), d.lastDay());
    assertTrue(d.clampedToMonthEnd());
    assertTrue(d.explain().render(VI).contains("không có ngày tương ứng"));
  }

  /** Điều 148.4 BLDS: one year from 29/02/2024 ends on 28/02/2025. */
  @Test
  void article148_4_yearFromLeapDay() {
    Deadline d = Deadline.after(LocalDate.of(2024, 2, 29), LegalPeriod.years(1), calendar);
    assertEquals(LocalDate.of(2025, 2, 28), d.lastDay());
    assertTrue(d.clampedToMonthEnd());
  }

  /**
   * Limitation (Luật TNBTCNN Điều 6.1: 3 years from receiving the basis document), received Mon
   * 09/03/2020. Default reading (Điều 147 applied through Điều 149.1): ends Thu 09/03/2023. Under
   * Điều 151 (the first day counted): ends Wed 08/03/2023.
   */
  @Test
  void limitation_article147VersusArticle151() {
    LocalDate received = LocalDate.of(2020, 3, 9);
    Deadline byDefault = Deadline.after(received, LegalPeriod.years(3).asLimitationPeriod(), calendar);
    Deadline by151 = Deadline.after(received,
        LegalPeriod.years(3).asLimitationPeriod(LimitationCounting.EVENT_DAY_COUNTED), calendar);
    assertEquals(LocalDate.of(2023, 3, 9), byDefault.lastDay());
    assertEquals(LocalDate.of(2023, 3, 8), by151.lastDay());
    assertEquals(received, by151.firstDayCounted());
    assertTrue(by151.citations().contains(Citation.of(LegalText.CIVIL_CODE_2015, 151)));
    assertTrue(by151.explain().render(VI).contains("ngày đầu tiên được tính"));
  }

  /** Luật TNBTCNN Điều 43.1: acceptance within 2 working days; Tue 06/02/2024 → Thu 15/02/2024. */
  @Test
  void article43_1_acceptanceAcrossTet2024() {
    Deadline d = Deadline.after(LocalDate.of(2024, 2, 6), LegalPeriod.workingDays(2), calendar);
    assertEquals(LocalDate.of(2024, 2, 15), d.lastDay());
  }

  @Test
  void immediately_isTheEventDay_orTheNextWorkingDay() {
    assertEquals(LocalDate.of(2024, 3, 5),
        Deadline.after(LocalDate.of(2024, 3, 5), LegalPeriod.immediately(), calendar).lastDay());
    assertEquals(LocalDate.of(2024, 3, 4),
        Deadline.after(LocalDate.of(2024, 3, 2), LegalPeriod.immediately(), calendar).lastDay());
  }

  /**
   * Luật TNBTCNN Điều 52.3: force majeure is not counted. 15 days from Fri 06/09/2024 end Sat
   * 21/09; 7 days of storm (07–13/09) extend the raw end to Sat 28/09 → Mon 30/09/2024.
   */
  @Test
  void tolling_forceMajeure() {
    ExcludedInterval storm =
        ExcludedInterval.of(LocalDate.of(2024, 9, 7), LocalDate.of(2024, 9, 13), "bão Yagi");
    Deadline d = Deadline.after(LocalDate.of(2024, 9, 6), LegalPeriod.days(15), calendar, List.of(storm));
    assertEquals(7, d.excludedDays());
    assertEquals(LocalDate.of(2024, 9, 28), d.rawEnd());
    assertEquals(LocalDate.of(2024, 9, 30), d.lastDay());
    assertTrue(d.explain().render(VI).contains("Không tính 7 ngày"), d.explain().render(VI));
  }

  /** Overlapping excluded intervals count each day once. */
  @Test
  void tolling_overlappingIntervals() {
    List<ExcludedInterval> gaps = List.of(
        ExcludedInterval.of(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 13), "a"),
        ExcludedInterval.of(LocalDate.of(2024, 9, 7), LocalDate.of(2024, 9, 11), "b"));
    Deadline d = Deadline.after(LocalDate.of(2024, 9, 6), LegalPeriod.days(15), calendar, gaps);
    assertEquals(7, d.excludedDays());
  }

  /** 5 working days from Thu 24/12/2026 run into 2027, which has no official schedule yet. */
  @Test
  void provisionalYear_isFlagged_andRefusedWhenStrict() {
    Deadline d = Deadline.after(LocalDate.of(2026, 12, 24), LegalPeriod.workingDays(5), calendar);
    assertEquals(LocalDate.of(2026, 12, 31), d.lastDay());
    assertFalse(d.isProvisional());
    Deadline into2027 = Deadline.after(LocalDate.of(2026, 12, 24), LegalPeriod.workingDays(10), calendar);
    assertTrue(into2027.isProvisional());
    assertTrue(into2027.explain().render(VI).contains("TẠM TÍNH"));

    WorkingCalendar strict = WorkingCalendar.vietnam(CalendarOptions.defaults().withStrict(true));
    Validation<Seq<CalendarProblem>, Deadline> refused = Deadline.compute(
        LocalDate.of(2026, 12, 24), LegalPeriod.workingDays(10), strict, List.of());
    assertTrue(refused.isInvalid());
    assertEquals(CalendarProblem.Code.PROVISIONAL_YEAR, refused.getError().head().code());
    assertThrows(CalendarException.class,
        () -> Deadline.after(LocalDate.of(2026, 12, 24), LegalPeriod.workingDays(10), strict));
  }

  /** The 2024 make-up Saturday rests on a weak source: a deadline counting it says so. */
  @Test
  void unconfirmedDay_isReported() {
    Deadline d = Deadline.after(LocalDate.of(2024, 5, 2), LegalPeriod.workingDays(2), calendar);
    assertEquals(LocalDate.of(2024, 5, 4), d.lastDay());
    assertEquals(1, d.unconfirmedDays().size());
    assertTrue(d.explain().render(Locale.ENGLISH).contains("Unconfirmed: 2024-05-04"));
  }

  /** A period of days depends only on its raw end: crossing the unconfirmed 04/05/2024 is not. */
  @Test
  void calendarDayPeriod_dependsOnlyOnItsEnd() {
    Deadline d = Deadline.after(LocalDate.of(2024, 4, 25), LegalPeriod.days(15), calendar);
    assertEquals(LocalDate.of(2024, 5, 10), d.lastDay());
    assertTrue(d.unconfirmedDays().isEmpty());
    // From a provisional year (2017) into an official one: only the end counts.
    Deadline fromProvisional = Deadline.after(LocalDate.of(2017, 12, 20), LegalPeriod.days(30), calendar);
    assertEquals(LocalDate.of(2018, 1, 19), fromProvisional.lastDay());
    assertFalse(fromProvisional.isProvisional());
    // A period of working days depends on every day it counts.
    assertTrue(Deadline.after(LocalDate.of(2017, 12, 20), LegalPeriod.workingDays(20), calendar)
        .isProvisional());
  }

  /**
   * The explanation of a period of working days names the days off it skipped: the Tết break
   * 08–14/02/2024, mùng 1–2 (10–11/02) included although they fall on a weekend.
   */
  @Test
  void workingDays_explanationListsTheDaysOffSkipped() {
    Deadline d = Deadline.after(LocalDate.of(2024, 2, 7), LegalPeriod.workingDays(5), calendar);
    String vi = d.explain().render(VI);
    assertTrue(vi.contains("Ngày nghỉ lễ, tết, nghỉ bù, nghỉ hoán đổi không được tính (7 ngày)"), vi);
    assertTrue(vi.contains("Thứ Ba 13/02/2024: ngày nghỉ — ngày nghỉ bù"), vi);
    assertTrue(d.explain().render(Locale.ENGLISH).contains("Holidays, compensatory and swapped days off not counted (7)"));
  }

  @Test
  void badInput() {
    assertEquals("eventDay", assertThrows(NullPointerException.class,
        () -> Deadline.after(null, LegalPeriod.days(1), calendar)).getMessage());
    assertEquals("period", assertThrows(NullPointerException.class,
        () -> Deadline.after(LocalDate.of(2024, 1, 1), null, calendar)).getMessage());
    assertEquals("calendar", assertThrows(NullPointerException.class,
        () -> Deadline.after(LocalDate.of(2024, 1, 1), LegalPeriod.days(1), null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> LegalPeriod.workingDays(0));
    assertThrows(IllegalArgumentException.class, () -> LegalPeriod.months(-1));
    assertThrows(IllegalStateException.class, () -> LegalPeriod.immediately().asLimitationPeriod());
    assertThrows(IllegalArgumentException.class, () -> ExcludedInterval.of(
        LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), "x"));
    Validation<Seq<CalendarProblem>, Deadline> early =
        Deadline.compute(LocalDate.of(1995, 1, 1), LegalPeriod.days(1), calendar, List.of());
    assertEquals(CalendarProblem.Code.OUTSIDE_SUPPORTED_RANGE, early.getError().head().code());
    Validation<Seq<CalendarProblem>, Deadline> late =
        Deadline.compute(LocalDate.of(2199, 6, 1), LegalPeriod.years(3), calendar, List.of());
    assertTrue(late.isInvalid());
  }

  @Test
  void describe_inBothLanguages() {
    assertEquals("05 ngày làm việc", LegalPeriod.workingDays(5).describe(VI));
    assertEquals("5 working days", LegalPeriod.workingDays(5).describe(Locale.ENGLISH));
    assertEquals("1 month", LegalPeriod.months(1).describe(Locale.ENGLISH));
    assertEquals("ngay", LegalPeriod.immediately().describe(VI));
  }
}
