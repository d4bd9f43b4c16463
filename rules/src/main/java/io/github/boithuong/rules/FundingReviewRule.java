package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.LegalPeriod;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The finance agency's review of a funding request — Luật TNBTCNN 2017 Điều 62.
 *
 * <p>The request is sent within 2 working days of the decision taking effect (62.1); the dossier
 * holds the request, a copy of the basis document and the effective decision (62.2); the amount must
 * match the decision. A complete, lawful dossier is funded within 5 working days of its receipt;
 * otherwise the finance agency coordinates with the resolving agency to complete it and funds within
 * 15 days (62.4). The payment notice and payment follow within 2 working days each (62.5).
 *
 * <p>As the provincial implementation plans instruct, a negotiation held without the participants of
 * Điều 46.3 (notably the state-management agency) also makes the review ask the resolving agency to
 * complete the dossier, to prevent a cancellation under Điều 48.3.b. The text of 62.4 itself speaks
 * of the dossier and the amount (procedure.md Q1; docs/interpretations.md R3): the finding says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingReviewRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS =
      List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 62));
  private static final Citation REVIEW = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 62, 4);

  /** Creates the rule. */
  public FundingReviewRule() {}

  @Override
  public String id() {
    return "funding-review";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Thẩm định hồ sơ đề nghị cấp kinh phí bồi thường",
        "Review of the funding request");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    Timetable timetable = Timetable.of(claim, context.calendar());
    LocalDate asOf = context.asOf();
    Optional<FundingRequested> request = claim.first(FundingRequested.class);
    Optional<TimetableEntry> requestStep = timetable.entry(Step.REQUEST_FUNDING);
    if (request.isEmpty()) {
      if (requestStep.isPresent() && requestStep.get().status(asOf).kind() == StepStatus.Kind.OVERDUE) {
        findings.add(step("FUNDING_REQUEST_OVERDUE", Severity.ERROR, requestStep.get(), asOf));
        return Verdicts.of(this, true, findings, missing);
      }
      requestStep.ifPresent(e -> findings.add(step("FUNDING_REQUEST_DUE", Severity.INFO, e, asOf)));
      return Verdicts.of(this, false, findings, missing);
    }
    requestStep.ifPresent(e -> {
      if (e.status(asOf).kind() == StepStatus.Kind.DONE_LATE) {
        findings.add(step("FUNDING_REQUEST_LATE", Severity.ERROR, e, asOf));
      }
    });
    boolean needsCompletion = false;
    Optional<FundingDossierRecorded> dossier = claim.last(FundingDossierRecorded.class);
    if (dossier.isEmpty()) {
      missing.add(Finding.of("MISSING_FUNDING_DOSSIER", Severity.WARNING)
          .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 62, 2)).build());
    } else {
      for (FundingDossierItem item : FundingDossierItem.values()) {
        if (!dossier.get().items().contains(item)) {
          needsCompletion = true;
          findings.add(Finding.of("FUNDING_DOSSIER_INCOMPLETE", Severity.ERROR).cite(item.citation(), REVIEW)
              .fact("item", item.name(), BilingualText.of(item.label(Show.VI), item.label(Locale.ENGLISH)))
              .build());
        }
      }
      Optional<DecisionIssued> decision = claim.last(DecisionIssued.class);
      if (decision.isPresent() && !decision.get().amount().equals(dossier.get().amountRequested())) {
        needsCompletion = true;
        findings.add(Finding.of("FUNDING_AMOUNT_MISMATCH", Severity.ERROR).cite(REVIEW)
            .fact("requested", String.valueOf(dossier.get().amountRequested().amount()),
                BilingualText.of(dossier.get().amountRequested().format(Show.VI),
                    dossier.get().amountRequested().format(Locale.ENGLISH)))
            .fact("decided", String.valueOf(decision.get().amount().amount()),
                BilingualText.of(decision.get().amount().format(Show.VI),
                    decision.get().amount().format(Locale.ENGLISH)))
            .build());
      }
    }
    NegotiationReview negotiation = NegotiationReview.of(claim, context);
    if (negotiation.defect) {
      needsCompletion = true;
      findings.add(Finding.of("FUNDING_NEGOTIATION_DEFECT", Severity.ERROR)
          .cite(REVIEW, Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3),
              NegotiationReview.CANCELLATION_ON_REQUEST)
          .build());
    }
    LocalDate received = request.get().date();
    Validation<Seq<CalendarProblem>, Deadline> computed = Deadline.compute(received,
        (needsCompletion ? LegalPeriod.days(15) : LegalPeriod.workingDays(5)).withCitation(REVIEW),
        context.calendar(), List.of());
    if (computed.isInvalid()) {
      missing.add(CalendarFindings.cannotAnswer(computed.getError()));
      return Verdicts.of(this, true, findings, missing);
    }
    Deadline grant = computed.get();
    Optional<LocalDate> granted = claim.first(FundsGranted.class).map(FundsGranted::date);
    Finding.Builder path = Finding.of(needsCompletion ? "FUNDING_COORDINATE_AND_GRANT_15_DAYS"
            : "FUNDING_GRANT_5_WORKING_DAYS", Severity.INFO)
        .cite(REVIEW).fact("due", grant.lastDay().toString(), Show.date(grant.lastDay()));
    findings.add(path.build());
    if (granted.isPresent() && granted.get().isAfter(grant.lastDay())) {
      findings.add(Finding.of("FUNDING_GRANT_LATE", Severity.ERROR).cite(REVIEW)
          .fact("due", grant.lastDay().toString(), Show.date(grant.lastDay()))
          .fact("done", granted.get().toString(), Show.date(granted.get())).build());
    } else if (granted.isEmpty() && asOf.isAfter(grant.lastDay())) {
      findings.add(Finding.of("FUNDING_GRANT_OVERDUE", Severity.ERROR).cite(REVIEW)
          .fact("due", grant.lastDay().toString(), Show.date(grant.lastDay())).build());
    }
    for (Step s : List.of(Step.NOTIFY_PAYMENT, Step.PAY)) {
      timetable.entry(s).ifPresent(e -> {
        StepStatus status = e.status(asOf);
        boolean late = status.kind() == StepStatus.Kind.OVERDUE || status.kind() == StepStatus.Kind.DONE_LATE;
        findings.add(step(late ? "PAYMENT_STEP_LATE" : "PAYMENT_STEP", late ? Severity.ERROR : Severity.INFO, e, asOf));
      });
    }
    return Verdicts.of(this, true, findings, missing);
  }

  private static Finding step(String code, Severity severity, TimetableEntry e, LocalDate asOf) {
    return Finding.of(code, severity).cite(e.step().citation())
        .fact("step", e.step().name(), BilingualText.of(e.step().label(Show.VI), e.step().label(Locale.ENGLISH)))
        .fact("due", e.dueDate().toString(), Show.date(e.dueDate()))
        .fact("status", e.status(asOf).kind().name(),
            BilingualText.of(e.status(asOf).describe(Show.VI), e.status(asOf).describe(Locale.ENGLISH)))
        .build();
  }
}
