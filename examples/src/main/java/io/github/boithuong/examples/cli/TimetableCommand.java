package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.json.CaseFile;
import io.github.boithuong.examples.json.Json;
import io.github.boithuong.examples.json.JsonProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong timetable CASE.json}: every step of a case with its due date and status. */
@Command(name = "timetable", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The legal timetable of a case: every step that has started, its due date on"
        + " the working-day calendar, its status on a date, and what is overdue or due that day.",
        "Tiến độ giải quyết vụ việc: từng bước đã bắt đầu, hạn theo lịch làm việc, tình trạng"
            + " vào một ngày và việc quá hạn, đến hạn."})
final class TimetableCommand implements Callable<Integer> {

  @ParentCommand
  private BoithuongCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Mixin
  private CaseOptions options = new CaseOptions();

  @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file (docs/case-format.md).")
  private Path file;

  @Option(names = "--explain",
      description = "Text output: how each due date was computed, step by step, with the articles.")
  private boolean explain;

  @Override
  public Integer call() {
    CaseFile caseFile = CaseFiles.load(file, options.allowProblems);
    LocalDate asOf = options.asOf(parent);
    Timetable timetable = Timetable.of(caseFile.claim(), parent.calendar());
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    boolean vi = "vi".equals(locale.getLanguage());
    if (output.json()) {
      ObjectNode root = JsonOutput.start("timetable");
      root.put("file", caseFile.name());
      root.put("caseId", caseFile.claim().id());
      root.put("asOf", asOf.toString());
      ArrayNode entries = root.putArray("entries");
      timetable.entries().forEach(e -> entries.add(JsonOutput.entry(e, asOf)));
      ArrayNode due = root.putArray("dueOrOverdue");
      timetable.dueOrOverdue(asOf, 0).forEach(e -> due.add(JsonOutput.entry(e, asOf)));
      ArrayNode problems = root.putArray("timetableProblems");
      timetable.problems().forEach(p -> problems.add(JsonOutput.caseProblem(p)));
      ArrayNode caseProblems = root.putArray("caseProblems");
      caseFile.caseProblems().forEach(p -> caseProblems.add(JsonOutput.problem(p)));
      out.print(Json.pretty(root));
      out.flush();
      return BoithuongCli.EXIT_OK;
    }
    out.println((vi ? "Vụ việc " : "Case ") + caseFile.claim().id() + " (" + caseFile.name() + ")"
        + (vi ? " — tình hình ngày " : " — as of ") + CaseReport.date(asOf, locale));
    for (JsonProblem p : caseFile.caseProblems()) {
      out.println("  ! " + p.render(locale));
    }
    if (explain) {
      out.println(timetable.explain(asOf).render(locale));
    } else {
      CaseReport.timetableLines(timetable, asOf, locale).forEach(out::println);
    }
    out.println((vi ? "Việc quá hạn hoặc đến hạn ngày " : "Overdue or due on ") + CaseReport.date(asOf, locale));
    boolean none = true;
    for (TimetableEntry e : timetable.dueOrOverdue(asOf, 0)) {
      out.println("  ! " + CaseReport.entryLine(e, asOf, locale));
      none = false;
    }
    if (none) {
      out.println(vi ? "  (không có)" : "  (none)");
    }
    for (CaseProblem p : timetable.problems()) {
      out.println("  ! " + p.message(locale));
    }
    out.flush();
    return BoithuongCli.EXIT_OK;
  }
}
