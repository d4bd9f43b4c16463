package io.github.boithuong.core.claim;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal timetable of a claim: every step of the procedure that applies to it, with its due
 * date computed on a {@link WorkingCalendar} and its status on any date.
 *
 * <p>Steps appear once the event that starts them is recorded. Extensions apply only when the case
 * records their ground (a complex case; an agreed extension). Postponement and suspension stop the
 * clock of the resolution's steps for their duration; termination ends the timetable. Excluded
 * periods (force majeure) extend the limitation period, the time to complete the dossier and the
 * time to sue. A claim accepted before 01/07/2018 is governed by the 2009 law: its timetable is
 * empty and says so in {@link #problems()}.
 *
 * <pre>
 *   Timetable timetable = Timetable.of(claim, WorkingCalendar.vietnam());
 *   for (TimetableEntry e : timetable.dueOrOverdue(LocalDate.of(2024, 3, 1), 2)) {
 *     System.out.println(e.step().label(vi) + " " + e.dueDate() + " " + e.status(asOf).describe(vi));
 *   }
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timetable {

  private final Claim claim;
  private final List<TimetableEntry> entries;
  private final List<CaseProblem> problems;
  private final WorkingCalendar calendar;

  Timetable(Claim claim, List<TimetableEntry> entries, List<CaseProblem> problems,
      WorkingCalendar calendar) {
    this.claim = claim;
    this.calendar = calendar;
    List<TimetableEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(TimetableEntry::startDate)
        .thenComparing(TimetableEntry::dueDate).thenComparing(TimetableEntry::step));
    this.entries = List.copyOf(sorted);
    this.problems = List.copyOf(problems);
  }

  /**
   * Computes the timetable of a claim.
   *
   * @param claim the claim, not null
   * @param calendar the working-day calendar, not null
   * @return the timetable, not null
   * @throws NullPointerException if an argument is null
   */
  public static Timetable of(Claim claim, WorkingCalendar calendar) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(calendar, "calendar");
    return new TimetableBuilder(claim, calendar).build();
  }

  /**
   * Finds, across many claims, the agency steps that are overdue, due today, or due within a number
   * of working days on a date: the official's list for the morning.
   *
   * @param claims the claims, not null
   * @param asOf the date, not null
   * @param withinWorkingDays how far ahead to look, zero or more
   * @param calendar the working-day calendar, not null
   * @return the entries, most urgent first, unmodifiable, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code withinWorkingDays} is negative or {@code asOf} is
   *     outside the calendar's range
   */
  public static List<TimetableEntry> dueOrOverdue(
      Collection<Claim> claims, LocalDate asOf, int withinWorkingDays, WorkingCalendar calendar) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(calendar, "calendar");
    TimetableEntry.checkAsOf(asOf, calendar);
    List<TimetableEntry> result = new ArrayList<>();
    for (Claim claim : claims) {
      result.addAll(of(claim, calendar).dueOrOverdue(asOf, withinWorkingDays));
    }
    result.sort(Comparator.comparing(TimetableEntry::dueDate)
        .thenComparing(TimetableEntry::claimId).thenComparing(TimetableEntry::step));
    return List.copyOf(result);
  }

  /**
   * Gets the claim.
   *
   * @return the claim, not null
   */
  public Claim claim() {
    return claim;
  }

  /**
   * Gets every entry, in the order their steps started.
   *
   * @return the entries, unmodifiable, not null
   */
  public List<TimetableEntry> entries() {
    return entries;
  }

  /**
   * Gets the entries of one step (a step may occur more than once, e.g. termination grounds).
   *
   * @param step the step, not null
   * @return the entries, unmodifiable, not null
   */
  public List<TimetableEntry> entries(Step step) {
    Objects.requireNonNull(step, "step");
    return entries.stream().filter(e -> e.step() == step).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Gets the latest entry of one step.
   *
   * @param step the step, not null
   * @return the entry, empty if the step has not started
   */
  public Optional<TimetableEntry> entry(Step step) {
    List<TimetableEntry> all = entries(step);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Gets the problems met while computing: a claim governed by the 2009 law, an extension agreed
   * after its period expired, a date the calendar cannot answer for.
   *
   * @return the problems, unmodifiable, empty if none
   */
  public List<CaseProblem> problems() {
    return problems;
  }

  /**
   * Gets the agency duties that are overdue, due today, or due within a number of working days.
   *
   * @param asOf the date, not null
   * @param withinWorkingDays how far ahead to look, zero or more
   * @return the entries, most urgent first, unmodifiable, not null
   * @throws IllegalArgumentException if {@code withinWorkingDays} is negative or {@code asOf} is
   *     outside the calendar's range
   */
  public List<TimetableEntry> dueOrOverdue(LocalDate asOf, int withinWorkingDays) {
    TimetableEntry.checkAsOf(asOf, calendar);
    if (withinWorkingDays < 0) {
      throw new IllegalArgumentException(
          "withinWorkingDays must not be negative, but was " + withinWorkingDays);
    }
    List<TimetableEntry> result = new ArrayList<>();
    for (TimetableEntry e : entries) {
      if (e.step().nature() != Step.Nature.DUTY) {
        continue;
      }
      StepStatus s = e.status(asOf);
      if (s.needsAction()
          || (s.kind() == StepStatus.Kind.PENDING && s.workingDays() <= withinWorkingDays)) {
        result.add(e);
      }
    }
    result.sort(Comparator.comparing(TimetableEntry::dueDate).thenComparing(TimetableEntry::step));
    return List.copyOf(result);
  }

  /**
   * Explains the whole timetable on a date, step by step, in Vietnamese and English.
   *
   * @param asOf the date, not null
   * @return the explanation, not null
   * @throws IllegalArgumentException if {@code asOf} is outside the calendar's range
   */
  public Explanation explain(LocalDate asOf) {
    TimetableEntry.checkAsOf(asOf, calendar);
    List<Explanation> children = new ArrayList<>();
    for (TimetableEntry e : entries) {
      children.add(e.explain(asOf));
    }
    for (CaseProblem p : problems) {
      children.add(Explanation.of(BilingualText.of(p.message(java.util.Locale.forLanguageTag("vi")),
          p.message(java.util.Locale.ENGLISH)), List.of()));
    }
    return Explanation.of(
        BilingualText.of("Tiến độ giải quyết vụ việc " + claim.id() + " tính đến ngày " + asOf,
            "Timetable of case " + claim.id() + " as of " + asOf),
        List.of(), children);
  }
}
