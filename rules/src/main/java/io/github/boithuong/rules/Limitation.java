package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
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
 * The limitation period of a claim (Luật TNBTCNN 2017 Điều 6): three years from the day the
 * claimant received the basis document, extended by the excluded periods recorded for it, met by
 * filing with the agency or with the Sở Tư pháp (Nghị định 68/2018 Điều 13). Shared by the
 * limitation and acceptance rules.
 */
final class Limitation {

  static final Citation LIMITATION = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6, 1);

  private Limitation() {}

  /** True when the claim asks for honour restoration only: no limitation period (Điều 6.1). */
  static boolean honourRestorationOnly(Claim claim) {
    return claim.content().damages().isEmpty() && claim.content().honourRestorationRequested();
  }

  static Optional<LocalDate> received(Claim claim) {
    return claim.basisDocument().flatMap(BasisDocument::received);
  }

  static Optional<CaseEvent> filing(Claim claim) {
    return claim.events().stream()
        .filter(e -> e instanceof FiledWithDepartmentOfJustice || e instanceof DossierReceived)
        .findFirst();
  }

  static List<ExcludedInterval> excluded(Claim claim) {
    List<ExcludedInterval> result = new ArrayList<>();
    for (ExcludedPeriod p : claim.excludedPeriods()) {
      if (p.scope() == ExclusionScope.LIMITATION) {
        result.add(p.interval());
      }
    }
    return result;
  }

  static Validation<Seq<CalendarProblem>, Deadline> deadline(Claim claim, RuleContext context,
      LocalDate received) {
    return Deadline.compute(received, LegalPeriod.years(3).asLimitationPeriod().withCitation(LIMITATION),
        context.calendar(), excluded(claim));
  }
}
