package io.github.boithuong.core.time;

import io.github.boithuong.core.calendar.CalendarDay;
import io.github.boithuong.core.calendar.CalendarException;
import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.calendar.DayKind;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The last day of a legal period that starts with an event, counted as the Civil Code 2015
 * prescribes, and how it was computed.
 *
 * <ul>
 *   <li>the day of the event is not counted: counting starts the next day (Điều 147); for a
 *       limitation period the event day may be counted instead (Điều 151, see {@link
 *       LimitationCounting});
 *   <li>a period of days ends on its last day (Điều 148.1); of months or years on the
 *       corresponding day of the last month or year, or on the last day of that month when it has
 *       no such day (Điều 148.3, 148.4);
 *   <li>a last day that is a weekly rest day or a holiday moves to the next working day (Điều
 *       148.5);
 *   <li>a period of working days counts only the working days of the {@link WorkingCalendar};
 *   <li>excluded days (force majeure, objective obstacle) extend the period by exactly the excluded
 *       days that fall within it.
 * </ul>
 *
 * <pre>
 *   Deadline d = Deadline.after(LocalDate.of(2024, 2, 7), LegalPeriod.workingDays(5), calendar);
 *   d.lastDay();                             // 2024-02-21: Tết 08–14/02 is skipped
 *   d.explain().render(Locale.forLanguageTag("vi"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline {

  private static final Citation START_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 147);
  private static final Citation LIMITATION_START_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 151);
  private static final Citation DAYS_END_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 148, 1);
  private static final Citation MONTHS_END_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 148, 3);
  private static final Citation YEARS_END_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 148, 4);
  private static final Citation ROLL_RULE = Citation.of(LegalText.CIVIL_CODE_2015, 148, 5);
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final LocalDate eventDay;
  private final LegalPeriod period;
  private final WorkingCalendar calendar;
  private final List<ExcludedInterval> excluded;
  private final LocalDate rawEnd;
  private final boolean clampedToMonthEnd;
  private final int excludedDays;
  private final LocalDate lastDay;
  private final boolean provisional;

  private Deadline(
      LocalDate eventDay,
      LegalPeriod period,
      WorkingCalendar calendar,
      List<ExcludedInterval> excluded,
      LocalDate rawEnd,
      boolean clampedToMonthEnd,
      int excludedDays,
      LocalDate lastDay,
      boolean provisional) {
    this.eventDay = eventDay;
    this.period = period;
    this.calendar = calendar;
    this.excluded = excluded;
    this.rawEnd = rawEnd;
    this.clampedToMonthEnd = clampedToMonthEnd;
    this.excludedDays = excludedDays;
    this.lastDay = lastDay;
    this.provisional = provisional;
  }

  //-----------------------------------------------------------------------
  /**
   * Computes the deadline of a period that starts with an event.
   *
   * @param eventDay the day of the event that starts the period, not null
   * @param period the period, not null
   * @param calendar the working-day calendar, not null
   * @return the deadline, not null
   * @throws NullPointerException if any argument is null
   * @throws CalendarException listing every problem if the calendar cannot answer (a date outside
   *     its range, or a provisional year on a strict calendar)
   */
  public static Deadline after(LocalDate eventDay, LegalPeriod period, WorkingCalendar calendar) {
    return after(eventDay, period, calendar, List.of());
  }

  /**
   * Computes the deadline of a period that starts with an event, extended by excluded days.
   *
   * @param eventDay the day of the event that starts the period, not null
   * @param period the period, not null
   * @param calendar the working-day calendar, not null
   * @param excluded the days not counted (Luật TNBTCNN 2017 Điều 6.3, 42.3, 52.3), not null, may
   *     be empty, may overlap
   * @return the deadline, not null
   * @throws NullPointerException if any argument or interval is null
   * @throws CalendarException listing every problem if the calendar cannot answer
   */
  public static Deadline after(
      LocalDate eventDay,
      LegalPeriod period,
      WorkingCalendar calendar,
      List<ExcludedInterval> excluded) {
    Validation<Seq<CalendarProblem>, Deadline> result = compute(eventDay, period, calendar, excluded);
    if (result.isInvalid()) {
      throw new CalendarException(result.getError().toJavaList());
    }
    return result.get();
  }

  /**
   * Computes the deadline, returning the calendar's problems as a value instead of throwing.
   *
   * @param eventDay the day of the event that starts the period, not null
   * @param period the period, not null
   * @param calendar the working-day calendar, not null
   * @param excluded the days not counted, not null, may be empty
   * @return the deadline, or every problem that prevents computing it; not null
   * @throws NullPointerException if any argument or interval is null
   */
  public static Validation<Seq<CalendarProblem>, Deadline> compute(
      LocalDate eventDay,
      LegalPeriod period,
      WorkingCalendar calendar,
      List<ExcludedInterval> excluded) {
    Objects.requireNonNull(eventDay, "eventDay");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(calendar, "calendar");
    List<ExcludedInterval> merged = merge(Objects.requireNonNull(excluded, "excluded"));
    try {
      return Validation.valid(calculate(eventDay, period, calendar, merged));
    } catch (CalendarException ex) {
      // Not swallowed: the calendar's problems become the value returned.
      return Validation.invalid(io.vavr.collection.List.ofAll(ex.problems()));
    }
  }

  private static Deadline calculate(
      LocalDate eventDay, LegalPeriod period, WorkingCalendar calendar, List<ExcludedInterval> excluded) {
    calendar.day(eventDay); // range check of the event day
    // Điều 151: the event day is the first day counted, i.e. counting as if from the day before.
    LocalDate base =
        period.kind() == LegalPeriod.Kind.LIMITATION
                && period.counting() == LimitationCounting.EVENT_DAY_COUNTED
            ? eventDay.minusDays(1)
            : eventDay;
    int n = period.amount();
    LocalDate rawEnd;
    boolean clamped = false;
    int extension = 0;
    switch (period.unit()) {
      case IMMEDIATELY -> rawEnd = eventDay;
      case WORKING_DAYS -> {
        rawEnd = calendar.plusWorkingDays(base, n);
        for (int k = excludedWorkingDays(calendar, excluded, base, rawEnd); k != extension;
            k = excludedWorkingDays(calendar, excluded, base, rawEnd)) {
          extension = k;
          rawEnd = calendar.plusWorkingDays(base, n + extension);
        }
      }
      default -> {
        LocalDate plain;
        if (beyondCalendar(base, period.unit(), n, calendar)) {
          // The end falls after the calendar's last day: the first day beyond it, which the
          // calendar then refuses with its own problem (no overflow of a huge amount).
          plain = calendar.maxDate().plusDays(1);
        } else if (period.unit() == PeriodUnit.DAYS) {
          plain = base.plusDays(n);
        } else if (period.unit() == PeriodUnit.MONTHS) {
          plain = base.plusMonths(n);
          clamped = plain.getDayOfMonth() != base.getDayOfMonth();
        } else {
          plain = base.plusYears(n);
          clamped = plain.getDayOfMonth() != base.getDayOfMonth();
        }
        rawEnd = plain;
        for (int k = excludedCalendarDays(excluded, base, rawEnd); k != extension;
            k = excludedCalendarDays(excluded, base, rawEnd)) {
          extension = k;
          rawEnd = plain.plusDays(extension);
        }
      }
    }
    LocalDate last = calendar.nextWorkingDayOrSame(rawEnd);
    boolean provisional = calendar.isProvisional(firstDayConsulted(eventDay, period, rawEnd), last);
    return new Deadline(eventDay, period, calendar, excluded, rawEnd, clamped, extension, last, provisional);
  }

  /** Whether {@code n} days, months or years after {@code base} surely end after the calendar. */
  private static boolean beyondCalendar(LocalDate base, PeriodUnit unit, int n, WorkingCalendar calendar) {
    long available = calendar.maxDate().toEpochDay() - base.toEpochDay();
    return switch (unit) {
      case DAYS -> n > available;
      case MONTHS -> n > available / 28 + 1;
      case YEARS -> n > available / 365 + 1;
      default -> false;
    };
  }

  /**
   * The first day whose calendar status the result depends on: every day of a period of working
   * days; for days, months and years only the raw end, which may roll forward (Điều 148.5).
   */
  private static LocalDate firstDayConsulted(LocalDate eventDay, LegalPeriod period, LocalDate rawEnd) {
    return period.unit() == PeriodUnit.WORKING_DAYS ? eventDay : rawEnd;
  }

  private static List<ExcludedInterval> merge(List<ExcludedInterval> intervals) {
    List<ExcludedInterval> sorted = new ArrayList<>(intervals);
    for (ExcludedInterval i : sorted) {
      Objects.requireNonNull(i, "excluded interval");
    }
    sorted.sort(Comparator.comparing(ExcludedInterval::startInclusive));
    return List.copyOf(sorted);
  }

  /** The calendar days of the union of the intervals within (base, end]. */
  private static int excludedCalendarDays(List<ExcludedInterval> excluded, LocalDate base, LocalDate end) {
    long count = 0;
    LocalDate coveredUntil = base; // days up to this one are already counted or before the period
    for (ExcludedInterval i : excluded) {
      LocalDate from = max(i.startInclusive(), coveredUntil.plusDays(1));
      LocalDate to = min(i.endInclusive(), end);
      if (!to.isBefore(from)) {
        count += to.toEpochDay() - from.toEpochDay() + 1;
      }
      coveredUntil = max(coveredUntil, min(i.endInclusive(), end));
    }
    return Math.toIntExact(count);
  }

  /** The working days of the union of the intervals within (base, end]. */
  private static int excludedWorkingDays(
      WorkingCalendar calendar, List<ExcludedInterval> excluded, LocalDate base, LocalDate end) {
    int count = 0;
    LocalDate coveredUntil = base;
    for (ExcludedInterval i : excluded) {
      LocalDate fromExclusive = max(i.startInclusive().minusDays(1), coveredUntil);
      LocalDate to = min(i.endInclusive(), end);
      if (to.isAfter(fromExclusive)) {
        count += calendar.workingDaysBetween(fromExclusive, to);
      }
      coveredUntil = max(coveredUntil, to);
    }
    return count;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  //-----------------------------------------------------------------------
  /**
   * Gets the last day of the period: the day by the end of which the step must be done.
   *
   * @return the last day, a working day, not null
   */
  public LocalDate lastDay() {
    return lastDay;
  }

  /**
   * Gets the day of the event that started the period.
   *
   * @return the event day, not null
   */
  public LocalDate eventDay() {
    return eventDay;
  }

  /**
   * Gets the period.
   *
   * @return the period, not null
   */
  public LegalPeriod period() {
    return period;
  }

  /**
   * Gets the first day counted: the day after the event (Điều 147), or the event day itself for a
   * limitation period counted under Điều 151.
   *
   * @return the first day, not null
   */
  public LocalDate firstDayCounted() {
    if (period.unit() == PeriodUnit.IMMEDIATELY) {
      return eventDay;
    }
    return period.kind() == LegalPeriod.Kind.LIMITATION
            && period.counting() == LimitationCounting.EVENT_DAY_COUNTED
        ? eventDay
        : eventDay.plusDays(1);
  }

  /**
   * Gets the last day of the period before Điều 148.5 moves it past days off: the end of the count,
   * including any excluded days.
   *
   * @return the raw end, not null
   */
  public LocalDate rawEnd() {
    return rawEnd;
  }

  /**
   * Whether the raw end was a day off and the period was extended to the next working day (Civil
   * Code 2015 Điều 148.5).
   *
   * @return true if rolled forward
   */
  public boolean rolled() {
    return !lastDay.equals(rawEnd);
  }

  /**
   * Gets why the raw end is not a working day, if the period rolled.
   *
   * @return the raw end day with its reason (weekend, which holiday, which document), or empty if
   *     not rolled
   */
  public Optional<CalendarDay> rollReason() {
    return rolled() ? Optional.of(calendar.day(rawEnd)) : Optional.empty();
  }

  /**
   * Whether a period of months or years ended on the last day of a month that has no
   * corresponding day (Civil Code 2015 Điều 148.3–148.4), e.g. one month from 31 January.
   *
   * @return true if the end was moved to the month's last day
   */
  public boolean clampedToMonthEnd() {
    return clampedToMonthEnd;
  }

  /**
   * Gets the number of excluded days that extended the period: calendar days for periods of days,
   * months and years; working days for periods of working days.
   *
   * @return the extension, zero or more
   */
  public int excludedDays() {
    return excludedDays;
  }

  /**
   * Gets the excluded intervals given, in order of their start.
   *
   * @return the intervals, unmodifiable, not null
   */
  public List<ExcludedInterval> excludedIntervals() {
    return excluded;
  }

  /**
   * Whether the computation depends on a year without an official holiday schedule: the answer may
   * change when that year's schedule is announced. A period of working days depends on every day
   * it counts; a period of days, months or years only on its raw end and the days it rolls over.
   *
   * @return true if provisional
   */
  public boolean isProvisional() {
    return provisional;
  }

  /**
   * Gets the days the computation depends on whose calendar entries are not confirmed (see {@link
   * #isProvisional()} for which days it depends on).
   *
   * @return the days, unmodifiable, not null, usually empty
   */
  public List<CalendarDay> unconfirmedDays() {
    return calendar.unconfirmedDays(firstDayConsulted(eventDay, period, rawEnd), lastDay);
  }

  /**
   * Gets the provisions the computation rests on: the period's own citation if given, then the
   * Civil Code's counting rules used.
   *
   * @return the citations, unmodifiable, not null
   */
  public List<Citation> citations() {
    List<Citation> result = new ArrayList<>();
    period.citation().ifPresent(result::add);
    if (period.unit() != PeriodUnit.IMMEDIATELY) {
      result.add(firstDayCounted().equals(eventDay) ? LIMITATION_START_RULE : START_RULE);
    }
    if (period.unit() == PeriodUnit.DAYS) {
      result.add(DAYS_END_RULE);
    } else if (period.unit() == PeriodUnit.MONTHS) {
      result.add(MONTHS_END_RULE);
    } else if (period.unit() == PeriodUnit.YEARS) {
      result.add(YEARS_END_RULE);
    }
    if (rolled()) {
      result.add(ROLL_RULE);
    }
    return List.copyOf(result);
  }

  /**
   * Explains how the last day was computed, step by step, in Vietnamese and English, each step
   * with the provision it applies.
   *
   * @return the explanation tree, not null
   */
  public Explanation explain() {
    List<Explanation> steps = new ArrayList<>();
    String event = vn(eventDay);
    if (period.unit() == PeriodUnit.IMMEDIATELY) {
      steps.add(step(
          "Thực hiện ngay trong ngày xảy ra sự kiện " + event,
          "Due immediately, on the day of the event " + eventDay));
    } else if (firstDayCounted().equals(eventDay)) {
      steps.add(step(
          "Thời hiệu bắt đầu từ ngày " + event + " (ngày đầu tiên được tính)",
          "The limitation period starts on " + eventDay + " (the first day is counted)",
          LIMITATION_START_RULE));
    } else {
      steps.add(step(
          "Sự kiện xảy ra ngày " + event + "; ngày này không được tính, thời hạn bắt đầu từ ngày "
              + vn(eventDay.plusDays(1)),
          "The event occurred on " + eventDay + "; that day is not counted, the period starts on "
              + eventDay.plusDays(1),
          START_RULE));
    }
    String periodVi = period.describe(VI);
    String periodEn = period.describe(Locale.ENGLISH);
    LocalDate plainEnd = rawEnd.minusDays(period.unit() == PeriodUnit.WORKING_DAYS ? 0 : excludedDays);
    switch (period.unit()) {
      case WORKING_DAYS -> {
        steps.add(step(
            "Thời hạn " + periodVi + ": không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết, nghỉ bù và"
                + " ngày nghỉ hoán đổi; ngày làm việc cuối cùng là " + vn(rawEnd),
            "Period of " + periodEn + ": weekends, holidays, compensatory and swapped days off are"
                + " not counted; the last working day is " + rawEnd));
        Explanation skipped = skippedDaysOff(eventDay, rawEnd);
        if (skipped != null) {
          steps.add(skipped);
        }
      }
      case DAYS -> {
        steps.add(step(
            "Thời hạn " + periodVi + " kết thúc vào ngày cuối cùng của thời hạn: " + vn(plainEnd),
            "Period of " + periodEn + " ends on its last day: " + plainEnd,
            DAYS_END_RULE));
      }
      case MONTHS, YEARS -> {
        Citation rule = period.unit() == PeriodUnit.MONTHS ? MONTHS_END_RULE : YEARS_END_RULE;
        if (clampedToMonthEnd) {
          steps.add(step(
              "Thời hạn " + periodVi + ": tháng cuối cùng không có ngày tương ứng, thời hạn kết thúc"
                  + " vào ngày cuối cùng của tháng đó: " + vn(plainEnd),
              "Period of " + periodEn + ": the last month has no corresponding day, so the period"
                  + " ends on that month's last day: " + plainEnd,
              rule));
        } else {
          steps.add(step(
              "Thời hạn " + periodVi + " kết thúc vào ngày tương ứng: " + vn(plainEnd),
              "Period of " + periodEn + " ends on the corresponding day: " + plainEnd,
              rule));
        }
      }
      default -> {
      }
    }
    if (excludedDays > 0) {
      List<String> spans = new ArrayList<>();
      for (ExcludedInterval i : excluded) {
        spans.add(i.toString());
      }
      steps.add(step(
          "Không tính " + excludedDays + " ngày"
              + (period.unit() == PeriodUnit.WORKING_DAYS ? " làm việc" : "")
              + " thuộc thời gian loại trừ " + spans + "; thời hạn kéo dài đến " + vn(rawEnd),
          excludedDays + (period.unit() == PeriodUnit.WORKING_DAYS ? " working" : "")
              + " day(s) of excluded time " + spans + " are not counted; the period extends to "
              + rawEnd));
    }
    if (rolled()) {
      CalendarDay off = calendar.day(rawEnd);
      Explanation why = off.explain();
      steps.add(Explanation.of(
          BilingualText.of(
              "Ngày " + vn(rawEnd) + " là ngày nghỉ; thời hạn kết thúc vào ngày làm việc tiếp theo: "
                  + vn(lastDay),
              rawEnd + " is a day off; the period ends on the next working day: " + lastDay),
          List.of(ROLL_RULE),
          List.of(why)));
    }
    if (provisional) {
      steps.add(step(
          "TẠM TÍNH: khoảng thời gian này có năm chưa có lịch nghỉ lễ chính thức; hạn có thể thay đổi"
              + " khi lịch được công bố",
          "PROVISIONAL: the span includes a year without an official holiday schedule; the deadline"
              + " may change when the schedule is announced"));
    }
    for (CalendarDay day : unconfirmedDays()) {
      steps.add(step(
          "Chưa xác thực: ngày " + vn(day.date()) + " (" + day.kind().label(VI) + ") dựa trên nguồn"
              + " chưa được kiểm chứng",
          "Unconfirmed: " + day.date() + " (" + day.kind().label(Locale.ENGLISH) + ") rests on a"
              + " source not yet verified"));
    }
    List<Citation> rootCitations = new ArrayList<>();
    period.citation().ifPresent(rootCitations::add);
    return Explanation.of(
        BilingualText.of(
            "Hạn cuối: " + vn(lastDay) + " (" + periodVi + " kể từ " + event + ")",
            "Last day: " + lastDay + " (" + periodEn + " from " + eventDay + ")"),
        rootCitations,
        steps);
  }

  /**
   * The days off other than plain weekends between the event and the raw end (holidays, also on a
   * weekend, compensatory and swapped days), with why each is off; null if none.
   */
  private Explanation skippedDaysOff(LocalDate fromExclusive, LocalDate toInclusive) {
    List<Explanation> days = new ArrayList<>();
    for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
      CalendarDay day = calendar.day(d);
      if (!day.isWorkingDay() && day.kind() != DayKind.WEEKLY_REST) {
        days.add(day.explain());
      }
    }
    if (days.isEmpty()) {
      return null;
    }
    return Explanation.of(
        BilingualText.of(
            "Ngày nghỉ lễ, tết, nghỉ bù, nghỉ hoán đổi không được tính (" + days.size() + " ngày):",
            "Holidays, compensatory and swapped days off not counted (" + days.size() + "):"),
        List.of(),
        days);
  }

  private static Explanation step(String vi, String en, Citation... citations) {
    return Explanation.of(BilingualText.of(vi, en), List.of(citations));
  }

  private static String vn(LocalDate date) {
    return VN_DATE.format(date);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Deadline other)) {
      return false;
    }
    return eventDay.equals(other.eventDay)
        && period.equals(other.period)
        && excluded.equals(other.excluded)
        && lastDay.equals(other.lastDay)
        && rawEnd.equals(other.rawEnd)
        && provisional == other.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventDay, period, excluded, lastDay, rawEnd, provisional);
  }

  /**
   * Returns e.g. {@code "Deadline[5 WORKING_DAYS after 2024-02-07: 2024-02-21]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Deadline[" + period + " after " + eventDay + ": " + lastDay
        + (provisional ? " PROVISIONAL" : "") + "]";
  }
}
