package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.examples.json.CaseFile;
import io.github.boithuong.examples.json.CaseFormat;
import io.github.boithuong.examples.json.Json;
import io.github.boithuong.examples.json.JsonProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boithuong validate CASE.json…}: every problem of case files, JSON and legal. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Checks case files and lists every problem at once, each with its file and JSON"
        + " path: malformed JSON, unknown fields, missing fields, wrong types, dates, unknown values,"
        + " and the case's own problems (events out of legal order, duplicates, events after the"
        + " end, …). Exit code 2 when any file has a problem.",
        "Kiểm tra tệp vụ việc, liệt kê mọi lỗi kèm đường dẫn JSON: cú pháp, trường lạ, thiếu trường,"
            + " kiểu dữ liệu, ngày, giá trị, và lỗi của chính vụ việc. Mã thoát 2 khi có lỗi."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Parameters(arity = "1..*", paramLabel = "CASE.json", description = "Case files, or directories.")
  private List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> files = CaseFiles.expand(paths);
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    boolean vi = "vi".equals(locale.getLanguage());
    ObjectNode root = JsonOutput.start("validate");
    ArrayNode results = root.putArray("files");
    boolean allValid = true;
    for (Path f : files) {
      Validation<Seq<JsonProblem>, CaseFile> read = CaseFormat.load(f);
      List<JsonProblem> problems = read.isInvalid()
          ? read.getError().toJavaList() : read.get().caseProblems();
      allValid &= problems.isEmpty();
      ObjectNode r = results.addObject();
      r.put("file", f.toString());
      r.put("valid", problems.isEmpty());
      if (read.isValid()) {
        r.put("caseId", read.get().claim().id());
        r.put("events", read.get().claim().events().size());
      }
      ArrayNode ps = r.putArray("problems");
      problems.forEach(p -> ps.add(JsonOutput.problem(p)));
      if (!output.json()) {
        if (problems.isEmpty()) {
          out.println((vi ? "HỢP LỆ  " : "VALID    ") + f + " (" + read.get().claim().id() + ", "
              + read.get().claim().events().size() + (vi ? " sự kiện)" : " events)"));
        } else {
          out.println((vi ? "CÓ LỖI  " : "INVALID  ") + f + " — " + problems.size()
              + (vi ? " vấn đề:" : " problem(s):"));
          for (JsonProblem p : problems) {
            out.println("  " + p.path() + ": " + p.message(locale) + " [" + p.code() + "]");
          }
        }
      }
    }
    if (output.json()) {
      root.put("valid", allValid);
      out.print(Json.pretty(root));
    }
    out.flush();
    return allValid ? BoithuongCli.EXIT_OK : BoithuongCli.EXIT_INPUT;
  }
}
