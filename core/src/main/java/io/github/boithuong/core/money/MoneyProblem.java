package io.github.boithuong.core.money;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reason why an amount cannot be given, or why a figure that a person chose breaks the law: a
 * legal parameter missing for a date, a recourse council's choice outside its range, a reduction
 * above 30%, an advance below half of the eligible damage, a malformed parameter file.
 *
 * <p>Problems are values: computations return them all at once (Vavr {@code Validation} or a
 * {@code problems()} list) and {@link ParameterException} carries them. Each names the provision
 * it rests on, if any.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class MoneyProblem {

  /** The kind of problem. */
  public enum Code {
    /** A legal parameter is asked for on a date before its first known value. */
    BEFORE_FIRST_VALUE,
    /** A strict parameter table was asked for a value whose status is UNCONFIRMED. */
    UNCONFIRMED_VALUE,
    /** A parameter file is malformed; the message names the file and the line. */
    MALFORMED_PARAMETERS,
    /** A recourse tier gives a range and the council has not chosen an amount in it. */
    COUNCIL_CHOICE_REQUIRED,
    /** The council's amount lies outside the range of the tier. */
    CHOICE_OUTSIDE_RANGE,
    /** The tier fixes the amount, and the council's amount differs from it. */
    CHOICE_NOT_ALLOWED,
    /** A condition of a reduction of the recourse (Điều 65.4) is not met. */
    REDUCTION_CONDITION_NOT_MET,
    /** The reduction exceeds 30% of the amount to repay (Điều 65.4), or is not positive. */
    REDUCTION_OUT_OF_LIMITS,
    /** A monthly salary deduction is outside 10–30% of the monthly salary income (Điều 68.2). */
    DEDUCTION_OUT_OF_LIMITS,
    /** Mental damage for death excludes the other mental damage of the same person (Điều 27.4). */
    DEATH_EXCLUDES_OTHER_MENTAL_DAMAGE,
    /** An assessed amount exceeds the cap the law sets (e.g. 50 months' base salary, Điều 27.5). */
    ABOVE_LEGAL_CAP,
    /** An advance is below half of the value of the eligible damage (Điều 44.4). */
    ADVANCE_BELOW_MINIMUM
  }

  private final Code code;
  private final BilingualText message;
  private final List<Citation> citations;

  private MoneyProblem(Code code, BilingualText message, List<Citation> citations) {
    this.code = code;
    this.message = message;
    this.citations = citations;
  }

  static MoneyProblem of(Code code, BilingualText message, Citation... citations) {
    return new MoneyProblem(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"),
        List.of(citations));
  }

  static MoneyProblem of(Code code, String vietnamese, String english, Citation... citations) {
    return of(code, BilingualText.of(vietnamese, english), citations);
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
   * Gets the message in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    return message.in(locale);
  }

  /**
   * Gets the message in both languages.
   *
   * @return the message, not null
   */
  public BilingualText text() {
    return message;
  }

  /**
   * Gets the provisions the problem rests on.
   *
   * @return the citations, unmodifiable, may be empty, not null
   */
  public List<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MoneyProblem other
        && code == other.code
        && message.equals(other.message)
        && citations.equals(other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, citations);
  }

  /**
   * Returns the code and the English message.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return code + ": " + message.english();
  }
}
