package io.github.boithuong.core.calendar;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a holiday schedule is malformed or contradicts the statutes: every problem found is
 * listed, never only the first. A malformed schedule never yields a calendar.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class ScheduleFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The origin, such as a resource name. */
  private final String origin;
  /** The problems, each naming the line or the entry. */
  private final List<String> problems;

  ScheduleFormatException(String origin, List<String> problems) {
    super(message(origin, problems));
    this.origin = Objects.requireNonNull(origin, "origin");
    this.problems = List.copyOf(problems);
  }

  private static String message(String origin, List<String> problems) {
    return "Invalid holiday schedule "
        + origin
        + " ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n  "
        + String.join("\n  ", problems);
  }

  /**
   * Gets where the schedule came from, such as a resource name.
   *
   * @return the origin, not null
   */
  public String origin() {
    return origin;
  }

  /**
   * Gets every problem found, each naming its line or entry.
   *
   * @return the problems, unmodifiable, not empty
   */
  public List<String> problems() {
    return problems;
  }
}
