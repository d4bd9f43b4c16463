package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A calendar that cannot answer (date outside its range, provisional year when strict) as a finding. */
final class CalendarFindings {
  private CalendarFindings() {}

  /**
   * The verdict of a case with an event dated outside the calendar's range (2000–2199 for the
   * Vietnamese calendar): no working day can be counted to or from it, so no rule that needs the
   * calendar can conclude. Empty if every event is in range.
   */
  static Optional<Verdict> outsideRange(Rule rule, Claim claim, RuleContext context) {
    WorkingCalendar calendar = context.calendar();
    List<LocalDate> outside = claim.events().stream()
        .map(CaseEvent::date)
        .filter(d -> d.isBefore(calendar.minDate()) || d.isAfter(calendar.maxDate()))
        .distinct()
        .toList();
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    String dates = outside.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    Finding finding = Finding.of("CALENDAR_DATE_OUT_OF_RANGE", Severity.WARNING)
        .fact("dates", dates)
        .fact("from", calendar.minDate().toString(), Show.date(calendar.minDate()))
        .fact("to", calendar.maxDate().toString(), Show.date(calendar.maxDate()))
        .build();
    return Optional.of(new Verdict(rule, Outcome.UNDECIDABLE, List.of(finding), List.of()));
  }

  static Finding cannotAnswer(Seq<CalendarProblem> problems) {
    CalendarProblem p = problems.head();
    return Finding.of("CALENDAR_CANNOT_ANSWER", Severity.WARNING)
        .fact("problem", p.message(Locale.ENGLISH), BilingualText.of(p.message(Show.VI), p.message(Locale.ENGLISH)))
        .build();
  }
}
