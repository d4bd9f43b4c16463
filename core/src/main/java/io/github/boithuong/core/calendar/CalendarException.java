package io.github.boithuong.core.calendar;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a calendar is asked about a date it cannot answer for: outside its supported range,
 * or in a provisional year when it is strict. Carries every {@link CalendarProblem} found.
 *
 * <p>Callers that prefer values to exceptions use {@link
 * io.github.boithuong.core.time.Deadline#compute}.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class CalendarException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final transient List<CalendarProblem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems the problems, not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CalendarException(List<CalendarProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.message(Locale.ENGLISH))
            .collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Gets every problem found.
   *
   * @return the problems, unmodifiable, not empty
   */
  public List<CalendarProblem> problems() {
    return problems;
  }
}
