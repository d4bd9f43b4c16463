package io.github.boithuong.examples.json;

import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.ComplexityGround;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.HonourAnswer;
import io.github.boithuong.core.claim.NegotiationContentItem;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.PublicationChannel;
import io.github.boithuong.core.claim.SessionStep;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.SuspensionGround;
import io.github.boithuong.core.claim.TerminationGround;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.examples.json.FieldSpec.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The event types of the JSON case format: one per {@link CaseEvent} record, named by the record's
 * simple name ({@code "DossierReceived"}), with its fields in the order of the record's components
 * and an explicit constructor and extractor. No reflection binds JSON to the library's types.
 */
final class EventTypes {

  /** One event type: its JSON name, its record, its fields, how to build and take it apart. */
  static final class EventType<E extends CaseEvent> {
    private final String name;
    private final Class<E> type;
    private final String description;
    private final List<FieldSpec> fields;
    private final Function<Values, E> create;
    private final Function<E, List<Object>> extract;

    private EventType(Class<E> type, String description, Function<Values, E> create,
        Function<E, List<Object>> extract, List<FieldSpec> fields) {
      this.name = type.getSimpleName();
      this.type = type;
      this.description = description;
      this.fields = List.copyOf(fields);
      this.create = create;
      this.extract = extract;
    }

    String name() {
      return name;
    }

    Class<E> type() {
      return type;
    }

    String description() {
      return description;
    }

    List<FieldSpec> fields() {
      return fields;
    }

    E create(Values values) {
      return create.apply(values);
    }

    List<Object> values(CaseEvent event) {
      return extract.apply(type.cast(event));
    }
  }

  /** The values read for an event's fields, by position. */
  static final class Values {
    private final List<Object> values;

    Values(List<Object> values) {
      this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    LocalDate date(int i) {
      return (LocalDate) values.get(i);
    }

    Vnd amount(int i) {
      return (Vnd) values.get(i);
    }

    boolean bool(int i) {
      return (Boolean) values.get(i);
    }

    int integer(int i) {
      return (Integer) values.get(i);
    }

    String text(int i) {
      return (String) values.get(i);
    }

    <T extends Enum<T>> T enumValue(int i, Class<T> type) {
      return type.cast(values.get(i));
    }

    <T extends Enum<T>> List<T> enumList(int i, Class<T> type) {
      List<T> result = new ArrayList<>();
      for (Object o : (List<?>) values.get(i)) {
        result.add(type.cast(o));
      }
      return result;
    }

    <T extends Enum<T>> Set<T> enumSet(int i, Class<T> type) {
      Set<T> result = new LinkedHashSet<>();
      for (Object o : (List<?>) values.get(i)) {
        result.add(type.cast(o));
      }
      return result;
    }

    List<Participant> participants(int i) {
      List<Participant> result = new ArrayList<>();
      for (Object o : (List<?>) values.get(i)) {
        result.add((Participant) o);
      }
      return result;
    }
  }

  private static final Map<String, EventType<?>> BY_NAME = new LinkedHashMap<>();
  private static final Map<Class<?>, EventType<?>> BY_CLASS = new LinkedHashMap<>();

  private EventTypes() {}

  /** Every event type, in the order of the records in {@link CaseEvent}. */
  static List<EventType<?>> all() {
    return List.copyOf(BY_NAME.values());
  }

  static Optional<EventType<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  static EventType<?> of(CaseEvent event) {
    EventType<?> t = BY_CLASS.get(Objects.requireNonNull(event, "event").getClass());
    if (t == null) {
      throw new IllegalStateException("No JSON type for the event " + event.getClass().getName());
    }
    return t;
  }

  private static <E extends CaseEvent> void add(Class<E> type, String description,
      Function<Values, E> create, Function<E, List<Object>> extract, FieldSpec... fields) {
    EventType<E> t = new EventType<>(type, description, create, extract, List.of(fields));
    BY_NAME.put(t.name(), t);
    BY_CLASS.put(type, t);
  }

  private static FieldSpec date(String description) {
    return new FieldSpec("date", Kind.DATE, null, description);
  }

  private static FieldSpec field(String name, Kind kind, Class<? extends Enum<?>> enumType,
      String description) {
    return new FieldSpec(name, kind, enumType, description);
  }

  static {
    add(CaseEvent.FiledWithDepartmentOfJustice.class,
        "The dossier was filed with the Sở Tư pháp because the resolving agency was unclear (Điều 41.4).",
        v -> new CaseEvent.FiledWithDepartmentOfJustice(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.ForwardedByDepartmentOfJustice.class,
        "The Sở Tư pháp forwarded the dossier to the resolving agency and told the claimant (Điều 41.4; Nghị định 68/2018 Điều 33).",
        v -> new CaseEvent.ForwardedByDepartmentOfJustice(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DossierReceived.class,
        "The resolving agency received the dossier (Điều 42.1).",
        v -> new CaseEvent.DossierReceived(v.date(0), v.enumValue(1, FilingMethod.class)),
        e -> List.of(e.date(), e.method()),
        date("the date of the event"),
        field("method", Kind.ENUM, FilingMethod.class, "how the dossier was filed"));
    add(CaseEvent.ReceiptAcknowledged.class,
        "Written acknowledgment of a dossier received by post (Điều 42.1).",
        v -> new CaseEvent.ReceiptAcknowledged(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.CompletionRequested.class,
        "The head asked the claimant to complete the dossier, or the authority for the basis document (Điều 42.2).",
        v -> new CaseEvent.CompletionRequested(v.date(0), v.enumList(1, DossierItem.class), v.bool(2)),
        e -> List.of(e.date(), e.missing(), e.basisDocumentRequestedFromAuthority()),
        date("the date of the event"),
        field("missing", Kind.ENUM_LIST, DossierItem.class, "the documents asked for"),
        field("basisDocumentRequestedFromAuthority", Kind.BOOLEAN, null, "whether the authority was asked to supply or clarify the basis document (Điều 42.2.b)"));
    add(CaseEvent.DossierCompleted.class,
        "The claimant completed the dossier, or the authority supplied the basis document (Điều 42.3).",
        v -> new CaseEvent.DossierCompleted(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.Accepted.class,
        "The claim was accepted and entered in the register (thụ lý, Điều 43.1).",
        v -> new CaseEvent.Accepted(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.AcceptanceRefused.class,
        "The claim was not accepted, on a ground of Điều 43.2.",
        v -> new CaseEvent.AcceptanceRefused(v.date(0), v.enumValue(1, NonAcceptanceGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, NonAcceptanceGround.class, "the ground of Điều 43.2"));
    add(CaseEvent.ProcessingStopped.class,
        "A ground of Điều 43.2 was found after acceptance: the case is deleted from the register and the dossier returned (Điều 43.4).",
        v -> new CaseEvent.ProcessingStopped(v.date(0), v.enumValue(1, NonAcceptanceGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, NonAcceptanceGround.class, "the ground of Điều 43.2 found after acceptance"));
    add(CaseEvent.ResolverAppointed.class,
        "The resolver was appointed, with the facts that Điều 43.3.b asks of them (Điều 43.3.a).",
        v -> new CaseEvent.ResolverAppointed(v.date(0), v.text(1), v.bool(2), v.bool(3), v.bool(4)),
        e -> List.of(e.date(), e.name(), e.experienced(), e.interested(), e.related()),
        date("the date of the event"),
        field("name", Kind.TEXT, null, "the resolver's name"),
        field("experienced", Kind.BOOLEAN, null, "whether the resolver has professional experience in the sector (Điều 43.3.b)"),
        field("interested", Kind.BOOLEAN, null, "whether the resolver has an interest in the case (Điều 43.3.b)"),
        field("related", Kind.BOOLEAN, null, "whether the resolver is a relative of the official or of the injured person (Điều 43.3.b)"));
    add(CaseEvent.AdvanceProposed.class,
        "The resolver proposed an advance payment (Điều 44.2).",
        v -> new CaseEvent.AdvanceProposed(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the event"),
        field("amount", Kind.AMOUNT, null, "the amount proposed"));
    add(CaseEvent.AdvanceFundingRequested.class,
        "The head asked the finance agency for the advance, the agency's budget being insufficient (Điều 44.3).",
        v -> new CaseEvent.AdvanceFundingRequested(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.AdvanceFundsGranted.class,
        "The finance agency granted the advance (Điều 44.3).",
        v -> new CaseEvent.AdvanceFundsGranted(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.AdvancePaid.class,
        "The advance was paid (Điều 44).",
        v -> new CaseEvent.AdvancePaid(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the event"),
        field("amount", Kind.AMOUNT, null, "the amount paid"));
    add(CaseEvent.ComplexCaseDetermined.class,
        "The case was found complex (Điều 45.2; Nghị định 68/2018 Điều 19.1).",
        v -> new CaseEvent.ComplexCaseDetermined(v.date(0), v.enumValue(1, ComplexityGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, ComplexityGround.class, "the ground of Nghị định 68/2018 Điều 19.1 or Điều 45.2"));
    add(CaseEvent.VerificationExtensionAgreed.class,
        "The claimant and the resolver agreed to extend verification (Điều 45.2; Nghị định 68/2018 Điều 14.2).",
        v -> new CaseEvent.VerificationExtensionAgreed(v.date(0), v.integer(1), v.bool(2)),
        e -> List.of(e.date(), e.days(), e.minuteSignedOnEveryPage()),
        date("the date of the event"),
        field("days", Kind.INTEGER, null, "the number of days added, at most 15"),
        field("minuteSignedOnEveryPage", Kind.BOOLEAN, null, "whether the agreement is a minute signed by the resolver and signed or thumb-printed by the claimant on every page (Nghị định 68/2018 Điều 14.2)"));
    add(CaseEvent.VerificationCompleted.class,
        "Damage verification ended (Điều 45.2).",
        v -> new CaseEvent.VerificationCompleted(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.VerificationReportCompleted.class,
        "The verification report was completed (Điều 45.3).",
        v -> new CaseEvent.VerificationReportCompleted(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.NegotiationInvited.class,
        "An invitation to negotiate was sent (Điều 46.3).",
        v -> new CaseEvent.NegotiationInvited(v.date(0), v.enumValue(1, ParticipantRole.class), v.bool(2)),
        e -> List.of(e.date(), e.invitee(), e.inWriting()),
        date("the date of the event"),
        field("invitee", Kind.ENUM, ParticipantRole.class, "who was invited"),
        field("inWriting", Kind.BOOLEAN, null, "whether the invitation was in writing"));
    add(CaseEvent.InvitationRefused.class,
        "The claimant refused the negotiation invitation (Điều 50.1.a).",
        v -> new CaseEvent.InvitationRefused(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.ClaimantAbsent.class,
        "The claimant did not attend a negotiation session after receiving the invitation (Điều 50.1.b).",
        v -> new CaseEvent.ClaimantAbsent(v.date(0), v.bool(1)),
        e -> List.of(e.date(), e.goodReason()),
        date("the date of the event"),
        field("goodReason", Kind.BOOLEAN, null, "whether the absence had a good reason"));
    add(CaseEvent.NegotiationSession.class,
        "A negotiation session was held (phiên thương lượng, Điều 46).",
        v -> new CaseEvent.NegotiationSession(v.date(0), v.participants(1)),
        e -> List.of(e.date(), e.attendees()),
        date("the date of the event"),
        field("attendees", Kind.PARTICIPANTS, null, "who took part, in which capacity"));
    add(CaseEvent.NegotiationExtensionAgreed.class,
        "The claimant and the resolver agreed to extend the negotiation (Điều 46.1).",
        v -> new CaseEvent.NegotiationExtensionAgreed(v.date(0), v.integer(1)),
        e -> List.of(e.date(), e.days()),
        date("the date of the event"),
        field("days", Kind.INTEGER, null, "the number of days added, at most 10"));
    add(CaseEvent.NegotiationConcluded.class,
        "The negotiation ended with a result minute, successful or not (Điều 46.7).",
        v -> new CaseEvent.NegotiationConcluded(v.date(0), v.bool(1), v.participants(2)),
        e -> List.of(e.date(), e.success(), e.signatories()),
        date("the date of the event"),
        field("success", Kind.BOOLEAN, null, "whether the negotiation succeeded (thương lượng thành)"),
        field("signatories", Kind.PARTICIPANTS, null, "who signed the result minute"));
    add(CaseEvent.DecisionIssued.class,
        "The compensation decision was issued (Điều 47.1).",
        v -> new CaseEvent.DecisionIssued(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the event"),
        field("amount", Kind.AMOUNT, null, "the amount decided"));
    add(CaseEvent.DecisionHandedOver.class,
        "The decision was handed to the claimant, who took it (Điều 47.1).",
        v -> new CaseEvent.DecisionHandedOver(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DecisionRefused.class,
        "The claimant refused to take the decision; a refusal minute was drawn up (Điều 47.1).",
        v -> new CaseEvent.DecisionRefused(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DecisionSent.class,
        "The decision was sent to the claimant after the refusal minute (Điều 47.1).",
        v -> new CaseEvent.DecisionSent(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DecisionReceived.class,
        "The claimant received the decision sent after a refusal (Điều 47.1, 52.2).",
        v -> new CaseEvent.DecisionReceived(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.ObviousErrorFound.class,
        "An obvious spelling, figure or calculation error was found in the decision (Điều 48.4).",
        v -> new CaseEvent.ObviousErrorFound(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DecisionCorrected.class,
        "The decision was corrected or supplemented (Điều 48.4).",
        v -> new CaseEvent.DecisionCorrected(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.CancellationGroundArose.class,
        "A ground to cancel the decision arose (Điều 48.1, 48.3).",
        v -> new CaseEvent.CancellationGroundArose(v.date(0), v.enumValue(1, CancellationGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, CancellationGround.class, "the ground of Điều 48.1 or 48.3"));
    add(CaseEvent.DecisionCancelled.class,
        "The decision was cancelled (Điều 48).",
        v -> new CaseEvent.DecisionCancelled(v.date(0), v.enumValue(1, CancellationGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, CancellationGround.class, "the ground of Điều 48.1 or 48.3"));
    add(CaseEvent.PostponementRequested.class,
        "The claimant asked to postpone the resolution (Điều 49).",
        v -> new CaseEvent.PostponementRequested(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.Postponed.class,
        "The resolution was postponed until a date (Điều 49).",
        v -> new CaseEvent.Postponed(v.date(0), v.date(1)),
        e -> List.of(e.date(), e.untilInclusive()),
        date("the date of the event"),
        field("untilInclusive", Kind.DATE, null, "the last day of the postponement"));
    add(CaseEvent.ResumedAfterPostponement.class,
        "The resolution resumed after the postponement (Điều 49).",
        v -> new CaseEvent.ResumedAfterPostponement(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.SuspensionGroundArose.class,
        "A ground to suspend arose that is not derived from other events: the claimant did not sign the result minute, or the basis document is under review (Điều 50.1.c–d).",
        v -> new CaseEvent.SuspensionGroundArose(v.date(0), v.enumValue(1, SuspensionGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, SuspensionGround.class, "the ground of Điều 50.1"));
    add(CaseEvent.Suspended.class,
        "The resolution was suspended (Điều 50).",
        v -> new CaseEvent.Suspended(v.date(0), v.enumValue(1, SuspensionGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, SuspensionGround.class, "the ground of Điều 50.1"));
    add(CaseEvent.ContinuationRequested.class,
        "The claimant asked to continue after the suspension (Điều 50.2).",
        v -> new CaseEvent.ContinuationRequested(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.Continued.class,
        "The resolution continued after the suspension (Điều 50).",
        v -> new CaseEvent.Continued(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.ClaimWithdrawn.class,
        "The claimant withdrew the claim (Điều 51.1.a).",
        v -> new CaseEvent.ClaimWithdrawn(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.TerminationGroundArose.class,
        "A ground to terminate arose that is not derived from other events, e.g. the injured person died without heirs (Điều 51.1.b).",
        v -> new CaseEvent.TerminationGroundArose(v.date(0), v.enumValue(1, TerminationGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, TerminationGround.class, "the ground of Điều 51.1"));
    add(CaseEvent.Terminated.class,
        "The resolution was terminated (Điều 51).",
        v -> new CaseEvent.Terminated(v.date(0), v.enumValue(1, TerminationGround.class)),
        e -> List.of(e.date(), e.ground()),
        date("the date of the event"),
        field("ground", Kind.ENUM, TerminationGround.class, "the ground of Điều 51.1"));
    add(CaseEvent.FundingRequested.class,
        "The resolving agency sent the funding request dossier to the finance agency (Điều 62.1).",
        v -> new CaseEvent.FundingRequested(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.FundingDossierDeficient.class,
        "The finance agency found the dossier non-compliant or the amount not lawful, and coordinates to complete it (Điều 62.4).",
        v -> new CaseEvent.FundingDossierDeficient(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.FundsGranted.class,
        "The finance agency granted the funds (Điều 62.4).",
        v -> new CaseEvent.FundsGranted(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the event"),
        field("amount", Kind.AMOUNT, null, "the amount granted"));
    add(CaseEvent.PaymentNoticeSent.class,
        "The claimant was notified of the payment (Điều 62.5).",
        v -> new CaseEvent.PaymentNoticeSent(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.PaymentNoticeReceived.class,
        "The claimant received the payment notice (Điều 62.5).",
        v -> new CaseEvent.PaymentNoticeReceived(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.Paid.class,
        "The compensation was paid (Điều 62.5).",
        v -> new CaseEvent.Paid(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the event"),
        field("amount", Kind.AMOUNT, null, "the amount paid"));
    add(CaseEvent.RecourseCouncilEstablished.class,
        "The council on the official's duty to repay was set up (Điều 66.1; Nghị định 68/2018 Điều 28).",
        v -> new CaseEvent.RecourseCouncilEstablished(v.date(0), v.bool(1)),
        e -> List.of(e.date(), e.complex()),
        date("the date of the event"),
        field("complex", Kind.BOOLEAN, null, "whether the recourse case is complex (Nghị định 68/2018 Điều 29.6)"));
    add(CaseEvent.RecourseRecommended.class,
        "The council gave its recommendation (Điều 66.2).",
        v -> new CaseEvent.RecourseRecommended(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.RecourseDecided.class,
        "The recourse decision was issued (Điều 66.3; Nghị định 68/2018 Điều 30).",
        v -> new CaseEvent.RecourseDecided(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.DocumentSent.class,
        "A document was sent to the state-management agency (Thông tư 08/2019/TT-BTP Điều 12).",
        v -> new CaseEvent.DocumentSent(v.date(0), v.enumValue(1, StateManagementDocument.class), v.enumSet(2, DocumentRecipient.class)),
        e -> List.of(e.date(), e.document(), e.recipients()),
        date("the date of the event"),
        field("document", Kind.ENUM, StateManagementDocument.class, "the document"),
        field("recipients", Kind.ENUM_SET, DocumentRecipient.class, "to whom it was sent"));
    add(CaseEvent.SuitFiled.class,
        "The claimant sued in court (Điều 52).",
        v -> new CaseEvent.SuitFiled(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.NegotiationContentRecorded.class,
        "What the negotiation dealt with, as recorded in its minutes (Điều 46.5).",
        v -> new CaseEvent.NegotiationContentRecorded(v.date(0), v.enumSet(1, NegotiationContentItem.class)),
        e -> List.of(e.date(), e.items()),
        date("the date of the event"),
        field("items", Kind.ENUM_SET, NegotiationContentItem.class, "the items dealt with"));
    add(CaseEvent.NegotiationStepsRecorded.class,
        "The steps a negotiation session followed, in the order they took place, as recorded in its minute (Điều 46.6).",
        v -> new CaseEvent.NegotiationStepsRecorded(v.date(0), v.enumList(1, SessionStep.class)),
        e -> List.of(e.date(), e.steps()),
        date("the date of the session"),
        field("steps", Kind.ENUM_LIST, SessionStep.class, "the steps, in order"));
    add(CaseEvent.CancellationRequestedByClaimant.class,
        "The claimant asked for the decision to be cancelled and the claim resolved again (Điều 48.3.b).",
        v -> new CaseEvent.CancellationRequestedByClaimant(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the event"));
    add(CaseEvent.CancellationRequiredByAuthority.class,
        "The Ministry of Justice or the provincial People's Committee required the head of the agency to cancel the decision (Điều 73.2.m, 73.3.h; Thông tư 08/2019/TT-BTP Điều 29).",
        v -> new CaseEvent.CancellationRequiredByAuthority(v.date(0), v.enumValue(1, CancellationGround.class), v.enumValue(2, DocumentRecipient.class)),
        e -> List.of(e.date(), e.ground(), e.authority()),
        date("the date of the event"),
        field("ground", Kind.ENUM, CancellationGround.class, "the ground invoked"),
        field("authority", Kind.ENUM, DocumentRecipient.class, "who required it"));
    add(CaseEvent.FundingDossierRecorded.class,
        "What the funding request dossier contained and the amount it asked for (Điều 62.2–62.3).",
        v -> new CaseEvent.FundingDossierRecorded(v.date(0), v.enumSet(1, FundingDossierItem.class), v.amount(2)),
        e -> List.of(e.date(), e.items(), e.amountRequested()),
        date("the date the dossier was sent"),
        field("items", Kind.ENUM_SET, FundingDossierItem.class, "the documents in it"),
        field("amountRequested", Kind.AMOUNT, null, "the amount requested"));
    add(CaseEvent.CourtAcceptedClaim.class,
        "A court accepted the claim, which bars the agency route (Điều 43.2.e, 43.2.g).",
        v -> new CaseEvent.CourtAcceptedClaim(v.date(0), v.enumValue(1, CourtRoute.class)),
        e -> List.of(e.date(), e.route()),
        date("the date of the court's acceptance"),
        field("route", Kind.ENUM, CourtRoute.class, "how the court took it up"));
    add(CaseEvent.ClaimAlreadyDecided.class,
        "The claim had already been decided by an effective judgment or decision (Điều 43.2.h).",
        v -> new CaseEvent.ClaimAlreadyDecided(v.date(0), v.text(1)),
        e -> List.of(e.date(), e.reference()),
        date("the date of that judgment or decision"),
        field("reference", Kind.TEXT, null, "which judgment or decision"));
    add(CaseEvent.HonourRestorationNotified.class,
        "The agency notified the injured person in writing that the State will restore their honour (Điều 57.1).",
        v -> new CaseEvent.HonourRestorationNotified(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the notice"));
    add(CaseEvent.HonourRestorationAnswered.class,
        "The injured person answered the notice of honour restoration (Điều 57.2–57.5).",
        v -> new CaseEvent.HonourRestorationAnswered(v.date(0), v.enumValue(1, HonourAnswer.class)),
        e -> List.of(e.date(), e.answer()),
        date("the date of the answer"),
        field("answer", Kind.ENUM, HonourAnswer.class, "the answer"));
    add(CaseEvent.HonourRestorationRequested.class,
        "The injured person asked in writing for honour restoration (Điều 57.4; Nghị định 68/2018 Điều 22.3).",
        v -> new CaseEvent.HonourRestorationRequested(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the request"));
    add(CaseEvent.ApologyHeld.class,
        "A direct public apology and correction was held at the injured person's place of residence (Điều 58; Nghị định 68/2018 Điều 23).",
        v -> new CaseEvent.ApologyHeld(v.date(0)),
        e -> List.of(e.date()),
        date("the date of the ceremony"));
    add(CaseEvent.ApologyPublished.class,
        "A public apology was published (Điều 59; Nghị định 68/2018 Điều 25).",
        v -> new CaseEvent.ApologyPublished(v.date(0), v.enumSet(1, PublicationChannel.class), v.integer(2)),
        e -> List.of(e.date(), e.channels(), e.consecutiveIssues()),
        date("the date of the first publication"),
        field("channels", Kind.ENUM_SET, PublicationChannel.class, "where it was published"),
        field("consecutiveIssues", Kind.INTEGER, null, "in how many consecutive issues of the newspapers, zero or more"));
    add(CaseEvent.RecourseRepaid.class,
        "The official repaid an amount under the recourse decision (Điều 67, 68), in one payment or an instalment.",
        v -> new CaseEvent.RecourseRepaid(v.date(0), v.amount(1)),
        e -> List.of(e.date(), e.amount()),
        date("the date of the repayment"),
        field("amount", Kind.AMOUNT, null, "the amount repaid"));
  }
}
