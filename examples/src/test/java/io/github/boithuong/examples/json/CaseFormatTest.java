package io.github.boithuong.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.examples.Scenario;
import io.github.boithuong.examples.ScenarioCases;
import io.github.boithuong.examples.json.EventTypes.EventType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON case format: coverage of the model, the example files, the schema, every problem. */
class CaseFormatTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** Every record of CaseEvent has a JSON type named after it, and no other type exists. */
  @Test
  void everyCaseEventRecordHasAJsonType() {
    Set<String> records = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
        .map(Class::getSimpleName).collect(Collectors.toSet());
    assertEquals(records, Set.copyOf(CaseFormat.eventTypeNames()));
    assertEquals(records.size(), CaseFormat.eventTypeNames().size());
    for (EventType<?> t : EventTypes.all()) {
      List<String> components = Arrays.stream(t.type().getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName).toList();
      assertEquals(components, t.fields().stream().map(FieldSpec::name).toList(), t.name());
    }
  }

  /** The example files are the scenarios' cases, exactly. */
  @Test
  void exampleFiles_readToTheScenarioClaims() {
    for (Scenario s : ScenarioCases.all()) {
      Validation<Seq<JsonProblem>, Claim> read = CaseFormat.read(Path.of("cases", s.file()));
      assertTrue(read.isValid(), () -> s.file() + ": " + read.getError().mkString("\n"));
      assertEquals(s.claim(), read.get(), s.file());
      assertEquals(List.of(), s.claim().problems(), s.file());
    }
  }

  /** One event of every type, written and read back, gives the same claim. */
  @Test
  void everyEventType_roundTrips() {
    Claim claim = ScenarioCases.binhDuongDepartment().claim();
    Claim.Builder b = Claim.builder().from(claim);
    List<CaseEvent> events = new ArrayList<>();
    LocalDate day = LocalDate.of(2024, 1, 2);
    for (EventType<?> t : EventTypes.all()) {
      List<Object> values = new ArrayList<>();
      for (FieldSpec f : t.fields()) {
        values.add(sample(f, day));
      }
      events.add(t.create(new EventTypes.Values(values)));
      day = day.plusDays(1);
    }
    Claim all = b.events(events).build();
    String json = CaseFormat.write(all);
    Validation<Seq<JsonProblem>, Claim> read = CaseFormat.read(json, "all-events.json");
    assertTrue(read.isValid(), () -> read.getError().mkString("\n"));
    assertEquals(all, read.get());
    assertEquals(json, CaseFormat.write(read.get()));
    assertEquals(CaseFormat.eventTypeNames().size(), read.get().events().size());
  }

  private static Object sample(FieldSpec f, LocalDate day) {
    switch (f.kind()) {
      case DATE:
        return day;
      case AMOUNT:
        return Vnd.of(1_000_000);
      case BOOLEAN:
        return true;
      case INTEGER:
        return 3;
      case TEXT:
        return "Bản án số 1/2024";
      case ENUM:
        return f.enumType().getEnumConstants()[0];
      case ENUM_LIST:
      case ENUM_SET:
        return List.of((Object[]) f.enumType().getEnumConstants());
      default:
        return List.of(new Participant(ParticipantRole.CHAIR, "Lê Văn A", "UBND"),
            Participant.of(ParticipantRole.CLAIMANT, "Trần Thị B"));
    }
  }

  /** docs/case.schema.json is the schema the reader's tables generate. */
  @Test
  void schemaFile_isUpToDate() throws IOException {
    String committed = Files.readString(Path.of("..", "docs", "case.schema.json"), StandardCharsets.UTF_8);
    assertEquals(Json.pretty(CaseFormat.schema()), committed,
        "regenerate with: java -jar examples/target/boithuong.jar schema > docs/case.schema.json");
  }

  /** docs/case-format.md documents every event type and every field. */
  @Test
  void formatDocument_namesEveryEventTypeAndField() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "case-format.md"), StandardCharsets.UTF_8);
    for (EventType<?> t : EventTypes.all()) {
      assertTrue(doc.contains("| `" + t.name() + "` |"), t.name());
      for (FieldSpec f : t.fields()) {
        assertTrue(doc.contains("`" + f.name() + "`"), t.name() + "." + f.name());
      }
    }
    for (String field : CaseReader.TOP_FIELDS) {
      assertTrue(doc.contains("`" + field + "`"), field);
    }
  }

  @Test
  void everyProblemAtOnce_withItsPath() {
    String json = "{\"formatVersion\": 1, \"id\": \" \", \"extra\": 1,\n"
        + " \"claimant\": {\"name\": \"A\", \"kind\": \"INDIVIDUAL\"},\n"
        + " \"resolvingAgency\": {\"name\": \"X\", \"kind\": \"COMMUNE\", \"level\": \"COMMUNE\"},\n"
        + " \"field\": null, \"content\": {\"damages\": [{\"type\": \"PROPERTY\", \"amount\": 1.5}]},\n"
        + " \"dossierItems\": [\"WRITTEN_CLAIM\", \"WRITTEN_CLAIM\"],\n"
        + " \"excludedPeriods\": [{\"scope\": \"LIMITATION\", \"startInclusive\": \"2024-02-10\","
        + " \"endInclusive\": \"2024-02-01\", \"reason\": \"lũ\"}],\n"
        + " \"events\": [{\"type\": \"DossierReceived\", \"date\": \"2024-02-30\", \"method\": \"INPERSON\"},"
        + " {\"date\": \"2024-02-06\"}, {\"type\": \"Acepted\", \"date\": \"2024-02-07\"},"
        + " {\"type\": \"VerificationExtensionAgreed\", \"date\": \"2024-03-01\", \"days\": \"5\","
        + " \"minuteSignedOnEveryPage\": 1}, 7]}";
    List<JsonProblem> problems = CaseFormat.read(json, "case.json").getError().toJavaList();
    List<String> paths = problems.stream().map(p -> p.path() + " " + p.code()).toList();
    assertEquals(List.of(
        "$.extra UNKNOWN_FIELD",
        "$.id INVALID_VALUE",
        "$.claimant.standing MISSING_FIELD",
        "$.resolvingAgency.kind INVALID_VALUE",
        "$.field WRONG_TYPE",
        "$.content.damages[0].amount WRONG_TYPE",
        "$.dossierItems[1] INVALID_VALUE",
        "$.excludedPeriods[0].endInclusive INVALID_VALUE",
        "$.events[0].date INVALID_VALUE",
        "$.events[0].method INVALID_VALUE",
        "$.events[1].type MISSING_FIELD",
        "$.events[2].type INVALID_VALUE",
        "$.events[3].days WRONG_TYPE",
        "$.events[3].minuteSignedOnEveryPage WRONG_TYPE",
        "$.events[4] WRONG_TYPE"), paths);
    assertTrue(problems.get(9).message(Locale.ENGLISH).contains("did you mean \"IN_PERSON\"?"),
        problems.get(9).message(Locale.ENGLISH));
    assertTrue(problems.get(11).message(Locale.ENGLISH).contains("did you mean \"Accepted\"?"));
    assertEquals("case.json: $.events[0].date: ngày không hợp lệ \"2024-02-30\" (định dạng YYYY-MM-DD)",
        problems.get(8).render(VI));
    assertTrue(problems.stream().allMatch(p -> p.file().equals("case.json")));
  }

  @Test
  void syntaxErrors_haveLineAndColumn() {
    JsonProblem trailing = CaseFormat.read("{\"formatVersion\": 1}\n{}", "x.json").getError().get(0);
    assertEquals("SYNTAX", trailing.code());
    assertTrue(trailing.path().startsWith("line 2"), trailing.path());
    JsonProblem duplicate = CaseFormat.read("{\"id\": \"a\",\n \"id\": \"b\"}", "x.json").getError().get(0);
    assertEquals("line 2, column 6", duplicate.path());
    assertTrue(duplicate.message(Locale.ENGLISH).contains("Duplicate field 'id'"));
    assertEquals("SYNTAX", CaseFormat.read("", "x.json").getError().get(0).code());
    JsonProblem truncated = CaseFormat.read("{\"id\": ", "x.json").getError().get(0);
    assertFalse(truncated.message(Locale.ENGLISH).contains("REDACTED"), truncated.message(Locale.ENGLISH));
    assertEquals("WRONG_TYPE", CaseFormat.read("[]", "x.json").getError().get(0).code());
  }

  @Test
  void versionIsChecked() {
    List<JsonProblem> problems = CaseFormat.read("{\"formatVersion\": 2}", "x.json").getError().toJavaList();
    assertEquals("UNSUPPORTED_VERSION", problems.get(0).code());
    assertEquals("$.formatVersion", problems.get(0).path());
  }

  /** The case's own problems are located at the events of their date, in the file's order. */
  @Test
  void caseProblems_locatedInTheFile() throws IOException {
    JsonNode root = Json.mapper().readTree(Files.readString(Path.of("cases", "quang-ngai-ward-2024.json")));
    ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("events")).remove(0); // no receipt
    CaseFile file = CaseFormat.load(write(root)).get();
    List<JsonProblem> problems = file.caseProblems();
    assertEquals("CASE_OUT_OF_ORDER", problems.get(0).code());
    assertEquals("$.events[0]", problems.get(0).path()); // Accepted, now first in the file
  }

  private static Path write(JsonNode root) throws IOException {
    Path f = Files.createTempFile("case", ".json");
    f.toFile().deleteOnExit();
    Files.writeString(f, Json.pretty(root));
    return f;
  }

  @Test
  void eventDetails_inBothLanguages() {
    CaseEvent e = ScenarioCases.quangNgaiWard().claim().events().get(0);
    assertEquals("DossierReceived", CaseFormat.eventTypeName(e));
    assertEquals("method: nộp trực tiếp", CaseFormat.details(e, VI));
    assertEquals("method: in person", CaseFormat.details(e, Locale.ENGLISH));
  }
}
