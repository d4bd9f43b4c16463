package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first assessment in a fresh JVM: JMH single-shot mode, one call per fork, no warm-up, so
 * each sample pays class loading, the calendar's index (built once per JVM) and interpreted code.
 * Nothing of the library is touched before the call. Run on its own (command-line options override
 * these annotations): {@code java -jar benchmarks.jar ColdStartBenchmark -bm ss -f 10 -wi 0 -i 1}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  @Benchmark
  public Assessment firstAssessment() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    return RuleSet.standard().assess(Fixtures.completeCase(), Fixtures.completeContext(calendar));
  }
}
