package io.github.boithuong.core.money;

/**
 * How well the value of a legal parameter is established.
 *
 * <p>A strict {@link LegalParameters} refuses {@link #UNCONFIRMED} values; a lenient one returns
 * them, and every computation that uses one says so in its explanation.
 */
public enum ParameterStatus {
  /** Read in the official text, or in a report of it that names the document. */
  CONFIRMED,
  /** Not read in an official text: to be checked before a decision rests on it. */
  UNCONFIRMED
}
