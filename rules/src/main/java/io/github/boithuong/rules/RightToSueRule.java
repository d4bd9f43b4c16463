package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.CaseEvent.ClaimWithdrawn;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DecisionRefused;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.SuitFiled;
import io.github.boithuong.core.claim.CaseEvent.VerificationCompleted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.ExcludedInterval;
import io.github.boithuong.core.time.LegalPeriod;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The claimant's right to sue in court — Luật TNBTCNN 2017 Điều 52.
 *
 * <p>A direct suit within 3 years of receiving the basis document, when the claimant has not asked
 * the agency or withdrew before verification (52.1); a suit within 15 days of receiving the
 * decision, of the success minute when no decision was issued, or of the failure minute (52.2); none
 * once the decision is in force (52.4); force majeure and objective obstacles are not counted (52.3).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RightToSueRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS =
      List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52));
  private static final Citation DIRECT = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 1);
  private static final Citation AFTER_PROCEDURE = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 2);
  private static final Citation TOLLING = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 3);
  private static final Citation IN_FORCE = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 52, 4);

  /** Creates the rule. */
  public RightToSueRule() {}

  @Override
  public String id() {
    return "right-to-sue";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Quyền khởi kiện yêu cầu bồi thường tại Tòa án", "Right to sue in court");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    LocalDate asOf = context.asOf();
    Optional<LocalDate> suit = claim.first(SuitFiled.class).map(SuitFiled::date);
    Optional<ClaimWithdrawn> withdrawn = claim.first(ClaimWithdrawn.class);
    boolean direct = claim.first(DossierReceived.class).isEmpty()
        || (withdrawn.isPresent() && claim.events(VerificationCompleted.class).stream()
            .noneMatch(v -> !v.date().isAfter(withdrawn.get().date())));
    List<ExcludedInterval> excluded = new ArrayList<>();
    for (ExcludedPeriod p : claim.excludedPeriods()) {
      if (p.scope() == ExclusionScope.SUIT) {
        excluded.add(p.interval());
      }
    }
    if (direct) {
      Optional<LocalDate> received = Limitation.received(claim);
      if (received.isEmpty()) {
        missing.add(Finding.of("MISSING_BASIS_DOCUMENT_RECEIPT", Severity.WARNING).cite(DIRECT).build());
        return Verdicts.of(this, true, findings, missing);
      }
      Validation<Seq<CalendarProblem>, Deadline> window = Deadline.compute(received.get(),
          LegalPeriod.years(3).asLimitationPeriod().withCitation(DIRECT), context.calendar(), excluded);
      if (window.isInvalid()) {
        missing.add(CalendarFindings.cannotAnswer(window.getError()));
        return Verdicts.of(this, true, findings, missing);
      }
      findings.add(windowFinding("SUIT_DIRECT", window.get().lastDay(), suit, asOf, DIRECT, excluded));
      return Verdicts.of(this, true, findings, missing);
    }
    Timetable timetable = Timetable.of(claim, context.calendar());
    Optional<TimetableEntry> window = timetable.entry(Step.SUIT_WINDOW);
    if (window.isEmpty()) {
      Optional<DecisionRefused> refused = claim.first(DecisionRefused.class);
      if (claim.first(DecisionIssued.class).isPresent() && refused.isPresent()) {
        // The decision exists but was refused: the window waits for its receipt (Điều 47.1).
        LocalDate r = refused.get().date();
        findings.add(Finding.of("SUIT_NOT_YET_OPEN_DECISION_REFUSED", Severity.INFO)
            .cite(AFTER_PROCEDURE).fact("refused", r.toString(), Show.date(r)).build());
      } else {
        findings.add(Finding.of("SUIT_NOT_YET_OPEN", Severity.INFO).cite(AFTER_PROCEDURE).build());
      }
      return Verdicts.of(this, false, findings, missing);
    }
    findings.add(windowFinding("SUIT_AFTER_PROCEDURE", window.get().dueDate(), suit, asOf, AFTER_PROCEDURE,
        excluded));
    Optional<TimetableEntry> effect = timetable.entry(Step.DECISION_TAKES_EFFECT);
    if (effect.isPresent() && asOf.isAfter(effect.get().dueDate())) {
      LocalDate inForce = effect.get().dueDate().plusDays(1);
      findings.add(Finding.of("SUIT_NONE_DECISION_IN_FORCE", Severity.INFO).cite(IN_FORCE)
          .fact("inForce", inForce.toString(), Show.date(inForce)).build());
    }
    return Verdicts.of(this, true, findings, missing);
  }

  private static Finding windowFinding(String prefix, LocalDate last, Optional<LocalDate> suit, LocalDate asOf,
      Citation citation, List<ExcludedInterval> excluded) {
    String code;
    Severity severity;
    if (suit.isPresent()) {
      boolean late = suit.get().isAfter(last);
      code = prefix + (late ? "_FILED_LATE" : "_FILED_IN_TIME");
      severity = late ? Severity.ERROR : Severity.INFO;
    } else {
      boolean closed = asOf.isAfter(last);
      code = prefix + (closed ? "_CLOSED" : "_OPEN");
      severity = closed ? Severity.WARNING : Severity.INFO;
    }
    Finding.Builder f = Finding.of(code, severity).cite(citation)
        .fact("lastDay", last.toString(), Show.date(last));
    suit.ifPresent(s -> f.fact("filed", s.toString(), Show.date(s)));
    if (!excluded.isEmpty()) {
      f.cite(TOLLING);
    }
    return f.build();
  }
}
