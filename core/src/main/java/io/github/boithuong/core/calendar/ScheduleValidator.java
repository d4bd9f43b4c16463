package io.github.boithuong.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Checks a year's schedule against itself and against the statutes; lists every problem. */
final class ScheduleValidator {

  private ScheduleValidator() {}

  static List<String> validate(int year, List<ScheduleEntry> entries) {
    List<String> problems = new ArrayList<>();
    if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
      problems.add(
          "year "
              + year
              + " is outside the supported years "
              + WorkingCalendar.MIN_YEAR
              + "–"
              + WorkingCalendar.MAX_YEAR);
      return problems;
    }
    Map<LocalDate, ScheduleEntry> byDate = new HashMap<>();
    Map<Occasion, List<LocalDate>> holidays = new EnumMap<>(Occasion.class);
    Map<Occasion, Integer> weekendHolidays = new EnumMap<>(Occasion.class);
    Map<Occasion, Integer> compensatory = new EnumMap<>(Occasion.class);
    for (ScheduleEntry e : entries) {
      LocalDate date = e.date();
      if (date.getYear() != year) {
        problems.add(e + ": date is not in " + year);
        continue;
      }
      ScheduleEntry previous = byDate.putIfAbsent(date, e);
      if (previous != null
          && !(previous.kind() == DayKind.HOLIDAY
              && e.kind() == DayKind.HOLIDAY
              && previous.occasion() != e.occasion())) {
        problems.add(e + ": contradicts or repeats " + previous);
      }
      if (e.sources().isEmpty() && e.status() != EntryStatus.DERIVED) {
        problems.add(e + ": names no source");
      }
      boolean weekend = StatutoryHolidays.isWeekend(date);
      switch (e.kind()) {
        case MAKE_UP_WORKING_DAY -> {
          if (!weekend) {
            problems.add(e + ": a make-up working day must be a Saturday or Sunday");
          }
        }
        case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> {
          if (weekend) {
            problems.add(e + ": a " + e.kind() + " must be a weekday");
          }
          if (e.kind() == DayKind.COMPENSATORY_DAY_OFF) {
            compensatory.merge(e.occasion(), 1, Integer::sum);
          }
        }
        case HOLIDAY -> {
          holidays.computeIfAbsent(e.occasion(), o -> new ArrayList<>()).add(date);
          if (weekend) {
            weekendHolidays.merge(e.occasion(), 1, Integer::sum);
          }
        }
        default -> {
          problems.add(e + ": not a schedule kind");
        }
      }
    }
    checkStatutoryHolidays(year, holidays, problems);
    for (Occasion o : Occasion.values()) {
      int expected = weekendHolidays.getOrDefault(o, 0);
      int actual = compensatory.getOrDefault(o, 0);
      if (expected != actual) {
        problems.add(
            o
                + ": "
                + expected
                + " holiday(s) fall on a weekend but "
                + actual
                + " compensatory day(s) are listed (Labour Code 2019 Điều 111.3)");
      }
    }
    return problems;
  }

  private static void checkStatutoryHolidays(
      int year, Map<Occasion, List<LocalDate>> holidays, List<String> problems) {
    expectFixed(holidays, Occasion.NEW_YEAR, LocalDate.of(year, 1, 1), problems);
    expectFixed(holidays, Occasion.REUNIFICATION_DAY, LocalDate.of(year, 4, 30), problems);
    expectFixed(holidays, Occasion.INTERNATIONAL_LABOUR_DAY, LocalDate.of(year, 5, 1), problems);
    LocalDate tet;
    LocalDate hungKings;
    try {
      tet = StatutoryHolidays.lunarNewYear(year);
      hungKings = StatutoryHolidays.hungKings(year);
    } catch (DateTimeException ex) {
      problems.add("lunar calendar unavailable for " + year + ": " + ex.getMessage());
      return;
    }
    // Tết: the statutory number of consecutive days, including the first day of the lunar year.
    TreeSet<LocalDate> tetDays = new TreeSet<>(holidays.getOrDefault(Occasion.LUNAR_NEW_YEAR, List.of()));
    int tetExpected = StatutoryHolidays.lunarNewYearDays(tet);
    if (tetDays.size() != tetExpected
        || !tetDays.contains(tet)
        || !tetDays.last().equals(tetDays.first().plusDays(tetExpected - 1L))) {
      problems.add(
          "LUNAR_NEW_YEAR: expected "
              + tetExpected
              + " consecutive holidays including the lunar new year "
              + tet
              + ", but found "
              + tetDays);
    }
    if (StatutoryHolidays.hasHungKings(year)) {
      expectFixed(holidays, Occasion.HUNG_KINGS_COMMEMORATION, hungKings, problems);
    } else if (holidays.containsKey(Occasion.HUNG_KINGS_COMMEMORATION)) {
      problems.add("HUNG_KINGS_COMMEMORATION: not a holiday before 2007 (Law 84/2007/QH11)");
    }
    LocalDate second = LocalDate.of(year, 9, 2);
    TreeSet<LocalDate> national = new TreeSet<>(holidays.getOrDefault(Occasion.NATIONAL_DAY, List.of()));
    boolean nationalOk;
    if (StatutoryHolidays.nationalDayDays(year) == 1) {
      nationalOk = national.size() == 1 && national.contains(second);
    } else {
      nationalOk =
          national.size() == 2
              && national.contains(second)
              && (national.contains(second.minusDays(1)) || national.contains(second.plusDays(1)));
    }
    if (!nationalOk) {
      problems.add(
          "NATIONAL_DAY: expected "
              + (StatutoryHolidays.nationalDayDays(year) == 1
                  ? "2/9 only"
                  : "2/9 and the day before or after it")
              + ", but found "
              + national);
    }
    List<LocalDate> culture = holidays.getOrDefault(Occasion.VIETNAM_CULTURE_DAY, List.of());
    if (!culture.isEmpty() && !culture.equals(List.of(LocalDate.of(year, 11, 24)))) {
      problems.add("VIETNAM_CULTURE_DAY: must be 24/11 only, but found " + culture);
    }
  }

  private static void expectFixed(
      Map<Occasion, List<LocalDate>> holidays,
      Occasion occasion,
      LocalDate expected,
      List<String> problems) {
    List<LocalDate> found = holidays.getOrDefault(occasion, List.of());
    if (!found.equals(List.of(expected))) {
      problems.add(occasion + ": expected one holiday on " + expected + ", but found " + found);
    }
  }
}
