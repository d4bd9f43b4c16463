package io.github.boithuong.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the boithuong holiday schedule format, version 1 ({@code docs/holiday-schedules.md}).
 *
 * <pre>
 * format 1
 * year 2024
 * basis OFFICIAL
 * document CV8662 Công văn 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ
 * source Y24a https://example.org/report
 * # date     kind            occasion        status     refs         note
 * 2024-02-13 COMPENSATORY_DAY_OFF LUNAR_NEW_YEAR CONFIRMED CV8662,Y24a 10/02 fell on Saturday
 * </pre>
 */
final class ScheduleParser {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ScheduleParser() {}

  static HolidaySchedule parse(String text, String origin) {
    List<String> problems = new ArrayList<>();
    Map<String, String> references = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    Integer format = null;
    Integer year = null;
    ScheduleBasis basis = null;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = WHITESPACE.split(line, 2);
      String keyword = parts[0];
      String rest = parts.length > 1 ? parts[1].strip() : "";
      switch (keyword) {
        case "format" -> {
          if (format != null) {
            problems.add(at(lineNo, "'format' given twice"));
          } else if (!"1".equals(rest)) {
            problems.add(at(lineNo, "unsupported format '" + rest + "' (this library reads format 1)"));
            format = -1;
          } else {
            format = 1;
          }
        }
        case "year" -> {
          if (year != null) {
            problems.add(at(lineNo, "'year' given twice"));
          } else {
            try {
              year = Integer.parseInt(rest);
            } catch (NumberFormatException ex) {
              problems.add(at(lineNo, "year '" + rest + "' is not a number"));
              year = -1;
            }
          }
        }
        case "basis" -> {
          if (basis != null) {
            problems.add(at(lineNo, "'basis' given twice"));
          } else {
            try {
              basis = ScheduleBasis.valueOf(rest);
            } catch (IllegalArgumentException ex) {
              problems.add(at(lineNo, "basis '" + rest + "' is not OFFICIAL or PROVISIONAL"));
            }
          }
        }
        case "document", "source" -> {
          String[] kv = WHITESPACE.split(rest, 2);
          if (kv.length < 2 || !KEY.matcher(kv[0]).matches()) {
            problems.add(at(lineNo, keyword + " needs a key (letters, digits, - or _) and a text"));
          } else if (references.put(kv[0], kv[1].strip()) != null) {
            problems.add(at(lineNo, "reference key '" + kv[0] + "' defined twice"));
          }
        }
        default -> {
          rows.add(WHITESPACE.split(line, 6));
          rowLines.add(lineNo);
        }
      }
    }
    if (format == null) {
      problems.add("missing 'format 1' line");
    }
    if (year == null) {
      problems.add("missing 'year' line");
    }
    if (basis == null) {
      problems.add("missing 'basis' line");
    }
    List<ScheduleEntry> entries = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      ScheduleEntry entry = parseRow(rows.get(r), rowLines.get(r), references, problems);
      if (entry != null) {
        entries.add(entry);
      }
    }
    if (entries.isEmpty() && rows.isEmpty()) {
      problems.add("no entries");
    }
    if (problems.isEmpty()) {
      problems.addAll(ScheduleValidator.validate(year, entries));
    }
    if (!problems.isEmpty()) {
      throw new ScheduleFormatException(origin, problems);
    }
    return new HolidaySchedule(year, basis, entries, origin);
  }

  private static ScheduleEntry parseRow(
      String[] cols, int lineNo, Map<String, String> references, List<String> problems) {
    if (cols.length < 5) {
      problems.add(
          at(lineNo, "an entry needs: date kind occasion status refs [note], but found '"
              + String.join(" ", cols) + "'"));
      return null;
    }
    int before = problems.size();
    LocalDate date = null;
    try {
      date = LocalDate.parse(cols[0]);
    } catch (DateTimeParseException ex) {
      problems.add(at(lineNo, "'" + cols[0] + "' is not a date (yyyy-MM-dd)"));
    }
    DayKind kind = enumValue(DayKind.class, cols[1], lineNo, "kind", problems);
    if (kind == DayKind.WORKING_DAY || kind == DayKind.WEEKLY_REST) {
      problems.add(at(lineNo, "kind " + kind + " is not a schedule entry"));
    }
    Occasion occasion = enumValue(Occasion.class, cols[2], lineNo, "occasion", problems);
    EntryStatus status = enumValue(EntryStatus.class, cols[3], lineNo, "status", problems);
    List<String> sources = new ArrayList<>();
    for (String ref : cols[4].split(",", -1)) {
      String text = references.get(ref);
      if (text == null) {
        problems.add(at(lineNo, "reference '" + ref + "' is not defined by a document or source line"));
      } else {
        sources.add(text);
      }
    }
    String note = cols.length > 5 ? cols[5].strip() : "";
    if (problems.size() > before) {
      return null;
    }
    return ScheduleEntry.of(date, kind, occasion, status, sources, note);
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, int lineNo, String what, List<String> problems) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException ex) {
      problems.add(at(lineNo, "unknown " + what + " '" + value + "'"));
      return null;
    }
  }

  private static String at(int lineNo, String message) {
    return "line " + lineNo + ": " + message;
  }
}
