package io.github.boithuong.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.calendar.CalendarDay;
import io.github.boithuong.core.calendar.DayKind;
import io.github.boithuong.core.calendar.HolidaySchedule;
import io.github.boithuong.core.calendar.ScheduleBasis;
import io.github.boithuong.core.calendar.ScheduleEntry;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.examples.CaseReport;
import io.github.boithuong.examples.json.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code boithuong calendar YEAR}: the year's days off, compensatory days and make-up Saturdays. */
@Command(name = "calendar", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The days off of a year for the civil service: holidays, compensatory days,"
        + " swapped days off and make-up Saturdays, each official or provisional, with its source"
        + " and provision.",
        "Lịch nghỉ của công chức trong năm: ngày lễ, tết, nghỉ bù, nghỉ hoán đổi, làm bù; chính"
            + " thức hay tạm tính, kèm nguồn và điều luật."})
final class CalendarCommand implements Callable<Integer> {

  @ParentCommand
  private BoithuongCli parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private OutputOptions output = new OutputOptions();

  @Parameters(index = "0", paramLabel = "YEAR",
      description = "A year from " + WorkingCalendar.MIN_YEAR + " to " + WorkingCalendar.MAX_YEAR + ".")
  private int year;

  @Override
  public Integer call() {
    if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
      throw new UserInputException(
          "năm " + year + " nằm ngoài phạm vi của lịch (" + WorkingCalendar.MIN_YEAR + "–"
              + WorkingCalendar.MAX_YEAR + ")",
          "the year " + year + " is outside the calendar's range (" + WorkingCalendar.MIN_YEAR
              + "–" + WorkingCalendar.MAX_YEAR + ")");
    }
    WorkingCalendar calendar = parent.calendar();
    HolidaySchedule schedule = calendar.schedule(year);
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (ScheduleEntry e : schedule.entries()) {
      dates.add(e.date());
    }
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = output.locale();
    boolean vi = "vi".equals(locale.getLanguage());
    if (output.json()) {
      ObjectNode root = JsonOutput.start("calendar");
      root.put("year", year);
      root.put("basis", schedule.basis().name());
      root.put("provisional", schedule.basis() == ScheduleBasis.PROVISIONAL);
      root.put("origin", schedule.origin());
      ArrayNode days = root.putArray("days");
      for (LocalDate d : dates) {
        CalendarDay day = calendar.day(d);
        ObjectNode n = days.addObject();
        n.put("date", d.toString());
        n.put("dayOfWeek", d.getDayOfWeek().name());
        n.put("kind", day.kind().name());
        n.put("workingDay", day.isWorkingDay());
        n.put("provisional", day.isProvisional());
        n.put("status", day.status().name());
        ArrayNode entries = n.putArray("entries");
        for (ScheduleEntry e : schedule.entries()) {
          if (e.date().equals(d)) {
            ObjectNode en = entries.addObject().put("kind", e.kind().name())
                .put("occasion", e.occasion().name()).put("status", e.status().name());
            ArrayNode sources = en.putArray("sources");
            e.sources().forEach(sources::add);
            if (!e.note().isEmpty()) {
              en.put("note", e.note());
            }
          }
        }
        n.set("citations", JsonOutput.citations(day.citations()));
        n.set("explanation", JsonOutput.text(day.explain().text()));
      }
      out.print(Json.pretty(root));
      out.flush();
      return BoithuongCli.EXIT_OK;
    }
    out.println((vi ? "Lịch nghỉ năm " : "Days off in ") + year + " — "
        + (schedule.basis() == ScheduleBasis.OFFICIAL
            ? (vi ? "CHÍNH THỨC" : "OFFICIAL") : (vi ? "TẠM TÍNH" : "PROVISIONAL"))
        + " (" + schedule.origin() + ")");
    if (schedule.basis() == ScheduleBasis.PROVISIONAL) {
      out.println(vi
          ? "Năm chưa có lịch nghỉ chính thức: ngày nghỉ suy ra từ Bộ luật Lao động và âm lịch;"
              + " ngày nghỉ hoán đổi, làm bù không thể suy ra."
          : "No official schedule yet: days off derived from the Labour Code and the lunar calendar;"
              + " swaps and make-up Saturdays cannot be derived.");
    }
    int off = 0;
    int makeUp = 0;
    for (LocalDate d : dates) {
      CalendarDay day = calendar.day(d);
      if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
        makeUp++;
      } else if (day.kind().isDayOff()) {
        off++;
      }
      String weekday = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
      out.println("  " + CaseReport.date(d, locale) + " " + weekday + "  " + day.kind().label(locale)
          + "  " + (day.isProvisional() ? (vi ? "tạm tính" : "provisional")
              : (vi ? "chính thức" : "official")));
      day.explain().render(locale).lines()
          .forEach(line -> out.println("      " + line.replaceFirst("^- ", "")));
    }
    out.println((vi ? "Tổng: " : "Total: ") + off + (vi ? " ngày nghỉ (lễ, tết, nghỉ bù, hoán đổi), "
        : " days off (holidays, compensatory, swapped), ") + makeUp
        + (vi ? " ngày làm bù." : " make-up working days."));
    out.flush();
    return BoithuongCli.EXIT_OK;
  }
}
