package io.github.boithuong.examples.cli;

import io.github.boithuong.examples.json.CaseFormat;
import io.github.boithuong.examples.json.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code boithuong schema}: the JSON Schema of the case format (docs/case.schema.json). */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema (draft 2020-12) of the case format, generated from the"
        + " reader's own tables; docs/case.schema.json is a copy checked by the tests.",
        "In JSON Schema của định dạng tệp vụ việc."})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(Json.pretty(CaseFormat.schema()));
    spec.commandLine().getOut().flush();
    return BoithuongCli.EXIT_OK;
  }
}
