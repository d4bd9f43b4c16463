package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.law.BilingualText;
import io.vavr.collection.Seq;
import java.util.Locale;

/** A calendar that cannot answer (date outside its range, provisional year when strict) as a finding. */
final class CalendarFindings {
  private CalendarFindings() {}

  static Finding cannotAnswer(Seq<CalendarProblem> problems) {
    CalendarProblem p = problems.head();
    return Finding.of("CALENDAR_CANNOT_ANSWER", Severity.WARNING)
        .fact("problem", p.message(Locale.ENGLISH), BilingualText.of(p.message(Show.VI), p.message(Locale.ENGLISH)))
        .build();
  }
}
