package io.github.boithuong.core.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Something that happened in a claim, on a date: the steps of the procedure of Luật TNBTCNN 2017
 * Chương V (Điều 41–51), funding (Điều 62), recourse (Điều 66) and the documents sent under Thông
 * tư 08/2019/TT-BTP Điều 12.
 *
 * <p>Events are records: immutable and thread-safe. Their lists and sets are copied on creation.
 * A {@link Claim} keeps its events in date order; events of the same day keep the order in which
 * they were recorded, and nothing the library decides depends on that order.
 */
public sealed interface CaseEvent {

  /**
   * Gets the date of the event.
   *
   * @return the date, not null
   */
  LocalDate date();

  /**
   * Gets the name of the kind of event in the language of the locale, e.g. "thụ lý".
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the name, not null
   */
  default String label(Locale locale) {
    return EventNames.of(getClass()).in(locale);
  }


  /**
   * The dossier was filed with the Sở Tư pháp because the resolving agency was unclear (Điều 41.4).
   *
   * @param date the date of the event, not null
   */
  record FiledWithDepartmentOfJustice(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FiledWithDepartmentOfJustice {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The Sở Tư pháp forwarded the dossier to the resolving agency and told the claimant (Điều 41.4; Nghị định 68/2018 Điều 33).
   *
   * @param date the date of the event, not null
   */
  record ForwardedByDepartmentOfJustice(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ForwardedByDepartmentOfJustice {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The resolving agency received the dossier (Điều 42.1).
   *
   * @param date the date of the event, not null
   * @param method how the dossier was filed, not null
   */
  record DossierReceived(LocalDate date, FilingMethod method) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DossierReceived {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(method, "method");
    }
  }

  /**
   * Written acknowledgment of a dossier received by post (Điều 42.1).
   *
   * @param date the date of the event, not null
   */
  record ReceiptAcknowledged(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ReceiptAcknowledged {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The head asked the claimant to complete the dossier, or the authority for the basis document (Điều 42.2).
   *
   * @param date the date of the event, not null
   * @param missing the documents asked for, not null
   * @param basisDocumentRequestedFromAuthority whether the authority was asked to supply or clarify the basis document (Điều 42.2.b)
   */
  record CompletionRequested(LocalDate date, List<DossierItem> missing, boolean basisDocumentRequestedFromAuthority) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CompletionRequested {
      Objects.requireNonNull(date, "date");
      missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    }
  }

  /**
   * The claimant completed the dossier, or the authority supplied the basis document (Điều 42.3).
   *
   * @param date the date of the event, not null
   */
  record DossierCompleted(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DossierCompleted {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claim was accepted and entered in the register (thụ lý, Điều 43.1).
   *
   * @param date the date of the event, not null
   */
  record Accepted(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Accepted {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claim was not accepted, on a ground of Điều 43.2.
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 43.2, not null
   */
  record AcceptanceRefused(LocalDate date, NonAcceptanceGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AcceptanceRefused {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * A ground of Điều 43.2 was found after acceptance: the case is deleted from the register and the dossier returned (Điều 43.4).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 43.2 found after acceptance, not null
   */
  record ProcessingStopped(LocalDate date, NonAcceptanceGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ProcessingStopped {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The resolver was appointed, with the facts that Điều 43.3.b asks of them (Điều 43.3.a).
   *
   * @param date the date of the event, not null
   * @param name the resolver's name, not null
   * @param experienced whether the resolver has professional experience in the sector (Điều 43.3.b)
   * @param interested whether the resolver has an interest in the case (Điều 43.3.b)
   * @param related whether the resolver is a relative of the official or of the injured person (Điều 43.3.b)
   */
  record ResolverAppointed(LocalDate date, String name, boolean experienced, boolean interested, boolean related) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ResolverAppointed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The resolver proposed an advance payment (Điều 44.2).
   *
   * @param date the date of the event, not null
   * @param amount the amount proposed, not null
   */
  record AdvanceProposed(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AdvanceProposed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The head asked the finance agency for the advance, the agency's budget being insufficient (Điều 44.3).
   *
   * @param date the date of the event, not null
   */
  record AdvanceFundingRequested(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AdvanceFundingRequested {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The finance agency granted the advance (Điều 44.3).
   *
   * @param date the date of the event, not null
   */
  record AdvanceFundsGranted(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AdvanceFundsGranted {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The advance was paid (Điều 44).
   *
   * @param date the date of the event, not null
   * @param amount the amount paid, not null
   */
  record AdvancePaid(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AdvancePaid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The case was found complex (Điều 45.2; Nghị định 68/2018 Điều 19.1).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Nghị định 68/2018 Điều 19.1 or Điều 45.2, not null
   */
  record ComplexCaseDetermined(LocalDate date, ComplexityGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ComplexCaseDetermined {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The claimant and the resolver agreed to extend verification (Điều 45.2; Nghị định 68/2018 Điều 14.2).
   *
   * @param date the date of the event, not null
   * @param days the number of days added, at most 15
   * @param minuteSignedOnEveryPage whether the agreement is a minute signed by the resolver and signed or thumb-printed by the claimant on every page (Nghị định 68/2018 Điều 14.2)
   */
  record VerificationExtensionAgreed(LocalDate date, int days, boolean minuteSignedOnEveryPage) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationExtensionAgreed {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Damage verification ended (Điều 45.2).
   *
   * @param date the date of the event, not null
   */
  record VerificationCompleted(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationCompleted {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The verification report was completed (Điều 45.3).
   *
   * @param date the date of the event, not null
   */
  record VerificationReportCompleted(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public VerificationReportCompleted {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * An invitation to negotiate was sent (Điều 46.3).
   *
   * @param date the date of the event, not null
   * @param invitee who was invited, not null
   * @param inWriting whether the invitation was in writing
   */
  record NegotiationInvited(LocalDate date, ParticipantRole invitee, boolean inWriting) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationInvited {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(invitee, "invitee");
    }
  }

  /**
   * The claimant refused the negotiation invitation (Điều 50.1.a).
   *
   * @param date the date of the event, not null
   */
  record InvitationRefused(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public InvitationRefused {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claimant did not attend a negotiation session after receiving the invitation (Điều 50.1.b).
   *
   * @param date the date of the event, not null
   * @param goodReason whether the absence had a good reason
   */
  record ClaimantAbsent(LocalDate date, boolean goodReason) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ClaimantAbsent {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A negotiation session was held (phiên thương lượng, Điều 46).
   *
   * @param date the date of the event, not null
   * @param attendees who took part, in which capacity, not null
   */
  record NegotiationSession(LocalDate date, List<Participant> attendees) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationSession {
      Objects.requireNonNull(date, "date");
      attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees"));
    }
  }

  /**
   * The claimant and the resolver agreed to extend the negotiation (Điều 46.1).
   *
   * @param date the date of the event, not null
   * @param days the number of days added, at most 10
   */
  record NegotiationExtensionAgreed(LocalDate date, int days) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationExtensionAgreed {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The negotiation ended with a result minute, successful or not (Điều 46.7).
   *
   * @param date the date of the event, not null
   * @param success whether the negotiation succeeded (thương lượng thành)
   * @param signatories who signed the result minute, not null
   */
  record NegotiationConcluded(LocalDate date, boolean success, List<Participant> signatories) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationConcluded {
      Objects.requireNonNull(date, "date");
      signatories = List.copyOf(Objects.requireNonNull(signatories, "signatories"));
    }
  }

  /**
   * The compensation decision was issued (Điều 47.1).
   *
   * @param date the date of the event, not null
   * @param amount the amount decided, not null
   */
  record DecisionIssued(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionIssued {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The decision was handed to the claimant, who took it (Điều 47.1).
   *
   * @param date the date of the event, not null
   */
  record DecisionHandedOver(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionHandedOver {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claimant refused to take the decision; a refusal minute was drawn up (Điều 47.1).
   *
   * @param date the date of the event, not null
   */
  record DecisionRefused(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionRefused {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The decision was sent to the claimant after the refusal minute (Điều 47.1).
   *
   * @param date the date of the event, not null
   */
  record DecisionSent(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionSent {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claimant received the decision sent after a refusal (Điều 47.1, 52.2).
   *
   * @param date the date of the event, not null
   */
  record DecisionReceived(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionReceived {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * An obvious spelling, figure or calculation error was found in the decision (Điều 48.4).
   *
   * @param date the date of the event, not null
   */
  record ObviousErrorFound(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObviousErrorFound {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The decision was corrected or supplemented (Điều 48.4).
   *
   * @param date the date of the event, not null
   */
  record DecisionCorrected(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionCorrected {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A ground to cancel the decision arose (Điều 48.1, 48.3).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 48.1 or 48.3, not null
   */
  record CancellationGroundArose(LocalDate date, CancellationGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CancellationGroundArose {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The decision was cancelled (Điều 48).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 48.1 or 48.3, not null
   */
  record DecisionCancelled(LocalDate date, CancellationGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DecisionCancelled {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The claimant asked to postpone the resolution (Điều 49).
   *
   * @param date the date of the event, not null
   */
  record PostponementRequested(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PostponementRequested {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The resolution was postponed until a date (Điều 49).
   *
   * @param date the date of the event, not null
   * @param untilInclusive the last day of the postponement, not null
   */
  record Postponed(LocalDate date, LocalDate untilInclusive) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Postponed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(untilInclusive, "untilInclusive");
    }
  }

  /**
   * The resolution resumed after the postponement (Điều 49).
   *
   * @param date the date of the event, not null
   */
  record ResumedAfterPostponement(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ResumedAfterPostponement {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A ground to suspend arose that is not derived from other events: the claimant did not sign the result minute, or the basis document is under review (Điều 50.1.c–d).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 50.1, not null
   */
  record SuspensionGroundArose(LocalDate date, SuspensionGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public SuspensionGroundArose {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The resolution was suspended (Điều 50).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 50.1, not null
   */
  record Suspended(LocalDate date, SuspensionGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Suspended {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The claimant asked to continue after the suspension (Điều 50.2).
   *
   * @param date the date of the event, not null
   */
  record ContinuationRequested(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ContinuationRequested {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The resolution continued after the suspension (Điều 50).
   *
   * @param date the date of the event, not null
   */
  record Continued(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Continued {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claimant withdrew the claim (Điều 51.1.a).
   *
   * @param date the date of the event, not null
   */
  record ClaimWithdrawn(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ClaimWithdrawn {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A ground to terminate arose that is not derived from other events, e.g. the injured person died without heirs (Điều 51.1.b).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 51.1, not null
   */
  record TerminationGroundArose(LocalDate date, TerminationGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public TerminationGroundArose {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The resolution was terminated (Điều 51).
   *
   * @param date the date of the event, not null
   * @param ground the ground of Điều 51.1, not null
   */
  record Terminated(LocalDate date, TerminationGround ground) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Terminated {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * The resolving agency sent the funding request dossier to the finance agency (Điều 62.1).
   *
   * @param date the date of the event, not null
   */
  record FundingRequested(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FundingRequested {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The finance agency found the dossier non-compliant or the amount not lawful, and coordinates to complete it (Điều 62.4).
   *
   * @param date the date of the event, not null
   */
  record FundingDossierDeficient(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FundingDossierDeficient {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The finance agency granted the funds (Điều 62.4).
   *
   * @param date the date of the event, not null
   * @param amount the amount granted, not null
   */
  record FundsGranted(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FundsGranted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The claimant was notified of the payment (Điều 62.5).
   *
   * @param date the date of the event, not null
   */
  record PaymentNoticeSent(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PaymentNoticeSent {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The claimant received the payment notice (Điều 62.5).
   *
   * @param date the date of the event, not null
   */
  record PaymentNoticeReceived(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PaymentNoticeReceived {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The compensation was paid (Điều 62.5).
   *
   * @param date the date of the event, not null
   * @param amount the amount paid, not null
   */
  record Paid(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Paid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The council on the official's duty to repay was set up (Điều 66.1; Nghị định 68/2018 Điều 28).
   *
   * @param date the date of the event, not null
   * @param complex whether the recourse case is complex (Nghị định 68/2018 Điều 29.6)
   */
  record RecourseCouncilEstablished(LocalDate date, boolean complex) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RecourseCouncilEstablished {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The council gave its recommendation (Điều 66.2).
   *
   * @param date the date of the event, not null
   */
  record RecourseRecommended(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RecourseRecommended {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The recourse decision was issued (Điều 66.3; Nghị định 68/2018 Điều 30).
   *
   * @param date the date of the event, not null
   */
  record RecourseDecided(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RecourseDecided {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A document was sent to the state-management agency (Thông tư 08/2019/TT-BTP Điều 12).
   *
   * @param date the date of the event, not null
   * @param document the document, not null
   * @param recipients to whom it was sent, not null
   */
  record DocumentSent(LocalDate date, StateManagementDocument document, Set<DocumentRecipient> recipients) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DocumentSent {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(document, "document");
      recipients = Set.copyOf(Objects.requireNonNull(recipients, "recipients"));
    }
  }

  /**
   * The claimant sued in court (Điều 52).
   *
   * @param date the date of the event, not null
   */
  record SuitFiled(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public SuitFiled {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * What the negotiation dealt with, as recorded in its minutes (Điều 46.5).
   *
   * @param date the date of the event, not null
   * @param items the items dealt with, not null
   */
  record NegotiationContentRecorded(LocalDate date, Set<NegotiationContentItem> items) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationContentRecorded {
      Objects.requireNonNull(date, "date");
      items = Set.copyOf(Objects.requireNonNull(items, "items"));
    }
  }

  /**
   * The steps a negotiation session followed, in the order they took place, as recorded in its
   * minute (Điều 46.6).
   *
   * @param date the date of the session, not null
   * @param steps the steps, in order, not null
   */
  record NegotiationStepsRecorded(LocalDate date, List<SessionStep> steps) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NegotiationStepsRecorded {
      Objects.requireNonNull(date, "date");
      steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }
  }

  /**
   * The claimant asked for the decision to be cancelled and the claim resolved again (Điều 48.3.b).
   *
   * @param date the date of the event, not null
   */
  record CancellationRequestedByClaimant(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CancellationRequestedByClaimant {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The Ministry of Justice or the provincial People's Committee required the head of the agency to
   * cancel the decision (Điều 73.2.m, 73.3.h; Thông tư 08/2019/TT-BTP Điều 29).
   *
   * @param date the date of the event, not null
   * @param ground the ground invoked, not null
   * @param authority who required it, not null
   */
  record CancellationRequiredByAuthority(LocalDate date, CancellationGround ground,
      DocumentRecipient authority) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CancellationRequiredByAuthority {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(ground, "ground");
      Objects.requireNonNull(authority, "authority");
    }
  }

  /**
   * What the funding request dossier contained and the amount it asked for (Điều 62.2–62.3).
   *
   * @param date the date the dossier was sent, not null
   * @param items the documents in it, not null
   * @param amountRequested the amount requested, not null
   */
  record FundingDossierRecorded(LocalDate date, Set<FundingDossierItem> items, Vnd amountRequested)
      implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FundingDossierRecorded {
      Objects.requireNonNull(date, "date");
      items = Set.copyOf(Objects.requireNonNull(items, "items"));
      Objects.requireNonNull(amountRequested, "amountRequested");
    }
  }

  /**
   * A court accepted the claim, which bars the agency route (Điều 43.2.e, 43.2.g).
   *
   * @param date the date of the court's acceptance, not null
   * @param route how the court took it up, not null
   */
  record CourtAcceptedClaim(LocalDate date, CourtRoute route) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CourtAcceptedClaim {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(route, "route");
    }
  }

  /**
   * The claim had already been decided by an effective judgment or decision (Điều 43.2.h).
   *
   * @param date the date of that judgment or decision, not null
   * @param reference which judgment or decision, not null
   */
  record ClaimAlreadyDecided(LocalDate date, String reference) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ClaimAlreadyDecided {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reference, "reference");
    }
  }

  /**
   * The agency notified the injured person in writing that the State will restore their honour
   * (Điều 57.1).
   *
   * @param date the date of the notice, not null
   */
  record HonourRestorationNotified(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public HonourRestorationNotified {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The injured person answered the notice of honour restoration (Điều 57.2–57.5).
   *
   * @param date the date of the answer, not null
   * @param answer the answer, not null
   */
  record HonourRestorationAnswered(LocalDate date, HonourAnswer answer) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public HonourRestorationAnswered {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * The injured person asked in writing for honour restoration (Điều 57.4; Nghị định 68/2018 Điều
   * 22.3).
   *
   * @param date the date of the request, not null
   */
  record HonourRestorationRequested(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public HonourRestorationRequested {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A direct public apology and correction was held at the injured person's place of residence
   * (Điều 58; Nghị định 68/2018 Điều 23).
   *
   * @param date the date of the ceremony, not null
   */
  record ApologyHeld(LocalDate date) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ApologyHeld {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A public apology was published (Điều 59; Nghị định 68/2018 Điều 25).
   *
   * @param date the date of the first publication, not null
   * @param channels where it was published, not null
   * @param consecutiveIssues in how many consecutive issues of the newspapers, zero or more
   */
  record ApologyPublished(LocalDate date, Set<PublicationChannel> channels, int consecutiveIssues)
      implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ApologyPublished {
      Objects.requireNonNull(date, "date");
      channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
    }
  }

  /**
   * The official repaid an amount under the recourse decision (Điều 67, 68), in one payment or an
   * instalment.
   *
   * @param date the date of the repayment, not null
   * @param amount the amount repaid, not null
   */
  record RecourseRepaid(LocalDate date, Vnd amount) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RecourseRepaid {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(amount, "amount");
    }
  }
}
