package io.github.boithuong.examples.cli;

import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.Scenario;
import io.github.boithuong.examples.ScenarioCases;
import io.github.boithuong.examples.json.CaseFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong scenario N}: the scenarios of the examples, as reports or as case files. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Prints a scenario of the implementation plans as a report (the same as the main"
        + " example), or with --case-json its case file: 1 Quảng Ngãi ward 2024, 2 Bình Dương"
        + " department 2023, 3 criminal procedure and recourse 2025, 4 refused decision and"
        + " suspension ending in termination, all.",
        "In một kịch bản mẫu dưới dạng báo cáo, hoặc tệp vụ việc của nó (--case-json)."})
final class ScenarioCommand implements Callable<Integer> {

  @ParentCommand
  private BoithuongCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Parameters(index = "0", paramLabel = "1|2|3|4|all", defaultValue = "1", arity = "0..1",
      description = "Which scenario (default 1).")
  private String which;

  @Option(names = "--case-json", description = "Print the case file(s) instead of the report.")
  private boolean caseJson;

  @Override
  public Integer call() {
    List<Scenario> chosen = switch (which) {
      case "1" -> List.of(ScenarioCases.quangNgaiWard());
      case "2" -> List.of(ScenarioCases.binhDuongDepartment());
      case "3" -> List.of(ScenarioCases.criminalProcedureWithRecourse());
      case "4" -> List.of(ScenarioCases.refusedDecision(), ScenarioCases.suspensionThenTermination());
      case "all" -> ScenarioCases.all();
      default -> throw new UserInputException(
          "không có kịch bản \"" + which + "\": chọn 1, 2, 3, 4 hoặc all",
          "no scenario \"" + which + "\": choose 1, 2, 3, 4 or all");
    };
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    boolean first = true;
    for (Scenario s : chosen) {
      if (!first) {
        out.println();
      }
      first = false;
      if (caseJson) {
        out.print(CaseFormat.write(s.claim()));
      } else {
        out.println(s.title().in(locale));
        out.println(s.story().in(locale));
        out.println();
        out.println(CaseReport.of(s.claim(), s.asOf(), parent.calendar()).render(locale));
      }
    }
    out.flush();
    return BoithuongCli.EXIT_OK;
  }
}
