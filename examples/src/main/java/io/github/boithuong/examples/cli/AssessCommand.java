package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.json.CaseFile;
import io.github.boithuong.examples.json.Json;
import io.github.boithuong.examples.json.JsonProblem;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.Outcome;
import io.github.boithuong.rules.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong assess CASE.json}: every rule's verdict on a case, with the timetable. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Assesses a case on a date: the case, its timetable, what is overdue, and every"
        + " rule's verdict (negotiation participants, cancellation, funding review, limitation,"
        + " acceptance, right to sue, documents) with its findings and articles. Exit code 3 when a"
        + " rule is not complied with.",
        "Đánh giá vụ việc vào một ngày: tiến độ, việc quá hạn và kết luận của từng quy tắc kèm điều"
            + " luật. Mã thoát 3 khi có quy tắc không đạt."})
final class AssessCommand implements Callable<Integer> {

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

  @Override
  public Integer call() {
    CaseFile caseFile = CaseFiles.load(file, options.allowProblems);
    LocalDate asOf = options.asOf(parent);
    CaseReport report = CaseReport.of(caseFile.claim(), asOf, parent.calendar());
    Assessment a = report.assessment();
    boolean failed = a.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.DOES_NOT_COMPLY);
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    if (output.json()) {
      ObjectNode root = JsonOutput.start("assess");
      root.put("file", caseFile.name());
      root.put("caseId", caseFile.claim().id());
      root.put("asOf", asOf.toString());
      root.put("compliant", !failed);
      Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        counts.put(o, 0);
      }
      a.verdicts().forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
      ObjectNode summary = root.putObject("summary");
      counts.forEach((o, n) -> summary.put(o.name(), n));
      summary.put("dueOrOverdue", a.dueOrOverdue().size());
      summary.put("caseProblems", a.caseProblems().size());
      ArrayNode problems = root.putArray("caseProblems");
      caseFile.caseProblems().forEach(p -> problems.add(JsonOutput.problem(p)));
      ArrayNode due = root.putArray("dueOrOverdue");
      a.dueOrOverdue().forEach(e -> due.add(JsonOutput.entry(e, asOf)));
      ArrayNode verdicts = root.putArray("verdicts");
      for (Verdict v : a.verdicts()) {
        verdicts.add(JsonOutput.verdict(v));
      }
      ArrayNode timetable = root.putArray("timetable");
      a.timetable().entries().forEach(e -> timetable.add(JsonOutput.entry(e, asOf)));
      out.print(Json.pretty(root));
    } else {
      out.println(caseFile.name());
      for (JsonProblem p : caseFile.caseProblems()) {
        out.println("  ! " + p.render(locale));
      }
      out.println(report.render(locale));
    }
    out.flush();
    return failed ? BoithuongCli.EXIT_FINDINGS : BoithuongCli.EXIT_OK;
  }
}
