package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.json.CaseFile;
import io.github.boithuong.examples.json.CaseFormat;
import io.github.boithuong.examples.json.Json;
import io.github.boithuong.examples.json.JsonProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong overdue DIR_OR_FILES --as-of DATE}: the morning list across many cases. */
@Command(name = "overdue", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"What the agencies must do, across many case files: every duty overdue or due on"
        + " the date (or within N working days), most urgent first. Files with problems are reported"
        + " and skipped (exit code 2); otherwise exit code 3 when a step is overdue.",
        "Danh sách việc quá hạn, đến hạn của nhiều vụ việc, việc gấp nhất trước. Tệp có lỗi được"
            + " báo và bỏ qua (mã thoát 2); mã thoát 3 khi có việc quá hạn."})
final class OverdueCommand implements Callable<Integer> {

  @ParentCommand
  private BoithuongCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Parameters(arity = "1..*", paramLabel = "DIR_OR_FILE",
      description = "Case files, or directories searched for *.json case files.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      converter = Converters.DateConverter.class, description = "The date (YYYY-MM-DD).")
  private LocalDate asOf;

  @Option(names = "--within", paramLabel = "N", defaultValue = "0",
      description = "Also list the duties due within N working days (default 0).")
  private int within;

  @Option(names = "--allow-problems",
      description = "Keep a case that is inconsistent (events out of legal order, …) instead of"
          + " skipping it; its problems are still reported.")
  private boolean allowProblems;

  @Override
  public Integer call() {
    if (within < 0) {
      throw new UserInputException("--within phải từ 0 trở lên", "--within must be 0 or more");
    }
    List<Path> files = CaseFiles.expand(paths);
    if (files.isEmpty()) {
      throw new UserInputException("không tìm thấy tệp vụ việc nào (*.json)",
          "no case file (*.json) found");
    }
    List<JsonProblem> problems = new ArrayList<>();
    Map<String, String> fileOfCase = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Path f : files) {
      Validation<Seq<JsonProblem>, CaseFile> read = CaseFormat.load(f);
      if (read.isInvalid()) {
        problems.addAll(read.getError().toJavaList());
        continue;
      }
      CaseFile cf = read.get();
      List<JsonProblem> caseProblems = cf.caseProblems();
      problems.addAll(caseProblems);
      if (!caseProblems.isEmpty() && !allowProblems) {
        continue;
      }
      String previous = fileOfCase.putIfAbsent(cf.claim().id(), cf.name());
      if (previous != null) {
        problems.add(new JsonProblem(cf.name(), "$.id", "DUPLICATE_ID", BilingualText.of(
            "mã vụ việc \"" + cf.claim().id() + "\" đã có trong " + previous,
            "the case id \"" + cf.claim().id() + "\" is already used by " + previous)));
        continue;
      }
      claims.add(cf.claim());
    }
    List<TimetableEntry> entries = Timetable.dueOrOverdue(claims, asOf, within, parent.calendar());
    boolean overdue = entries.stream().anyMatch(e -> e.status(asOf).kind() == StepStatus.Kind.OVERDUE);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = output.locale();
    boolean vi = "vi".equals(locale.getLanguage());
    if (output.json()) {
      ObjectNode root = JsonOutput.start("overdue");
      root.put("asOf", asOf.toString());
      root.put("withinWorkingDays", within);
      root.put("filesRead", files.size());
      root.put("casesAssessed", claims.size());
      ArrayNode list = root.putArray("entries");
      for (TimetableEntry e : entries) {
        ObjectNode n = JsonOutput.entry(e, asOf);
        n.put("file", fileOfCase.get(e.claimId()));
        list.add(n);
      }
      ArrayNode ps = root.putArray("problems");
      problems.forEach(p -> ps.add(JsonOutput.problem(p)));
      out.print(Json.pretty(root));
    } else {
      out.println((vi ? "Việc quá hạn hoặc đến hạn ngày " : "Overdue or due on ")
          + CaseReport.date(asOf, locale) + (within > 0 ? (vi ? " và trong " + within + " ngày làm việc tới"
              : " and within the next " + within + " working days") : "") + " — " + claims.size()
          + (vi ? " vụ việc" : " cases"));
      for (TimetableEntry e : entries) {
        out.println("  " + e.claimId() + "  " + CaseReport.entryLine(e, asOf, locale) + "  ("
            + fileOfCase.get(e.claimId()) + ")");
      }
      if (entries.isEmpty()) {
        out.println(vi ? "  (không có)" : "  (none)");
      }
    }
    out.flush();
    for (JsonProblem p : problems) {
      err.println(p.render(locale));
    }
    err.flush();
    if (!problems.isEmpty()) {
      return BoithuongCli.EXIT_INPUT;
    }
    return overdue ? BoithuongCli.EXIT_FINDINGS : BoithuongCli.EXIT_OK;
  }
}
