package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.RuleContext;
import io.github.boithuong.rules.RuleSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole-case assessment, {@code RuleSet.standard().assess(claim, context)}: the seven rules,
 * the case's validation and its timetable with the steps due or overdue. The parts are measured
 * too, to show where the time goes: the timetable alone, the validation alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {

  @Param({"complete", "defective"})
  public String kase;

  private Claim claim;
  private RuleContext context;
  private WorkingCalendar calendar;

  @Setup
  public void setUp() {
    calendar = WorkingCalendar.vietnam();
    claim = Fixtures.caseNamed(kase);
    context = Fixtures.contextNamed(kase, calendar);
  }

  @Benchmark
  public Assessment assess() {
    return RuleSet.standard().assess(claim, context);
  }

  @Benchmark
  public Timetable partTimetable() {
    return Timetable.of(claim, calendar);
  }

  @Benchmark
  public List<?> partValidation() {
    return claim.problems();
  }
}
