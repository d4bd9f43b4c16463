package io.github.boithuong.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days off and make-up working days of one year for the civil service: the holidays, the
 * compensatory days, the swapped days and the make-up Saturdays, each with its source.
 *
 * <p>boithuong ships the official schedules from 2018 as resource files, one per year. An
 * integrator adds a year (for example the next one, the day it is announced) or corrects one
 * without forking the library, either with a file on the classpath at {@code
 * META-INF/boithuong/holidays/vn-YYYY.txt} or programmatically:
 *
 * <pre>
 *   HolidaySchedule y2027 = HolidaySchedule.parse(text, "vn-2027.txt");
 *   WorkingCalendar calendar = WorkingCalendar.builder().schedule(y2027).build();
 * </pre>
 *
 * <p>The file format is described in {@code docs/holiday-schedules.md}. A schedule is checked when
 * it is created: dates inside its year, no contradictory entries, compensatory days on weekdays and
 * make-up days on weekends, every statutory holiday of the year present on its legal date (Tết and
 * Giỗ Tổ by the lunar calendar) and a compensatory day for each holiday that falls on a weekend.
 * Every problem found is reported at once in a {@link ScheduleFormatException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidaySchedule {

  private final int year;
  private final ScheduleBasis basis;
  private final List<ScheduleEntry> entries;
  private final String origin;

  HolidaySchedule(int year, ScheduleBasis basis, List<ScheduleEntry> entries, String origin) {
    this.year = year;
    this.basis = basis;
    List<ScheduleEntry> sorted = new ArrayList<>(entries);
    sorted.sort(null);
    this.entries = List.copyOf(sorted);
    this.origin = origin;
  }

  /**
   * Obtains a schedule from its entries, checking it.
   *
   * @param year the year, within {@link WorkingCalendar#MIN_YEAR} to {@link
   *     WorkingCalendar#MAX_YEAR}
   * @param basis whether the schedule is official or only a proposal, not null
   * @param entries every holiday, compensatory day, swapped day and make-up day of the year, not
   *     null
   * @param origin where the schedule comes from, shown in messages, not null
   * @return the schedule, not null
   * @throws NullPointerException if any argument or entry is null
   * @throws ScheduleFormatException listing every problem if the schedule is inconsistent
   */
  public static HolidaySchedule of(
      int year, ScheduleBasis basis, List<ScheduleEntry> entries, String origin) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(origin, "origin");
    List<ScheduleEntry> copy = List.copyOf(Objects.requireNonNull(entries, "entries"));
    List<String> problems = ScheduleValidator.validate(year, copy);
    if (!problems.isEmpty()) {
      throw new ScheduleFormatException(origin, problems);
    }
    return new HolidaySchedule(year, basis, copy, origin);
  }

  /**
   * Parses a schedule in the boithuong schedule format ({@code docs/holiday-schedules.md}), checking
   * it.
   *
   * @param text the content of the file, not null
   * @param origin the name of the file, shown in messages, not null
   * @return the schedule, not null
   * @throws NullPointerException if any argument is null
   * @throws ScheduleFormatException listing every problem, with its line, if the text is malformed
   *     or the schedule inconsistent
   */
  public static HolidaySchedule parse(String text, String origin) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    return ScheduleParser.parse(text, origin);
  }

  /**
   * Gets the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Gets whether the schedule is official.
   *
   * @return the basis, not null
   */
  public ScheduleBasis basis() {
    return basis;
  }

  /**
   * Gets the entries in date order.
   *
   * @return the entries, unmodifiable, not null
   */
  public List<ScheduleEntry> entries() {
    return entries;
  }

  /**
   * Gets where the schedule came from.
   *
   * @return the origin, such as a resource name, not null
   */
  public String origin() {
    return origin;
  }

  /**
   * Whether two schedules state the same days (their origin aside).
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof HolidaySchedule other)) {
      return false;
    }
    return year == other.year && basis == other.basis && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, basis, entries);
  }

  /**
   * Returns e.g. {@code "HolidaySchedule[2024 OFFICIAL, 19 entries, vn-2024.txt]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "HolidaySchedule[" + year + " " + basis + ", " + entries.size() + " entries, " + origin
        + "]";
  }
}
