package io.github.boithuong.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day of a holiday schedule that differs from an ordinary week: a holiday, a compensatory day
 * off, a swapped day off or a make-up working Saturday, with the documents that announced it.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class ScheduleEntry implements Comparable<ScheduleEntry> {

  private final LocalDate date;
  private final DayKind kind;
  private final Occasion occasion;
  private final EntryStatus status;
  private final List<String> sources;
  private final String note;

  private ScheduleEntry(
      LocalDate date,
      DayKind kind,
      Occasion occasion,
      EntryStatus status,
      List<String> sources,
      String note) {
    this.date = date;
    this.kind = kind;
    this.occasion = occasion;
    this.status = status;
    this.sources = sources;
    this.note = note;
  }

  /**
   * Obtains an entry.
   *
   * @param date the day, not null
   * @param kind {@link DayKind#HOLIDAY}, {@link DayKind#COMPENSATORY_DAY_OFF}, {@link
   *     DayKind#SWAPPED_DAY_OFF} or {@link DayKind#MAKE_UP_WORKING_DAY}, not null
   * @param occasion the holiday the day belongs to, not null
   * @param status how well the entry is established, not null
   * @param sources the documents and reports that announced the day (the Government Office letter,
   *     the ministry's notice, a news report of them), not null, may be empty only for entries
   *     derived from the statutes
   * @param note a free-text remark, not null, may be empty
   * @return the entry, not null
   * @throws NullPointerException if any argument or source is null
   * @throws IllegalArgumentException if {@code kind} is {@link DayKind#WORKING_DAY} or {@link
   *     DayKind#WEEKLY_REST}, which are not schedule entries
   */
  public static ScheduleEntry of(
      LocalDate date,
      DayKind kind,
      Occasion occasion,
      EntryStatus status,
      List<String> sources,
      String note) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    if (kind == DayKind.WORKING_DAY || kind == DayKind.WEEKLY_REST) {
      throw new IllegalArgumentException(
          "kind must be HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF or MAKE_UP_WORKING_DAY, but was "
              + kind);
    }
    return new ScheduleEntry(
        date, kind, occasion, status, List.copyOf(Objects.requireNonNull(sources, "sources")), note);
  }

  /**
   * Gets the day.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets what kind of day it is.
   *
   * @return the kind, not null
   */
  public DayKind kind() {
    return kind;
  }

  /**
   * Gets the holiday the day belongs to.
   *
   * @return the occasion, not null
   */
  public Occasion occasion() {
    return occasion;
  }

  /**
   * Gets how well the entry is established.
   *
   * @return the status, not null
   */
  public EntryStatus status() {
    return status;
  }

  /**
   * Gets the documents and reports that announced the day.
   *
   * @return the sources, unmodifiable, not null, empty for entries derived from the statutes
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * Gets the free-text remark.
   *
   * @return the note, not null, may be empty
   */
  public String note() {
    return note;
  }

  /**
   * Orders by date, then kind, then occasion.
   *
   * @param other the other entry, not null
   * @return the comparator value
   */
  @Override
  public int compareTo(ScheduleEntry other) {
    int cmp = date.compareTo(other.date);
    if (cmp == 0) {
      cmp = kind.compareTo(other.kind);
    }
    return cmp != 0 ? cmp : occasion.compareTo(other.occasion);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ScheduleEntry other)) {
      return false;
    }
    return date.equals(other.date)
        && kind == other.kind
        && occasion == other.occasion
        && status == other.status
        && sources.equals(other.sources)
        && note.equals(other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, occasion, status, sources, note);
  }

  /**
   * Returns e.g. {@code "2024-02-13 COMPENSATORY_DAY_OFF LUNAR_NEW_YEAR CONFIRMED"}.
   *
   * @return the entry, not null
   */
  @Override
  public String toString() {
    return date + " " + kind + " " + occasion + " " + status;
  }
}
