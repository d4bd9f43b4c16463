package io.github.boithuong.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import io.github.boithuong.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The n-th working day after a date, for n = 5, 15, 60 and 365, from 1,024 starts spread over
 * 01/01/2018–31/03/2025 (one in eight around a Tết break), rotated; the latest start plus 365
 * working days stays inside the official schedules (2026), which bound ObjectLab's calendar.
 *
 * <ul>
 *   <li>boithuong: {@code WorkingCalendar.plusWorkingDays(d, n)}, two array reads;
 *   <li>ObjectLab: a fresh {@code DateCalculator} from the factory (as a service that handles
 *       concurrent requests must: a calculator is mutable), {@code setStartDate(d)}, {@code
 *       moveByBusinessDays(n)};
 *   <li>jollyday: day-by-day stepping, skipping weekends and {@code isHoliday} days.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlusWorkingDaysBenchmark {

  static final LocalDate LAST_START = LocalDate.of(2025, 3, 31);

  @Param({"5", "15", "60", "365"})
  public int n;

  private WorkingCalendar calendar;
  private HolidayManager jollyday;
  private LocalDateKitCalculatorsFactory objectLab;
  private LocalDate[] starts;
  private int next;

  @Setup
  public void setUp() {
    calendar = WorkingCalendar.vietnam();
    jollyday = Competitors.jollyday();
    objectLab = Competitors.objectLab(calendar);
    starts = StartDates.between(calendar, Competitors.FIRST_OFFICIAL, LAST_START, 20180216L);
  }

  private LocalDate nextStart() {
    LocalDate d = starts[next];
    next = (next + 1) & StartDates.MASK;
    return d;
  }

  @Benchmark
  public LocalDate boithuongPlusWorkingDays() {
    return calendar.plusWorkingDays(nextStart(), n);
  }

  @Benchmark
  public LocalDate objectLabMoveByBusinessDays() {
    return Competitors.objectLabCalculator(objectLab).setStartDate(nextStart())
        .moveByBusinessDays(n).getCurrentBusinessDate();
  }

  @Benchmark
  public LocalDate jollydayDayByDay() {
    return Competitors.jollydayPlusWorkingDays(jollyday, nextStart(), n);
  }
}
