package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.examples.json.EventTypes.EventType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JSON case format of boithuong, version {@value #VERSION}: a claim, its parties, agency,
 * basis document, content, dossier, excluded periods and every kind of {@link CaseEvent}, as
 * documented in {@code docs/case-format.md} with the JSON Schema {@code docs/case.schema.json}.
 *
 * <pre>
 *   Validation&lt;Seq&lt;JsonProblem&gt;, Claim&gt; read = CaseFormat.read(Path.of("cases/quang-ngai-ward-2024.json"));
 *   read.isValid();                          // every problem of the file at once otherwise
 *   CaseFormat.write(read.get());            // the canonical JSON text again
 * </pre>
 *
 * <p>Reading parses the text into a Jackson tree and maps it field by field, explicitly, to the
 * library's builders and records: no binding by reflection, no polymorphic typing. Every problem is
 * reported with its JSONPath. The event types are named after the records of {@link CaseEvent}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseFormat {

  /** The version of the format this class reads and writes. */
  public static final int VERSION = 1;

  private CaseFormat() {}

  /**
   * Reads a case file (UTF-8).
   *
   * @param file the file, not null
   * @return the claim, or every problem found in the file; not null
   */
  public static Validation<Seq<JsonProblem>, Claim> read(Path file) {
    return load(file).map(CaseFile::claim);
  }

  /**
   * Reads a case file (UTF-8), keeping its tree to locate the case's own problems.
   *
   * @param file the file, not null
   * @return the case file, or every problem found in the file; not null
   */
  public static Validation<Seq<JsonProblem>, CaseFile> load(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      return io("không có tệp này", "no such file", name);
    } catch (CharacterCodingException e) {
      return io("tệp không phải UTF-8", "the file is not UTF-8", name);
    } catch (IOException e) {
      return io("không đọc được tệp: " + e.getMessage(), "cannot read the file: " + e.getMessage(),
          name);
    }
    return CaseReader.read(text, name);
  }

  private static <T> Validation<Seq<JsonProblem>, T> io(String vi, String en, String file) {
    return Validation.invalid(io.vavr.collection.List.of(
        new JsonProblem(file, "$", "IO", BilingualText.of(vi, en))));
  }

  /**
   * Reads a case from JSON text.
   *
   * @param json the text, not null
   * @param origin the name to give in problems, e.g. the file name, not null
   * @return the claim, or every problem found; not null
   */
  public static Validation<Seq<JsonProblem>, Claim> read(String json, String origin) {
    return CaseReader.read(Objects.requireNonNull(json, "json"),
        Objects.requireNonNull(origin, "origin")).map(CaseFile::claim);
  }

  /**
   * Writes a claim as a JSON tree in the canonical form: fields in the documented order, optional
   * fields and {@code false} flags left out, sets in the order of their enumeration.
   *
   * @param claim the claim, not null
   * @return the tree, not null
   */
  public static ObjectNode toJson(Claim claim) {
    return CaseWriter.write(Objects.requireNonNull(claim, "claim"));
  }

  /**
   * Writes a claim as canonical, indented JSON text.
   *
   * @param claim the claim, not null
   * @return the text, ending with a line end, not null
   */
  public static String write(Claim claim) {
    return Json.pretty(toJson(claim));
  }

  /**
   * Writes one event as its JSON object.
   *
   * @param event the event, not null
   * @return the object, not null
   */
  public static ObjectNode toJson(CaseEvent event) {
    return CaseWriter.event(event);
  }

  /**
   * Gets the JSON Schema (draft 2020-12) of the format, generated from the reader's own tables.
   *
   * @return the schema, not null
   */
  public static ObjectNode schema() {
    return CaseSchema.schema();
  }

  /**
   * Gets the JSON names of the event types, in the order of the records of {@link CaseEvent}.
   *
   * @return the names, unmodifiable, not null
   */
  public static List<String> eventTypeNames() {
    return EventTypes.all().stream().map(EventType::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the JSON name of an event's type, e.g. {@code "DossierReceived"}.
   *
   * @param event the event, not null
   * @return the name, not null
   */
  public static String eventTypeName(CaseEvent event) {
    return EventTypes.of(event).name();
  }

  /**
   * Describes the facts an event records besides its date, in the language of the locale, e.g.
   * "nộp trực tiếp" for a dossier received in person.
   *
   * @param event the event, not null
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the description, empty if the event records only its date; not null
   */
  public static String details(CaseEvent event, Locale locale) {
    EventType<?> type = EventTypes.of(event);
    boolean vi = "vi".equals(locale.getLanguage());
    List<Object> values = type.values(event);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < type.fields().size(); i++) {
      FieldSpec f = type.fields().get(i);
      Object v = values.get(i);
      if ("date".equals(f.name())) {
        continue;
      }
      String shown = switch (f.kind()) {
        case DATE -> date((LocalDate) v, locale);
        case AMOUNT -> ((Vnd) v).format(locale);
        case BOOLEAN -> (Boolean) v ? (vi ? "có" : "yes") : (vi ? "không" : "no");
        case ENUM -> EnumLabels.label((Enum<?>) v, locale);
        case ENUM_LIST -> ((Collection<?>) v).stream()
            .map(x -> EnumLabels.label((Enum<?>) x, locale)).collect(Collectors.joining("; "));
        case ENUM_SET -> ((Collection<?>) v).stream().map(x -> (Enum<?>) x)
            .sorted(java.util.Comparator.comparingInt(Enum::ordinal))
            .map(x -> EnumLabels.label(x, locale)).collect(Collectors.joining("; "));
        case PARTICIPANTS -> ((Collection<?>) v).stream()
            .map(x -> participant((Participant) x, locale)).collect(Collectors.joining("; "));
        default -> String.valueOf(v);
      };
      parts.add(f.name() + ": " + shown);
    }
    return String.join(" · ", parts);
  }

  private static String participant(Participant p, Locale locale) {
    return p.name() + " (" + p.role().label(locale)
        + (p.organisation().isEmpty() ? "" : ", " + p.organisation()) + ")";
  }

  private static String date(LocalDate d, Locale locale) {
    return "vi".equals(locale.getLanguage())
        ? String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.toString();
  }
}
