package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.ExcludedInterval;
import io.github.boithuong.core.time.LegalPeriod;
import io.github.boithuong.core.time.LimitationCounting;
import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.json.Json;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong deadline --from DATE --period P}: the last day of a period and how it was counted. */
@Command(name = "deadline", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The last day of a legal period that starts with an event, counted as the Civil"
        + " Code 2015 prescribes (Art. 147–148, 151; 156 for excluded days), and every step of how"
        + " it was computed.",
        "Ngày cuối cùng của một thời hạn kể từ một sự kiện, tính theo BLDS 2015 (Điều 147–148,"
            + " 151, 156), kèm từng bước tính."})
final class DeadlineCommand implements Callable<Integer> {

  @ParentCommand
  private BoithuongCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Option(names = "--from", required = true, paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "The day of the event that starts the period (YYYY-MM-DD); it is not counted.")
  private LocalDate from;

  @Option(names = "--period", required = true, paramLabel = "PERIOD",
      converter = Converters.PeriodConverter.class,
      description = "15d (days), 5wd (working days), 3m (months), 3y (years), or now (immediately).")
  private LegalPeriod period;

  @Option(names = "--exclude", paramLabel = "FROM..TO[=REASON]",
      converter = Converters.IntervalConverter.class,
      description = "Days not counted (force majeure, objective obstacle), both ends included;"
          + " repeatable.")
  private List<ExcludedInterval> excluded = new ArrayList<>();

  @Option(names = "--limitation",
      description = "A limitation period (thời hiệu) rather than a time limit (thời hạn).")
  private boolean limitation;

  @Option(names = "--event-day-counted",
      description = "With --limitation: count the event day as day one (Civil Code Art. 151;"
          + " docs/interpretations.md T1).")
  private boolean eventDayCounted;

  @Override
  public Integer call() {
    LegalPeriod p = period;
    if (limitation || eventDayCounted) {
      if (p.equals(LegalPeriod.immediately())) {
        throw new UserInputException("\"now\" không thể là thời hiệu",
            "\"now\" (immediately) cannot be a limitation period");
      }
      p = p.asLimitationPeriod(eventDayCounted
          ? LimitationCounting.EVENT_DAY_COUNTED : LimitationCounting.EVENT_DAY_NOT_COUNTED);
    }
    Validation<Seq<CalendarProblem>, Deadline> result =
        Deadline.compute(from, p, parent.calendar(), excluded);
    if (result.isInvalid()) {
      List<BilingualText> messages = new ArrayList<>();
      for (CalendarProblem problem : result.getError()) {
        messages.add(BilingualText.of("boithuong: " + problem.message(Locale.forLanguageTag("vi")),
            "boithuong: " + problem.message(Locale.ENGLISH)));
      }
      throw new UserInputException(messages);
    }
    Deadline d = result.get();
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    if (output.json()) {
      ObjectNode root = JsonOutput.start("deadline");
      root.setAll(JsonOutput.deadline(d));
      out.print(Json.pretty(root));
    } else {
      boolean vi = "vi".equals(locale.getLanguage());
      out.println((vi ? "Hạn cuối: " : "Last day: ") + CaseReport.date(d.lastDay(), locale)
          + (d.isProvisional() ? (vi ? " (TẠM TÍNH)" : " (PROVISIONAL)") : ""));
      out.println(d.explain().render(locale));
    }
    out.flush();
    return BoithuongCli.EXIT_OK;
  }
}
