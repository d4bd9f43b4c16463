package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.claim.CaseEvent.AcceptanceRefused;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.ClaimAlreadyDecided;
import io.github.boithuong.core.claim.CaseEvent.CourtAcceptedClaim;
import io.github.boithuong.core.claim.CaseEvent.ProcessingStopped;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a claim can be accepted (thụ lý) — Luật TNBTCNN 2017 Điều 43.2, with the dossier of Điều
 * 41.1–41.2 and the stop after acceptance of Điều 43.4.
 *
 * <p>Each ground of Điều 43.2 is evaluated from the facts: (b) the limitation period, (d) the
 * claimant's standing, (đ) a dossier not completed in time, (e) and (g) a court that accepted the
 * claim, (h) a claim already decided. Grounds (a) competence and (c) the scope of State liability
 * call for the agency's own assessment of the facts; the verdict says so. When a ground applies the
 * dossier is returned with reasons — for ground (a) the claimant is told the competent agency — and a
 * ground found after acceptance stops the case (Điều 43.4).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcceptanceRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS =
      List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43));

  /** Creates the rule. */
  public AcceptanceRule() {}

  @Override
  public String id() {
    return "acceptance";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Thụ lý yêu cầu bồi thường", "Acceptance of the claim");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    if (Limitation.filing(claim).isEmpty()) {
      return Verdicts.of(this, false, findings, missing);
    }
    Map<NonAcceptanceGround, Boolean> grounds = new LinkedHashMap<>();
    // (b) limitation
    if (!Limitation.honourRestorationOnly(claim)) {
      Optional<LocalDate> received = Limitation.received(claim);
      if (received.isEmpty()) {
        missing.add(Finding.of("MISSING_BASIS_DOCUMENT_RECEIPT", Severity.WARNING).cite(Limitation.LIMITATION).build());
      } else {
        Validation<Seq<CalendarProblem>, Deadline> deadline = Limitation.deadline(claim, context, received.get());
        if (deadline.isInvalid()) {
          missing.add(CalendarFindings.cannotAnswer(deadline.getError()));
        } else {
          grounds.put(NonAcceptanceGround.LIMITATION_EXPIRED,
              Limitation.filing(claim).get().date().isAfter(deadline.get().lastDay()));
        }
      }
    }
    // (d) standing: every standing of Điều 5 may claim
    grounds.put(NonAcceptanceGround.CLAIMANT_NOT_ENTITLED, false);
    // (đ) dossier not completed within the time of Điều 42.3
    Timetable timetable = Timetable.of(claim, context.calendar());
    boolean notCompleted = timetable.entries(Step.COMPLETE_DOSSIER).stream()
        .anyMatch(e -> e.doneOn().isEmpty() && e.status(context.asOf()).kind() == StepStatus.Kind.OVERDUE);
    grounds.put(NonAcceptanceGround.DOSSIER_NOT_COMPLETED, notCompleted);
    // (e), (g), (h): court and prior decisions recorded in the case
    grounds.put(NonAcceptanceGround.FILED_IN_COURT, claim.events(CourtAcceptedClaim.class).stream()
        .anyMatch(c -> c.route() == CourtRoute.CIVIL_SUIT));
    grounds.put(NonAcceptanceGround.RESOLVED_IN_COURT_CASE, claim.events(CourtAcceptedClaim.class).stream()
        .anyMatch(c -> c.route() == CourtRoute.CRIMINAL_OR_ADMINISTRATIVE_CASE));
    grounds.put(NonAcceptanceGround.ALREADY_DECIDED, !claim.events(ClaimAlreadyDecided.class).isEmpty());

    boolean accepted = claim.first(Accepted.class).isPresent();
    Optional<AcceptanceRefused> refused = claim.first(AcceptanceRefused.class);
    Optional<ProcessingStopped> stopped = claim.first(ProcessingStopped.class);
    Set<NonAcceptanceGround> recordedGrounds = EnumSet.noneOf(NonAcceptanceGround.class);
    refused.ifPresent(r -> recordedGrounds.add(r.ground()));
    stopped.ifPresent(s -> recordedGrounds.add(s.ground()));
    boolean anyApplies = false;
    for (Map.Entry<NonAcceptanceGround, Boolean> g : grounds.entrySet()) {
      if (!g.getValue()) {
        continue;
      }
      anyApplies = true;
      boolean handled = recordedGrounds.contains(g.getKey());
      String code = handled ? "ACCEPTANCE_GROUND_HANDLED"
          : accepted ? "ACCEPTANCE_STOP_AFTER_ACCEPTANCE" : "ACCEPTANCE_GROUND_APPLIES";
      Finding.Builder f = Finding.of(code, handled ? Severity.INFO : Severity.ERROR).cite(g.getKey().citation())
          .fact("ground", g.getKey().name(),
              BilingualText.of(g.getKey().label(Show.VI), g.getKey().label(Locale.ENGLISH)));
      f.cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 4));
      findings.add(f.build());
    }
    for (NonAcceptanceGround g : recordedGrounds) {
      if (grounds.containsKey(g) && !grounds.get(g)) {
        findings.add(Finding.of("ACCEPTANCE_REFUSED_WITHOUT_GROUND", Severity.ERROR).cite(g.citation())
            .fact("ground", g.name(), BilingualText.of(g.label(Show.VI), g.label(Locale.ENGLISH))).build());
      } else if (g == NonAcceptanceGround.OUTSIDE_COMPETENCE) {
        findings.add(Finding.of("ACCEPTANCE_GUIDE_TO_COMPETENT_AGENCY", Severity.INFO).cite(g.citation(),
            Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 4)).build());
      }
    }
    findings.add(Finding.of("ACCEPTANCE_AGENCY_ASSESSES_A_AND_C", Severity.INFO)
        .cite(NonAcceptanceGround.OUTSIDE_COMPETENCE.citation(), NonAcceptanceGround.OUTSIDE_STATE_LIABILITY.citation())
        .build());
    dossier(claim, findings, missing);
    if (!anyApplies) {
      timetable.entry(Step.ACCEPT).ifPresent(e -> {
        StepStatus s = e.status(context.asOf());
        boolean late = s.kind() == StepStatus.Kind.OVERDUE || s.kind() == StepStatus.Kind.DONE_LATE;
        findings.add(step(late ? "ACCEPTANCE_LATE" : "ACCEPTANCE_DUE", late ? Severity.ERROR : Severity.INFO, e,
            context.asOf()));
      });
    }
    return Verdicts.of(this, true, findings, missing);
  }

  /** Điều 41.1–41.2: the documents the claimant's standing requires. */
  private static void dossier(Claim claim, List<Finding> findings, List<Finding> missing) {
    if (claim.dossierItems().isEmpty()) {
      missing.add(Finding.of("MISSING_DOSSIER_ITEMS", Severity.WARNING)
          .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 41)).build());
      return;
    }
    Set<DossierItem> required = EnumSet.of(DossierItem.WRITTEN_CLAIM, DossierItem.IDENTITY_PROOF);
    if (!claim.content().basisDocumentCollectionRequested()) {
      required.add(DossierItem.BASIS_DOCUMENT);
    }
    ClaimantStanding standing = claim.claimant().standing();
    if (standing != ClaimantStanding.INJURED_PERSON) {
      required.add(DossierItem.CLAIMANT_IDENTITY_PROOF);
    }
    if (standing == ClaimantStanding.AUTHORISED_REPRESENTATIVE) {
      required.add(DossierItem.AUTHORISATION);
    }
    if (standing == ClaimantStanding.HEIR) {
      required.add(DossierItem.INHERITANCE_DOCUMENT);
    }
    for (DossierItem item : required) {
      if (!claim.dossierItems().contains(item)) {
        findings.add(Finding.of("ACCEPTANCE_DOSSIER_INCOMPLETE", Severity.WARNING)
            .cite(item.citation(), Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 42, 2))
            .fact("item", item.name(), BilingualText.of(item.label(Show.VI), item.label(Locale.ENGLISH)))
            .build());
      }
    }
  }

  private static Finding step(String code, Severity severity, TimetableEntry e, LocalDate asOf) {
    return Finding.of(code, severity).cite(e.step().citation())
        .fact("due", e.dueDate().toString(), Show.date(e.dueDate()))
        .fact("status", e.status(asOf).kind().name(),
            BilingualText.of(e.status(asOf).describe(Show.VI), e.status(asOf).describe(Locale.ENGLISH)))
        .build();
  }
}
