package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parameter file format (docs/parameters.md, format 1): its edge cases, line by line. */
class ParameterParserEdgeCasesTest {

  private static List<String> errors(String text) {
    ParameterException ex = assertThrows(ParameterException.class,
        () -> ParameterParser.parse(text, "test.txt"));
    return ex.problems().stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.toList());
  }

  @Test
  void byteOrderMark_onTheFirstLineOnly() {
    List<ParameterValue> values = ParameterParser.parse(
        "\uFEFFformat 1\ndocument D Nghị định 73/2024/NĐ-CP\n"
            + "BASE_SALARY 2024-07-01 2340000 CONFIRMED D\n", "test.txt");
    assertEquals(1, values.size());
    assertEquals(LocalDate.of(2024, 7, 1), values.get(0).effectiveFrom());
    assertEquals("Nghị định 73/2024/NĐ-CP", values.get(0).document());
    assertEquals("test.txt", values.get(0).origin());
    assertEquals("", values.get(0).note());
    // a mark on the second line is not a mark: the line is an unknown parameter row
    List<String> errors = errors("format 1\n\uFEFFdocument D Doc\n"
        + "BASE_SALARY 2024-07-01 2340000 CONFIRMED D\n");
    assertEquals(true, errors.stream().anyMatch(e -> e.startsWith("test.txt, line 2: ")),
        errors.toString());
  }

  @Test
  void severalDocumentsAreJoined_andSourcesKept() {
    List<ParameterValue> values = ParameterParser.parse(
        "format 1\ndocument A Văn bản A\ndocument B Văn bản B\nsource S https://example.org/s\n"
            + "BASE_SALARY 2024-07-01 2340000 UNCONFIRMED A,S,B ghi chú cuối dòng\n", "test.txt");
    ParameterValue v = values.get(0);
    assertEquals("Văn bản A; Văn bản B", v.document());
    assertEquals(List.of("https://example.org/s"), v.sources());
    assertEquals(ParameterStatus.UNCONFIRMED, v.status());
    assertEquals("ghi chú cuối dòng", v.note());
  }

  @Test
  void formatLine_withoutVersionOrTwice() {
    assertEquals("test.txt, line 1: unsupported format '' (this library reads format 1)",
        errors("format\ndocument D Doc\nBASE_SALARY 2024-07-01 1 CONFIRMED D\n").get(0));
    assertEquals("test.txt, line 2: 'format' given twice",
        errors("format 1\nformat 1\ndocument D Doc\nBASE_SALARY 2024-07-01 1 CONFIRMED D\n")
            .get(0));
    assertEquals(List.of("test.txt: missing 'format 1' line"),
        errors("document D Doc\nBASE_SALARY 2024-07-01 1 CONFIRMED D\n"));
    assertEquals(List.of("test.txt: no values"), errors("format 1\n# nothing\n\n"));
  }

  @Test
  void referencesMustBeDefinedOnce() {
    assertEquals("test.txt, line 2: document needs a key (letters, digits, - or _) and a text",
        errors("format 1\ndocument D\nBASE_SALARY 2024-07-01 1 CONFIRMED X\n").get(0));
    assertEquals("test.txt, line 3: reference key 'D' defined twice",
        errors("format 1\ndocument D Doc\nsource D Src\nBASE_SALARY 2024-07-01 1 CONFIRMED D\n")
            .get(0));
    assertEquals(List.of("test.txt, line 3: a value must refer to at least one document line"),
        errors("format 1\nsource S Src\nBASE_SALARY 2024-07-01 1 CONFIRMED S\n"));
    assertEquals(List.of("test.txt, line 4: BASE_SALARY has two values from 2024-07-01"),
        errors("format 1\ndocument D Doc\nBASE_SALARY 2024-07-01 1 CONFIRMED D\n"
            + "BASE_SALARY 2024-07-01 2 CONFIRMED D\n"));
  }
}
