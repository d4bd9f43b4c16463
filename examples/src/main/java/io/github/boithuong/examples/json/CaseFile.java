package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A case read from a file: the file's name, the claim, and the JSON tree it was read from, to
 * locate the claim's own problems in the file.
 *
 * <p>This class is immutable and thread-safe as long as nobody modifies the tree.
 *
 * @param name the file's name, as given, not null
 * @param claim the claim, not null
 * @param json the tree read, not null
 */
public record CaseFile(String name, Claim claim, JsonNode json) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Gets the problems of the case itself ({@link Claim#problems()}: events out of legal order,
   * duplicates, events after the end, missing or inconsistent facts) as problems of the file, each
   * located at the events of its date in the file, e.g. {@code $.events[4]} or {@code
   * $.events[4,7]}; at {@code $} when the problem has no date or no event of the file has it. (The
   * library's {@link CaseProblem} names a date, not an event.)
   *
   * @return the problems, in the library's order, unmodifiable, empty if none; not null
   */
  public List<JsonProblem> caseProblems() {
    List<JsonProblem> result = new ArrayList<>();
    for (CaseProblem p : claim.problems()) {
      result.add(new JsonProblem(name, locate(p), "CASE_" + p.code().name(),
          BilingualText.of(p.message(Locale.forLanguageTag("vi")), p.message(Locale.ENGLISH))));
    }
    return List.copyOf(result);
  }

  private String locate(CaseProblem problem) {
    if (problem.date().isEmpty() || !json.path("events").isArray()) {
      return "$";
    }
    String date = problem.date().get().toString();
    List<String> indices = new ArrayList<>();
    JsonNode events = json.get("events");
    for (int i = 0; i < events.size(); i++) {
      if (date.equals(events.get(i).path("date").asText())) {
        indices.add(String.valueOf(i));
      }
    }
    return indices.isEmpty() ? "$" : "$.events[" + String.join(",", indices) + "]";
  }
}
