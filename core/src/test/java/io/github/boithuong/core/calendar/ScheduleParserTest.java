package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every error path of the schedule file format (docs/holiday-schedules.md), each with its exact
 * message and line number: an integrator who types next year's notice (the Government Office's
 * letter on the Tết and holiday schedule for civil servants) must learn of every mistake at once.
 */
class ScheduleParserTest {

  private static final String HEADER = "format 1\nyear 2027\nbasis OFFICIAL\n"
      + "document CV1 Công văn 1/VPCP-KGVX (test)\n";

  private static List<String> problems(String text) {
    return assertThrows(ScheduleFormatException.class, () -> HolidaySchedule.parse(text, "t.txt"))
        .problems();
  }

  @Test
  void headerLinesGivenTwiceOrMalformed() {
    assertEquals(
        List.of(
            "line 2: 'format' given twice",
            "line 4: 'year' given twice",
            "line 6: 'basis' given twice"),
        problems("format 1\nformat 1\nyear 2027\nyear 2027\nbasis OFFICIAL\nbasis OFFICIAL\n")
            .subList(0, 3));
    assertEquals(List.of("no entries"),
        problems("format 1\nformat 1\nyear 2027\nyear 2027\nbasis OFFICIAL\nbasis OFFICIAL\n")
            .subList(3, 4));
    assertEquals(
        List.of(
            "line 1: unsupported format '2' (this library reads format 1)",
            "line 2: year 'MMXXVII' is not a number",
            "line 3: basis 'FINAL' is not OFFICIAL or PROVISIONAL",
            "missing 'basis' line",
            "no entries"),
        problems("format 2\nyear MMXXVII\nbasis FINAL\n"));
    assertEquals(
        List.of("line 1: unsupported format '' (this library reads format 1)", "missing 'year' line",
            "missing 'basis' line", "no entries"),
        problems("format\n"));
  }

  @Test
  void referencesNeedAKeyAndATextAndAreDefinedOnce() {
    assertEquals(
        List.of(
            "line 5: document needs a key (letters, digits, - or _) and a text",
            "line 6: source needs a key (letters, digits, - or _) and a text",
            "line 7: reference key 'CV1' defined twice",
            "no entries"),
        problems(HEADER + "document CV2\nsource bad.key some text\nsource CV1 again\n"));
    assertEquals(
        List.of(
            "line 5: reference 'CV2' is not defined by a document or source line",
            "line 5: reference '' is not defined by a document or source line"),
        problems(HEADER + "2027-01-01 HOLIDAY NEW_YEAR CONFIRMED CV1,CV2,\n"));
  }

  @Test
  void rowsNeedFiveColumnsKnownValuesAndAScheduleKind() {
    assertEquals(
        List.of("line 5: an entry needs: date kind occasion status refs [note], but found"
            + " '2027-01-01 HOLIDAY NEW_YEAR CONFIRMED'"),
        problems(HEADER + "2027-01-01 HOLIDAY NEW_YEAR CONFIRMED\n"));
    assertEquals(
        List.of(
            "line 5: '1/1/2027' is not a date (yyyy-MM-dd)",
            "line 5: unknown occasion 'TET'",
            "line 6: kind WORKING_DAY is not a schedule entry",
            "line 7: kind WEEKLY_REST is not a schedule entry"),
        problems(HEADER
            + "1/1/2027 HOLIDAY TET CONFIRMED CV1\n"
            + "2027-01-04 WORKING_DAY NEW_YEAR CONFIRMED CV1\n"
            + "2027-01-03 WEEKLY_REST NEW_YEAR CONFIRMED CV1\n"));
  }

  @Test
  void validationRunsOnlyOnAWellFormedFile() {
    // Well formed: the statute checks speak (Labour Code 2019 Điều 112.1).
    assertEquals(
        List.of(
            "REUNIFICATION_DAY: expected one holiday on 2027-04-30, but found []",
            "INTERNATIONAL_LABOUR_DAY: expected one holiday on 2027-05-01, but found []",
            "LUNAR_NEW_YEAR: expected 5 consecutive holidays including the lunar new year"
                + " 2027-02-06, but found []",
            "HUNG_KINGS_COMMEMORATION: expected one holiday on 2027-04-16, but found []",
            "NATIONAL_DAY: expected 2/9 and the day before or after it, but found []"),
        problems(HEADER + "2027-01-01 HOLIDAY NEW_YEAR CONFIRMED CV1\n"));
    // A header without entries: nothing to validate.
    assertEquals(List.of("no entries"), problems(HEADER));
  }

  @Test
  void byteOrderMarkCrLfCommentsAndNotesAreAccepted() {
    String windows = ("\uFEFFformat 1\n" + HolidayScheduleTest.VALID_2027.substring(
        HolidayScheduleTest.VALID_2027.indexOf("year 2027")))
        .replace("CONFIRMED CV1 test swap", "CONFIRMED CV1   a  note with  spaces  ")
        .replace("\n", "\r\n");
    HolidaySchedule schedule = HolidaySchedule.parse(windows, "windows.txt");
    assertEquals(16, schedule.entries().size());
    assertEquals("windows.txt", schedule.origin());
    ScheduleEntry swap = schedule.entries().stream()
        .filter(e -> e.date().equals(LocalDate.of(2027, 2, 11))).findFirst().orElseThrow();
    assertEquals("a  note with  spaces", swap.note());
    assertEquals("", schedule.entries().get(0).note());
    // A byte order mark is only one on the first line.
    assertEquals(
        List.of("missing 'format 1' line", "line 2: an entry needs: date kind occasion status refs [note], but found"
            + " '\uFEFFformat 1'"),
        problems("\n\uFEFFformat 1\n" + HolidayScheduleTest.VALID_2027.substring(
            HolidayScheduleTest.VALID_2027.indexOf("year 2027")).replace("format 1\n", "")));
  }

  @Test
  void theExceptionListsEveryProblemWithItsOrigin() {
    ScheduleFormatException ex =
        assertThrows(ScheduleFormatException.class, () -> HolidaySchedule.parse("", "empty.txt"));
    assertEquals("empty.txt", ex.origin());
    assertEquals(
        "Invalid holiday schedule empty.txt (4 problems):\n  missing 'format 1' line\n"
            + "  missing 'year' line\n  missing 'basis' line\n  no entries",
        ex.getMessage());
  }
}
