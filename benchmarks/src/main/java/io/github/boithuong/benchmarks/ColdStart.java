package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.RuleSet;
import java.lang.management.ManagementFactory;

/**
 * A fresh JVM to the first assessment, timed from inside: run it as its own process, e.g. {@code
 * java -cp benchmarks/target/benchmarks.jar io.github.boithuong.benchmarks.ColdStart} and time the
 * whole process from outside too (benchmarks/run.sh does both). Prints one line: the time from
 * {@code main} to the first assessment, split into the calendar and the rest, and the JVM's uptime
 * when it was done.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    long t1 = System.nanoTime();
    Assessment assessment = RuleSet.standard().assess(Fixtures.completeCase(), Fixtures.completeContext(calendar));
    long t2 = System.nanoTime();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf("cold start: main -> first assessment %.1f ms (WorkingCalendar.vietnam() %.1f ms,"
        + " building the case and assessing it %.1f ms); JVM uptime at that point %d ms; %d verdicts%n",
        (t2 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, uptime, assessment.verdicts().size());
  }
}
