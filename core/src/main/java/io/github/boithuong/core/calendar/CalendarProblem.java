package io.github.boithuong.core.calendar;

import io.github.boithuong.core.law.BilingualText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A reason why a calendar cannot answer for a date: the date lies outside the supported range, or
 * in a year that has only a provisional schedule while the calendar is strict.
 *
 * <p>Problems are values: {@link io.github.boithuong.core.time.Deadline#compute} returns them, and
 * {@link CalendarException} carries them.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class CalendarProblem {

  /** The kind of problem. */
  public enum Code {
    /** The date is outside the years the calendar covers. */
    OUTSIDE_SUPPORTED_RANGE,
    /** The date is in a year without an official schedule and the calendar is strict. */
    PROVISIONAL_YEAR
  }

  private final Code code;
  private final LocalDate date;
  private final BilingualText message;

  private CalendarProblem(Code code, LocalDate date, BilingualText message) {
    this.code = code;
    this.date = date;
    this.message = message;
  }

  static CalendarProblem outsideRange(LocalDate date, LocalDate min, LocalDate max) {
    return new CalendarProblem(
        Code.OUTSIDE_SUPPORTED_RANGE,
        date,
        BilingualText.of(
            "Ngày " + date + " nằm ngoài phạm vi lịch được hỗ trợ (" + min + " đến " + max + ")",
            "Date " + date + " is outside the supported calendar range " + min + " to " + max));
  }

  static CalendarProblem provisionalYear(LocalDate date) {
    return new CalendarProblem(
        Code.PROVISIONAL_YEAR,
        date,
        BilingualText.of(
            "Năm "
                + date.getYear()
                + " chưa có lịch nghỉ lễ chính thức (ngày "
                + date
                + "); lịch nghiêm ngặt không dùng lịch tạm tính",
            "Year "
                + date.getYear()
                + " has no official holiday schedule (date "
                + date
                + "); a strict calendar refuses provisional years"));
  }

  /**
   * Gets the kind of problem.
   *
   * @return the code, not null
   */
  public Code code() {
    return code;
  }

  /**
   * Gets the date the problem is about.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the message in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    return message.in(locale);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CalendarProblem other
        && code == other.code
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, date);
  }

  /**
   * Returns the English message.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message.english();
  }
}
