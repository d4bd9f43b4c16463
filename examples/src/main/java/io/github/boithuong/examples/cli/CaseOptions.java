package io.github.boithuong.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of the commands that read case files: the date, and whether to go on despite problems. */
final class CaseOptions {

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "The date to look at the case on (YYYY-MM-DD); default: today in Vietnam."
          + " / Ngày xem xét; mặc định: hôm nay.")
  LocalDate asOf;

  @Option(names = "--allow-problems",
      description = "Go on when a case is inconsistent (events out of legal order, …): its"
          + " problems are shown with the result instead of failing with exit code 2.")
  boolean allowProblems;

  LocalDate asOf(BoithuongCli parent) {
    return asOf != null ? asOf : parent.today();
  }
}
