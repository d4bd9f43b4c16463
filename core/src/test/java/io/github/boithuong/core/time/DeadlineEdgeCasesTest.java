package io.github.boithuong.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of {@link Deadline}: the start rules (BLDS 2015 Điều 147 and Điều 151), the end rules
 * (Điều 148 khoản 1, 3, 4, 5) and excluded time. All dates in March 2024 are ordinary weeks (no
 * public holiday); weekdays were checked by hand: 05/03/2024 is a Tuesday, 16/03 a Saturday.
 */
class DeadlineEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static final Citation ART_147 = Citation.of(LegalText.CIVIL_CODE_2015, 147);
  private static final Citation ART_151 = Citation.of(LegalText.CIVIL_CODE_2015, 151);
  private static final Citation ART_148_1 = Citation.of(LegalText.CIVIL_CODE_2015, 148, 1);
  private static final Citation ART_148_3 = Citation.of(LegalText.CIVIL_CODE_2015, 148, 3);
  private static final Citation ART_148_4 = Citation.of(LegalText.CIVIL_CODE_2015, 148, 4);
  private static final Citation ART_148_5 = Citation.of(LegalText.CIVIL_CODE_2015, 148, 5);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Điều 147: the event day is not counted; Điều 148.1: 10 days from Tue 05/03 end Fri 15/03. */
  @Test
  void days_plainEnd_notRolled() {
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR);
    assertEquals(d(2024, 3, 5), dl.eventDay());
    assertEquals(LegalPeriod.days(10), dl.period());
    assertEquals(d(2024, 3, 6), dl.firstDayCounted());
    assertEquals(d(2024, 3, 15), dl.rawEnd());
    assertEquals(d(2024, 3, 15), dl.lastDay());
    assertFalse(dl.rolled());
    assertEquals(Optional.empty(), dl.rollReason());
    assertFalse(dl.clampedToMonthEnd());
    assertEquals(0, dl.excludedDays());
    assertEquals(List.of(), dl.excludedIntervals());
    assertFalse(dl.isProvisional());
    assertEquals(List.of(ART_147, ART_148_1), dl.citations());
    assertEquals("Deadline[10 DAYS after 2024-03-05: 2024-03-15]", dl.toString());
    Explanation e = dl.explain();
    assertEquals("Hạn cuối: 15/03/2024 (10 ngày kể từ 05/03/2024)", e.text().vietnamese());
    assertEquals("Last day: 2024-03-15 (10 days from 2024-03-05)", e.text().english());
    assertEquals(List.of(), e.citations());
    assertEquals(2, e.children().size());
    assertEquals("Sự kiện xảy ra ngày 05/03/2024; ngày này không được tính, thời hạn bắt đầu từ ngày"
        + " 06/03/2024", e.children().get(0).text().vietnamese());
    assertEquals("The event occurred on 2024-03-05; that day is not counted, the period starts on"
        + " 2024-03-06", e.children().get(0).text().english());
    assertEquals(List.of(ART_147), e.children().get(0).citations());
    assertEquals("Thời hạn 10 ngày kết thúc vào ngày cuối cùng của thời hạn: 15/03/2024",
        e.children().get(1).text().vietnamese());
    assertEquals("Period of 10 days ends on its last day: 2024-03-15",
        e.children().get(1).text().english());
    assertEquals(List.of(ART_148_1), e.children().get(1).citations());
  }

  /** Điều 148.5: 10 days from Wed 06/03 end on Sat 16/03, moved to Mon 18/03. */
  @Test
  void days_endOnSaturday_rollsToMonday() {
    Deadline dl = Deadline.after(d(2024, 3, 6), LegalPeriod.days(10), CALENDAR);
    assertEquals(d(2024, 3, 16), dl.rawEnd());
    assertEquals(d(2024, 3, 18), dl.lastDay());
    assertTrue(dl.rolled());
    assertEquals(d(2024, 3, 16), dl.rollReason().orElseThrow().date());
    assertEquals(List.of(ART_147, ART_148_1, ART_148_5), dl.citations());
    Explanation last = dl.explain().children().get(dl.explain().children().size() - 1);
    assertEquals("Ngày 16/03/2024 là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo:"
        + " 18/03/2024", last.text().vietnamese());
    assertEquals("2024-03-16 is a day off; the period ends on the next working day: 2024-03-18",
        last.text().english());
    assertEquals(List.of(ART_148_5), last.citations());
    assertEquals(1, last.children().size());
  }

  /** Điều 148.3: one month from 15/03/2024 ends on the corresponding day 15/04/2024 (a Monday). */
  @Test
  void months_correspondingDay() {
    Deadline dl = Deadline.after(d(2024, 3, 15), LegalPeriod.months(1), CALENDAR);
    assertEquals(d(2024, 4, 15), dl.lastDay());
    assertFalse(dl.clampedToMonthEnd());
    assertEquals(List.of(ART_147, ART_148_3), dl.citations());
    Explanation step = dl.explain().children().get(1);
    assertEquals("Thời hạn 01 tháng kết thúc vào ngày tương ứng: 15/04/2024", step.text().vietnamese());
    assertEquals("Period of 1 month ends on the corresponding day: 2024-04-15", step.text().english());
    assertEquals(List.of(ART_148_3), step.citations());
  }

  /** Điều 148.3: one month from 31/01/2025 has no 31/02: it ends on Fri 28/02/2025. */
  @Test
  void months_clampedToMonthEnd() {
    Deadline dl = Deadline.after(d(2025, 1, 31), LegalPeriod.months(1), CALENDAR);
    assertEquals(d(2025, 2, 28), dl.lastDay());
    assertTrue(dl.clampedToMonthEnd());
    Explanation step = dl.explain().children().get(1);
    assertEquals("Thời hạn 01 tháng: tháng cuối cùng không có ngày tương ứng, thời hạn kết thúc vào"
        + " ngày cuối cùng của tháng đó: 28/02/2025", step.text().vietnamese());
    assertEquals("Period of 1 month: the last month has no corresponding day, so the period ends on"
        + " that month's last day: 2025-02-28", step.text().english());
  }

  /** Điều 148.4: one year from Wed 15/03/2023 ends on Fri 15/03/2024. */
  @Test
  void years_correspondingDay() {
    Deadline dl = Deadline.after(d(2023, 3, 15), LegalPeriod.years(1), CALENDAR);
    assertEquals(d(2024, 3, 15), dl.lastDay());
    assertFalse(dl.clampedToMonthEnd());
    assertEquals(List.of(ART_147, ART_148_4), dl.citations());
    assertEquals("Thời hạn 01 năm kết thúc vào ngày tương ứng: 15/03/2024",
        dl.explain().children().get(1).text().vietnamese());
    assertEquals(List.of(ART_148_4), dl.explain().children().get(1).citations());
  }

  /**
   * Điều 151: a limitation period runs from the start of its first day, the event day counted:
   * one year from Wed 15/03/2023 ends on Thu 14/03/2024; by default (Điều 147) on 15/03/2024.
   */
  @Test
  void limitation_eventDayCounted() {
    LegalPeriod lim = LegalPeriod.years(1).asLimitationPeriod(LimitationCounting.EVENT_DAY_COUNTED);
    Deadline dl = Deadline.after(d(2023, 3, 15), lim, CALENDAR);
    assertEquals(d(2023, 3, 15), dl.firstDayCounted());
    assertEquals(d(2024, 3, 14), dl.lastDay());
    assertEquals(List.of(ART_151, ART_148_4), dl.citations());
    Explanation first = dl.explain().children().get(0);
    assertEquals("Thời hiệu bắt đầu từ ngày 15/03/2023 (ngày đầu tiên được tính)",
        first.text().vietnamese());
    assertEquals("The limitation period starts on 2023-03-15 (the first day is counted)",
        first.text().english());
    assertEquals(List.of(ART_151), first.citations());

    Deadline byDefault = Deadline.after(d(2023, 3, 15), LegalPeriod.years(1).asLimitationPeriod(),
        CALENDAR);
    assertEquals(d(2023, 3, 16), byDefault.firstDayCounted());
    assertEquals(d(2024, 3, 15), byDefault.lastDay());
    assertEquals(List.of(ART_147, ART_148_4), byDefault.citations());
  }

  @Test
  void immediately_hasNoStartRule() {
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.immediately(), CALENDAR);
    assertEquals(d(2024, 3, 5), dl.firstDayCounted());
    assertEquals(d(2024, 3, 5), dl.lastDay());
    assertEquals(List.of(), dl.citations());
    assertEquals("Thực hiện ngay trong ngày xảy ra sự kiện 05/03/2024",
        dl.explain().children().get(0).text().vietnamese());
    assertEquals("Due immediately, on the day of the event 2024-03-05",
        dl.explain().children().get(0).text().english());
    assertEquals(1, dl.explain().children().size());
  }

  @Test
  void periodCitationIsKeptFirst() {
    Citation own = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 1);
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10).withCitation(own), CALENDAR);
    assertEquals(List.of(own, ART_147, ART_148_1), dl.citations());
    assertEquals(List.of(own), dl.explain().citations());
  }

  /**
   * Excluded calendar days: 10 days from 05/03 end on 15/03; 10–12/03 (3 days) are not counted,
   * so the period extends to Mon 18/03.
   */
  @Test
  void days_excludedInterval_extendsTheEnd() {
    ExcludedInterval storm = ExcludedInterval.of(d(2024, 3, 10), d(2024, 3, 12), "bão");
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of(storm));
    assertEquals(3, dl.excludedDays());
    assertEquals(d(2024, 3, 18), dl.rawEnd());
    assertEquals(d(2024, 3, 18), dl.lastDay());
    assertEquals(List.of(storm), dl.excludedIntervals());
    List<Explanation> steps = dl.explain().children();
    assertEquals("Thời hạn 10 ngày kết thúc vào ngày cuối cùng của thời hạn: 15/03/2024",
        steps.get(1).text().vietnamese());
    assertEquals("Không tính 3 ngày thuộc thời gian loại trừ [2024-03-10..2024-03-12 (bão)]; thời"
        + " hạn kéo dài đến 18/03/2024", steps.get(2).text().vietnamese());
    assertEquals("3 day(s) of excluded time [2024-03-10..2024-03-12 (bão)] are not counted; the"
        + " period extends to 2024-03-18", steps.get(2).text().english());
  }

  /** Only the part of an excluded interval after the event day counts: 06/03 alone here. */
  @Test
  void days_excludedIntervalStartingBeforeTheEvent() {
    ExcludedInterval before = ExcludedInterval.of(d(2024, 3, 1), d(2024, 3, 6), "ốm");
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of(before));
    assertEquals(1, dl.excludedDays());
    assertEquals(d(2024, 3, 16), dl.rawEnd());
    assertEquals(d(2024, 3, 18), dl.lastDay());
    ExcludedInterval onEventDay = ExcludedInterval.of(d(2024, 3, 5), d(2024, 3, 5), "ốm");
    assertEquals(0, Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR,
        List.of(onEventDay)).excludedDays());
    ExcludedInterval afterEnd = ExcludedInterval.of(d(2024, 3, 16), d(2024, 3, 20), "ốm");
    assertEquals(0, Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR,
        List.of(afterEnd)).excludedDays());
    ExcludedInterval onLastDay = ExcludedInterval.of(d(2024, 3, 15), d(2024, 3, 15), "ốm");
    Deadline last = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of(onLastDay));
    assertEquals(1, last.excludedDays());
    assertEquals(d(2024, 3, 16), last.rawEnd());
  }

  /**
   * Intervals reached only through the extension also count: 14–15/03 push the end to 17/03,
   * which reaches 16–17/03; four days in all, end Tue 19/03. Given in reverse order.
   */
  @Test
  void days_extensionReachesAFurtherInterval() {
    ExcludedInterval a = ExcludedInterval.of(d(2024, 3, 14), d(2024, 3, 15), "a");
    ExcludedInterval b = ExcludedInterval.of(d(2024, 3, 16), d(2024, 3, 17), "b");
    Deadline dl = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of(b, a));
    assertEquals(4, dl.excludedDays());
    assertEquals(d(2024, 3, 19), dl.lastDay());
    assertEquals(List.of(a, b), dl.excludedIntervals());
    // overlapping intervals count each day once: 10–12 and 11–13 → 4 days
    Deadline overlap = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of(
        ExcludedInterval.of(d(2024, 3, 10), d(2024, 3, 12), "x"),
        ExcludedInterval.of(d(2024, 3, 11), d(2024, 3, 13), "y")));
    assertEquals(4, overlap.excludedDays());
    assertEquals(d(2024, 3, 19), overlap.lastDay());
  }

  /**
   * Working days: 5 from Mon 04/03 end on Mon 11/03; excluding Wed 06 and Thu 07 adds two working
   * days: Wed 13/03.
   */
  @Test
  void workingDays_excludedInterval() {
    ExcludedInterval sick = ExcludedInterval.of(d(2024, 3, 6), d(2024, 3, 7), "ốm");
    Deadline plain = Deadline.after(d(2024, 3, 4), LegalPeriod.workingDays(5), CALENDAR);
    assertEquals(d(2024, 3, 11), plain.lastDay());
    assertEquals(List.of(ART_147), plain.citations());
    assertEquals(2, plain.explain().children().size()); // no holiday skipped in this week
    Deadline dl = Deadline.after(d(2024, 3, 4), LegalPeriod.workingDays(5), CALENDAR, List.of(sick));
    assertEquals(2, dl.excludedDays());
    assertEquals(d(2024, 3, 13), dl.lastDay());
    List<Explanation> steps = dl.explain().children();
    assertEquals("Thời hạn 05 ngày làm việc: không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết, nghỉ bù"
        + " và ngày nghỉ hoán đổi; ngày làm việc cuối cùng là 13/03/2024",
        steps.get(1).text().vietnamese());
    assertEquals("Không tính 2 ngày làm việc thuộc thời gian loại trừ [2024-03-06..2024-03-07 (ốm)];"
        + " thời hạn kéo dài đến 13/03/2024", steps.get(2).text().vietnamese());
    assertEquals("2 working day(s) of excluded time [2024-03-06..2024-03-07 (ốm)] are not counted;"
        + " the period extends to 2024-03-13", steps.get(2).text().english());
    // a weekend inside the interval is not a working day: Sat 09–Sun 10 adds nothing
    Deadline weekend = Deadline.after(d(2024, 3, 4), LegalPeriod.workingDays(5), CALENDAR,
        List.of(ExcludedInterval.of(d(2024, 3, 9), d(2024, 3, 10), "x")));
    assertEquals(0, weekend.excludedDays());
    assertEquals(d(2024, 3, 11), weekend.lastDay());
    // an interval beginning on the event day counts only the days after it: 05/03
    Deadline fromEvent = Deadline.after(d(2024, 3, 4), LegalPeriod.workingDays(5), CALENDAR,
        List.of(ExcludedInterval.of(d(2024, 3, 4), d(2024, 3, 5), "x")));
    assertEquals(1, fromEvent.excludedDays());
    assertEquals(d(2024, 3, 12), fromEvent.lastDay());
  }

  /** The calendar's last day is 31/12/2199 (a Tuesday): 10 days before it fit, 11 do not. */
  @Test
  void days_upToTheCalendarsLastDay() {
    LocalDate max = CALENDAR.maxDate();
    assertEquals(d(2199, 12, 31), max);
    assertTrue(Deadline.compute(max.minusDays(10), LegalPeriod.days(10), CALENDAR, List.of())
        .isValid());
    assertTrue(Deadline.compute(max.minusDays(10), LegalPeriod.days(11), CALENDAR, List.of())
        .isInvalid());
  }

  @Test
  void valueSemantics() {
    Deadline a = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR);
    Deadline b = Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR, List.of());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Deadline.after(d(2024, 3, 4), LegalPeriod.days(10), CALENDAR));
    assertNotEquals(a, Deadline.after(d(2024, 3, 5), LegalPeriod.days(11), CALENDAR));
    assertNotEquals(a, Deadline.after(d(2024, 3, 5), LegalPeriod.days(10), CALENDAR,
        List.of(ExcludedInterval.of(d(2024, 3, 20), d(2024, 3, 20), "x"))));
    assertNotEquals(a, "Deadline");
    assertNotEquals(a.hashCode(), Deadline.after(d(2024, 3, 5), LegalPeriod.days(11), CALENDAR)
        .hashCode());
    assertSame(a.period(), a.period());
  }

  /**
   * Near the calendar's last day (Tue 31/12/2199) an end beyond it is reported as the first day
   * beyond the calendar, 01/01/2200, whatever the amount; an end within it is computed normally.
   */
  @Test
  void endsBeyondTheCalendar_areReportedAsItsFirstDayBeyond() {
    LocalDate firstBeyond = d(2200, 1, 1);
    assertEquals(firstBeyond, Deadline.compute(d(2199, 12, 21), LegalPeriod.days(20), CALENDAR,
        List.of()).getError().head().date());
    // months: 1 month from Sat 30/11/2199 is Mon 30/12/2199; 3 months are beyond
    assertEquals(d(2199, 12, 30), Deadline.compute(d(2199, 11, 30), LegalPeriod.months(1), CALENDAR,
        List.of()).get().lastDay());
    assertEquals(firstBeyond, Deadline.compute(d(2199, 11, 30), LegalPeriod.months(3), CALENDAR,
        List.of()).getError().head().date());
    // 2 months end on 30/01/2200, just beyond: the calendar names that day
    assertEquals(d(2200, 1, 30), Deadline.compute(d(2199, 11, 30), LegalPeriod.months(2), CALENDAR,
        List.of()).getError().head().date());
    // years: 1 year from Mon 26/11/2198 is Tue 26/11/2199
    assertEquals(d(2199, 11, 26), Deadline.compute(d(2198, 11, 26), LegalPeriod.years(1), CALENDAR,
        List.of()).get().lastDay());
    // 1 year from 01/06/2199 ends on 01/06/2200, named as such; 2 years are far beyond
    assertEquals(d(2200, 6, 1), Deadline.compute(d(2199, 6, 1), LegalPeriod.years(1), CALENDAR,
        List.of()).getError().head().date());
    assertEquals(firstBeyond, Deadline.compute(d(2199, 6, 1), LegalPeriod.years(2), CALENDAR,
        List.of()).getError().head().date());
  }
}
