package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.ForwardedByDepartmentOfJustice;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The limitation period of the claim (thời hiệu yêu cầu bồi thường) — Luật TNBTCNN 2017 Điều 6;
 * Nghị định 68/2018 Điều 13.
 *
 * <p>Three years from the day the claimant received the basis document (6.1), counted as the Civil
 * Code counts a time limit (docs/interpretations.md T1); none for honour restoration; the periods of
 * force majeure, objective obstacle or incapacity without a representative recorded for it are not
 * counted and must be proven by the claimant (6.3, 6.4); a claim made inside an administrative court
 * case follows that case's limitation (6.2, not evaluated here). A dossier that reached the Sở Tư
 * pháp in time is protected even if forwarded after expiry (Nghị định 68/2018 Điều 13).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LimitationRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS =
      List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6));

  /** Creates the rule. */
  public LimitationRule() {}

  @Override
  public String id() {
    return "limitation";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Thời hiệu yêu cầu bồi thường", "Limitation period of the claim");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    if (Limitation.honourRestorationOnly(claim)) {
      findings.add(Finding.of("LIMITATION_NONE_FOR_HONOUR", Severity.INFO).cite(Limitation.LIMITATION).build());
      return Verdicts.of(this, false, findings, missing);
    }
    Optional<LocalDate> received = Limitation.received(claim);
    if (received.isEmpty()) {
      missing.add(Finding.of("MISSING_BASIS_DOCUMENT_RECEIPT", Severity.WARNING).cite(Limitation.LIMITATION).build());
      return Verdicts.of(this, true, findings, missing);
    }
    Validation<Seq<CalendarProblem>, Deadline> deadline = Limitation.deadline(claim, context, received.get());
    if (deadline.isInvalid()) {
      missing.add(CalendarFindings.cannotAnswer(deadline.getError()));
      return Verdicts.of(this, true, findings, missing);
    }
    LocalDate last = deadline.get().lastDay();
    for (ExcludedPeriod p : claim.excludedPeriods()) {
      if (p.scope() == ExclusionScope.LIMITATION) {
        findings.add(Finding.of("LIMITATION_EXCLUDED_PERIOD", Severity.INFO)
            .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6, 3),
                Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6, 4))
            .fact("from", p.startInclusive().toString(), Show.date(p.startInclusive()))
            .fact("to", p.endInclusive().toString(), Show.date(p.endInclusive()))
            .fact("reason", p.reason()).build());
      }
    }
    Optional<CaseEvent> filing = Limitation.filing(claim);
    Finding.Builder result;
    if (filing.isPresent()) {
      LocalDate filed = filing.get().date();
      result = Finding.of(filed.isAfter(last) ? "LIMITATION_EXPIRED_WHEN_FILED" : "LIMITATION_MET",
              filed.isAfter(last) ? Severity.ERROR : Severity.INFO)
          .cite(Limitation.LIMITATION)
          .fact("filed", filed.toString(), Show.date(filed));
      if (filed.isAfter(last)) {
        result.cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 2, "b"));
      }
      if (filing.get() instanceof FiledWithDepartmentOfJustice && !filed.isAfter(last)
          && claim.first(ForwardedByDepartmentOfJustice.class).filter(f -> f.date().isAfter(last)).isPresent()) {
        findings.add(Finding.of("LIMITATION_PROTECTED_WHEN_FORWARDED_LATE", Severity.INFO)
            .cite(Citation.of(LegalText.DECREE_68_2018, 13)).build());
      }
    } else {
      boolean expired = context.asOf().isAfter(last);
      result = Finding.of(expired ? "LIMITATION_EXPIRED" : "LIMITATION_RUNNING",
          expired ? Severity.ERROR : Severity.INFO).cite(Limitation.LIMITATION);
    }
    findings.add(result
        .fact("received", received.get().toString(), Show.date(received.get()))
        .fact("lastDay", last.toString(), Show.date(last))
        .build());
    if (deadline.get().isProvisional()) {
      findings.add(Finding.of("PROVISIONAL_CALENDAR", Severity.WARNING).build());
    }
    return Verdicts.of(this, true, findings, missing);
  }
}
