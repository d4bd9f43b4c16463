package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a case: an event out of legal order, a date before the event it depends on, an
 * event after the case ended, an amount below zero, an extension without its legal basis, a case
 * governed by the 2009 law, a fact missing for a rule to apply.
 *
 * <p>Validation reports every problem at once ({@link Claim#problems()}).
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class CaseProblem {

  /** The kind of problem. */
  public enum Code {
    /** An event is recorded without the event it legally follows, on or before its date. */
    OUT_OF_ORDER,
    /** An event that happens once in a resolution is recorded twice. */
    DUPLICATE_EVENT,
    /** An event is recorded after the case ended (termination, non-acceptance, stop). */
    AFTER_END,
    /** Two events contradict each other (e.g. accepted and not accepted). */
    CONTRADICTORY_EVENTS,
    /** An amount is below zero. */
    NEGATIVE_AMOUNT,
    /** The claim was accepted before 01/07/2018: the 2009 law governs it (Điều 78). */
    GOVERNED_BY_2009_LAW,
    /** An extension is recorded without its legal basis or beyond its legal maximum. */
    EXTENSION_WITHOUT_BASIS,
    /** A fact the law needs is missing or inconsistent (e.g. the agency's province). */
    MISSING_OR_INCONSISTENT_FACT,
    /** A district People's Committee acts after 30/06/2025, when the district level ended. */
    DISTRICT_LEVEL_ABOLISHED
  }

  private final Code code;
  private final BilingualText message;
  private final Citation citation;
  private final LocalDate date;

  private CaseProblem(Code code, BilingualText message, Citation citation, LocalDate date) {
    this.code = code;
    this.message = message;
    this.citation = citation;
    this.date = date;
  }

  /**
   * Obtains a problem.
   *
   * @param code the kind, not null
   * @param message what is wrong, in Vietnamese and English, not null
   * @param citation the provision concerned, may be null
   * @param date the date of the event concerned, may be null
   * @return the problem, not null
   */
  public static CaseProblem of(Code code, BilingualText message, Citation citation, LocalDate date) {
    return new CaseProblem(
        Objects.requireNonNull(code, "code"), Objects.requireNonNull(message, "message"),
        citation, date);
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
   * Gets the message in the language of the locale, with the provision concerned.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    return citation == null
        ? message.in(locale)
        : message.in(locale) + " (" + citation.formatShort(locale) + ")";
  }

  /**
   * Gets the provision concerned, if any.
   *
   * @return the citation, empty if none
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * Gets the date of the event concerned, if any.
   *
   * @return the date, empty if none
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CaseProblem other)) {
      return false;
    }
    return code == other.code
        && message.equals(other.message)
        && Objects.equals(citation, other.citation)
        && Objects.equals(date, other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, citation, date);
  }

  /**
   * Returns the English message.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return code + ": " + message(Locale.ENGLISH);
  }
}
