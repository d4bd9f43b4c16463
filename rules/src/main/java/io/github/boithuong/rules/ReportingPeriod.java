package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period of state compensation and the day the report must reach the Ministry of
 * Justice — Thông tư 08/2019/TT-BTP Điều 25; Nghị định 68/2018 Điều 35.
 *
 * <ul>
 *   <li>the annual report: actual data from 1 January to 31 October, received before 8 December of
 *       the year;
 *   <li>the official annual statistics: data from 1 January to 31 December, received before 31
 *       January of the next year.
 * </ul>
 *
 * <p>"Received before" a date means by the end of the day before it; a due date on a non-working
 * day moves to the next working day (Điều 25; docs/interpretations.md R7).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod {

  /** The kind of report. */
  public enum Kind {
    /** The annual report, data 01/01–31/10 (báo cáo công tác bồi thường nhà nước hằng năm). */
    ANNUAL_REPORT("báo cáo công tác bồi thường nhà nước hằng năm", "annual report"),
    /** The official annual statistics, data 01/01–31/12 (số liệu thống kê chính thức năm). */
    ANNUAL_STATISTICS("số liệu thống kê chính thức năm", "official annual statistics");

    private final BilingualText label;

    Kind(String vietnamese, String english) {
      this.label = BilingualText.of(vietnamese, english);
    }

    /**
     * Gets the name in the language of the locale.
     *
     * @param locale Vietnamese for {@code vi}, English otherwise; not null
     * @return the name, not null
     */
    public String label(Locale locale) {
      return label.in(locale);
    }
  }

  private static final Citation SOURCE = Citation.of(LegalText.CIRCULAR_08_2019, 25);

  private final Kind kind;
  private final int year;
  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate receivedBy;
  private final LocalDate dueDate;

  private ReportingPeriod(Kind kind, int year, LocalDate from, LocalDate to, LocalDate receivedBy,
      LocalDate dueDate) {
    this.kind = kind;
    this.year = year;
    this.from = from;
    this.to = to;
    this.receivedBy = receivedBy;
    this.dueDate = dueDate;
  }

  /**
   * Obtains the period of a report for a year, with its due date on the calendar.
   *
   * @param kind the kind of report, not null
   * @param year the reporting year
   * @param calendar the working-day calendar, not null
   * @return the period, not null
   * @throws NullPointerException if an argument is null
   * @throws io.github.boithuong.core.calendar.CalendarException if the calendar cannot answer for
   *     the due date
   */
  public static ReportingPeriod of(Kind kind, int year, WorkingCalendar calendar) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(calendar, "calendar");
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = kind == Kind.ANNUAL_REPORT ? LocalDate.of(year, 10, 31) : LocalDate.of(year, 12, 31);
    LocalDate before = kind == Kind.ANNUAL_REPORT ? LocalDate.of(year, 12, 8) : LocalDate.of(year + 1, 1, 31);
    LocalDate receivedBy = before.minusDays(1);
    return new ReportingPeriod(kind, year, from, to, receivedBy, calendar.nextWorkingDayOrSame(receivedBy));
  }

  /**
   * Gets the kind of report.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the reporting year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Gets the first day of the data.
   *
   * @return the date, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Gets the last day of the data.
   *
   * @return the date, not null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Gets the last day the report may be received, as the text states it (the day before the date
   * named).
   *
   * @return the date, not null
   */
  public LocalDate receivedBy() {
    return receivedBy;
  }

  /**
   * Gets the due date: {@link #receivedBy()} moved to the next working day if it is off.
   *
   * @return the due date, a working day, not null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Gets the provision that sets the period.
   *
   * @return Thông tư 08/2019/TT-BTP Điều 25, not null
   */
  public Citation citation() {
    return SOURCE;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportingPeriod other && kind == other.kind
        && year == other.year && dueDate.equals(other.dueDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, dueDate);
  }

  /**
   * Returns e.g. {@code "ANNUAL_REPORT 2024: 2024-01-01..2024-10-31, due 2024-12-09"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return kind + " " + year + ": " + from + ".." + to + ", due " + dueDate;
  }
}
