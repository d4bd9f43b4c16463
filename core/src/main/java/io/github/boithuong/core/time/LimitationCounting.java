package io.github.boithuong.core.time;

/**
 * How the first day of a limitation period (thời hiệu) is counted: a known point of doubt between
 * Điều 147 and Điều 151 of the Civil Code 2015 (docs/interpretations.md).
 */
public enum LimitationCounting {
  /**
   * The day of the event is not counted, as for every time limit (Điều 147), a limitation period
   * being a time limit fixed by law (Điều 149.1): three years from 05/03/2020 end on 05/03/2023.
   * The default, because it never ends a claimant's right earlier than the other reading.
   */
  EVENT_DAY_NOT_COUNTED,
  /**
   * The day of the event is the first day of the period (Điều 151: from the start of the first day
   * to the end of the last): three years from 05/03/2020 end on 04/03/2023.
   */
  EVENT_DAY_COUNTED
}
