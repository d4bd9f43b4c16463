package io.github.boithuong.core.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the boithuong parameter format, version 1 ({@code docs/parameters.md}), reporting every
 * problem with its line.
 *
 * <pre>
 * format 1
 * document ND73 Nghị định 73/2024/NĐ-CP ngày 30/06/2024 của Chính phủ
 * source   B7  https://example.org/report
 * # parameter  effective   value    status     refs    note (rest of the line)
 * BASE_SALARY  2024-07-01  2340000  CONFIRMED  ND73,B7 Điều 3 khoản 2
 * </pre>
 */
final class ParameterParser {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private ParameterParser() {}

  static List<ParameterValue> parse(String text, String origin) {
    List<MoneyProblem> problems = new ArrayList<>();
    Map<String, String> documents = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    boolean format = false;
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
          if (format) {
            problems.add(at(origin, lineNo, "dòng 'format' xuất hiện hai lần", "'format' given twice"));
          } else if (!"1".equals(rest)) {
            problems.add(at(origin, lineNo,
                "định dạng '" + rest + "' không được hỗ trợ (thư viện đọc định dạng 1)",
                "unsupported format '" + rest + "' (this library reads format 1)"));
          }
          format = true;
        }
        case "document", "source" -> {
          String[] kv = WHITESPACE.split(rest, 2);
          if (kv.length < 2 || !KEY.matcher(kv[0]).matches()) {
            problems.add(at(origin, lineNo,
                "'" + keyword + "' cần một khóa (chữ, số, - hoặc _) và một nội dung",
                keyword + " needs a key (letters, digits, - or _) and a text"));
          } else if (documents.containsKey(kv[0]) || sources.containsKey(kv[0])) {
            problems.add(at(origin, lineNo, "khóa '" + kv[0] + "' được định nghĩa hai lần",
                "reference key '" + kv[0] + "' defined twice"));
          } else {
            ("document".equals(keyword) ? documents : sources).put(kv[0], kv[1].strip());
          }
        }
        default -> {
          rows.add(WHITESPACE.split(line, 6));
          rowLines.add(lineNo);
        }
      }
    }
    if (!format) {
      problems.add(MoneyProblem.of(MoneyProblem.Code.MALFORMED_PARAMETERS,
          origin + ": thiếu dòng 'format 1'", origin + ": missing 'format 1' line"));
    }
    List<ParameterValue> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      ParameterValue value =
          parseRow(rows.get(r), rowLines.get(r), origin, documents, sources, problems);
      if (value != null
          && !seen.add(value.parameter() + " " + value.effectiveFrom())) {
        problems.add(at(origin, rowLines.get(r),
            value.parameter() + " có hai giá trị từ ngày " + value.effectiveFrom(),
            value.parameter() + " has two values from " + value.effectiveFrom()));
      } else if (value != null) {
        values.add(value);
      }
    }
    if (rows.isEmpty()) {
      problems.add(MoneyProblem.of(MoneyProblem.Code.MALFORMED_PARAMETERS,
          origin + ": không có giá trị nào", origin + ": no values"));
    }
    if (!problems.isEmpty()) {
      throw new ParameterException(problems);
    }
    return values;
  }

  private static ParameterValue parseRow(String[] cols, int lineNo, String origin,
      Map<String, String> documents, Map<String, String> sources, List<MoneyProblem> problems) {
    if (cols.length < 5) {
      problems.add(at(origin, lineNo,
          "một giá trị cần: tham số ngày-hiệu-lực giá-trị trạng-thái tham-chiếu [ghi chú], nhưng có '"
              + String.join(" ", cols) + "'",
          "a value needs: parameter effective-date value status refs [note], but found '"
              + String.join(" ", cols) + "'"));
      return null;
    }
    int before = problems.size();
    LegalParameter parameter = null;
    try {
      parameter = LegalParameter.valueOf(cols[0]);
    } catch (IllegalArgumentException ex) {
      problems.add(at(origin, lineNo, "tham số không xác định '" + cols[0] + "'",
          "unknown parameter '" + cols[0] + "'"));
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(cols[1]);
    } catch (DateTimeParseException ex) {
      problems.add(at(origin, lineNo, "'" + cols[1] + "' không phải là ngày (yyyy-MM-dd)",
          "'" + cols[1] + "' is not a date (yyyy-MM-dd)"));
    }
    BigDecimal value = null;
    if (!DIGITS.matcher(cols[2]).matches() || new BigDecimal(cols[2]).signum() == 0) {
      problems.add(at(origin, lineNo,
          "giá trị '" + cols[2] + "' không phải là số nguyên dương (chỉ gồm chữ số)",
          "value '" + cols[2] + "' is not a positive whole number (digits only)"));
    } else {
      value = new BigDecimal(cols[2]);
    }
    ParameterStatus status = null;
    try {
      status = ParameterStatus.valueOf(cols[3]);
    } catch (IllegalArgumentException ex) {
      problems.add(at(origin, lineNo,
          "trạng thái '" + cols[3] + "' không phải CONFIRMED hoặc UNCONFIRMED",
          "status '" + cols[3] + "' is not CONFIRMED or UNCONFIRMED"));
    }
    String document = null;
    List<String> refs = new ArrayList<>();
    for (String ref : cols[4].split(",", -1)) {
      if (documents.containsKey(ref)) {
        document = document == null ? documents.get(ref) : document + "; " + documents.get(ref);
      } else if (sources.containsKey(ref)) {
        refs.add(sources.get(ref));
      } else {
        problems.add(at(origin, lineNo,
            "tham chiếu '" + ref + "' chưa được định nghĩa bằng dòng document hoặc source",
            "reference '" + ref + "' is not defined by a document or source line"));
      }
    }
    if (document == null && problems.size() == before) {
      problems.add(at(origin, lineNo,
          "giá trị phải dẫn chiếu ít nhất một văn bản (dòng document)",
          "a value must refer to at least one document line"));
    }
    if (problems.size() > before) {
      return null;
    }
    String note = cols.length > 5 ? cols[5].strip() : "";
    return ParameterValue.create(parameter, date, value, status, document, refs, note, origin);
  }

  private static MoneyProblem at(String origin, int lineNo, String vietnamese, String english) {
    return MoneyProblem.of(MoneyProblem.Code.MALFORMED_PARAMETERS,
        origin + ", dòng " + lineNo + ": " + vietnamese,
        origin + ", line " + lineNo + ": " + english);
  }
}
