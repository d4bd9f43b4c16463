package io.github.boithuong.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Vietnam's working-day calendar for the civil service (công chức, viên chức): the days on which
 * state agencies work, and therefore the days counted by a period of "ngày làm việc".
 *
 * <p>A day is off if it is a Saturday or Sunday (Quyết định 188/1999/QĐ-TTg), a public holiday of
 * the Labour Code (2019: Điều 112; 2012: Điều 115; 1994: Điều 73), a compensatory day for a
 * holiday on the weekly rest day (Labour Code 2019 Điều 111.3), or a weekday swapped against a
 * make-up Saturday by the Prime Minister's decision. A make-up Saturday is a working day unless
 * {@link CalendarOptions#makeUpSaturdayIsWorkingDay()} says otherwise.
 *
 * <p>For 2018–2026 the days come from the official schedules shipped as resource files (see
 * {@link HolidaySchedule}); for the other supported years ({@value #MIN_YEAR}–{@value #MAX_YEAR})
 * they are derived from the statutes and the lunar calendar and every answer for them is
 * <em>provisional</em> ({@link #basis(int)}, {@link CalendarDay#isProvisional()}). A strict
 * calendar refuses provisional years.
 *
 * <pre>
 *   WorkingCalendar calendar = WorkingCalendar.vietnam();
 *   calendar.isWorkingDay(LocalDate.of(2024, 2, 13));           // false: Tết, compensatory day
 *   calendar.plusWorkingDays(LocalDate.of(2024, 2, 7), 3);      // 2024-02-19
 *   calendar.day(LocalDate.of(2024, 2, 13)).explain().render(Locale.ENGLISH);
 * </pre>
 *
 * <p>Every query costs O(1): the calendar holds a precomputed index of the working days of its
 * whole range, built once when the calendar is created (a few milliseconds). Build one calendar
 * and share it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar {

  /** The first year the calendar covers: the civil service's five-day week is in force. */
  public static final int MIN_YEAR = 2000;
  /** The last year the calendar covers. */
  public static final int MAX_YEAR = 2199;

  private static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);
  private static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
  private static final int DAYS = (int) (MAX_DATE.toEpochDay() - MIN_EPOCH_DAY + 1);
  private static final DayKind[] KINDS = DayKind.values();

  private final CalendarOptions options;
  /** The official (and integrator-supplied) schedules by year. */
  private final Map<Integer, HolidaySchedule> schedules;
  /** The entries of every special day of the range, official or derived. */
  private final NavigableMap<LocalDate, List<ScheduleEntry>> entries;
  /** The kind of each day of the range, as an ordinal of {@link DayKind}. */
  private final byte[] kinds;
  /** {@code workingBefore[i]}: the number of working days among the first {@code i} days. */
  private final int[] workingBefore;
  /** {@code workingDays[k]}: the index of the k-th working day (0-based) of the range. */
  private final int[] workingDays;
  /** {@code provisionalBefore[y]}: the number of provisional years among the first {@code y}. */
  private final int[] provisionalYearsBefore;

  @SuppressWarnings("EnumOrdinal") // the byte index stores DayKind ordinals, read back via KINDS
  private WorkingCalendar(CalendarOptions options, Map<Integer, HolidaySchedule> schedules) {
    this.options = options;
    this.schedules = Map.copyOf(schedules);
    TreeMap<LocalDate, List<ScheduleEntry>> special = new TreeMap<>();
    int years = MAX_YEAR - MIN_YEAR + 1;
    this.provisionalYearsBefore = new int[years + 1];
    for (int year = MIN_YEAR; year <= MAX_YEAR; year++) {
      HolidaySchedule official = schedules.get(year);
      List<ScheduleEntry> yearEntries =
          official != null
              ? withCultureDay(official.entries(), year)
              : StatutoryHolidays.derive(year, options.vietnamCultureDayIsHoliday());
      boolean provisional = official == null || official.basis() == ScheduleBasis.PROVISIONAL;
      int y = year - MIN_YEAR;
      provisionalYearsBefore[y + 1] = provisionalYearsBefore[y] + (provisional ? 1 : 0);
      for (ScheduleEntry e : yearEntries) {
        special.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
      }
    }
    special.replaceAll((d, list) -> List.copyOf(list));
    this.entries = Collections.unmodifiableNavigableMap(special);

    this.kinds = new byte[DAYS];
    this.workingBefore = new int[DAYS + 1];
    int[] working = new int[DAYS];
    int count = 0;
    LocalDate date = MIN_DATE;
    for (int i = 0; i < DAYS; i++, date = date.plusDays(1)) {
      DayKind kind = kindOf(date, special.get(date));
      kinds[i] = (byte) kind.ordinal();
      boolean isWorking =
          kind == DayKind.WORKING_DAY
              || (kind == DayKind.MAKE_UP_WORKING_DAY && options.makeUpSaturdayIsWorkingDay());
      workingBefore[i] = count;
      if (isWorking) {
        working[count++] = i;
      }
    }
    workingBefore[DAYS] = count;
    this.workingDays = Arrays.copyOf(working, count);
  }

  private List<ScheduleEntry> withCultureDay(List<ScheduleEntry> official, int year) {
    if (!options.vietnamCultureDayIsHoliday()
        || year < StatutoryHolidays.CULTURE_DAY_FIRST_YEAR
        || official.stream().anyMatch(e -> e.occasion() == Occasion.VIETNAM_CULTURE_DAY)) {
      return official;
    }
    List<ScheduleEntry> result = new ArrayList<>(official);
    ScheduleEntry culture =
        ScheduleEntry.of(
            LocalDate.of(year, 11, 24),
            DayKind.HOLIDAY,
            Occasion.VIETNAM_CULTURE_DAY,
            EntryStatus.DERIVED,
            List.of(),
            "by the calendar's option vietnamCultureDayIsHoliday");
    result.add(culture);
    if (StatutoryHolidays.isWeekend(culture.date())) {
      // The compensatory day must avoid the days the official schedule already gives off.
      LocalDate d = culture.date().plusDays(1);
      while (StatutoryHolidays.isWeekend(d) || containsDate(official, d)) {
        d = d.plusDays(1);
      }
      result.add(
          ScheduleEntry.of(
              d, DayKind.COMPENSATORY_DAY_OFF, Occasion.VIETNAM_CULTURE_DAY, EntryStatus.DERIVED,
              List.of(), "by the calendar's option vietnamCultureDayIsHoliday"));
    }
    return result;
  }

  private static boolean containsDate(List<ScheduleEntry> list, LocalDate date) {
    for (ScheduleEntry e : list) {
      if (e.date().equals(date)) {
        return true;
      }
    }
    return false;
  }

  private static DayKind kindOf(LocalDate date, List<ScheduleEntry> dayEntries) {
    DayKind kind = StatutoryHolidays.isWeekend(date) ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY;
    if (dayEntries != null) {
      for (ScheduleEntry e : dayEntries) {
        // A holiday outranks every other kind; otherwise the entry states the day's kind.
        if (kind != DayKind.HOLIDAY) {
          kind = e.kind();
        }
      }
    }
    return kind;
  }

  //-----------------------------------------------------------------------
  /**
   * Gets the calendar of Vietnam's civil service with the default options: the bundled official
   * schedules, overridden by any schedule files found on the classpath at {@code
   * META-INF/boithuong/holidays/vn-YYYY.txt}.
   *
   * @return the shared default calendar, not null
   * @throws ScheduleFormatException if a bundled or classpath schedule is malformed
   */
  public static WorkingCalendar vietnam() {
    if (DefaultHolder.FAILURE != null) {
      throw new ScheduleFormatException(
          DefaultHolder.FAILURE.origin(), DefaultHolder.FAILURE.problems());
    }
    return DefaultHolder.DEFAULT;
  }

  /**
   * Gets a calendar of Vietnam's civil service with the given options, built afresh (a few
   * milliseconds): keep and share it.
   *
   * @param options the options, not null
   * @return the calendar, not null
   * @throws ScheduleFormatException if a bundled or classpath schedule is malformed
   */
  public static WorkingCalendar vietnam(CalendarOptions options) {
    return builder().options(options).build();
  }

  /**
   * Creates a builder, to add or override official schedules programmatically.
   *
   * @return a new builder starting from the bundled schedules and the classpath extensions, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the default calendar once. A malformed schedule is kept and thrown again on every call,
   * as the documented {@link ScheduleFormatException} rather than a class-initialisation error.
   */
  private static final class DefaultHolder {
    static final WorkingCalendar DEFAULT;
    static final ScheduleFormatException FAILURE;

    static {
      WorkingCalendar calendar = null;
      ScheduleFormatException failure = null;
      try {
        calendar = builder().build();
      } catch (ScheduleFormatException ex) {
        failure = ex;
      }
      DEFAULT = calendar;
      FAILURE = failure;
    }
  }

  //-----------------------------------------------------------------------
  /**
   * Gets the first date the calendar covers.
   *
   * @return {@value #MIN_YEAR}-01-01, not null
   */
  public LocalDate minDate() {
    return MIN_DATE;
  }

  /**
   * Gets the last date the calendar covers.
   *
   * @return {@value #MAX_YEAR}-12-31, not null
   */
  public LocalDate maxDate() {
    return MAX_DATE;
  }

  /**
   * Gets the options.
   *
   * @return the options, not null
   */
  public CalendarOptions options() {
    return options;
  }

  /**
   * Checks whether the date is a working day (ngày làm việc) of the civil service.
   *
   * @param date the date, not null
   * @return true if a working day
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarException if the date is outside the supported range, or in a provisional
   *     year and the calendar is strict
   */
  public boolean isWorkingDay(LocalDate date) {
    int i = index(date, "date");
    checkStrict(date, date);
    return workingBefore[i + 1] != workingBefore[i];
  }

  /**
   * Gets the n-th working day after a date, the date itself not counted (Civil Code 2015 Điều
   * 147): the last day of a period of n working days that starts the day after {@code from}.
   *
   * <p>{@code plusWorkingDays(d, 0)} returns {@code d} unchanged; for {@code n > 0} the result is
   * always a working day.
   *
   * @param from the day of the event that starts the period, not null
   * @param n the number of working days, not negative
   * @return the n-th working day after {@code from}, not null
   * @throws NullPointerException if {@code from} is null
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws CalendarException if {@code from} or the result is outside the supported range, or the
   *     span touches a provisional year and the calendar is strict
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    int i = index(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    if (n == 0) {
      checkStrict(from, from);
      return from;
    }
    long target = (long) workingBefore[i + 1] + n - 1;
    if (target >= workingDays.length) {
      throw new CalendarException(
          List.of(CalendarProblem.outsideRange(MAX_DATE.plusDays(1), MIN_DATE, MAX_DATE)));
    }
    LocalDate result = dateAt(workingDays[(int) target]);
    checkStrict(from, result);
    return result;
  }

  /**
   * Counts the working days after one date up to and including another.
   *
   * <p>{@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. If {@code endInclusive} is
   * before {@code startExclusive} the count is negative: minus the working days after {@code
   * endInclusive} up to and including {@code startExclusive}.
   *
   * @param startExclusive the day after which counting starts, not null
   * @param endInclusive the last day counted, not null
   * @return the number of working days
   * @throws NullPointerException if either argument is null
   * @throws CalendarException if either date is outside the supported range, or the span touches a
   *     provisional year and the calendar is strict
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    int s = index(startExclusive, "startExclusive");
    int e = index(endInclusive, "endInclusive");
    checkStrict(
        s <= e ? startExclusive : endInclusive, s <= e ? endInclusive : startExclusive);
    return workingBefore[e + 1] - workingBefore[s + 1];
  }

  /**
   * Gets the date itself if it is a working day, otherwise the next working day: where a period
   * whose last day is a day off ends (Civil Code 2015 Điều 148.5).
   *
   * @param date the date, not null
   * @return the first working day on or after {@code date}, not null
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarException if the date or the result is outside the supported range, or in a
   *     provisional year and the calendar is strict
   */
  public LocalDate nextWorkingDayOrSame(LocalDate date) {
    int i = index(date, "date");
    int k = workingBefore[i];
    if (k >= workingDays.length) {
      throw new CalendarException(
          List.of(CalendarProblem.outsideRange(MAX_DATE.plusDays(1), MIN_DATE, MAX_DATE)));
    }
    LocalDate result = dateAt(workingDays[k]);
    checkStrict(date, result);
    return result;
  }

  /**
   * Explains a date: working or not, which holiday, which document and provision, official or
   * provisional. Never refused by a strict calendar: the answer says whether it is provisional.
   *
   * @param date the date, not null
   * @return what the calendar knows about the day, not null
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarException if the date is outside the supported range
   */
  public CalendarDay day(LocalDate date) {
    int i = index(date, "date");
    List<ScheduleEntry> dayEntries = entries.getOrDefault(date, List.of());
    return new CalendarDay(
        date,
        KINDS[kinds[i]],
        workingBefore[i + 1] != workingBefore[i],
        dayEntries,
        basis(date.getYear()));
  }

  /**
   * Gets whether a year's days off are official or provisional.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the basis, not null
   * @throws CalendarException if the year is outside the supported range
   */
  public ScheduleBasis basis(int year) {
    int y = yearIndex(year);
    return provisionalYearsBefore[y + 1] != provisionalYearsBefore[y]
        ? ScheduleBasis.PROVISIONAL
        : ScheduleBasis.OFFICIAL;
  }

  /**
   * Whether any day from one date to another, both included, lies in a provisional year.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not before {@code startInclusive}, not null
   * @return true if the span touches a year without an official schedule
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}
   * @throws CalendarException if either date is outside the supported range
   */
  public boolean isProvisional(LocalDate startInclusive, LocalDate endInclusive) {
    index(startInclusive, "startInclusive");
    index(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive " + endInclusive + " is before startInclusive " + startInclusive);
    }
    return provisionalYears(startInclusive.getYear(), endInclusive.getYear()) > 0;
  }

  /**
   * Gets the days from one date to another, both included, whose schedule entries are not
   * confirmed ({@link EntryStatus#UNCONFIRMED}) in an official year: an answer that counts across
   * them depends on a fact still to be checked against the official notice.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not null
   * @return the days, in order, unmodifiable, not null
   * @throws NullPointerException if either argument is null
   * @throws CalendarException if either date is outside the supported range
   */
  public List<CalendarDay> unconfirmedDays(LocalDate startInclusive, LocalDate endInclusive) {
    index(startInclusive, "startInclusive");
    index(endInclusive, "endInclusive");
    List<CalendarDay> result = new ArrayList<>();
    if (endInclusive.isBefore(startInclusive)) {
      return List.of();
    }
    for (Map.Entry<LocalDate, List<ScheduleEntry>> e :
        entries.subMap(startInclusive, true, endInclusive, true).entrySet()) {
      for (ScheduleEntry entry : e.getValue()) {
        if (entry.status() == EntryStatus.UNCONFIRMED) {
          result.add(day(e.getKey()));
          break;
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Gets the schedule of a year: the official one, or the provisional one derived from the
   * statutes.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the schedule, not null
   * @throws CalendarException if the year is outside the supported range
   */
  public HolidaySchedule schedule(int year) {
    yearIndex(year);
    HolidaySchedule official = schedules.get(year);
    List<ScheduleEntry> yearEntries = new ArrayList<>();
    for (List<ScheduleEntry> list :
        entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values()) {
      yearEntries.addAll(list);
    }
    return official != null
        ? new HolidaySchedule(year, official.basis(), yearEntries, official.origin())
        : new HolidaySchedule(
            year, ScheduleBasis.PROVISIONAL, yearEntries, "derived from the Labour Code");
  }

  //-----------------------------------------------------------------------
  private int index(LocalDate date, String name) {
    Objects.requireNonNull(date, name);
    long i = date.toEpochDay() - MIN_EPOCH_DAY;
    if (i < 0 || i >= DAYS) {
      throw new CalendarException(List.of(CalendarProblem.outsideRange(date, MIN_DATE, MAX_DATE)));
    }
    return (int) i;
  }

  private static int yearIndex(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new CalendarException(
          List.of(
              CalendarProblem.outsideRange(
                  LocalDate.of(Math.max(-999_999_999, Math.min(999_999_999, year)), 1, 1),
                  MIN_DATE,
                  MAX_DATE)));
    }
    return year - MIN_YEAR;
  }

  private static LocalDate dateAt(int index) {
    return LocalDate.ofEpochDay(MIN_EPOCH_DAY + index);
  }

  private int provisionalYears(int fromYear, int toYear) {
    return provisionalYearsBefore[toYear - MIN_YEAR + 1] - provisionalYearsBefore[fromYear - MIN_YEAR];
  }

  private void checkStrict(LocalDate start, LocalDate end) {
    if (options.strict() && provisionalYears(start.getYear(), end.getYear()) > 0) {
      LocalDate first = start;
      while (basis(first.getYear()) == ScheduleBasis.OFFICIAL) {
        first = LocalDate.of(first.getYear() + 1, 1, 1);
      }
      throw new CalendarException(List.of(CalendarProblem.provisionalYear(first)));
    }
  }

  /**
   * Returns e.g. {@code "WorkingCalendar[Vietnam civil service 2000–2199, official 2018–2026, ...]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "WorkingCalendar[Vietnam civil service " + MIN_YEAR + "–" + MAX_YEAR + ", official years "
        + new TreeSet<>(schedules.keySet()) + ", " + options + "]";
  }

  //-----------------------------------------------------------------------
  /**
   * Builds a {@link WorkingCalendar} from the bundled schedules, the schedules found on the
   * classpath and schedules added programmatically, in increasing order of precedence: a schedule
   * for a year replaces the one before it for that year.
   *
   * <pre>
   *   WorkingCalendar calendar = WorkingCalendar.builder()
   *       .options(CalendarOptions.defaults().withStrict(true))
   *       .schedule(HolidaySchedule.parse(text2027, "vn-2027.txt"))
   *       .build();
   * </pre>
   *
   * <p>This class is mutable and not thread-safe; the calendar it builds is immutable.
   */
  public static final class Builder {
    private CalendarOptions options = CalendarOptions.defaults();
    private final Map<Integer, HolidaySchedule> added = new TreeMap<>();
    private ClassLoader classLoader = WorkingCalendar.class.getClassLoader();

    private Builder() {}

    /**
     * Sets the options.
     *
     * @param options the options, not null
     * @return this builder, not null
     */
    public Builder options(CalendarOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Adds a year's schedule, replacing the bundled or classpath one for that year.
     *
     * @param schedule the schedule, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a schedule for the same year was already added
     */
    public Builder schedule(HolidaySchedule schedule) {
      Objects.requireNonNull(schedule, "schedule");
      HolidaySchedule previous = added.putIfAbsent(schedule.year(), schedule);
      if (previous != null) {
        throw new IllegalArgumentException(
            "a schedule for " + schedule.year() + " was already added (" + previous.origin() + ")");
      }
      return this;
    }

    /**
     * Sets where to look for schedule files at {@code META-INF/boithuong/holidays/vn-YYYY.txt};
     * null disables the lookup.
     *
     * @param classLoader the class loader, may be null
     * @return this builder, not null
     */
    public Builder classpathExtensions(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, not null
     * @throws ScheduleFormatException if a bundled or classpath schedule is malformed, or two
     *     classpath files for one year disagree
     */
    public WorkingCalendar build() {
      Map<Integer, HolidaySchedule> schedules = new TreeMap<>(ScheduleResources.bundled());
      if (classLoader != null) {
        schedules.putAll(ScheduleResources.extensions(classLoader));
      }
      schedules.putAll(added);
      return new WorkingCalendar(options, schedules);
    }
  }
}
