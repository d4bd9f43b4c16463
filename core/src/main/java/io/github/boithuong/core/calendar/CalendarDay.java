package io.github.boithuong.core.calendar;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link WorkingCalendar} knows about one date: whether it is a working day, and if not,
 * why — which holiday, which document announced it, which provision of the law — and whether the
 * answer is official or provisional.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class CalendarDay {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final LocalDate date;
  private final DayKind kind;
  private final boolean workingDay;
  private final List<ScheduleEntry> entries;
  private final ScheduleBasis basis;

  CalendarDay(
      LocalDate date,
      DayKind kind,
      boolean workingDay,
      List<ScheduleEntry> entries,
      ScheduleBasis basis) {
    this.date = date;
    this.kind = kind;
    this.workingDay = workingDay;
    this.entries = List.copyOf(entries);
    this.basis = basis;
  }

  /**
   * Gets the date.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the kind of day.
   *
   * @return the kind, not null
   */
  public DayKind kind() {
    return kind;
  }

  /**
   * Whether the day is a working day (ngày làm việc) for legal deadlines, under the calendar's
   * options.
   *
   * @return true if a working day
   */
  public boolean isWorkingDay() {
    return workingDay;
  }

  /**
   * Gets the schedule entries for the day: the holiday or holidays, the compensatory, swapped or
   * make-up day. Empty for an ordinary working day or weekend.
   *
   * @return the entries, unmodifiable, not null
   */
  public List<ScheduleEntry> entries() {
    return entries;
  }

  /**
   * Gets the holidays the day belongs to.
   *
   * @return the occasions, unmodifiable, not null, empty for an ordinary day
   */
  public List<Occasion> occasions() {
    List<Occasion> result = new ArrayList<>();
    for (ScheduleEntry e : entries) {
      result.add(e.occasion());
    }
    return List.copyOf(result);
  }

  /**
   * Gets whether the answer comes from an official schedule or is provisional, derived from the
   * statutes for a year without one.
   *
   * @return the basis, not null
   */
  public ScheduleBasis basis() {
    return basis;
  }

  /**
   * Whether the answer for this day is provisional.
   *
   * @return true if the year has no official schedule
   */
  public boolean isProvisional() {
    return basis == ScheduleBasis.PROVISIONAL;
  }

  /**
   * Gets how well the day's special status is established: the weakest status of its entries, or
   * {@link EntryStatus#CONFIRMED} for an ordinary day of an official year and {@link
   * EntryStatus#DERIVED} for an ordinary day of a provisional year.
   *
   * @return the status, not null
   */
  public EntryStatus status() {
    EntryStatus weakest =
        basis == ScheduleBasis.OFFICIAL ? EntryStatus.CONFIRMED : EntryStatus.DERIVED;
    for (ScheduleEntry e : entries) {
      if (e.status().compareTo(weakest) > 0) {
        weakest = e.status();
      }
    }
    return weakest;
  }

  /**
   * Gets the documents and reports that announced the day's entries.
   *
   * @return the sources, unmodifiable, not null, possibly empty
   */
  public List<String> sources() {
    List<String> result = new ArrayList<>();
    for (ScheduleEntry e : entries) {
      for (String s : e.sources()) {
        if (!result.contains(s)) {
          result.add(s);
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Gets the provisions of law the day's status rests on, such as {@code khoản 1 Điều 112 BLLĐ
   * 2019} for a holiday or {@code khoản 3 Điều 111 BLLĐ 2019} for a compensatory day.
   *
   * @return the citations, unmodifiable, not null; empty for an ordinary working day and for days
   *     that rest only on the Prime Minister's decision (swaps)
   */
  public List<Citation> citations() {
    List<Citation> result = new ArrayList<>();
    if (entries.isEmpty()) {
      if (kind == DayKind.WEEKLY_REST) {
        result.addAll(StatutoryHolidays.legalBasis(kind, null, date));
      }
    } else {
      for (ScheduleEntry e : entries) {
        for (Citation c : StatutoryHolidays.legalBasis(e.kind(), e.occasion(), date)) {
          if (!result.contains(c)) {
            result.add(c);
          }
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Explains the day for an official, in Vietnamese and English.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    vi.append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, VI))
        .append(' ')
        .append(String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()))
        .append(": ");
    en.append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .append(' ')
        .append(date)
        .append(": ");
    vi.append(workingDay ? "ngày làm việc" : "ngày nghỉ");
    en.append(workingDay ? "working day" : "day off");
    if (kind != DayKind.WORKING_DAY) {
      vi.append(" — ").append(kind.label(VI));
      en.append(" — ").append(kind.label(Locale.ENGLISH));
    }
    if (!entries.isEmpty()) {
      List<String> occVi = new ArrayList<>();
      List<String> occEn = new ArrayList<>();
      for (Occasion o : occasions()) {
        occVi.add(o.label(VI));
        occEn.add(o.label(Locale.ENGLISH));
      }
      vi.append(" (").append(String.join(", ", occVi)).append(')');
      en.append(" (").append(String.join(", ", occEn)).append(')');
    }
    if (kind == DayKind.MAKE_UP_WORKING_DAY && !workingDay) {
      vi.append("; theo tùy chọn của lịch, ngày làm bù không tính là ngày làm việc");
      en.append("; by the calendar's option, make-up Saturdays are not counted as working days");
    }
    if (isProvisional()) {
      vi.append("; TẠM TÍNH: năm ").append(date.getYear())
          .append(" chưa có lịch nghỉ chính thức, ngày nghỉ được suy ra từ Bộ luật Lao động");
      en.append("; PROVISIONAL: ").append(date.getYear())
          .append(" has no official schedule, days off derived from the Labour Code");
    } else if (status() != EntryStatus.CONFIRMED) {
      vi.append("; mức xác thực: ").append(status());
      en.append("; status: ").append(status());
    }
    List<String> sources = sources();
    if (!sources.isEmpty()) {
      vi.append("; nguồn: ").append(String.join("; ", sources));
      en.append("; source: ").append(String.join("; ", sources));
    }
    return Explanation.of(BilingualText.of(vi.toString(), en.toString()), citations());
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CalendarDay other)) {
      return false;
    }
    return date.equals(other.date)
        && kind == other.kind
        && workingDay == other.workingDay
        && entries.equals(other.entries)
        && basis == other.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, workingDay, entries, basis);
  }

  /**
   * Returns e.g. {@code "2024-02-13 COMPENSATORY_DAY_OFF off [LUNAR_NEW_YEAR] OFFICIAL"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return date + " " + kind + (workingDay ? " working " : " off ") + occasions() + " " + basis;
  }
}
