package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.examples.json.JsonProblem;
import io.github.boithuong.examples.json.Json;
import io.github.boithuong.rules.Finding;
import io.github.boithuong.rules.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON output of the commands, built field by field (docs/case-format.md, "Output"). Every
 * output object starts with {@code "outputVersion"} and {@code "command"}; texts meant for people are
 * objects {@code {"vi": …, "en": …}}; codes and dates are language-neutral.
 */
final class JsonOutput {

  /** The version of the output format. */
  static final int VERSION = 1;

  private static final Locale VI = Locale.forLanguageTag("vi");

  private JsonOutput() {}

  static ObjectNode start(String command) {
    return Json.object().put("outputVersion", VERSION).put("command", command);
  }

  static ObjectNode text(String vietnamese, String english) {
    return Json.object().put("vi", vietnamese).put("en", english);
  }

  static ObjectNode text(BilingualText text) {
    return text(text.vietnamese(), text.english());
  }

  static ObjectNode citation(Citation c) {
    ObjectNode n = Json.object().put("text", c.text().number()).put("article", c.article());
    c.clause().ifPresent(k -> n.put("clause", k));
    c.point().ifPresent(p -> n.put("point", p));
    n.put("vi", c.formatShort(VI)).put("en", c.formatShort(Locale.ENGLISH));
    return n;
  }

  static ArrayNode citations(List<Citation> citations) {
    ArrayNode a = Json.mapper().createArrayNode();
    citations.forEach(c -> a.add(citation(c)));
    return a;
  }

  static ObjectNode explanation(Explanation e) {
    ObjectNode n = Json.object();
    n.set("text", text(e.text()));
    if (!e.citations().isEmpty()) {
      n.set("citations", citations(e.citations()));
    }
    if (!e.children().isEmpty()) {
      ArrayNode children = n.putArray("children");
      e.children().forEach(c -> children.add(explanation(c)));
    }
    return n;
  }

  static ObjectNode entry(TimetableEntry e, LocalDate asOf) {
    ObjectNode n = Json.object();
    n.put("caseId", e.claimId());
    n.put("step", e.step().name());
    n.set("label", text(e.step().label(VI), e.step().label(Locale.ENGLISH)));
    n.put("actor", e.step().actor().name());
    n.put("nature", e.step().nature().name());
    n.set("citation", citation(e.step().citation()));
    n.set("startedBy", text(e.startedBy(VI), e.startedBy(Locale.ENGLISH)));
    n.put("startDate", e.startDate().toString());
    n.put("dueDate", e.dueDate().toString());
    n.put("provisional", e.deadline().isProvisional());
    e.basePeriod().ifPresent(b -> n.put("baseDueDate", b.lastDay().toString()));
    e.doneOn().ifPresent(d -> n.put("doneOn", d.toString()));
    e.pausedFrom().ifPresent(d -> n.put("pausedFrom", d.toString()));
    e.endedOn().ifPresent(d -> n.put("endedOn", d.toString()));
    var status = e.status(asOf);
    ObjectNode s = n.putObject("status");
    s.put("kind", status.kind().name());
    s.put("workingDays", status.workingDays());
    s.put("days", status.days());
    s.set("description", text(status.describe(VI), status.describe(Locale.ENGLISH)));
    return n;
  }

  static ObjectNode deadline(Deadline d) {
    ObjectNode n = Json.object();
    n.put("eventDay", d.eventDay().toString());
    ObjectNode p = n.putObject("period");
    p.put("amount", d.period().amount());
    p.put("unit", d.period().unit().name());
    p.put("kind", d.period().kind().name());
    if (d.period().kind() == io.github.boithuong.core.time.LegalPeriod.Kind.LIMITATION) {
      p.put("counting", d.period().counting().name());
    }
    p.set("description", text(d.period().describe(VI), d.period().describe(Locale.ENGLISH)));
    n.put("lastDay", d.lastDay().toString());
    n.put("firstDayCounted", d.firstDayCounted().toString());
    n.put("rawEnd", d.rawEnd().toString());
    n.put("rolled", d.rolled());
    n.put("clampedToMonthEnd", d.clampedToMonthEnd());
    n.put("excludedDays", d.excludedDays());
    ArrayNode ex = n.putArray("excluded");
    d.excludedIntervals().forEach(i -> ex.addObject().put("startInclusive", i.startInclusive().toString())
        .put("endInclusive", i.endInclusive().toString()).put("reason", i.reason()));
    n.put("provisional", d.isProvisional());
    ArrayNode unconfirmed = n.putArray("unconfirmedDays");
    d.unconfirmedDays().forEach(u -> unconfirmed.add(u.date().toString()));
    n.set("citations", citations(d.citations()));
    n.set("explanation", explanation(d.explain()));
    return n;
  }

  static ObjectNode verdict(Verdict v) {
    ObjectNode n = Json.object();
    n.put("ruleId", v.ruleId());
    n.set("rule", text(v.ruleName(VI), v.ruleName(Locale.ENGLISH)));
    n.set("citations", citations(v.ruleCitations()));
    n.put("outcome", v.outcome().name());
    n.set("outcomeLabel", text(v.outcome().label(VI), v.outcome().label(Locale.ENGLISH)));
    ArrayNode findings = n.putArray("findings");
    v.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode missing = n.putArray("missingFacts");
    v.missingFacts().forEach(f -> missing.add(finding(f)));
    return n;
  }

  static ObjectNode finding(Finding f) {
    ObjectNode n = Json.object();
    n.put("code", f.code());
    n.put("severity", f.severity().name());
    n.set("citations", citations(f.citations()));
    ObjectNode facts = n.putObject("facts");
    for (Map.Entry<String, String> e : f.facts().entrySet()) {
      facts.put(e.getKey(), e.getValue());
    }
    n.set("message", text(f.message(VI), f.message(Locale.ENGLISH)));
    return n;
  }

  static ObjectNode caseProblem(CaseProblem p) {
    ObjectNode n = Json.object();
    n.put("code", p.code().name());
    p.date().ifPresent(d -> n.put("date", d.toString()));
    p.citation().ifPresent(c -> n.set("citation", citation(c)));
    n.set("message", text(p.message(VI), p.message(Locale.ENGLISH)));
    return n;
  }

  static ObjectNode problem(JsonProblem p) {
    ObjectNode n = Json.object();
    n.put("file", p.file());
    n.put("path", p.path());
    n.put("code", p.code());
    n.set("message", text(p.message(VI), p.message(Locale.ENGLISH)));
    return n;
  }
}
