package io.github.boithuong.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import io.github.boithuong.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Is this date a day off? One query on a date drawn from 1,024 dates of 2018–2026 (Tết weeks
 * over-represented), rotated: boithuong's {@code isWorkingDay} (an index lookup) against jollyday's
 * {@code isHoliday} on its Vietnam calendar and ObjectLab's {@code isNonWorkingDay} on the official
 * days off (see {@link Competitors}). Every method pays the same rotation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IsWorkingDayBenchmark {

  private WorkingCalendar calendar;
  private HolidayManager jollyday;
  private DateCalculator<LocalDate> objectLab;
  private LocalDate[] dates;
  private int next;

  @Setup
  public void setUp() {
    calendar = WorkingCalendar.vietnam();
    jollyday = Competitors.jollyday();
    objectLab = Competitors.objectLabCalculator(Competitors.objectLab(calendar));
    dates = StartDates.between(calendar, Competitors.FIRST_OFFICIAL, Competitors.LAST_OFFICIAL, 20240210L);
  }

  private LocalDate nextDate() {
    LocalDate d = dates[next];
    next = (next + 1) & StartDates.MASK;
    return d;
  }

  @Benchmark
  public boolean boithuongIsWorkingDay() {
    return calendar.isWorkingDay(nextDate());
  }

  @Benchmark
  public boolean jollydayIsHoliday() {
    return jollyday.isHoliday(nextDate());
  }

  @Benchmark
  public boolean objectLabIsNonWorkingDay() {
    return objectLab.isNonWorkingDay(nextDate());
  }
}
