package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.rules.NegotiationParticipationRule;
import io.github.boithuong.rules.RuleContext;
import io.github.boithuong.rules.Verdict;
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
 * The negotiation participation decision on a typical case (one session, one result minute):
 * {@code NegotiationParticipationRule.evaluate} against the same decision as a Drools DMN decision
 * table evaluated by the kie-dmn-core runtime, once per session and once per minute ({@link
 * ParticipationDmn}). {@code droolsDmnOneEvaluation} is one evaluation of the table on prepared
 * inputs: the floor of the DMN side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParticipationBenchmark {

  @Param({"complete", "defective"})
  public String kase;

  private NegotiationParticipationRule rule;
  private Claim claim;
  private RuleContext context;
  private ParticipationDmn dmn;
  private ParticipationDmn.Inputs inputs;

  @Setup
  public void setUp() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    rule = new NegotiationParticipationRule();
    claim = Fixtures.caseNamed(kase);
    context = Fixtures.contextNamed(kase, calendar);
    dmn = new ParticipationDmn();
    inputs = ParticipationDmn.Inputs.of(claim.events(NegotiationSession.class).get(0).attendees(),
        false, false);
    CrossCheck.requireSameParticipationDecision(rule, dmn, claim, context);
  }

  @Benchmark
  public Verdict boithuongRule() {
    return rule.evaluate(claim, context);
  }

  @Benchmark
  public List<ParticipationDmn.Decision> droolsDmn() {
    return dmn.decide(claim);
  }

  @Benchmark
  public ParticipationDmn.Decision droolsDmnOneEvaluation() {
    return dmn.evaluate(inputs);
  }
}
