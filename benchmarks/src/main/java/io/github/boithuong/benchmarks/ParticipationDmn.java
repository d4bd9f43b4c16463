package io.github.boithuong.benchmarks;

import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The negotiation participation decision as a Drools DMN decision table ({@code
 * negotiation-participation.dmn}), evaluated through the kie-dmn-core runtime.
 *
 * <p>{@link #decide(Claim)} takes the same facts from the case as {@code NegotiationReview} does
 * (the sessions and minutes, whether the field is criminal procedure, the date the official at fault
 * was required) and evaluates the table once per session and once per result minute, as the rule
 * checks each. It decides only who is missing; the rule also matches the state-management agency
 * by name, checks the written invitation, the content and the steps, and builds explained findings
 * with their citations in two languages. The comparison is therefore generous to DMN.
 */
final class ParticipationDmn {

  static final String NAMESPACE =
      "https://github.com/boithuong/boithuong/benchmarks/negotiation-participation";
  static final String MODEL_NAME = "negotiation-participation";

  private final DMNRuntime runtime;
  private final DMNModel model;

  ParticipationDmn() {
    this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
        .fromClasspathResource("negotiation-participation.dmn", ParticipationDmn.class)
        .getOrElseThrow(e -> new IllegalStateException("cannot build the DMN runtime", e));
    this.model = runtime.getModel(NAMESPACE, MODEL_NAME);
    if (model == null || model.hasErrors()) {
      throw new IllegalStateException("the DMN model does not compile: "
          + (model == null ? "not found" : model.getMessages()));
    }
  }

  /** The inputs of one evaluation of the table. */
  record Inputs(boolean chair, boolean resolver, boolean claimant, boolean stateManagementAgency,
      boolean procuracy, boolean officialAtFault, boolean criminalProcedure, boolean officialRequired) {

    static Inputs of(List<Participant> people, boolean criminal, boolean officialRequired) {
      boolean chair = false;
      boolean resolver = false;
      boolean claimant = false;
      boolean sma = false;
      boolean procuracy = false;
      boolean official = false;
      for (Participant p : people) {
        switch (p.role()) {
          case CHAIR -> chair = true;
          case RESOLVER -> resolver = true;
          case CLAIMANT -> claimant = true;
          case STATE_MANAGEMENT_AGENCY -> sma = true;
          case PROCURACY -> procuracy = true;
          case OFFICIAL_AT_FAULT -> official = true;
          default -> { }
        }
      }
      return new Inputs(chair, resolver, claimant, sma, procuracy, official, criminal, officialRequired);
    }
  }

  /** The result of one evaluation: the missing roles, in table order, and whether none is missing. */
  record Decision(List<String> missingRoles, boolean complete) {}

  /** Evaluates the table once. */
  Decision evaluate(Inputs in) {
    DMNContext context = runtime.newContext();
    context.set("chairPresent", in.chair());
    context.set("resolverPresent", in.resolver());
    context.set("claimantPresent", in.claimant());
    context.set("stateManagementAgencyPresent", in.stateManagementAgency());
    context.set("procuracyPresent", in.procuracy());
    context.set("officialAtFaultPresent", in.officialAtFault());
    context.set("criminalProcedure", in.criminalProcedure());
    context.set("officialRequired", in.officialRequired());
    DMNResult result = runtime.evaluateAll(model, context);
    if (result.hasErrors()) {
      throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
    }
    Object missing = result.getDecisionResultByName("missingRoles").getResult();
    List<String> roles = new ArrayList<>();
    if (missing instanceof List<?> list) {
      for (Object o : list) {
        roles.add((String) o);
      }
    }
    Object complete = result.getDecisionResultByName("participationComplete").getResult();
    return new Decision(roles, Boolean.TRUE.equals(complete));
  }

  /** The decision over a case: one evaluation per session, then one per result minute. */
  List<Decision> decide(Claim claim) {
    boolean criminal = claim.field() == LiabilityField.CRIMINAL_PROCEDURE;
    Optional<LocalDate> officialRequired = claim.events(NegotiationInvited.class).stream()
        .filter(i -> i.invitee() == ParticipantRole.OFFICIAL_AT_FAULT)
        .map(NegotiationInvited::date).findFirst();
    List<Decision> decisions = new ArrayList<>();
    for (NegotiationSession session : claim.events(NegotiationSession.class)) {
      boolean required = officialRequired.filter(d -> !d.isAfter(session.date())).isPresent();
      decisions.add(evaluate(Inputs.of(session.attendees(), criminal, required)));
    }
    for (NegotiationConcluded minute : claim.events(NegotiationConcluded.class)) {
      boolean required = officialRequired.filter(d -> !d.isAfter(minute.date())).isPresent();
      decisions.add(evaluate(Inputs.of(minute.signatories(), criminal, required)));
    }
    return decisions;
  }
}
