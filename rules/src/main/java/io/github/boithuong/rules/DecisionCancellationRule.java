package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.CancellationGroundArose;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequestedByClaimant;
import io.github.boithuong.core.claim.CaseEvent.CancellationRequiredByAuthority;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DecisionCorrected;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.ObviousErrorFound;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.LegalPeriod;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a compensation decision must or may be cancelled or corrected — Luật TNBTCNN 2017 Điều
 * 48.
 *
 * <ul>
 *   <li>48.1 (a condition of Điều 7.1 no longer holds; forged basis document; forged identity,
 *       evidence or heir documents): cancel and terminate, with the consequences of 48.2;
 *   <li>48.3.a (collusion): cancel and resolve again;
 *   <li>48.3.b (the resolver did not meet Điều 43.3.b, or the negotiation did not follow Điều 46.3,
 *       46.5, 46.6): cancel and resolve again, on the claimant's request only.
 * </ul>
 *
 * <p>The head may act on their own for 48.1 and 48.3.a; the Ministry of Justice or the provincial
 * People's Committee may require it only for those (Điều 73.2.m, 73.3.h). Each cancellation is due
 * within 2 working days of its ground arising and is sent immediately (Điều 48.5). Obvious errors
 * are corrected within 2 working days (Điều 48.4).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionCancellationRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS =
      List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48));
  private static final Set<CancellationGround> TERMINATING = EnumSet.of(
      CancellationGround.CONDITION_NO_LONGER_MET, CancellationGround.FORGED_BASIS_DOCUMENT,
      CancellationGround.FORGED_CLAIMANT_DOCUMENTS);
  private static final Citation WINDOW = law(48, 3);
  private static final Citation SEND_IMMEDIATELY = law(48, 5);

  /** Creates the rule. */
  public DecisionCancellationRule() {}

  private static Citation law(int article, int clause) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, clause);
  }

  @Override
  public String id() {
    return "decision-cancellation";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Hủy, sửa chữa quyết định giải quyết bồi thường",
        "Cancellation and correction of the compensation decision");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    if (claim.events(DecisionIssued.class).isEmpty()) {
      return Verdicts.of(this, false, findings, List.of());
    }
    LocalDate asOf = context.asOf();
    NegotiationReview negotiation = NegotiationReview.of(claim, context);
    List<Finding> missing = new ArrayList<>(negotiation.missingFacts);
    for (CancellationGroundArose ground : claim.events(CancellationGroundArose.class)) {
      findings.add(groundFinding(ground.ground(), ground.date()));
      findings.addAll(deadline(claim, context, ground.date(), ground.ground(), missing));
      if (TERMINATING.contains(ground.ground())) {
        findings.add(consequences(claim));
      }
      findings.add(whoMayTrigger(ground.ground()));
    }
    // Điều 48.3.b: grounds derived from the facts, open to the claimant.
    boolean resolverIrregular = claim.events(ResolverAppointed.class).stream()
        .anyMatch(r -> !r.experienced() || r.interested() || r.related());
    if (resolverIrregular || negotiation.defect) {
      Optional<CancellationRequestedByClaimant> request =
          claim.first(CancellationRequestedByClaimant.class);
      Finding.Builder open = Finding.of(request.isPresent()
              ? "CANCELLATION_REQUESTED_48_3B" : "CANCELLATION_OPEN_TO_CLAIMANT_48_3B", Severity.ERROR)
          .cite(NegotiationReview.CANCELLATION_ON_REQUEST);
      if (resolverIrregular) {
        open.cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 3, "b"));
      }
      if (negotiation.defect) {
        open.cite(law(46, 3), law(46, 5), law(46, 6));
      }
      open.fact("reason", (resolverIrregular ? "RESOLVER" : "") + (resolverIrregular && negotiation.defect ? "+" : "")
              + (negotiation.defect ? "NEGOTIATION" : ""),
          reason(resolverIrregular, negotiation.defect));
      findings.add(open.build());
      request.ifPresent(r -> findings.addAll(
          deadline(claim, context, r.date(), CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION, missing)));
      findings.add(whoMayTrigger(CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION));
    }
    for (DecisionCancelled cancelled : claim.events(DecisionCancelled.class)) {
      if (cancelled.ground() == CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION
          && claim.events(CancellationRequestedByClaimant.class).stream()
              .noneMatch(r -> !r.date().isAfter(cancelled.date()))) {
        findings.add(Finding.of("CANCELLED_WITHOUT_CLAIMANT_REQUEST", Severity.ERROR)
            .cite(NegotiationReview.CANCELLATION_ON_REQUEST)
            .fact("date", cancelled.date().toString(), Show.date(cancelled.date())).build());
      }
      findings.addAll(sentImmediately(claim, cancelled, asOf));
    }
    for (CancellationRequiredByAuthority required : claim.events(CancellationRequiredByAuthority.class)) {
      if (required.ground() == CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION) {
        findings.add(Finding.of("AUTHORITY_CANNOT_REQUIRE_48_3B", Severity.ERROR)
            .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 2, "m"),
                Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 3, "h"),
                NegotiationReview.CANCELLATION_ON_REQUEST)
            .fact("date", required.date().toString(), Show.date(required.date())).build());
      } else {
        findings.addAll(deadline(claim, context, required.date(), required.ground(), missing));
      }
    }
    for (ObviousErrorFound error : claim.events(ObviousErrorFound.class)) {
      Optional<LocalDate> due = twoWorkingDays(context, error.date(), missing);
      Optional<LocalDate> corrected = claim.events(DecisionCorrected.class).stream()
          .map(CaseEvent::date).filter(d -> !d.isBefore(error.date())).findFirst();
      due.ifPresent(d -> findings.add(timeliness("CORRECTION", corrected, d, asOf, law(48, 4))));
      claim.events(DecisionCorrected.class).forEach(c -> findings.addAll(sentImmediately(claim, c, asOf)));
    }
    if (findings.isEmpty()) {
      findings.add(Finding.of("CANCELLATION_NO_GROUND", Severity.INFO).cite(CITATIONS).build());
    }
    return Verdicts.of(this, true, findings, missing);
  }

  private static BilingualText reason(boolean resolver, boolean negotiation) {
    if (resolver && negotiation) {
      return BilingualText.of("người giải quyết bồi thường không đủ điều kiện và thương lượng không đúng quy định",
          "the resolver was not qualified and the negotiation did not follow the law");
    }
    return resolver
        ? BilingualText.of("người giải quyết bồi thường không đủ điều kiện theo điểm b khoản 3 Điều 43",
            "the resolver did not meet Art. 43(3)(b)")
        : BilingualText.of("thương lượng không đúng thành phần, nội dung hoặc trình tự",
            "the negotiation did not follow the required participants, content or steps");
  }

  private static Finding groundFinding(CancellationGround ground, LocalDate date) {
    return Finding.of(TERMINATING.contains(ground) ? "CANCELLATION_GROUND_48_1" : "CANCELLATION_GROUND_48_3",
            Severity.ERROR)
        .cite(ground.citation())
        .fact("ground", ground.name(), BilingualText.of(ground.label(Show.VI), ground.label(Locale.ENGLISH)))
        .fact("date", date.toString(), Show.date(date))
        .build();
  }

  /** Điều 48.2: what follows a cancellation under 48.1. */
  private static Finding consequences(Claim claim) {
    boolean paid = !claim.events(Paid.class).isEmpty();
    boolean advance = !claim.events(AdvancePaid.class).isEmpty();
    boolean recourse = !claim.events(RecourseDecided.class).isEmpty();
    String code = paid ? "CANCELLATION_CONSEQUENCE_RECOVER_PAYMENT"
        : advance ? "CANCELLATION_CONSEQUENCE_TERMINATE_RECOVER_ADVANCE"
        : "CANCELLATION_CONSEQUENCE_TERMINATE";
    Finding.Builder f = Finding.of(code, Severity.INFO)
        .cite(paid ? Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 2, "b")
            : Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 2, "a"));
    if (recourse) {
      f.cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 2, "c"),
          Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 69));
    }
    return f.fact("recourse", recourse).build();
  }

  private static Finding whoMayTrigger(CancellationGround ground) {
    if (ground == CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION) {
      return Finding.of("CANCELLATION_WHO_48_3B", Severity.INFO)
          .cite(NegotiationReview.CANCELLATION_ON_REQUEST).build();
    }
    return Finding.of("CANCELLATION_WHO_48_1_48_3A", Severity.INFO)
        .cite(ground.citation(), Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 2, "m"),
            Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 73, 3, "h"))
        .build();
  }

  /** The 2 working days from the ground arising (Điều 48.1, 48.3). */
  private static List<Finding> deadline(Claim claim, RuleContext context, LocalDate from,
      CancellationGround ground, List<Finding> missing) {
    Optional<LocalDate> due = twoWorkingDays(context, from, missing);
    if (due.isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> cancelled = claim.events(DecisionCancelled.class).stream()
        .map(CaseEvent::date).filter(d -> !d.isBefore(from)).findFirst();
    return List.of(timeliness("CANCELLATION", cancelled, due.get(), context.asOf(),
        TERMINATING.contains(ground) ? law(48, 1) : WINDOW));
  }

  /**
   * The last of the 2 working days after {@code from} (Điều 48.1, 48.3, 48.4); empty, with the
   * calendar's reason added to {@code missing}, if the calendar cannot count them.
   */
  private static Optional<LocalDate> twoWorkingDays(RuleContext context, LocalDate from,
      List<Finding> missing) {
    Validation<Seq<CalendarProblem>, Deadline> due =
        Deadline.compute(from, LegalPeriod.workingDays(2), context.calendar(), List.of());
    if (due.isInvalid()) {
      missing.add(CalendarFindings.cannotAnswer(due.getError()));
      return Optional.empty();
    }
    return Optional.of(due.get().lastDay());
  }

  private static Finding timeliness(String prefix, Optional<LocalDate> done, LocalDate due,
      LocalDate asOf, Citation citation) {
    String code;
    Severity severity;
    if (done.isPresent()) {
      boolean late = done.get().isAfter(due);
      code = prefix + (late ? "_LATE" : "_ON_TIME");
      severity = late ? Severity.ERROR : Severity.INFO;
    } else {
      boolean overdue = asOf.isAfter(due);
      code = prefix + (overdue ? "_OVERDUE" : "_DUE");
      severity = overdue ? Severity.ERROR : Severity.WARNING;
    }
    Finding.Builder f = Finding.of(code, severity).cite(citation).fact("due", due.toString(), Show.date(due));
    done.ifPresent(d -> f.fact("done", d.toString(), Show.date(d)));
    return f.build();
  }

  /** Điều 48.5: the cancellation or correction is sent immediately. */
  private static List<Finding> sentImmediately(Claim claim, CaseEvent decision, LocalDate asOf) {
    Optional<DocumentSent> sent = claim.events(DocumentSent.class).stream()
        .filter(d -> d.document() == StateManagementDocument.CANCELLATION_OR_CORRECTION
            && !d.date().isBefore(decision.date()))
        .findFirst();
    if (sent.isPresent() && sent.get().date().equals(decision.date())) {
      return List.of();
    }
    if (sent.isEmpty() && !asOf.isAfter(decision.date())) {
      return List.of(Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(SEND_IMMEDIATELY)
          .fact("date", decision.date().toString(), Show.date(decision.date())).build());
    }
    return List.of(Finding.of("CANCELLATION_NOT_SENT_IMMEDIATELY", Severity.ERROR).cite(SEND_IMMEDIATELY)
        .fact("date", decision.date().toString(), Show.date(decision.date())).build());
  }
}
