package io.github.boithuong.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.boithuong.examples.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line end to end, in-process: exit codes, standard output and standard error. */
class CliTest {

  private static final String WARD = "cases/quang-ngai-ward-2024.json";
  private static final String BINH_DUONG = "cases/binh-duong-department-2023.json";
  private static final String BROKEN = "src/test/resources/broken/many-problems.json";
  private static final String TRUNCATED = "src/test/resources/broken/truncated.json";
  private static final String OUT_OF_ORDER = "src/test/resources/broken/out-of-order.json";
  /** "Today" for the tests: 2024-04-22 in Vietnam. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-04-22T02:00:00Z"), BoithuongCli.VIETNAM);

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BoithuongCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertFalse(r.err().contains("\tat ") || r.out().contains("\tat "), () -> "stack trace: " + r);
    return r;
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    for (String c : List.of("calendar", "deadline", "timetable", "assess", "overdue", "validate")) {
      assertTrue(help.out().contains(c), c);
    }
    assertTrue(help.out().contains("Exit codes"));
    assertTrue(run("--version").out().contains("case format 1"));
    assertEquals(0, run("assess", "--help").code());
  }

  @Test
  void usageErrors_exit2_withoutStackTrace() {
    assertEquals(2, run().code());
    assertEquals(2, run("frobnicate").code());
    Run noAsOf = run("overdue", "cases");
    assertEquals(2, noAsOf.code());
    assertTrue(noAsOf.err().contains("--as-of"), noAsOf.err());
    Run badLang = run("assess", WARD, "--lang", "fr");
    assertEquals(2, badLang.code());
    assertTrue(badLang.err().contains("vi, en"), badLang.err());
  }

  @Test
  void calendar_officialYear() {
    Run r = run("calendar", "2024");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Lịch nghỉ năm 2024 — CHÍNH THỨC"), r.out());
    assertTrue(r.out().contains("13/02/2024"), r.out()); // compensatory day of Tết
    assertTrue(r.out().contains("ngày nghỉ bù"));
    assertTrue(r.out().contains("Công văn 8662/VPCP-KGVX"));
    JsonNode j = run("calendar", "2024", "--format", "json").json();
    assertEquals(1, j.get("outputVersion").asInt());
    assertEquals("OFFICIAL", j.get("basis").asText());
    List<String> kinds = new ArrayList<>();
    j.get("days").forEach(d -> kinds.add(d.get("kind").asText()));
    assertTrue(kinds.contains("COMPENSATORY_DAY_OFF") && kinds.contains("SWAPPED_DAY_OFF")
        && kinds.contains("MAKE_UP_WORKING_DAY") && kinds.contains("HOLIDAY"), kinds.toString());
  }

  @Test
  void calendar_provisionalYear_andOutOfRange() {
    Run r = run("calendar", "2030", "--lang", "en");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("PROVISIONAL"), r.out());
    assertTrue(run("calendar", "2030", "--format", "json").json().get("provisional").asBoolean());
    Run old = run("calendar", "1999", "--lang", "en");
    assertEquals(2, old.code());
    assertTrue(old.err().contains("outside the calendar's range (2000–2199)"), old.err());
  }

  @Test
  void deadline_acrossTet2024_explained() {
    Run r = run("deadline", "--from", "2024-02-07", "--period", "5wd");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Hạn cuối: 21/02/2024"), r.out());
    assertTrue(r.out().contains("Điều 147 BLDS 2015"), r.out());
    JsonNode j = run("deadline", "--from", "2024-02-07", "--period", "5wd", "--format", "json").json();
    assertEquals("2024-02-21", j.get("lastDay").asText());
    assertEquals("WORKING_DAYS", j.get("period").get("unit").asText());
    // Tolling: 3 excluded working days (Điều 156) push 21/02 to 26/02.
    JsonNode tolled = run("deadline", "--from", "2024-02-07", "--period", "5wd", "--exclude",
        "2024-02-15..2024-02-19=lũ lụt", "--format", "json").json();
    assertEquals(3, tolled.get("excludedDays").asInt());
    assertEquals("2024-02-26", tolled.get("lastDay").asText());
    Run limitation = run("deadline", "--from", "2021-03-15", "--period", "3y", "--limitation", "--lang", "en");
    assertTrue(limitation.out().startsWith("Last day: 2024-03-15"), limitation.out());
    Run provisional = run("deadline", "--from", "2026-12-24", "--period", "10wd", "--lang", "en");
    assertTrue(provisional.out().contains("PROVISIONAL"), provisional.out());
  }

  @Test
  void deadline_badArguments_exit2() {
    for (String[] args : List.of(new String[] {"deadline", "--from", "2024-02-30", "--period", "5wd"},
        new String[] {"deadline", "--from", "2024-02-07", "--period", "5x"},
        new String[] {"deadline", "--from", "2024-02-07", "--period", "0d"},
        new String[] {"deadline", "--from", "2024-02-07", "--period", "5d", "--exclude", "2024-03-01..2024-02-01"},
        new String[] {"deadline", "--from", "1990-01-01", "--period", "5d"},
        new String[] {"deadline", "--from", "2024-01-01", "--period", "now", "--limitation"})) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + "\n" + r);
      assertFalse(r.err().isBlank(), String.join(" ", args));
    }
  }

  @Test
  void timetable_ofTheWard() {
    Run r = run("timetable", WARD, "--as-of", "2024-04-22");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("01/04/2024 → hạn 16/04/2024  cấp kinh phí bồi thường — quá hạn 3 ngày làm việc"),
        r.out());
    JsonNode j = run("timetable", WARD, "--format", "json").json(); // as of "today", 2024-04-22
    assertEquals("2024-04-22", j.get("asOf").asText());
    assertEquals("QNg-2024-001", j.get("caseId").asText());
    assertEquals("GRANT_FUNDS", j.get("dueOrOverdue").get(0).get("step").asText());
    assertEquals("OVERDUE", j.get("dueOrOverdue").get(0).get("status").get("kind").asText());
    Run explained = run("timetable", WARD, "--as-of", "2024-02-07", "--explain", "--lang", "en");
    assertTrue(explained.out().contains("Art. 147, Civil Code 2015"), explained.out());
  }

  @Test
  void assess_wardWithoutTheDepartmentOfJustice_exit3() {
    Run r = run("assess", WARD, "--as-of", "2024-04-22");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.out().contains("Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 06/03/2024"),
        r.out());
    assertTrue(r.out().contains("điểm b khoản 3 Điều 48 Luật TNBTCNN 2017"));
    assertTrue(r.out().contains("Đề nghị cơ quan giải quyết bồi thường hoàn thiện hồ sơ"));
    JsonNode j = run("assess", WARD, "--as-of", "2024-04-22", "--format", "json").json();
    assertFalse(j.get("compliant").asBoolean());
    assertEquals("assess", j.get("command").asText());
    List<String> codes = new ArrayList<>();
    j.get("verdicts").forEach(v -> v.get("findings").forEach(f -> codes.add(f.get("code").asText())));
    assertTrue(codes.containsAll(List.of("NEGOTIATION_MISSING_PARTICIPANT",
        "CANCELLATION_OPEN_TO_CLAIMANT_48_3B", "FUNDING_NEGOTIATION_DEFECT",
        "FUNDING_COORDINATE_AND_GRANT_15_DAYS")), codes.toString());
    assertEquals("negotiation-participation", j.get("verdicts").get(0).get("ruleId").asText());
    assertEquals("DOES_NOT_COMPLY", j.get("verdicts").get(0).get("outcome").asText());
    JsonNode citation = j.get("verdicts").get(0).get("findings").get(0).get("citations").get(0);
    assertEquals(46, citation.get("article").asInt());
    assertEquals("d", citation.get("point").asText());
  }

  @Test
  void assess_binhDuong_complies_exit0_inEnglish() {
    Run r = run("assess", BINH_DUONG, "--as-of", "2023-07-03", "--lang", "en");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("Overdue or due on 2023-07-03\n  (none)"), r.out());
    assertFalse(r.out().contains("DOES NOT COMPLY"));
  }

  @Test
  void overdue_acrossTheExampleFiles() {
    Run r = run("overdue", "cases", "--as-of", "2024-04-22", "--lang", "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.out().contains("QNg-2024-001"), r.out());
    assertTrue(r.out().contains("grant the funds"), r.out());
    JsonNode j = run("overdue", "cases", "--as-of", "2023-07-03", "--within", "5", "--format", "json").json();
    assertEquals(5, j.get("casesAssessed").asInt());
    JsonNode recourse = null;
    for (JsonNode e : j.get("entries")) {
      if (e.get("caseId").asText().equals("BD-2023-017")) {
        recourse = e;
      }
    }
    assertEquals("ESTABLISH_RECOURSE_COUNCIL", recourse.get("step").asText());
    assertEquals("PENDING", recourse.get("status").get("kind").asText());
    assertEquals(BINH_DUONG.replace('/', java.io.File.separatorChar), recourse.get("file").asText());
    Run none = run("overdue", BINH_DUONG, "--as-of", "2023-07-03");
    assertEquals(0, none.code(), none.out());
  }

  @Test
  void overdue_withBrokenFiles_listsTheGoodOnes_andExits2() {
    Run r = run("overdue", WARD, BROKEN, OUT_OF_ORDER, "--as-of", "2024-04-22", "--lang", "en");
    assertEquals(2, r.code());
    assertTrue(r.out().contains("QNg-2024-001"), r.out());
    assertTrue(r.err().contains(BROKEN + ": $.events[1].date: not a valid date"), r.err());
    assertTrue(r.err().contains(OUT_OF_ORDER + ": $.events[0]"), r.err());
  }

  @Test
  void validate_exampleFiles_exit0() throws IOException {
    Run r = run("validate", "cases");
    assertEquals(0, r.code(), r.out());
    try (var files = Files.list(Path.of("cases"))) {
      assertEquals(files.count(), r.out().lines().filter(l -> l.startsWith("HỢP LỆ")).count());
    }
  }

  @Test
  void validate_brokenFile_everyProblemWithItsPath_exit2() {
    Run r = run("validate", BROKEN, "--lang", "en");
    assertEquals(2, r.code());
    for (String expected : List.of(
        "$.claimant.age: unknown field \"age\"",
        "$.claimant.kind: unknown value \"PERSON\" of Party.Kind; expected one of: INDIVIDUAL, ORGANISATION",
        "$.content.damages[0].amount: expected a whole number of đồng, found number 1.200000005E8",
        "$.events[0].type: unknown event type \"DossierRecieved\" (did you mean \"DossierReceived\"?)",
        "$.events[1].date: not a valid date \"2024-02-30\" (expected YYYY-MM-DD)",
        "$.events[2].attendees[0].name: required field \"name\" is missing")) {
      assertTrue(r.out().contains(expected), expected + "\n" + r.out());
    }
    JsonNode j = run("validate", BROKEN, TRUNCATED, WARD, "--format", "json").json();
    assertFalse(j.get("valid").asBoolean());
    assertEquals(6, j.get("files").get(0).get("problems").size());
    assertEquals("SYNTAX", j.get("files").get(1).get("problems").get(0).get("code").asText());
    assertTrue(j.get("files").get(2).get("valid").asBoolean());
  }

  @Test
  void validate_impossibleSequence_exit2() {
    Run r = run("validate", OUT_OF_ORDER, "--lang", "en");
    assertEquals(2, r.code());
    assertTrue(r.out().contains("$.events[0]: Compensation decision issued on 2024-03-18 is recorded without"),
        r.out());
    assertTrue(r.out().contains("[CASE_DUPLICATE_EVENT]"), r.out());
  }

  @Test
  void assessAndTimetable_ofBrokenFiles_exit2_onStandardError() {
    Run broken = run("assess", BROKEN, "--as-of", "2024-04-22");
    assertEquals(2, broken.code());
    assertTrue(broken.out().isEmpty(), broken.out());
    assertTrue(broken.err().contains(BROKEN + ": $.events[1].date: ngày không hợp lệ \"2024-02-30\""),
        broken.err());
    assertTrue(broken.err().contains("6 vấn đề"), broken.err());
    Run truncated = run("timetable", TRUNCATED, "--lang", "en");
    assertEquals(2, truncated.code());
    assertTrue(truncated.err().contains(TRUNCATED + ": line "), truncated.err());
    Run missing = run("assess", "no-such-case.json", "--lang", "en");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no-such-case.json: $: no such file"), missing.err());
    Run order = run("timetable", OUT_OF_ORDER, "--as-of", "2024-04-22");
    assertEquals(2, order.code());
    Run allowed = run("timetable", OUT_OF_ORDER, "--as-of", "2024-04-22", "--allow-problems");
    assertEquals(0, allowed.code(), allowed.err());
    assertTrue(allowed.out().contains("! " + OUT_OF_ORDER + ": $.events[0]"), allowed.out());
  }

  @Test
  void schemaAndScenario() throws IOException {
    JsonNode schema = run("schema").json();
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    Run caseJson = run("scenario", "1", "--case-json");
    JsonNode file = Json.mapper().readTree(Files.readString(Path.of(WARD)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) file).remove(List.of("$schema", "description"));
    assertEquals(file, caseJson.json());
    Run report = run("scenario", "4", "--lang", "en");
    assertEquals(0, report.code());
    assertTrue(report.out().contains("Scenario 4a") && report.out().contains("Scenario 4b"));
    assertEquals(2, run("scenario", "9").code());
  }
}
