package io.github.boithuong.examples.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Official;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.examples.json.EventTypes.EventType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a case file: JSON text to a tree, then the tree, field by field, to the library's builders
 * and records. Every problem is collected with its JSONPath; nothing stops at the first.
 */
final class CaseReader {

  static final List<String> TOP_FIELDS = List.of("$schema", "formatVersion", "description", "id",
      "claimant", "injuredPerson", "officials", "resolvingAgency", "field", "basisDocument",
      "content", "dossierItems", "excludedPeriods", "events");
  static final List<String> PARTY_FIELDS = List.of("name", "kind", "address");
  static final List<String> CLAIMANT_FIELDS = List.of("name", "kind", "address", "standing");
  static final List<String> OFFICIAL_FIELDS = List.of("name", "position");
  static final List<String> AGENCY_FIELDS =
      List.of("name", "kind", "level", "province", "centralBody");
  static final List<String> BASIS_FIELDS = List.of("description", "issuer", "issued", "received");
  static final List<String> CONTENT_FIELDS = List.of("damages", "advanceRequested",
      "honourRestorationRequested", "basisDocumentCollectionRequested", "otherRights");
  static final List<String> DAMAGE_FIELDS = List.of("type", "amount");
  static final List<String> EXCLUDED_FIELDS =
      List.of("scope", "startInclusive", "endInclusive", "reason");
  static final List<String> PARTICIPANT_FIELDS = List.of("role", "name", "organisation");

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String file;
  private final List<JsonProblem> problems = new ArrayList<>();

  private CaseReader(String file) {
    this.file = file;
  }

  static Validation<Seq<JsonProblem>, CaseFile> read(String text, String file) {
    CaseReader reader = new CaseReader(file);
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      String detail = e.getOriginalMessage()
          .replaceAll("\\[Source: [^;\\]]*; ", "[").replace("\n", " ");
      reader.problem(where, "SYNTAX", "JSON không hợp lệ: " + detail, "malformed JSON: " + detail);
      return reader.result(null, null);
    }
    if (root == null || root.isMissingNode()) {
      reader.problem("$", "SYNTAX", "tệp rỗng, cần một đối tượng JSON",
          "empty file, expected a JSON object");
      return reader.result(null, null);
    }
    return reader.result(reader.claim(root), root);
  }

  private Validation<Seq<JsonProblem>, CaseFile> result(Claim claim, JsonNode root) {
    return problems.isEmpty() && claim != null
        ? Validation.valid(new CaseFile(file, claim, root))
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  // ---------------------------------------------------------------------------------------------
  private Claim claim(JsonNode root) {
    ObjectNode o = object(root, "$");
    if (o == null) {
      return null;
    }
    allowOnly(o, "$", TOP_FIELDS);
    optionalText(o, "$", "$schema");
    optionalText(o, "$", "description");
    JsonNode version = required(o, "$", "formatVersion");
    if (version != null) {
      if (!version.isInt()) {
        wrongType("$.formatVersion", version, "một số nguyên", "an integer");
      } else if (version.intValue() != CaseFormat.VERSION) {
        problem("$.formatVersion", "UNSUPPORTED_VERSION",
            "phiên bản định dạng " + version.intValue() + " không được hỗ trợ; công cụ này đọc"
                + " phiên bản " + CaseFormat.VERSION,
            "unsupported format version " + version.intValue() + "; this tool reads version "
                + CaseFormat.VERSION);
      }
    }
    String id = nonBlank(required(o, "$", "id"), "$.id");
    Claimant claimant = claimant(required(o, "$", "claimant"), "$.claimant");
    Party injured = o.has("injuredPerson")
        ? party(notNull(o, "$", "injuredPerson"), "$.injuredPerson", PARTY_FIELDS) : null;
    List<Official> officials = new ArrayList<>();
    elements(o, "$", "officials", (n, p) -> {
      Official official = official(n, p);
      if (official != null) {
        officials.add(official);
      }
    });
    ResolvingAgency agency = agency(required(o, "$", "resolvingAgency"), "$.resolvingAgency");
    LiabilityField field = enumValue(required(o, "$", "field"), "$.field", LiabilityField.class);
    BasisDocument basis = o.has("basisDocument")
        ? basis(notNull(o, "$", "basisDocument"), "$.basisDocument") : null;
    ClaimContent content = content(required(o, "$", "content"), "$.content");
    List<DossierItem> items = enumArray(o, "$", "dossierItems", DossierItem.class, true);
    List<ExcludedPeriod> excluded = new ArrayList<>();
    elements(o, "$", "excludedPeriods", (n, p) -> {
      ExcludedPeriod period = excluded(n, p);
      if (period != null) {
        excluded.add(period);
      }
    });
    List<CaseEvent> events = new ArrayList<>();
    elements(o, "$", "events", (n, p) -> {
      CaseEvent event = event(n, p);
      if (event != null) {
        events.add(event);
      }
    });
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      Claim.Builder b = Claim.builder().id(id).claimant(claimant).resolvingAgency(agency)
          .field(field).content(content).addAllOfficials(officials).addAllDossierItems(items)
          .events(events).excludedPeriods(excluded);
      if (injured != null) {
        b.injuredPerson(injured);
      }
      if (basis != null) {
        b.basisDocument(basis);
      }
      return b.build();
    } catch (RuntimeException e) {
      invalid("$", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private Claimant claimant(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    Party party = party(o, path, CLAIMANT_FIELDS);
    ClaimantStanding standing =
        enumValue(required(o, path, "standing"), path + ".standing", ClaimantStanding.class);
    return party == null || standing == null ? null : Claimant.of(party, standing);
  }

  private Party party(JsonNode n, String path, List<String> allowed) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, allowed);
    String name = nonBlank(required(o, path, "name"), path + ".name");
    Party.Kind kind = enumValue(required(o, path, "kind"), path + ".kind", Party.Kind.class);
    String address = optionalText(o, path, "address");
    if (name == null || kind == null) {
      return null;
    }
    Party.Builder b = Party.builder().name(name).kind(kind);
    if (address != null) {
      b.address(address);
    }
    return b.build();
  }

  private Official official(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, OFFICIAL_FIELDS);
    String name = nonBlank(required(o, path, "name"), path + ".name");
    String position = optionalText(o, path, "position");
    if (name == null) {
      return null;
    }
    Official.Builder b = Official.builder().name(name);
    if (position != null) {
      b.position(position);
    }
    return b.build();
  }

  private ResolvingAgency agency(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, AGENCY_FIELDS);
    String name = nonBlank(required(o, path, "name"), path + ".name");
    AgencyKind kind = enumValue(required(o, path, "kind"), path + ".kind", AgencyKind.class);
    AgencyLevel level = enumValue(required(o, path, "level"), path + ".level", AgencyLevel.class);
    String province = optionalText(o, path, "province");
    Boolean central = optionalBoolean(o, path, "centralBody");
    if (name == null || kind == null || level == null) {
      return null;
    }
    ResolvingAgency.Builder b = ResolvingAgency.builder().name(name).kind(kind).level(level);
    if (province != null) {
      b.province(province);
    }
    if (central != null) {
      b.centralBody(central);
    }
    return b.build();
  }

  private BasisDocument basis(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, BASIS_FIELDS);
    String description = nonBlank(required(o, path, "description"), path + ".description");
    String issuer = nonBlank(required(o, path, "issuer"), path + ".issuer");
    LocalDate issued = date(required(o, path, "issued"), path + ".issued");
    LocalDate received = o.has("received")
        ? date(notNull(o, path, "received"), path + ".received") : null;
    if (description == null || issuer == null || issued == null
        || (o.has("received") && received == null)) {
      return null;
    }
    BasisDocument.Builder b = BasisDocument.builder().description(description).issuer(issuer)
        .issued(issued);
    if (received != null) {
      b.received(received);
    }
    return b.build();
  }

  private ClaimContent content(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, CONTENT_FIELDS);
    List<ClaimedDamage> damages = new ArrayList<>();
    elements(o, path, "damages", (d, p) -> {
      ObjectNode dn = object(d, p);
      if (dn == null) {
        return;
      }
      allowOnly(dn, p, DAMAGE_FIELDS);
      DamageType type = enumValue(required(dn, p, "type"), p + ".type", DamageType.class);
      Vnd amount = amount(required(dn, p, "amount"), p + ".amount");
      if (type != null && amount != null) {
        damages.add(ClaimedDamage.of(type, amount));
      }
    });
    Boolean advance = optionalBoolean(o, path, "advanceRequested");
    Boolean honour = optionalBoolean(o, path, "honourRestorationRequested");
    Boolean collection = optionalBoolean(o, path, "basisDocumentCollectionRequested");
    String other = optionalText(o, path, "otherRights");
    ClaimContent.Builder b = ClaimContent.builder().addAllDamages(damages);
    if (advance != null) {
      b.advanceRequested(advance);
    }
    if (honour != null) {
      b.honourRestorationRequested(honour);
    }
    if (collection != null) {
      b.basisDocumentCollectionRequested(collection);
    }
    if (other != null) {
      b.otherRights(other);
    }
    return b.build();
  }

  private ExcludedPeriod excluded(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    allowOnly(o, path, EXCLUDED_FIELDS);
    ExclusionScope scope = enumValue(required(o, path, "scope"), path + ".scope", ExclusionScope.class);
    LocalDate start = date(required(o, path, "startInclusive"), path + ".startInclusive");
    LocalDate end = date(required(o, path, "endInclusive"), path + ".endInclusive");
    String reason = nonBlank(required(o, path, "reason"), path + ".reason");
    if (scope == null || start == null || end == null || reason == null) {
      return null;
    }
    if (end.isBefore(start)) {
      problem(path + ".endInclusive", "INVALID_VALUE",
          "ngày cuối " + end + " trước ngày đầu " + start,
          "the last day " + end + " is before the first day " + start);
      return null;
    }
    return new ExcludedPeriod(scope, start, end, reason);
  }

  private CaseEvent event(JsonNode n, String path) {
    ObjectNode o = object(n, path);
    if (o == null) {
      return null;
    }
    JsonNode typeNode = required(o, path, "type");
    if (typeNode == null) {
      return null;
    }
    if (!typeNode.isTextual()) {
      wrongType(path + ".type", typeNode, "một chuỗi", "a string");
      return null;
    }
    String name = typeNode.textValue();
    EventType<?> type = EventTypes.byName(name).orElse(null);
    if (type == null) {
      List<String> names = EventTypes.all().stream().map(EventType::name).toList();
      String hint = Suggestions.closest(name, names).orElse(null);
      problem(path + ".type", "INVALID_VALUE",
          "loại sự kiện không xác định \"" + name + "\""
              + (hint == null ? "" : " (có phải là \"" + hint + "\"?)") + "; xem docs/case-format.md",
          "unknown event type \"" + name + "\""
              + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; see docs/case-format.md");
      return null;
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    type.fields().forEach(f -> allowed.add(f.name()));
    allowOnly(o, path, allowed);
    List<Object> values = new ArrayList<>();
    boolean complete = true;
    for (FieldSpec f : type.fields()) {
      Object v = value(required(o, path, f.name()), path + "." + f.name(), f);
      complete &= v != null;
      values.add(v);
    }
    if (!complete) {
      return null;
    }
    try {
      return type.create(new EventTypes.Values(values));
    } catch (RuntimeException e) {
      invalid(path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private Object value(JsonNode n, String path, FieldSpec f) {
    if (n == null) {
      return null;
    }
    return switch (f.kind()) {
      case DATE -> date(n, path);
      case AMOUNT -> amount(n, path);
      case BOOLEAN -> {
        if (!n.isBoolean()) {
          wrongType(path, n, "true hoặc false", "true or false");
          yield null;
        }
        yield n.booleanValue();
      }
      case INTEGER -> {
        if (!n.isInt()) {
          wrongType(path, n, "một số nguyên", "an integer");
          yield null;
        }
        yield n.intValue();
      }
      case TEXT -> nonBlank(n, path);
      case ENUM -> enumValue(n, path, f.enumType());
      case ENUM_LIST, ENUM_SET ->
          enumArrayValue(n, path, f.enumType(), f.kind() == FieldSpec.Kind.ENUM_SET);
      case PARTICIPANTS -> participants(n, path);
    };
  }

  private List<Participant> participants(JsonNode n, String path) {
    if (!n.isArray()) {
      wrongType(path, n, "một mảng", "an array");
      return null;
    }
    List<Participant> result = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < n.size(); i++) {
      String p = path + "[" + i + "]";
      ObjectNode o = object(n.get(i), p);
      if (o == null) {
        complete = false;
        continue;
      }
      allowOnly(o, p, PARTICIPANT_FIELDS);
      ParticipantRole role = enumValue(required(o, p, "role"), p + ".role", ParticipantRole.class);
      String name = nonBlank(required(o, p, "name"), p + ".name");
      String organisation = optionalText(o, p, "organisation");
      if (role == null || name == null) {
        complete = false;
        continue;
      }
      result.add(new Participant(role, name, organisation == null ? "" : organisation));
    }
    return complete ? result : null;
  }

  // ---------------------------------------------------------------------------------------------
  private interface ElementReader {
    void read(JsonNode element, String path);
  }

  private void elements(ObjectNode o, String path, String name, ElementReader reader) {
    if (!o.has(name)) {
      return;
    }
    JsonNode n = notNull(o, path, name);
    if (n == null) {
      return;
    }
    if (!n.isArray()) {
      wrongType(path + "." + name, n, "một mảng", "an array");
      return;
    }
    ArrayNode array = (ArrayNode) n;
    for (int i = 0; i < array.size(); i++) {
      reader.read(array.get(i), path + "." + name + "[" + i + "]");
    }
  }

  private <T extends Enum<T>> List<T> enumArray(ObjectNode o, String path, String name,
      Class<T> type, boolean distinct) {
    if (!o.has(name)) {
      return List.of();
    }
    JsonNode n = notNull(o, path, name);
    if (n == null) {
      return List.of();
    }
    List<Object> values = enumArrayValue(n, path + "." + name, type, distinct);
    List<T> result = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> result.add(type.cast(v)));
    }
    return result;
  }

  private List<Object> enumArrayValue(JsonNode n, String path, Class<? extends Enum<?>> type,
      boolean distinct) {
    if (!n.isArray()) {
      wrongType(path, n, "một mảng", "an array");
      return null;
    }
    List<Object> result = new ArrayList<>();
    Set<Object> seen = new LinkedHashSet<>();
    boolean complete = true;
    for (int i = 0; i < n.size(); i++) {
      String p = path + "[" + i + "]";
      Object v = enumValue(n.get(i), p, type);
      if (v == null) {
        complete = false;
      } else if (distinct && !seen.add(v)) {
        problem(p, "INVALID_VALUE", "\"" + n.get(i).textValue() + "\" được liệt kê hai lần",
            "\"" + n.get(i).textValue() + "\" is listed twice");
        complete = false;
      } else {
        result.add(v);
      }
    }
    return complete ? result : null;
  }

  private <T extends Enum<?>> T enumValue(JsonNode n, String path, Class<T> type) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      wrongType(path, n, "một chuỗi", "a string");
      return null;
    }
    String text = n.textValue();
    for (T constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (T constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    String allowed = String.join(", ", names);
    String hint = Suggestions.closest(text, names).map(s -> s).orElse(null);
    String enumName = FieldSpec.enumName(type);
    problem(path, "INVALID_VALUE",
        "giá trị \"" + text + "\" không thuộc " + enumName
            + (hint == null ? "" : " (có phải là \"" + hint + "\"?)") + "; các giá trị hợp lệ: "
            + allowed,
        "unknown value \"" + text + "\" of " + enumName
            + (hint == null ? "" : " (did you mean \"" + hint + "\"?)") + "; expected one of: "
            + allowed);
    return null;
  }

  private LocalDate date(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      wrongType(path, n, "một ngày dạng chuỗi YYYY-MM-DD", "a date string YYYY-MM-DD");
      return null;
    }
    String text = n.textValue();
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problem(path, "INVALID_VALUE", "ngày không hợp lệ \"" + text + "\" (định dạng YYYY-MM-DD)",
        "not a valid date \"" + text + "\" (expected YYYY-MM-DD)");
    return null;
  }

  private Vnd amount(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      wrongType(path, n, "một số nguyên đồng", "a whole number of đồng");
      return null;
    }
    return Vnd.of(n.longValue());
  }

  private String nonBlank(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      wrongType(path, n, "một chuỗi", "a string");
      return null;
    }
    if (n.textValue().isBlank()) {
      problem(path, "INVALID_VALUE", "không được để trống", "must not be blank");
      return null;
    }
    return n.textValue();
  }

  private String optionalText(ObjectNode o, String path, String name) {
    if (!o.has(name)) {
      return null;
    }
    JsonNode n = notNull(o, path, name);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      wrongType(path + "." + name, n, "một chuỗi", "a string");
      return null;
    }
    return n.textValue();
  }

  private Boolean optionalBoolean(ObjectNode o, String path, String name) {
    if (!o.has(name)) {
      return null;
    }
    JsonNode n = notNull(o, path, name);
    if (n == null) {
      return null;
    }
    if (!n.isBoolean()) {
      wrongType(path + "." + name, n, "true hoặc false", "true or false");
      return null;
    }
    return n.booleanValue();
  }

  private JsonNode required(ObjectNode o, String path, String name) {
    if (!o.has(name)) {
      problem(path + "." + name, "MISSING_FIELD", "thiếu trường bắt buộc \"" + name + "\"",
          "required field \"" + name + "\" is missing");
      return null;
    }
    return notNull(o, path, name);
  }

  private JsonNode notNull(ObjectNode o, String path, String name) {
    JsonNode n = o.get(name);
    if (n.isNull()) {
      problem(path + "." + name, "WRONG_TYPE", "không được để null; nếu không có, bỏ trường này",
          "null is not allowed; leave the field out instead");
      return null;
    }
    return n;
  }

  private ObjectNode object(JsonNode n, String path) {
    if (n == null) {
      return null;
    }
    if (!n.isObject()) {
      wrongType(path, n, "một đối tượng", "an object");
      return null;
    }
    return (ObjectNode) n;
  }

  private void allowOnly(ObjectNode o, String path, List<String> allowed) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        String hint = Suggestions.closest(name, allowed).orElse(null);
        String list = String.join(", ", allowed);
        problem(path + "." + name, "UNKNOWN_FIELD",
            "trường không xác định \"" + name + "\""
                + (hint == null ? "" : " (có phải là \"" + hint + "\"?)")
                + "; các trường hợp lệ: " + list,
            "unknown field \"" + name + "\"" + (hint == null ? "" : " (did you mean \"" + hint
                + "\"?)") + "; expected one of: " + list);
      }
    }
  }

  private void wrongType(String path, JsonNode found, String expectedVi, String expectedEn) {
    String kind = found.getNodeType().name().toLowerCase(Locale.ROOT);
    String shown = found.isValueNode() ? " " + found.toString() : "";
    problem(path, "WRONG_TYPE", "cần " + expectedVi + ", nhận được " + kind + shown,
        "expected " + expectedEn + ", found " + kind + shown);
  }

  private void invalid(String path, String detail) {
    problem(path, "INVALID_VALUE", detail, detail);
  }

  private void problem(String path, String code, String vietnamese, String english) {
    problems.add(new JsonProblem(file, path, code, BilingualText.of(vietnamese, english)));
  }
}
