package io.github.boithuong.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark threads spent per operation ({@code cpu.time.per.op}), next to JMH's
 * wall-clock score: {@code -prof io.github.boithuong.benchmarks.CpuTimeProfiler}.
 *
 * <p>On a machine shared with other work (as the 2-core machines of this project are), the
 * wall-clock score also counts the time the benchmark thread waited for a core; the thread's CPU
 * time does not. It still pays for the caches the other work evicts, so it is an upper bound of the
 * cost on a quiet machine, and a much tighter one than the wall clock.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long before;

  @Override
  public String getDescription() {
    return "CPU time of the JMH worker threads per operation (robust to a shared machine)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpuNanos();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = workerCpuNanos() - before;
    long ops = result.getMetadata().getMeasuredOps();
    if (ops <= 0) {
      return List.of();
    }
    TimeUnit unit = benchmarkParams.getTimeUnit();
    double perOp = cpu / (double) ops / unit.toNanos(1);
    return List.of(new ScalarResult("cpu.time.per.op", perOp, shortName(unit) + "/op", AggregationPolicy.AVG));
  }

  private long workerCpuNanos() {
    long total = 0;
    for (long id : threads.getAllThreadIds()) {
      ThreadInfo info = threads.getThreadInfo(id);
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long t = threads.getThreadCpuTime(id);
        if (t > 0) {
          total += t;
        }
      }
    }
    return total;
  }

  private static String shortName(TimeUnit unit) {
    return switch (unit) {
      case NANOSECONDS -> "ns";
      case MICROSECONDS -> "us";
      case MILLISECONDS -> "ms";
      case SECONDS -> "s";
      default -> unit.name();
    };
  }
}
