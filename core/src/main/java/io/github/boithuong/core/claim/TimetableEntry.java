package io.github.boithuong.core.claim;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.time.Deadline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a claim's timetable: the step and its provision, the event that started it and its
 * date, the due date as a {@link Deadline} with its reasoning, and what is known about when it was
 * done.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimetableEntry {

  private final String claimId;
  private final Step step;
  private final BilingualText startedBy;
  private final LocalDate startDate;
  private final Deadline base;
  private final Deadline deadline;
  private final LocalDate doneOn;
  private final LocalDate pausedFrom;
  private final LocalDate endedOn;
  private final WorkingCalendar calendar;

  TimetableEntry(String claimId, Step step, BilingualText startedBy, LocalDate startDate,
      Deadline base, Deadline deadline, LocalDate doneOn, LocalDate pausedFrom, LocalDate endedOn,
      WorkingCalendar calendar) {
    this.claimId = claimId;
    this.step = step;
    this.startedBy = startedBy;
    this.startDate = startDate;
    this.base = base;
    this.deadline = deadline;
    this.doneOn = doneOn;
    this.pausedFrom = pausedFrom;
    this.endedOn = endedOn;
    this.calendar = calendar;
  }

  /**
   * Gets the identifier of the claim.
   *
   * @return the claim's id, not null
   */
  public String claimId() {
    return claimId;
  }

  /**
   * Gets the step.
   *
   * @return the step, not null
   */
  public Step step() {
    return step;
  }

  /**
   * Gets what started the step, in the language of the locale, e.g. "thụ lý".
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the event's name, not null
   */
  public String startedBy(Locale locale) {
    return startedBy.in(locale);
  }

  /**
   * Gets the date of the event that started the step.
   *
   * @return the date, not null
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * Gets the due date with how it was computed. When an agreed extension applies, this is the
   * extension counted from the end of the base period (see {@link #basePeriod()}).
   *
   * @return the deadline, not null
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Gets the base period's deadline when an agreed extension runs from its end (Điều 45.2, 46.1).
   *
   * @return the base deadline, empty when no extension applies
   */
  public Optional<Deadline> basePeriod() {
    return Optional.ofNullable(base);
  }

  /**
   * Gets the last day of the step.
   *
   * @return the due date, not null
   */
  public LocalDate dueDate() {
    return deadline.lastDay();
  }

  /**
   * Gets when the step was done (for a milestone: the day it arrived), if it was.
   *
   * @return the date, empty if not done
   */
  public Optional<LocalDate> doneOn() {
    return Optional.ofNullable(doneOn);
  }

  /**
   * Gets since when the step is paused by a suspension not yet ended.
   *
   * @return the first paused day, empty if not paused
   */
  public Optional<LocalDate> pausedFrom() {
    return Optional.ofNullable(pausedFrom);
  }

  /**
   * Gets when the case ended before the step was done, if it did.
   *
   * @return the date the case ended, empty if it did not
   */
  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  /**
   * Gets where the step stands on a date.
   *
   * @param asOf the date, not null
   * @return the status, not null
   * @throws NullPointerException if {@code asOf} is null
   * @throws IllegalArgumentException if {@code asOf} is outside the calendar's range
   */
  public StepStatus status(LocalDate asOf) {
    checkAsOf(asOf, calendar);
    LocalDate due = deadline.lastDay();
    if (asOf.isBefore(startDate())) {
      return new StepStatus(StepStatus.Kind.NOT_STARTED, 0, 0, asOf, step.nature());
    }
    if (doneOn != null && !doneOn.isAfter(asOf)) {
      if (!doneOn.isAfter(due)) {
        return new StepStatus(StepStatus.Kind.DONE_ON_TIME, 0, 0, asOf, step.nature());
      }
      return new StepStatus(StepStatus.Kind.DONE_LATE, calendar.workingDaysBetween(due, doneOn),
          (int) ChronoUnit.DAYS.between(due, doneOn), asOf, step.nature());
    }
    if (endedOn != null && !endedOn.isAfter(asOf)) {
      return new StepStatus(StepStatus.Kind.ENDED, 0, 0, asOf, step.nature());
    }
    if (pausedFrom != null && !pausedFrom.isAfter(asOf)) {
      return new StepStatus(StepStatus.Kind.PAUSED, 0, 0, asOf, step.nature());
    }
    if (asOf.isBefore(due)) {
      return new StepStatus(StepStatus.Kind.PENDING, calendar.workingDaysBetween(asOf, due),
          (int) ChronoUnit.DAYS.between(asOf, due), asOf, step.nature());
    }
    if (asOf.equals(due)) {
      return new StepStatus(StepStatus.Kind.DUE_TODAY, 0, 0, asOf, step.nature());
    }
    return new StepStatus(StepStatus.Kind.OVERDUE, calendar.workingDaysBetween(due, asOf),
        (int) ChronoUnit.DAYS.between(due, asOf), asOf, step.nature());
  }

  /**
   * Explains the entry: the step, its status on a date and how its due date was computed.
   *
   * @param asOf the date of the status, not null
   * @return the explanation, not null
   */
  public Explanation explain(LocalDate asOf) {
    StepStatus status = status(asOf);
    Locale vi = Locale.forLanguageTag("vi");
    return Explanation.of(
        BilingualText.of(
            capital(step.label(vi)) + ": hạn " + dueDate() + " — " + status.describe(vi),
            capital(step.label(Locale.ENGLISH)) + ": due " + dueDate() + " — "
                + status.describe(Locale.ENGLISH)),
        List.of(step.citation()),
        base == null ? List.of(deadline.explain()) : List.of(base.explain(), deadline.explain()));
  }

  /**
   * Refuses a query date outside the calendar's range (a programming error: no working day can be
   * counted to or from it), whatever the entries.
   */
  static void checkAsOf(LocalDate asOf, WorkingCalendar calendar) {
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(calendar.minDate()) || asOf.isAfter(calendar.maxDate())) {
      throw new IllegalArgumentException("asOf " + asOf + " is outside the calendar's range "
          + calendar.minDate() + " to " + calendar.maxDate());
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Returns e.g. {@code "QNg-2024-001 ACCEPT due 2024-02-15 done 2024-02-15"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return claimId + " " + step + " due " + dueDate() + (doneOn != null ? " done " + doneOn : "")
        + (endedOn != null ? " ended " + endedOn : "");
  }
}
