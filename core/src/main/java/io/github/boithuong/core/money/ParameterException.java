package io.github.boithuong.core.money;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when legal parameters cannot be loaded or cannot answer: a malformed parameter file
 * (every problem listed, each with its file and line), a value asked for a date before the first
 * value of its parameter, or an unconfirmed value asked of a strict table. Carries every {@link
 * MoneyProblem} found, never only the first. A malformed file never yields values.
 *
 * <p>Callers that prefer values to exceptions use {@link LegalParameters#find}.
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class ParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final transient List<MoneyProblem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems the problems, not null, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ParameterException(List<MoneyProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<MoneyProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
        + problems.stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.joining("\n  "));
  }

  /**
   * Gets every problem found.
   *
   * @return the problems, unmodifiable, not empty
   */
  public List<MoneyProblem> problems() {
    return problems;
  }
}
