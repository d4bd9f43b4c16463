package io.github.boithuong.examples;

import io.github.boithuong.core.calendar.WorkingCalendar;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main example: the scenarios of the implementation plans, each printed as a report — the
 * case, its timetable with due dates, what is overdue on the chosen date, and every rule's verdict
 * with its provisions — in Vietnamese, or in English with {@code --en}.
 *
 * <ul>
 *   <li>{@code 1} (the default): a ward People's Committee of Quảng Ngãi (2024) negotiates without
 *       the Sở Tư pháp — the finding, the claimant's option of Điều 48.3.b, the funding review;
 *   <li>{@code 2}: a department of Bình Dương (2023), complete and on time;
 *   <li>{@code 3}: a criminal-procedure case with the procuracy, and the recourse against the
 *       official;
 *   <li>{@code 4}: a claimant who refuses the decision, and a suspension that ends in termination;
 *   <li>{@code all}: the four; {@code deadlines}: the {@link DeadlinesExample}.
 * </ul>
 *
 * <p>Run with {@code mvn -B -ntp -pl examples -am verify exec:java}; add for instance {@code
 * -Dexec.args="3 --en"}. The same cases are in {@code examples/cases/}, for the command-line tool.
 */
public final class Scenarios {

  private Scenarios() {}

  /**
   * Prints the chosen scenarios.
   *
   * @param args {@code 1}, {@code 2}, {@code 3}, {@code 4}, {@code all} or {@code deadlines}
   *     (default {@code 1}), and {@code --en} for English
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int code = run(args, out);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Prints the chosen scenarios to a stream.
   *
   * @param args as for {@link #main(String[])}, not null
   * @param out where to print, not null
   * @return 0, or 2 if an argument is not understood
   */
  public static int run(String[] args, PrintStream out) {
    boolean english = false;
    List<String> chosen = new ArrayList<>();
    for (String a : args) {
      if ("--en".equals(a)) {
        english = true;
      } else if (List.of("1", "2", "3", "4", "all", "deadlines").contains(a)) {
        chosen.add(a);
      } else {
        out.println("Usage: Scenarios [1|2|3|4|all|deadlines] [--en]   (unknown argument: " + a + ")");
        return 2;
      }
    }
    if (chosen.isEmpty()) {
      chosen.add("1");
    }
    Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    List<Scenario> scenarios = new ArrayList<>();
    for (String c : chosen) {
      switch (c) {
        case "1" -> scenarios.add(ScenarioCases.quangNgaiWard());
        case "2" -> scenarios.add(ScenarioCases.binhDuongDepartment());
        case "3" -> scenarios.add(ScenarioCases.criminalProcedureWithRecourse());
        case "4" -> {
          scenarios.add(ScenarioCases.refusedDecision());
          scenarios.add(ScenarioCases.suspensionThenTermination());
        }
        case "all" -> scenarios.addAll(ScenarioCases.all());
        default -> DeadlinesExample.main(english ? new String[] {"--en"} : new String[0]);
      }
    }
    boolean first = true;
    for (Scenario s : scenarios) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(s.title().in(locale));
      out.println(s.story().in(locale));
      out.println((english ? "Case file: examples/cases/" : "Tệp vụ việc: examples/cases/") + s.file());
      out.println();
      out.println(CaseReport.of(s.claim(), s.asOf(), calendar).render(locale));
    }
    return 0;
  }
}
