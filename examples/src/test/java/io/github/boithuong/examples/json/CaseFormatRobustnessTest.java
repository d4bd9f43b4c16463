package io.github.boithuong.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.examples.cli.BoithuongCli;
import io.github.boithuong.examples.json.RandomJsonDocuments.Category;
import io.github.boithuong.examples.json.RandomJsonDocuments.Document;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random input for the JSON case reader and the command line (issue 7, parts 2 and 4): 50,000
 * generated documents, valid and invalid, through {@link CaseFormat#load(Path)} (the entry point
 * of the command line, bytes to claim) and {@link CaseFile#caseProblems()}, one in four also
 * through {@link CaseFormat#read(String, String)}, and 600 more through {@code boithuong
 * validate} and {@code boithuong assess} in-process (system properties {@code
 * boithuong.robustness.json.documents} and {@code boithuong.robustness.json.cli} change the
 * numbers).
 *
 * <p><b>Generators.</b> Every document is made from one {@code long} by a {@link SplittableRandom}
 * ({@link RandomJsonDocuments}); QuickTheories draws the longs from a fixed seed, {@value
 * #DEFAULT_SEED} unless the system property {@code boithuong.robustness.json.seed} gives another,
 * so a failure names the long that reproduces it. The documents start from the five real example
 * cases ({@code examples/cases/*.json}) and fall in five categories:
 *
 * <ul>
 *   <li><b>valid</b> (6%): an example file as it is, compact, with CRLF or tab indentation,
 *       non-ASCII written as {@code \}{@code u} escapes, or the fields of every object in another
 *       order; each must read to the example's claim;
 *   <li><b>mutation</b> (38%): one to four of: delete a field, change a value's type, set null,
 *       repeat a key, add an unknown field (typo, other case, empty, {@code __proto__}), an unknown
 *       event {@code type}, a wrong enumeration constant (lower case, typo, another enumeration's
 *       constant), events reordered (shuffled, reversed, swapped), events removed;
 *   <li><b>extreme</b> (26%): dates of year 1 and 9999, 29 February of leap and non-leap years,
 *       {@code 2024-13-45}, other shapes and full-width digits, or every date of the case shifted
 *       to year 1, 9999, 1999, 2199, 2200 or to leap days; strings empty, blank, of 10,000 or
 *       1,000,000 characters, of control characters, with lone surrogate escapes; numbers {@code
 *       Long.MAX_VALUE} and one above, {@code 1e30}, {@code 1e400}, {@code -1}, {@code 1.5},
 *       1,000-digit integers, {@code NaN}, in one number or all; 64 to 50,000 nested arrays or
 *       objects, at the root or in a field; arrays of 100 to 1,000 events, 1,000 to 100,000
 *       dossier items, 1,000 to 20,000 damages, 10,000 to 100,000 elements in any field (a few
 *       hundred such long documents in all); field names of 10,000 or 1,000,000 characters or of
 *       control characters;
 *   <li><b>broken</b> (20%): the bytes of a real or mutated case truncated at a random byte, with
 *       one to eight random byte flips, with trailing content (a second document, a comment, a
 *       brace), empty, only whitespace (also non-JSON whitespace), with a UTF-8 byte order mark or
 *       in UTF-16, with invalid UTF-8 (overlong forms, surrogates, stray continuation bytes), with
 *       comments, single quotes or trailing commas, or random bytes;
 *   <li><b>polymorphic</b> (10%): {@code "@class"}, {@code "@type"}, {@code "@c"}, {@code "$type"},
 *       {@code "@id"}/{@code "@ref"} properties naming {@code java.lang.ProcessBuilder},
 *       {@code com.sun.rowset.JdbcRowSetImpl}, other known gadgets, the library's own records and
 *       a canary class of the tests, at the root or in any object; wrapper arrays {@code [class,
 *       value]} and wrapper objects {@code {class: value}}; event types naming classes.
 * </ul>
 *
 * <p><b>Property.</b> Every document gives either a claim or a non-empty list of {@link
 * JsonProblem}s, each with the file, a JSONPath ({@code $…}) or a line and column, a documented
 * code and a message in both languages; nothing else is thrown; the claim's own problems are
 * {@code CASE_…} problems located at {@code $} or its events; {@code load} on the bytes and
 * {@code read} on the same text agree; the canary class is never initialised; and the output is
 * bounded by the input (at most 32 problems more than the input's bytes, each message at most a
 * fixed text plus six characters per input byte, the whole at most 2,048 characters per input
 * byte). On the command line every exit code is 0, 2 or 3 (never 1, an internal error), {@code
 * validate} and {@code assess} agree, and no stack trace is printed. The timeouts only guard
 * against a hang; they measure no speed. The counts of inputs by category and outcome are
 * published with the {@link TestReporter} and written to {@code target/robustness-json.txt}.
 */
class CaseFormatRobustnessTest {

  /** The seed of the documents unless the system property gives another. */
  static final long DEFAULT_SEED = 20_261_124L;
  /** Documents through the reader. */
  static final int DOCUMENTS = Integer.getInteger("boithuong.robustness.json.documents", 50_000);
  /** Documents through the command line (each run with validate and assess). */
  static final int CLI_DOCUMENTS = Integer.getInteger("boithuong.robustness.json.cli", 600);

  private static final long SEED = Long.getLong("boithuong.robustness.json.seed", DEFAULT_SEED);
  private static final Set<String> CODES = Set.of("SYNTAX", "IO", "UNSUPPORTED_VERSION",
      "UNKNOWN_FIELD", "MISSING_FIELD", "WRONG_TYPE", "INVALID_VALUE");
  private static final Pattern PATH = Pattern.compile("\\$.*|line \\d+, column \\d+",
      Pattern.DOTALL);
  private static final Pattern CASE_PATH = Pattern.compile("\\$|\\$\\.events\\[\\d+(,\\d+)*]");
  /** "Today" for the command line: 2024-04-22 in Vietnam. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-04-22T02:00:00Z"), BoithuongCli.VIETNAM);
  private static final Locale VI = Locale.forLanguageTag("vi");
  /** The lines of target/robustness-json.txt, from both tests. */
  private static final Map<String, String> SUMMARY =
      Collections.synchronizedMap(new LinkedHashMap<>());

  private static RandomJsonDocuments documents;
  private static List<Claim> exampleClaims;

  /** The outcome of one document. */
  enum Outcome {
    /** A claim without problems. */
    CLAIM,
    /** A claim with problems of the case itself ({@code CASE_…}). */
    CLAIM_WITH_CASE_PROBLEMS,
    /** Problems of the file: no claim. */
    PROBLEMS
  }

  @BeforeAll
  static void loadExamples() {
    documents = RandomJsonDocuments.of(Path.of("cases"));
    List<Claim> claims = new ArrayList<>();
    for (String name : documents.exampleNames()) {
      Validation<Seq<JsonProblem>, Claim> read = CaseFormat.read(Path.of("cases", name));
      assertTrue(read.isValid(), name);
      claims.add(read.get());
    }
    exampleClaims = List.copyOf(claims);
  }

  @AfterAll
  static void writeSummary() throws IOException {
    Path file = Path.of("target", "robustness-json.txt");
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    synchronized (SUMMARY) {
      SUMMARY.forEach((k, v) -> lines.add(k + ": " + v));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------
  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void everyDocumentGivesAClaimOrTypedProblems(TestReporter reporter, @TempDir Path dir) {
    Map<String, long[]> byCategory = new TreeMap<>();
    Map<String, long[]> byKind = new TreeMap<>();
    Map<String, Long> byCode = new TreeMap<>();
    long[] stats = new long[4]; // bytes, largest input, most problems, slowest nanos
    double[] ratio = new double[1];
    long start = System.nanoTime();

    qt().withExamples(DOCUMENTS).withFixedSeed(SEED).withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Document d = documents.generate(seed);
          long t0 = System.nanoTime();
          Result result = guarded(d, () -> check(seed, d, dir.resolve(Long.toHexString(seed))));
          long nanos = System.nanoTime() - t0;
          count(byCategory, d.category().name(), result.outcome());
          count(byKind, d.category().name().toLowerCase(Locale.ROOT) + ": " + d.kind(),
              result.outcome());
          result.codes().forEach(c -> byCode.merge(c, 1L, Long::sum));
          stats[0] += d.bytes().length;
          stats[1] = Math.max(stats[1], d.bytes().length);
          stats[2] = Math.max(stats[2], result.problems());
          stats[3] = Math.max(stats[3], nanos);
          ratio[0] = Math.max(ratio[0], result.outputChars() / Math.max(1.0, d.bytes().length));
        });

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(0, RandomJsonDocuments.CANARY_INITIALISED.get(), "a class named in a document");
    long total = byCategory.values().stream().mapToLong(c -> c[0]).sum();
    assertEquals(DOCUMENTS, total);
    for (Category c : Category.values()) {
      long[] n = byCategory.get(c.name());
      assertNotNull(n, "no document of the category " + c);
      if (c != Category.VALID) {
        assertTrue(n[3] > 0, "the category " + c + " gives problems");
      }
    }
    assertTrue(byCategory.get("MUTATION")[1] + byCategory.get("MUTATION")[2] > 0,
        "some mutations still read to a claim");

    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("json documents", total + " (seed " + SEED + ")");
    byCategory.forEach((k, n) -> lines.put("json category " + k, outcomes(n)));
    byKind.forEach((k, n) -> lines.put("json kind " + k, outcomes(n)));
    byCode.forEach((k, n) -> lines.put("json documents with problem code " + k, Long.toString(n)));
    lines.put("json input bytes", stats[0] + " in total, largest document " + stats[1]);
    lines.put("json most problems for one document", Long.toString(stats[2]));
    lines.put("json largest output per input byte",
        String.format(Locale.ROOT, "%.1f characters", ratio[0]));
    lines.put("json slowest document ms", Long.toString(TimeUnit.NANOSECONDS.toMillis(stats[3])));
    lines.put("json canary class initialised", Integer.toString(
        RandomJsonDocuments.CANARY_INITIALISED.get()));
    lines.put("json run time ms", Long.toString(millis));
    publish(reporter, lines);
  }

  /** What one document gave. */
  record Result(Outcome outcome, int problems, long outputChars, List<String> codes) {}

  private static Result check(long seed, Document d, Path file) throws IOException {
    // A new file each time, deleted after reading: rewriting one file costs a disk flush per
    // document on some file systems (ext4 flushes a file truncated and written again).
    Files.write(file, d.bytes(), StandardOpenOption.CREATE_NEW);
    try {
      return check(seed, d, file, d.bytes().length);
    } finally {
      Files.delete(file);
    }
  }

  private static Result check(long seed, Document d, Path file, long size) throws IOException {
    String origin = file.toString();
    Validation<Seq<JsonProblem>, CaseFile> loaded = CaseFormat.load(file);
    assertNotNull(loaded);
    Outcome outcome;
    List<JsonProblem> problems;
    if (loaded.isValid()) {
      CaseFile caseFile = loaded.get();
      assertEquals(origin, caseFile.name());
      assertNotNull(caseFile.claim());
      problems = caseFile.caseProblems();
      for (JsonProblem p : problems) {
        assertTrue(p.code().startsWith("CASE_"), p::toString);
        assertTrue(CASE_PATH.matcher(p.path()).matches(), p::toString);
      }
      outcome = problems.isEmpty() ? Outcome.CLAIM : Outcome.CLAIM_WITH_CASE_PROBLEMS;
    } else {
      problems = loaded.getError().toJavaList();
      assertFalse(problems.isEmpty(), "invalid without a problem");
      for (JsonProblem p : problems) {
        assertTrue(CODES.contains(p.code()), p::toString);
      }
      outcome = Outcome.PROBLEMS;
    }
    long output = 0;
    for (JsonProblem p : problems) {
      assertEquals(origin, p.file());
      assertTrue(PATH.matcher(p.path()).matches(), p::toString);
      String vi = p.message(VI);
      String en = p.message(Locale.ENGLISH);
      assertFalse(vi.isBlank() || en.isBlank(), p::toString);
      assertTrue(vi.length() <= 4_096 + 6 * size && en.length() <= 4_096 + 6 * size,
          "a message longer than its input");
      assertTrue(p.path().length() <= 256 + size, "a path longer than its input");
      output += vi.length() + en.length() + p.path().length();
    }
    assertTrue(problems.size() <= 32 + size, () -> problems.size() + " problems for " + size
        + " bytes");
    long chars = output;
    assertTrue(chars <= 16_384 + 2_048 * size, () -> chars + " characters for " + size + " bytes");

    // One document in four: the same text through read(String, String) gives the same verdict;
    // bytes that are not UTF-8 are one IO problem of load.
    String text = (seed & 3) == 0 ? utf8(d.bytes()) : "";
    if (text == null) {
      assertEquals(List.of("IO"), problems.stream().map(JsonProblem::code).toList());
    } else if (!text.isEmpty()) {
      Validation<Seq<JsonProblem>, Claim> read = CaseFormat.read(text, origin);
      assertEquals(loaded.isValid(), read.isValid());
      if (read.isValid()) {
        assertEquals(loaded.get().claim(), read.get());
      } else {
        assertEquals(problems, read.getError().toJavaList());
      }
    }
    if (d.category() == Category.VALID) {
      assertEquals(Outcome.CLAIM, outcome, () -> problems.toString());
      assertEquals(exampleClaims.get(documents.exampleNames().indexOf(d.base())),
          loaded.get().claim());
    }
    return new Result(outcome, problems.size(), chars,
        problems.stream().map(JsonProblem::code).distinct().toList());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * A huge unknown name, an event type or an enumeration constant of ten million characters, is
   * reported like a short one, without a suggestion, in time proportional to its length: the
   * random input found the "did you mean" search taking the name's length times every known name
   * (ten seconds for one megabyte on a busy machine, minutes for the longest string Jackson
   * reads). The timeout only guards against that hang.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void hugeUnknownNames_areReportedWithoutSuggestion() throws IOException {
    String ward = Files.readString(Path.of("cases", "quang-ngai-ward-2024.json"));
    String huge = "X".repeat(10_000_000);
    Map<String, String> cases = Map.of(
        "\"DossierReceived\"", "$.events[0].type",
        "\"INDIVIDUAL\"", "$.claimant.kind");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Validation<Seq<JsonProblem>, Claim> read =
          CaseFormat.read(ward.replace(c.getKey(), "\"" + huge + "\""), "huge.json");
      assertTrue(read.isInvalid(), c.getValue());
      JsonProblem p = read.getError().single();
      assertEquals(c.getValue(), p.path());
      assertEquals("INVALID_VALUE", p.code());
      assertFalse(p.message(Locale.ENGLISH).contains("did you mean"), c.getValue());
    }
  }

  /**
   * A total claimed too large for a {@code long} (damages of {@code Long.MAX_VALUE} đồng) is a
   * problem of the case: {@code validate} lists it, {@code assess} refuses the case (exit 2) and,
   * with {@code --allow-problems}, prints the report with the total "too large to compute". The
   * random input found {@code assess --allow-problems} failing there with an internal error (exit
   * 1, {@code ArithmeticException} in the report's total).
   */
  @Test
  void aTotalTooLargeToCompute_isAProblemOfTheCase_notAnInternalError(@TempDir Path dir)
      throws IOException {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(
        Files.readString(Path.of("cases", "quang-ngai-ward-2024.json")));
    tree.get("content").get("damages").forEach(d -> ((ObjectNode) d).put("amount", Long.MAX_VALUE));
    Path file = dir.resolve("overflow.json");
    Files.writeString(file, Json.pretty(tree));
    Run validate = run("validate", file.toString(), "--lang", "en");
    assertEquals(2, validate.code(), validate::toString);
    assertTrue(validate.out().contains("$: The total amount claimed is too large to compute")
        && validate.out().contains("[CASE_MISSING_OR_INCONSISTENT_FACT]"), validate::toString);
    assertEquals(2, run("assess", file.toString(), "--as-of", "2024-04-22").code());
    for (String lang : List.of("en", "vi")) {
      Run allowed = run("assess", file.toString(), "--as-of", "2024-04-22", "--allow-problems",
          "--lang", lang);
      assertTrue(allowed.code() == 0 || allowed.code() == 3, allowed::toString);
      assertTrue(allowed.out().contains(lang.equals("en") ? "; total too large to compute"
          : "; tổng cộng quá lớn để tính"), allowed::toString);
    }
    Run json = run("assess", file.toString(), "--as-of", "2024-04-22", "--allow-problems",
        "--format", "json");
    assertTrue(json.code() == 0 || json.code() == 3, json::toString);
  }

  // ---------------------------------------------------------------------------------------------
  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
  void theCommandLineExits0_2or3_withoutAStackTrace(TestReporter reporter, @TempDir Path dir) {
    Map<String, Long> exits = new TreeMap<>();
    Map<String, long[]> byCategory = new TreeMap<>();
    long start = System.nanoTime();

    qt().withExamples(CLI_DOCUMENTS).withFixedSeed(SEED + 1).withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Document d = documents.generate(seed);
          Path file = dir.resolve(Long.toHexString(seed) + ".json");
          SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
          String lang = r.nextBoolean() ? "en" : "vi";
          boolean json = r.nextInt(3) == 0;
          boolean allowProblems = r.nextInt(3) == 0;
          String asOf = List.of("2024-04-22", "2024-04-22", "2023-07-03", "2000-01-01",
              "2199-12-31", "").get(r.nextInt(6));
          Run validate = guarded(d, () -> {
            Files.write(file, d.bytes(), StandardOpenOption.CREATE_NEW);
            return run(args("validate", file.toString(), "--lang", lang, json, false, ""));
          });
          Run assess = guarded(d, () -> run(args("assess", file.toString(), "--lang", lang, json,
              allowProblems, asOf)));
          guarded(d, () -> Files.deleteIfExists(file));
          exits.merge("validate exit " + validate.code(), 1L, Long::sum);
          exits.merge("assess exit " + assess.code(), 1L, Long::sum);
          count(byCategory, d.category().name(), validate.code() == 0 ? Outcome.CLAIM
              : Outcome.PROBLEMS);
          assertTrue(validate.code() == 0 || validate.code() == 2, () -> validate + d.preview());
          assertTrue(assess.code() == 0 || assess.code() == 2 || assess.code() == 3,
              () -> assess + d.preview());
          if (validate.code() == 2 && !allowProblems) {
            assertEquals(2, assess.code(), () -> assess + d.preview());
          }
          if (validate.code() == 2) {
            assertFalse(validate.out().isBlank(), "validate lists the problems");
          }
          if (assess.code() == 2) {
            assertFalse(assess.err().isBlank(), "assess says what is wrong");
          }
        });

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(0, RandomJsonDocuments.CANARY_INITIALISED.get(), "a class named in a document");
    assertFalse(exits.keySet().stream().anyMatch(k -> k.endsWith(" 1")), exits::toString);
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("cli documents", CLI_DOCUMENTS + " (seed " + (SEED + 1) + "), each with validate and"
        + " assess");
    byCategory.forEach((k, n) -> lines.put("cli category " + k, n[0] + " documents, validate"
        + " exit 0: " + n[1] + ", exit 2: " + n[3]));
    exits.forEach((k, n) -> lines.put("cli " + k, Long.toString(n)));
    lines.put("cli run time ms", Long.toString(millis));
    publish(reporter, lines);
  }

  private static String[] args(String command, String file, String lang, String langValue,
      boolean json, boolean allowProblems, String asOf) {
    List<String> args = new ArrayList<>(List.of(command, file, lang, langValue));
    if (json) {
      args.addAll(List.of("--format", "json"));
    }
    if (allowProblems) {
      args.add("--allow-problems");
    }
    if (!asOf.isEmpty()) {
      args.addAll(List.of("--as-of", asOf));
    }
    return args.toArray(String[]::new);
  }

  /** What a run of the command line printed and returned. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + cut(out) + "\n--- err:\n" + cut(err) + "\n";
    }

    private static String cut(String s) {
      return s.length() <= 3_000 ? s : s.substring(0, 3_000) + "…";
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BoithuongCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    Run r = new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    for (String s : List.of(r.out(), r.err())) {
      assertFalse(s.contains("\tat ") || s.contains("Exception"),
          () -> "a stack trace or an exception: " + String.join(" ", args) + "\n" + r);
    }
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  /** A check that may throw anything. */
  private interface Check<T> {
    T run() throws Exception;
  }

  /**
   * Runs a check; anything thrown that is not an assertion failure is an unexpected exception of
   * the code under test, reported with the document (also written to
   * target/robustness-json-failure.bin to reproduce it).
   */
  private static <T> T guarded(Document d, Check<T> check) {
    try {
      return check.run();
    } catch (AssertionError e) {
      keep(d);
      throw new AssertionError(e.getMessage() + "\n" + d.preview(), e);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      keep(d);
      throw new AssertionError("unexpected " + e + "\n" + d.preview(), e);
    }
  }

  private static void keep(Document d) {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.write(target.resolve("robustness-json-failure.bin"), d.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void count(Map<String, long[]> counts, String key, Outcome outcome) {
    long[] n = counts.computeIfAbsent(key, k -> new long[4]);
    n[0]++;
    n[1 + outcome.ordinal()]++;
  }

  private static String outcomes(long[] n) {
    return n[0] + " documents: " + n[1] + " claims, " + n[2] + " claims with case problems, "
        + n[3] + " with problems";
  }

  private static void publish(TestReporter reporter, Map<String, String> lines) {
    lines.forEach(reporter::publishEntry);
    SUMMARY.putAll(lines);
  }
}
