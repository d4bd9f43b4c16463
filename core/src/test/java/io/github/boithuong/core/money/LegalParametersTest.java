package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dated legal parameters: every change of the base salary (shared/law/damages-time-holidays.md
 * §B) and of the regional minimum wages, the divisors of Luật TNBTCNN 2017 Điều 24.1.c and 27.7,
 * errors, strict mode and integrators' files.
 */
class LegalParametersTest {

  private final LegalParameters parameters = LegalParameters.vietnam();

  private long value(LegalParameter p, String date) {
    return parameters.value(p, LocalDate.parse(date)).value().longValueExact();
  }

  /** Each change of the base salary: the day before keeps the old value, the day of has the new. */
  @ParameterizedTest(name = "{0}: {1} the day before, {2} from that day ({3})")
  @CsvSource({
      "2018-07-01, 1300000, 1390000, Nghị định 72/2018/NĐ-CP",
      "2019-07-01, 1390000, 1490000, Nghị định 38/2019/NĐ-CP",
      "2023-07-01, 1490000, 1800000, Nghị định 24/2023/NĐ-CP",
      "2024-07-01, 1800000, 2340000, Nghị định 73/2024/NĐ-CP"})
  void baseSalary_changesOnItsEffectiveDate(
      String date, long before, long from, String document) {
    LocalDate day = LocalDate.parse(date);
    assertEquals(before, value(LegalParameter.BASE_SALARY, day.minusDays(1).toString()));
    ParameterValue v = parameters.value(LegalParameter.BASE_SALARY, day);
    assertEquals(from, v.value().longValueExact());
    assertEquals(day, v.effectiveFrom());
    assertTrue(v.document().startsWith(document), v.document());
    assertEquals(ParameterStatus.CONFIRMED, v.status());
    assertFalse(v.sources().isEmpty());
  }

  /** The first value (Nghị định 47/2017/NĐ-CP, from 01/07/2017) and the error the day before. */
  @Test
  void baseSalary_firstValueAndTheDayBefore() {
    assertEquals(1_300_000, value(LegalParameter.BASE_SALARY, "2017-07-01"));
    Validation<Seq<MoneyProblem>, ParameterValue> before =
        parameters.find(LegalParameter.BASE_SALARY, LocalDate.of(2017, 6, 30));
    assertTrue(before.isInvalid());
    MoneyProblem p = before.getError().head();
    assertEquals(MoneyProblem.Code.BEFORE_FIRST_VALUE, p.code());
    assertTrue(p.message(Locale.ENGLISH).contains("2017-07-01"), p.message(Locale.ENGLISH));
    ParameterException ex = assertThrows(ParameterException.class,
        () -> parameters.value(LegalParameter.BASE_SALARY, LocalDate.of(2017, 6, 30)));
    assertEquals(List.of(p), ex.problems());
  }

  /** The latest value found applies beyond its date: no later decree was found (09/03/2026). */
  @Test
  void baseSalary_2340000StillAppliesIn2026() {
    assertEquals(2_340_000, value(LegalParameter.BASE_SALARY, "2026-03-09"));
    assertEquals(5, parameters.history(LegalParameter.BASE_SALARY).size());
  }

  /** Regional minimum wages: each change, the day before and the day of. */
  @ParameterizedTest(name = "{0} {1}: {2} → {3}")
  @CsvSource({
      "REGIONAL_MINIMUM_WAGE_I,   2019-01-01, 3980000, 4180000",
      "REGIONAL_MINIMUM_WAGE_IV,  2019-01-01, 2760000, 2920000",
      "REGIONAL_MINIMUM_WAGE_II,  2020-01-01, 3710000, 3920000",
      "REGIONAL_MINIMUM_WAGE_III, 2022-07-01, 3430000, 3640000",
      "REGIONAL_MINIMUM_WAGE_I,   2024-07-01, 4680000, 4960000",
      "REGIONAL_MINIMUM_WAGE_IV,  2026-01-01, 3450000, 3700000"})
  void regionalMinimumWage_changes(String parameter, String date, long before, long from) {
    LegalParameter p = LegalParameter.valueOf(parameter);
    LocalDate day = LocalDate.parse(date);
    assertEquals(before, value(p, day.minusDays(1).toString()));
    assertEquals(from, value(p, date));
  }

  /** Luật TNBTCNN 2017 Điều 27.7 (22 days) and Điều 24.1.c (26 days), from 01/07/2018. */
  @Test
  void divisors_fixedByTheLawFromItsEffectiveDate() {
    ParameterValue d22 = parameters.value(LegalParameter.BASE_SALARY_DAY_DIVISOR,
        LocalDate.of(2018, 7, 1));
    assertEquals(22, d22.value().intValueExact());
    assertTrue(d22.note().contains("22 ngày"), d22.note());
    assertEquals(26, value(LegalParameter.REGIONAL_MINIMUM_WAGE_DAY_DIVISOR, "2030-01-01"));
    assertTrue(parameters.find(LegalParameter.BASE_SALARY_DAY_DIVISOR, LocalDate.of(2018, 6, 30))
        .isInvalid());
  }

  @Test
  void everyBundledValueIsConfirmed() {
    for (LegalParameter p : LegalParameter.values()) {
      assertFalse(parameters.history(p).isEmpty(), p.toString());
      for (ParameterValue v : parameters.history(p)) {
        assertEquals(ParameterStatus.CONFIRMED, v.status(), v.toString());
      }
    }
  }

  private static final String HEADER = "format 1\n"
      + "document ND99 Nghị định 99/2026/NĐ-CP (giả định, cho kiểm thử)\n"
      + "source S1 https://example.org/report\n";

  /** An unconfirmed value is returned, marked, by a lenient table and refused by a strict one. */
  @Test
  void strictMode_refusesUnconfirmedValues() {
    LegalParameters lenient = LegalParameters.builder()
        .file(HEADER + "BASE_SALARY 2026-07-01 2530000 UNCONFIRMED ND99,S1 proposed only\n",
            "proposal.txt")
        .build();
    ParameterValue v = lenient.value(LegalParameter.BASE_SALARY, LocalDate.of(2026, 7, 1));
    assertEquals(ParameterStatus.UNCONFIRMED, v.status());
    assertTrue(v.describe().english().contains("UNCONFIRMED"));
    LegalParameters strict = lenient.withStrict(true);
    assertTrue(strict.isStrict());
    ParameterException ex = assertThrows(ParameterException.class,
        () -> strict.value(LegalParameter.BASE_SALARY, LocalDate.of(2026, 7, 1)));
    assertEquals(MoneyProblem.Code.UNCONFIRMED_VALUE, ex.problems().get(0).code());
    // The confirmed value before it is still given.
    assertEquals(2_340_000, strict.value(LegalParameter.BASE_SALARY, LocalDate.of(2026, 6, 30))
        .value().longValueExact());
  }

  /** A malformed file yields no values and lists every problem with its line. */
  @Test
  void malformedFile_listsEveryProblemWithItsLine() {
    String text = "format 2\n"                                                  // 1
        + "document ND99 Nghị định 99/2026/NĐ-CP\n"                             // 2
        + "document ND99 again\n"                                               // 3
        + "source S1 https://example.org\n"                                     // 4
        + "BASE_SALARY 2026-07-01 2530000 CONFIRMED ND99\n"                     // 5 fine
        + "BASE_SALARY 2026-07-01 2600000 CONFIRMED ND99\n"                     // 6 duplicate date
        + "BASE_SALERY 2026-07-01 2530000 CONFIRMED ND99\n"                     // 7 unknown
        + "BASE_SALARY 2026-02-30 2530000 CONFIRMED ND99\n"                     // 8 bad date
        + "BASE_SALARY 2026-08-01 2.530.000 CONFIRMED ND99\n"                   // 9 bad value
        + "BASE_SALARY 2026-09-01 2530000 MAYBE ND99\n"                         // 10 bad status
        + "BASE_SALARY 2026-10-01 2530000 CONFIRMED ND98\n"                     // 11 undefined ref
        + "BASE_SALARY 2026-11-01 2530000 CONFIRMED S1\n"                       // 12 no document
        + "BASE_SALARY 2026-12-01\n";                                           // 13 too short
    ParameterException ex = assertThrows(ParameterException.class,
        () -> LegalParameters.builder().file(text, "bad.txt"));
    List<String> messages = ex.problems().stream().map(p -> p.message(Locale.ENGLISH))
        .collect(Collectors.toList());
    assertTrue(ex.problems().stream()
        .allMatch(p -> p.code() == MoneyProblem.Code.MALFORMED_PARAMETERS));
    for (int line : new int[] {1, 3, 6, 7, 8, 9, 10, 11, 12, 13}) {
      assertTrue(messages.stream().anyMatch(m -> m.startsWith("bad.txt, line " + line + ":")),
          "line " + line + " in " + messages);
    }
    assertEquals(10, messages.size(), messages.toString());
    assertTrue(ex.problems().get(0).message(Locale.forLanguageTag("vi")).contains("dòng 1"));
  }

  @Test
  void emptyFile_isAnError() {
    ParameterException ex = assertThrows(ParameterException.class,
        () -> LegalParameters.builder().file("# nothing\n", "empty.txt"));
    assertEquals(2, ex.problems().size(), ex.problems().toString()); // no format line, no values
  }

  /**
   * An integrator adds next year's base salary with a classpath file at
   * META-INF/boithuong/parameters/base-salary.txt, without forking the library; a value given in
   * code overrides it.
   */
  @Test
  void integratorExtension_classpathFileThenCode(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("META-INF/boithuong/parameters"));
    Files.writeString(folder.resolve("base-salary.txt"),
        HEADER + "BASE_SALARY 2026-07-01 2530000 CONFIRMED ND99,S1\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      LegalParameters extended = LegalParameters.builder().classpathExtensions(loader).build();
      assertEquals(2_340_000, extended.value(LegalParameter.BASE_SALARY, LocalDate.of(2026, 6, 30))
          .value().longValueExact());
      ParameterValue v = extended.value(LegalParameter.BASE_SALARY, LocalDate.of(2026, 7, 1));
      assertEquals(2_530_000, v.value().longValueExact());
      assertTrue(v.origin().endsWith("base-salary.txt"), v.origin());

      LegalParameters corrected = LegalParameters.builder().classpathExtensions(loader)
          .value(ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2026, 7, 1),
              new BigDecimal("2600000"), ParameterStatus.CONFIRMED, "Nghị định 99/2026/NĐ-CP",
              List.of(), "corrected"))
          .build();
      assertEquals(2_600_000, corrected.value(LegalParameter.BASE_SALARY,
          LocalDate.of(2026, 7, 1)).value().longValueExact());
    }
  }

  /** Two classpath files that disagree on a value are an error, never a silent choice. */
  @Test
  void integratorExtension_conflictingFilesAreAnError(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("META-INF/boithuong/parameters"));
    Files.writeString(folder.resolve("base-salary.txt"),
        HEADER + "BASE_SALARY 2026-07-01 2530000 CONFIRMED ND99,S1\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("parameters.txt"),
        HEADER + "BASE_SALARY 2026-07-01 2600000 CONFIRMED ND99,S1\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      ParameterException ex = assertThrows(ParameterException.class,
          () -> LegalParameters.builder().classpathExtensions(loader).build());
      assertTrue(ex.getMessage().contains("two different values of BASE_SALARY"), ex.getMessage());
    }
  }

  @Test
  void programmingErrors_nameTheArgument() {
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> parameters.find(null, LocalDate.of(2024, 1, 1)));
    assertEquals("parameter", npe.getMessage());
    IllegalArgumentException iae = assertThrows(IllegalArgumentException.class,
        () -> ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2026, 1, 1),
            new BigDecimal("-1"), ParameterStatus.CONFIRMED, "X", List.of(), ""));
    assertTrue(iae.getMessage().startsWith("value"), iae.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LegalParameters.builder()
        .value(ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2026, 1, 1),
            BigDecimal.ONE, ParameterStatus.CONFIRMED, "X", List.of(), ""))
        .value(ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2026, 1, 1),
            BigDecimal.TEN, ParameterStatus.CONFIRMED, "X", List.of(), "")));
  }
}
