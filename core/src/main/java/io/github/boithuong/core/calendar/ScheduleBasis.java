package io.github.boithuong.core.calendar;

/** Whether a year's days off come from an official schedule or are derived from the statutes. */
public enum ScheduleBasis {
  /**
   * The year has an official schedule for the civil service: the Prime Minister's decision conveyed
   * by the Government Office or announced by the ministry in charge.
   */
  OFFICIAL,
  /**
   * No official schedule is known for the year: its days off are derived from the statutory rules
   * and the lunar calendar, and every answer that depends on them is provisional. Swaps of a
   * weekday against a Saturday are never derived.
   */
  PROVISIONAL
}
