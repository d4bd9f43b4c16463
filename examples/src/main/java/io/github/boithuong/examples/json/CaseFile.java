package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<CaseProblem> problems = claim.problems();
    if (problems.isEmpty()) {
      return List.of();
    }
    Map<String, String> paths = eventPaths();
    List<JsonProblem> result = new ArrayList<>();
    for (CaseProblem p : problems) {
      String path = p.date().map(d -> paths.getOrDefault(d.toString(), "$")).orElse("$");
      result.add(new JsonProblem(name, path, "CASE_" + p.code().name(),
          BilingualText.of(p.message(Locale.forLanguageTag("vi")), p.message(Locale.ENGLISH))));
    }
    return List.copyOf(result);
  }

  /**
   * The path of the events of each date in the file, e.g. {@code $.events[4,7]}: built once, so
   * that locating every problem costs the number of events, not the events times the problems.
   */
  private Map<String, String> eventPaths() {
    Map<String, List<String>> indices = new HashMap<>();
    JsonNode events = json.path("events");
    if (events.isArray()) {
      for (int i = 0; i < events.size(); i++) {
        indices.computeIfAbsent(events.get(i).path("date").asText(), k -> new ArrayList<>())
            .add(String.valueOf(i));
      }
    }
    Map<String, String> paths = new HashMap<>();
    indices.forEach((date, list) -> paths.put(date, "$.events[" + String.join(",", list) + "]"));
    return paths;
  }
}
