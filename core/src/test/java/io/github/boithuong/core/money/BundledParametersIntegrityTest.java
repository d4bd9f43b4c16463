package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Golden data integrity (issue 7.5) of the bundled {@code parameters.txt}: it parses, no parameter
 * has two values from one date, every parameter is covered from the day the Law on State
 * Compensation Liability 2017 took effect (01/07/2018, Điều 78), and every row names a source.
 *
 * <p>The rows are also read here without {@link ParameterParser}, so that a parser that dropped a
 * line could not hide it.
 */
class BundledParametersIntegrityTest {

  private static final LocalDate LAW_IN_FORCE = LocalDate.of(2018, 7, 1);

  @Test
  void parsesAndEveryRowBecomesOneValue() {
    String text = read();
    List<ParameterValue> values = ParameterParser.parse(text, "parameters.txt");
    assertEquals(rows(text).size(), values.size());
    assertEquals(values, ParameterResources.bundled());
  }

  @Test
  void noParameterHasTwoValuesFromOneDate() {
    Set<String> seen = new HashSet<>();
    for (String[] row : rows(read())) {
      assertTrue(seen.add(row[0] + " " + row[1]), "repeated: " + row[0] + " " + row[1]);
    }
  }

  @Test
  void everyParameterIsCoveredFromTheDayTheLawTookEffect() {
    Map<LegalParameter, TreeSet<LocalDate>> dates = new EnumMap<>(LegalParameter.class);
    for (ParameterValue v : ParameterResources.bundled()) {
      dates.computeIfAbsent(v.parameter(), p -> new TreeSet<>()).add(v.effectiveFrom());
      assertTrue(v.value().compareTo(BigDecimal.ZERO) > 0, v + ": not positive");
    }
    for (LegalParameter p : LegalParameter.values()) {
      assertTrue(dates.containsKey(p), p + " has no value");
      assertFalse(dates.get(p).first().isAfter(LAW_IN_FORCE), p + " starts after 01/07/2018");
    }
    LegalParameters parameters = LegalParameters.vietnam();
    for (LegalParameter p : LegalParameter.values()) {
      for (LocalDate d = LAW_IN_FORCE; d.getYear() <= 2026; d = d.plusMonths(1)) {
        assertTrue(parameters.find(p, d).isValid(), p + " on " + d);
      }
    }
  }

  @Test
  void theFourRegionsChangeOnTheSameDates() {
    Map<LegalParameter, Set<LocalDate>> dates = new EnumMap<>(LegalParameter.class);
    for (ParameterValue v : ParameterResources.bundled()) {
      dates.computeIfAbsent(v.parameter(), p -> new TreeSet<>()).add(v.effectiveFrom());
    }
    Set<LocalDate> regionI = dates.get(LegalParameter.REGIONAL_MINIMUM_WAGE_I);
    assertEquals(regionI, dates.get(LegalParameter.REGIONAL_MINIMUM_WAGE_II));
    assertEquals(regionI, dates.get(LegalParameter.REGIONAL_MINIMUM_WAGE_III));
    assertEquals(regionI, dates.get(LegalParameter.REGIONAL_MINIMUM_WAGE_IV));
  }

  @Test
  void everyRowNamesADocumentAndADefinedSource() {
    String text = read();
    Map<String, String> documents = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (line.startsWith("document ") || line.startsWith("source ")) {
        String[] parts = line.split("\\s+", 3);
        assertEquals(3, parts.length, line);
        assertFalse(parts[2].isBlank(), line);
        Map<String, String> target = line.startsWith("document ") ? documents : sources;
        assertEquals(null, target.put(parts[1], parts[2]), "defined twice: " + parts[1]);
      }
    }
    for (String[] row : rows(text)) {
      assertTrue(row.length >= 5, String.join(" ", row) + ": no references");
      boolean document = false;
      for (String ref : row[4].split(",")) {
        assertTrue(documents.containsKey(ref) || sources.containsKey(ref),
            row[0] + " " + row[1] + " cites undefined " + ref);
        document |= documents.containsKey(ref);
      }
      assertTrue(document, row[0] + " " + row[1] + " names no legal document");
    }
    for (ParameterValue v : ParameterResources.bundled()) {
      assertFalse(v.sources().isEmpty(), v + ": no source");
      assertFalse(v.document().isBlank(), v + ": no document");
    }
  }

  private static List<String[]> rows(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .filter(l -> !l.startsWith("format ") && !l.startsWith("document ")
            && !l.startsWith("source "))
        .map(l -> l.split("\\s+", 6))
        .toList();
  }

  private static String read() {
    try (InputStream in = LegalParameters.class.getResourceAsStream("parameters.txt")) {
      assertNotNull(in, "parameters.txt");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
