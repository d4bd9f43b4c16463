package io.github.boithuong.examples.json;

import io.github.boithuong.core.law.BilingualText;
import java.util.Locale;
import java.util.Objects;

/**
 * A problem found in a JSON case file: which file, where in it (a JSONPath such as {@code
 * $.events[3].date}, or a line and column for a syntax error), a stable code and what is wrong,
 * in Vietnamese and English.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 *
 * @param file the file, as given on the command line, or a name for text read otherwise; not null
 * @param path where in the file: a JSONPath ({@code $} for the whole document), or {@code
 *     line L, column C} for a syntax error; not null
 * @param code a stable code for programs: {@code SYNTAX}, {@code IO}, {@code
 *     UNSUPPORTED_VERSION}, {@code UNKNOWN_FIELD}, {@code MISSING_FIELD}, {@code WRONG_TYPE},
 *     {@code INVALID_VALUE}, or {@code CASE_} followed by the library's {@code CaseProblem.Code}
 *     for a problem of the case itself ({@code Claim.problems()}); not null
 * @param message what is wrong, in Vietnamese and English, not null
 */
public record JsonProblem(String file, String path, String code, BilingualText message) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public JsonProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
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

  /**
   * Renders the problem on one line: {@code file: path: message}.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the line, not null
   */
  public String render(Locale locale) {
    return file + ": " + path + ": " + message.in(locale);
  }

  /**
   * Returns the English one-line rendering.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
