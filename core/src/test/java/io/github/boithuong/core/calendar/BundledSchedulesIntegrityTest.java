package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden data integrity (issue 7.5): every bundled holiday file parses, has no duplicate or
 * contradictory date, covers its year completely and names a source for every entry.
 *
 * <p>The checks read the raw files themselves, independently of {@link ScheduleParser}, so that a
 * parser that silently dropped a line could not hide a broken file.
 */
class BundledSchedulesIntegrityTest {

  private static final Pattern FILE_NAME = Pattern.compile("vn-(\\d{4})\\.txt");
  private static final Pattern ROW =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(\\S+))?.*");

  @Test
  void indexListsExactlyTheFilesInTheFolderAndTheYearsAreContiguous() throws Exception {
    List<String> listed = indexEntries();
    Set<String> inFolder = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder())) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && !n.equals("index.txt"))
          .forEach(inFolder::add);
    }
    assertEquals(inFolder, new TreeSet<>(listed), "index.txt against the folder");
    assertEquals(listed.size(), new HashSet<>(listed).size(), "index.txt repeats a file");
    List<Integer> years = new ArrayList<>();
    for (String name : listed) {
      Matcher m = FILE_NAME.matcher(name);
      assertTrue(m.matches(), name + " is not named vn-YYYY.txt");
      years.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(2018, years.get(0), "the law is in force from 01/07/2018");
    for (int i = 1; i < years.size(); i++) {
      assertEquals(years.get(i - 1) + 1, years.get(i), "a year is missing after " + years.get(i - 1));
    }
    assertTrue(years.get(years.size() - 1) >= 2026, "official data up to 2026 at least");
  }

  @Test
  void everyFileParsesValidatesAndMatchesItsName() {
    for (String name : indexEntries()) {
      String text = read(name);
      HolidaySchedule schedule = HolidaySchedule.parse(text, name);
      Matcher m = FILE_NAME.matcher(name);
      assertTrue(m.matches());
      assertEquals(Integer.parseInt(m.group(1)), schedule.year(), name + ": year line");
      assertEquals(ScheduleBasis.OFFICIAL, schedule.basis(), name + ": basis");
      assertEquals(List.of(), ScheduleValidator.validate(schedule.year(), schedule.entries()), name);
      long rows = text.lines().filter(l -> ROW.matcher(l.strip()).matches()).count();
      assertEquals(rows, schedule.entries().size(), name + ": every row becomes one entry");
    }
  }

  @Test
  void noDateIsRepeatedOrContradicted() {
    for (String name : indexEntries()) {
      Map<LocalDate, String> kinds = new HashMap<>();
      for (String line : read(name).lines().toList()) {
        Matcher m = ROW.matcher(line.strip());
        if (!m.matches()) {
          continue;
        }
        LocalDate date = LocalDate.parse(m.group(1));
        String previous = kinds.put(date, m.group(2) + " " + m.group(3));
        assertEquals(null, previous, name + ": " + date + " appears twice");
      }
    }
  }

  @Test
  void everyEntryNamesADefinedSourceWithText() {
    for (String name : indexEntries()) {
      String text = read(name);
      Map<String, String> refs = new HashMap<>();
      for (String line : text.lines().toList()) {
        String s = line.strip();
        if (s.startsWith("document ") || s.startsWith("source ")) {
          String[] parts = s.split("\\s+", 3);
          assertEquals(3, parts.length, name + ": " + s);
          assertFalse(parts[2].isBlank(), name + ": empty text for " + parts[1]);
          assertNull(refs.put(parts[1], parts[2]), name + ": reference " + parts[1] + " twice");
        }
      }
      for (String line : text.lines().toList()) {
        Matcher m = ROW.matcher(line.strip());
        if (!m.matches()) {
          continue;
        }
        String refList = m.group(5);
        assertNotNull(refList, name + ": " + m.group(1) + " names no source");
        for (String ref : refList.split(",")) {
          assertTrue(refs.containsKey(ref), name + ": " + m.group(1) + " cites undefined " + ref);
        }
      }
      for (ScheduleEntry e : HolidaySchedule.parse(text, name).entries()) {
        assertFalse(e.sources().isEmpty(), name + ": " + e.date() + " has no source");
      }
    }
  }

  /** Every day of every bundled year is answered from official data, never from the derivation. */
  @Test
  void everyDayOfEveryBundledYearIsOfficial() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    for (String name : indexEntries()) {
      Matcher m = FILE_NAME.matcher(name);
      assertTrue(m.matches());
      int year = Integer.parseInt(m.group(1));
      assertEquals(ScheduleBasis.OFFICIAL, calendar.basis(year), name);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        CalendarDay day = calendar.day(d);
        assertEquals(ScheduleBasis.OFFICIAL, day.basis(), d.toString());
        assertFalse(day.isProvisional(), d.toString());
      }
    }
  }

  private static void assertNull(Object value, String message) {
    assertEquals(null, value, message);
  }

  private static List<String> indexEntries() {
    return read("index.txt").lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static Path folder() throws URISyntaxException {
    URL url = WorkingCalendar.class.getResource("holidays/index.txt");
    assertNotNull(url, "holidays/index.txt");
    return Path.of(url.toURI()).getParent();
  }

  private static String read(String name) {
    try (InputStream in = WorkingCalendar.class.getResourceAsStream("holidays/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
