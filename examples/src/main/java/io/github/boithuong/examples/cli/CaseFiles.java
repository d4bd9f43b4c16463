package io.github.boithuong.examples.cli;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.examples.json.CaseFile;
import io.github.boithuong.examples.json.CaseFormat;
import io.github.boithuong.examples.json.JsonProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading case files for the commands: every problem of a file at once, as a user error. */
final class CaseFiles {

  private CaseFiles() {}

  /**
   * Reads one case file; its JSON problems, and unless allowed its case problems, are a user error.
   */
  static CaseFile load(Path file, boolean allowCaseProblems) {
    Validation<Seq<JsonProblem>, CaseFile> read = CaseFormat.load(file);
    if (read.isInvalid()) {
      throw error(read.getError().toJavaList());
    }
    List<JsonProblem> problems = read.get().caseProblems();
    if (!problems.isEmpty() && !allowCaseProblems) {
      throw error(problems);
    }
    return read.get();
  }

  static UserInputException error(List<JsonProblem> problems) {
    List<BilingualText> messages = new ArrayList<>();
    for (JsonProblem p : problems) {
      messages.add(BilingualText.of(p.render(java.util.Locale.forLanguageTag("vi")),
          p.render(java.util.Locale.ENGLISH)));
    }
    messages.add(BilingualText.of(problems.size() + " vấn đề; định dạng tệp: docs/case-format.md",
        problems.size() + " problem(s); file format: docs/case-format.md"));
    return new UserInputException(messages);
  }

  /** The case files named: files as given, directories expanded to their *.json files, sorted. */
  static List<Path> expand(List<Path> paths) {
    List<Path> result = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
              .sorted().forEach(result::add);
        } catch (IOException e) {
          throw new UserInputException("không đọc được thư mục " + p + ": " + e.getMessage(),
              "cannot read the directory " + p + ": " + e.getMessage());
        }
      } else {
        result.add(p);
      }
    }
    return result;
  }
}
