package io.github.boithuong.rules;

import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationContentRecorded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.NegotiationStepsRecorded;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NegotiationContentItem;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.SessionStep;
import io.github.boithuong.core.claim.StateManagementAgency;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The review of a case's negotiation against Luật TNBTCNN 2017 Điều 46.3 (who takes part), 46.5
 * (what it deals with), 46.6 (its steps) and 46.7 (who signs the result minute), and Nghị định
 * 68/2018 Điều 21. Shared by the rules that depend on it: negotiation participation, decision
 * cancellation (Điều 48.3.b) and funding review (Điều 62.4, as the implementation plans instruct).
 */
final class NegotiationReview {

  static final Citation CANCELLATION_ON_REQUEST =
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 3, "b");

  final List<Finding> findings = new ArrayList<>();
  final List<Finding> missingFacts = new ArrayList<>();
  final boolean negotiated;
  boolean defect;

  private NegotiationReview(boolean negotiated) {
    this.negotiated = negotiated;
  }

  static NegotiationReview of(Claim claim, RuleContext context) {
    List<NegotiationSession> sessions = claim.events(NegotiationSession.class);
    NegotiationReview review = new NegotiationReview(!sessions.isEmpty());
    if (sessions.isEmpty()) {
      return review;
    }
    Optional<StateManagementAgency> sma = claim.resolvingAgency().stateManagementAgency();
    if (sma.isEmpty()) {
      review.missingFacts.add(Finding.of("MISSING_AGENCY_PROVINCE", Severity.WARNING)
          .cite(Citation.of(LegalText.DECREE_68_2018, 21, 2, "b"))
          .fact("agency", claim.resolvingAgency().name()).build());
    }
    boolean criminal = claim.field() == LiabilityField.CRIMINAL_PROCEDURE;
    Optional<LocalDate> officialRequired = claim.events(NegotiationInvited.class).stream()
        .filter(i -> i.invitee() == ParticipantRole.OFFICIAL_AT_FAULT)
        .map(NegotiationInvited::date).findFirst();
    for (NegotiationSession session : sessions) {
      if (session.attendees().isEmpty()) {
        review.missingFacts.add(Finding.of("MISSING_SESSION_ATTENDEES", Severity.WARNING)
            .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3))
            .fact("session", session.date().toString(), Show.date(session.date())).build());
        continue;
      }
      Set<ParticipantRole> required = required(criminal,
          officialRequired.filter(d -> !d.isAfter(session.date())).isPresent());
      review.checkPresence(session.attendees(), required, sma, session.date(), false);
    }
    List<NegotiationConcluded> minutes = claim.events(NegotiationConcluded.class);
    for (NegotiationConcluded minute : minutes) {
      if (minute.signatories().isEmpty()) {
        review.missingFacts.add(Finding.of("MISSING_MINUTE_SIGNATORIES", Severity.WARNING)
            .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 7))
            .fact("minute", minute.date().toString(), Show.date(minute.date())).build());
        continue;
      }
      Set<ParticipantRole> required = required(criminal,
          officialRequired.filter(d -> !d.isAfter(minute.date())).isPresent());
      review.checkPresence(minute.signatories(), required, sma, minute.date(), true);
    }
    review.checkInvitation(claim, context, sessions.get(0).date(), sma);
    review.checkContent(claim);
    review.checkSteps(claim);
    if (review.defect) {
      boolean decided = !claim.events(DecisionIssued.class).isEmpty();
      review.findings.add(Finding.of(decided ? "NEGOTIATION_CANCELLATION_OPEN"
              : "NEGOTIATION_REPEAT_BEFORE_DECISION", Severity.INFO)
          .cite(CANCELLATION_ON_REQUEST).build());
    }
    return review;
  }

  private static Set<ParticipantRole> required(boolean criminal, boolean officialRequired) {
    Set<ParticipantRole> roles = EnumSet.of(ParticipantRole.CHAIR, ParticipantRole.RESOLVER,
        ParticipantRole.CLAIMANT, ParticipantRole.STATE_MANAGEMENT_AGENCY);
    if (criminal) {
      roles.add(ParticipantRole.PROCURACY);
    }
    if (officialRequired) {
      roles.add(ParticipantRole.OFFICIAL_AT_FAULT);
    }
    return roles;
  }

  private void checkPresence(List<Participant> people, Set<ParticipantRole> required,
      Optional<StateManagementAgency> sma, LocalDate date, boolean minute) {
    for (ParticipantRole role : required) {
      List<Participant> inRole = people.stream().filter(p -> p.role() == role).toList();
      if (inRole.isEmpty()) {
        defect = true;
        Finding.Builder f = Finding.of(minute ? "NEGOTIATION_MINUTE_NOT_SIGNED" : "NEGOTIATION_MISSING_PARTICIPANT",
                Severity.ERROR)
            .cite(role.citation())
            .fact(minute ? "minute" : "session", date.toString(), Show.date(date))
            .fact("role", role.name(), participant(role, sma));
        if (role == ParticipantRole.STATE_MANAGEMENT_AGENCY && sma.isPresent()) {
          f.cite(sma.get().negotiationDuty());
        }
        if (role == ParticipantRole.OFFICIAL_AT_FAULT) {
          f.cite(Citation.of(LegalText.DECREE_68_2018, 21, 1));
        }
        if (minute) {
          f.cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 7));
        }
        findings.add(f.build());
      } else if (role == ParticipantRole.STATE_MANAGEMENT_AGENCY && sma.isPresent()
          && inRole.stream().noneMatch(p -> matches(p.organisation(), sma.get()))) {
        defect = true;
        findings.add(Finding.of(minute ? "NEGOTIATION_MINUTE_WRONG_STATE_MANAGEMENT_AGENCY"
                : "NEGOTIATION_WRONG_STATE_MANAGEMENT_AGENCY", Severity.ERROR)
            .cite(role.citation(), sma.get().negotiationDuty())
            .fact(minute ? "minute" : "session", date.toString(), Show.date(date))
            .fact("organisation", inRole.get(0).organisation())
            .fact("agency", sma.get().name(Show.VI),
                BilingualText.of(sma.get().name(Show.VI), sma.get().name(Locale.ENGLISH)))
            .build());
      }
    }
  }

  /** An organisation left empty is not contradicted; one recorded must name the competent agency. */
  private static boolean matches(String organisation, StateManagementAgency sma) {
    if (organisation.isBlank()) {
      return true;
    }
    String o = normalise(organisation);
    return o.equals(normalise(sma.name(Show.VI))) || o.equals(normalise(sma.name(Locale.ENGLISH)));
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static BilingualText participant(ParticipantRole role, Optional<StateManagementAgency> sma) {
    if (role == ParticipantRole.STATE_MANAGEMENT_AGENCY && sma.isPresent()) {
      return BilingualText.of("đại diện " + sma.get().name(Show.VI),
          "the representative of the " + sma.get().name(Locale.ENGLISH));
    }
    return BilingualText.of(role.label(Show.VI), role.label(Locale.ENGLISH));
  }

  private void checkInvitation(Claim claim, RuleContext context, LocalDate firstSession,
      Optional<StateManagementAgency> sma) {
    Optional<NegotiationInvited> invitation = claim.events(NegotiationInvited.class).stream()
        .filter(i -> i.invitee() == ParticipantRole.STATE_MANAGEMENT_AGENCY && i.inWriting()
            && !i.date().isAfter(firstSession))
        .findFirst();
    List<Citation> basis = new ArrayList<>();
    basis.add(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "d"));
    sma.ifPresent(s -> basis.add(s.negotiationDuty()));
    if (invitation.isEmpty()) {
      findings.add(Finding.of("NEGOTIATION_NOT_INVITED_IN_WRITING", Severity.WARNING).cite(basis)
          .fact("session", firstSession.toString(), Show.date(firstSession)).build());
      return;
    }
    if (context.invitationLeadWorkingDays().isPresent()) {
      int lead = context.invitationLeadWorkingDays().getAsInt();
      int actual = context.calendar().workingDaysBetween(invitation.get().date(), firstSession);
      if (actual < lead) {
        findings.add(Finding.of("NEGOTIATION_INVITATION_LATE", Severity.WARNING)
            .cite(context.invitationLeadSource().orElseThrow())
            .fact("invited", invitation.get().date().toString(), Show.date(invitation.get().date()))
            .fact("session", firstSession.toString(), Show.date(firstSession))
            .fact("lead", lead).fact("actual", actual).build());
      }
    }
  }

  private void checkContent(Claim claim) {
    for (NegotiationContentRecorded recorded : claim.events(NegotiationContentRecorded.class)) {
      Set<NegotiationContentItem> required = EnumSet.of(NegotiationContentItem.DAMAGE_TYPES,
          NegotiationContentItem.AMOUNT, NegotiationContentItem.PAYMENT_METHOD);
      if (claim.content().otherRights().isPresent()) {
        required.add(NegotiationContentItem.OTHER_RIGHTS);
      }
      for (NegotiationContentItem item : required) {
        if (!recorded.items().contains(item)) {
          defect = true;
          findings.add(Finding.of("NEGOTIATION_CONTENT_MISSING", Severity.ERROR).cite(item.citation())
              .fact("date", recorded.date().toString(), Show.date(recorded.date()))
              .fact("item", item.name(), BilingualText.of(item.label(Show.VI), item.label(Locale.ENGLISH)))
              .build());
        }
      }
    }
  }

  private void checkSteps(Claim claim) {
    for (NegotiationStepsRecorded recorded : claim.events(NegotiationStepsRecorded.class)) {
      boolean finance = claim.events(NegotiationSession.class).stream()
          .filter(s -> s.date().equals(recorded.date()))
          .anyMatch(s -> s.attendees().stream().anyMatch(p -> p.role() == ParticipantRole.FINANCE_AGENCY));
      for (SessionStep step : SessionStep.values()) {
        boolean needed = step != SessionStep.FINANCE_AGENCY_SPEAKS || finance;
        if (needed && !recorded.steps().contains(step)) {
          defect = true;
          findings.add(Finding.of("NEGOTIATION_STEP_MISSING", Severity.ERROR).cite(step.citation())
              .fact("session", recorded.date().toString(), Show.date(recorded.date()))
              .fact("step", step.name(), BilingualText.of(step.label(Show.VI), step.label(Locale.ENGLISH)))
              .build());
        }
      }
      List<SessionStep> order = recorded.steps();
      for (int i = 1; i < order.size(); i++) {
        if (order.get(i).compareTo(order.get(i - 1)) < 0) { // declared in the order of Điều 46.6
          defect = true;
          findings.add(Finding.of("NEGOTIATION_STEPS_OUT_OF_ORDER", Severity.ERROR)
              .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 6))
              .fact("session", recorded.date().toString(), Show.date(recorded.date()))
              .fact("step", order.get(i).name(),
                  BilingualText.of(order.get(i).label(Show.VI), order.get(i).label(Locale.ENGLISH)))
              .fact("after", order.get(i - 1).name(),
                  BilingualText.of(order.get(i - 1).label(Show.VI), order.get(i - 1).label(Locale.ENGLISH)))
              .build());
          break;
        }
      }
    }
  }
}
