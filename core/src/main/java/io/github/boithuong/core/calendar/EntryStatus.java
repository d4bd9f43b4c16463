package io.github.boithuong.core.calendar;

/**
 * How well a calendar fact is established, as the law digest grades its sources.
 */
public enum EntryStatus {
  /** Read in an official notice or in a report of it. */
  CONFIRMED,
  /**
   * Not stated by a source but following mechanically from a confirmed rule and the day of the week
   * (for example the compensatory day for a holiday on a Sunday).
   */
  DERIVED,
  /** Stated by a single weak source, or not found: to be checked against the official notice. */
  UNCONFIRMED
}
