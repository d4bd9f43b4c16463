package io.github.boithuong.core.claim;

import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.claim.CaseProblem.Code;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.ExcludedInterval;
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
import java.util.function.Predicate;

/** Derives the timetable of a claim from its events (docs/interpretations.md, section P). */
final class TimetableBuilder {

  /** Steps of the resolution whose clock stops during postponement and suspension. */
  private static final Set<Step> PAUSABLE = EnumSet.of(Step.APPOINT_RESOLVER, Step.PROPOSE_ADVANCE,
      Step.PAY_ADVANCE, Step.REQUEST_ADVANCE_FUNDING, Step.VERIFY_DAMAGE, Step.VERIFICATION_REPORT,
      Step.START_NEGOTIATION, Step.FINISH_NEGOTIATION, Step.ISSUE_DECISION);
  /** Steps not ended by the end of the case. */
  private static final Set<Step> OUTLIVE_THE_CASE =
      EnumSet.of(Step.LIMITATION, Step.SUIT_WINDOW, Step.TERMINATE, Step.NOTIFY_HONOUR_RESTORATION,
          Step.ANSWER_HONOUR_RESTORATION, Step.HOLD_APOLOGY, Step.PUBLISH_APOLOGY);
  /** Cancellation grounds of Điều 48.1, after which the resolution is terminated (Điều 51.1.d). */
  private static final Set<CancellationGround> CANCEL_AND_TERMINATE = EnumSet.of(
      CancellationGround.CONDITION_NO_LONGER_MET, CancellationGround.FORGED_BASIS_DOCUMENT,
      CancellationGround.FORGED_CLAIMANT_DOCUMENTS);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Claim claim;
  private final WorkingCalendar calendar;
  private final List<TimetableEntry> entries = new ArrayList<>();
  private final List<CaseProblem> problems = new ArrayList<>();
  private final List<ExcludedInterval> pauses = new ArrayList<>();
  private LocalDate openPauseFrom;
  private LocalDate endDate;

  TimetableBuilder(Claim claim, WorkingCalendar calendar) {
    this.claim = claim;
    this.calendar = calendar;
  }

  Timetable build() {
    Optional<LocalDate> accepted = claim.acceptedOn();
    if (accepted.isPresent() && accepted.get().isBefore(ClaimValidator.LAW_2017_IN_FORCE)) {
      problems.addAll(claim.problems().stream()
          .filter(p -> p.code() == Code.GOVERNED_BY_2009_LAW)
          .collect(java.util.stream.Collectors.toList()));
      return new Timetable(claim, List.of(), problems, calendar);
    }
    endDate = claim.events().stream()
        .filter(e -> e instanceof Terminated || e instanceof ProcessingStopped
            || e instanceof AcceptanceRefused)
        .map(CaseEvent::date).findFirst().orElse(null);
    pauses();
    limitation();
    filing();
    acceptance();
    advance();
    verificationAndNegotiation();
    decision();
    cancellationAndCorrection();
    postponementAndSuspension();
    termination();
    fundingAndRecourse();
    honourRestoration();
    return new Timetable(claim, entries, problems, calendar);
  }

  //-----------------------------------------------------------------------
  private void pauses() {
    for (Postponed p : claim.events(Postponed.class)) {
      LocalDate end = p.untilInclusive();
      Optional<ResumedAfterPostponement> resumed = first(ResumedAfterPostponement.class, p.date(), x -> true);
      if (resumed.isPresent() && resumed.get().date().minusDays(1).isBefore(end)) {
        end = resumed.get().date().minusDays(1);
      }
      addPause(p.date().plusDays(1), end, "hoãn giải quyết bồi thường / postponement");
    }
    for (Suspended s : claim.events(Suspended.class)) {
      Optional<Continued> continued = first(Continued.class, s.date(), x -> true);
      if (continued.isPresent()) {
        addPause(s.date().plusDays(1), continued.get().date().minusDays(1),
            "tạm đình chỉ / suspension");
      } else if (openPauseFrom == null) {
        openPauseFrom = s.date().plusDays(1);
      }
    }
  }

  private void addPause(LocalDate from, LocalDate to, String reason) {
    if (!to.isBefore(from)) {
      pauses.add(ExcludedInterval.of(from, to, reason));
    }
  }

  private void limitation() {
    ClaimContent content = claim.content();
    if (content.damages().isEmpty() && content.honourRestorationRequested()) {
      return; // Điều 6.1: no limitation for honour restoration
    }
    claim.basisDocument().flatMap(BasisDocument::received).ifPresent(received -> {
      LocalDate filed = claim.events().stream()
          .filter(e -> e instanceof FiledWithDepartmentOfJustice || e instanceof DossierReceived)
          .map(CaseEvent::date).findFirst().orElse(null);
      add(Step.LIMITATION,
          BilingualText.of("nhận văn bản làm căn cứ yêu cầu bồi thường", "receipt of the basis document"),
          received, LegalPeriod.years(3).asLimitationPeriod(), filed, excluded(ExclusionScope.LIMITATION));
    });
  }

  private void filing() {
    claim.first(FiledWithDepartmentOfJustice.class).ifPresent(f ->
        add(Step.FORWARD_DOSSIER, f, LegalPeriod.workingDays(5),
            doneOn(ForwardedByDepartmentOfJustice.class, f.date())));
    claim.first(DossierReceived.class).ifPresent(r -> {
      if (r.method() == FilingMethod.BY_POST) {
        add(Step.ACKNOWLEDGE_RECEIPT, r, LegalPeriod.workingDays(2),
            doneOn(ReceiptAcknowledged.class, r.date()));
      }
      boolean decidedWithoutRequest = claim.events(CompletionRequested.class).isEmpty()
          && (claim.first(Accepted.class).isPresent() || claim.first(AcceptanceRefused.class).isPresent());
      if (!decidedWithoutRequest) {
        add(Step.REQUEST_COMPLETION, r, LegalPeriod.workingDays(5),
            doneOn(CompletionRequested.class, r.date()));
      }
    });
    for (CompletionRequested request : claim.events(CompletionRequested.class)) {
      add(Step.COMPLETE_DOSSIER, request, LegalPeriod.workingDays(5),
          doneOn(DossierCompleted.class, request.date()), excluded(ExclusionScope.DOSSIER_COMPLETION));
    }
  }

  private void acceptance() {
    Optional<DossierReceived> received = claim.first(DossierReceived.class);
    if (received.isEmpty()) {
      return;
    }
    CaseEvent validDossier = received.get();
    Optional<CompletionRequested> request = claim.first(CompletionRequested.class);
    if (request.isPresent()) {
      Optional<DossierCompleted> completed = first(DossierCompleted.class, request.get().date(), x -> true);
      if (completed.isEmpty()) {
        return; // not started until the dossier is valid
      }
      validDossier = completed.get();
    }
    LocalDate decided = claim.events().stream()
        .filter(e -> (e instanceof Accepted || e instanceof AcceptanceRefused))
        .map(CaseEvent::date).findFirst().orElse(null);
    add(Step.ACCEPT, validDossier, LegalPeriod.workingDays(2), decided);
    claim.first(Accepted.class).ifPresent(a ->
        add(Step.APPOINT_RESOLVER, a, LegalPeriod.workingDays(2), doneOn(ResolverAppointed.class, a.date())));
  }

  private void advance() {
    Optional<Accepted> accepted = claim.first(Accepted.class);
    if (!claim.content().advanceRequested() || accepted.isEmpty()) {
      return;
    }
    add(Step.PROPOSE_ADVANCE, accepted.get(), LegalPeriod.immediately(),
        doneOn(AdvanceProposed.class, accepted.get().date()));
    claim.first(AdvanceProposed.class).ifPresent(proposal -> {
      Optional<AdvanceFundingRequested> funding = first(AdvanceFundingRequested.class, proposal.date(), x -> true);
      if (funding.isPresent()) {
        add(Step.REQUEST_ADVANCE_FUNDING, proposal, LegalPeriod.workingDays(2), funding.get().date());
        add(Step.GRANT_ADVANCE_FUNDING, funding.get(), LegalPeriod.workingDays(7),
            doneOn(AdvanceFundsGranted.class, funding.get().date()));
      } else {
        add(Step.PAY_ADVANCE, proposal, LegalPeriod.workingDays(5), doneOn(AdvancePaid.class, proposal.date()));
      }
    });
  }

  private void verificationAndNegotiation() {
    Optional<Accepted> accepted = claim.first(Accepted.class);
    if (accepted.isEmpty()) {
      return;
    }
    boolean complex = !claim.complexity().isEmpty();
    LocalDate acceptedOn = accepted.get().date();
    Optional<VerificationCompleted> verified = first(VerificationCompleted.class, acceptedOn, x -> true);
    Optional<VerificationReportCompleted> report = first(VerificationReportCompleted.class, acceptedOn, x -> true);
    LocalDate verificationEnd = verified.map(CaseEvent::date)
        .orElse(report.map(CaseEvent::date).orElse(null));
    int base = complex ? 30 : 15;
    int extension = 0;
    for (VerificationExtensionAgreed x : claim.events(VerificationExtensionAgreed.class)) {
      extension += Math.max(0, x.days());
    }
    TimetableEntry verify = add(Step.VERIFY_DAMAGE, label(accepted.get()), acceptedOn,
        LegalPeriod.days(base), Math.min(extension, 15), verificationEnd, List.of(), false);
    checkLateAgreement(verify, claim.events(VerificationExtensionAgreed.class), "xác minh",
        "verification");
    verified.ifPresent(v -> add(Step.VERIFICATION_REPORT, v, LegalPeriod.workingDays(3),
        report.map(CaseEvent::date).orElse(null)));
    if (report.isEmpty()) {
      return;
    }
    Optional<NegotiationSession> firstSession = first(NegotiationSession.class, report.get().date(), x -> true);
    // The agency starts the negotiation by convening it: a session held, or one the claimant
    // refused or missed (docs/interpretations.md P11).
    LocalDate convened = claim.events().stream()
        .filter(e -> e instanceof NegotiationSession || e instanceof InvitationRefused
            || e instanceof ClaimantAbsent)
        .map(CaseEvent::date).filter(date -> !date.isBefore(report.get().date()))
        .findFirst().orElse(null);
    add(Step.START_NEGOTIATION, report.get(), LegalPeriod.workingDays(2), convened);
    firstSession.ifPresent(session -> {
      int negotiationBase = complex ? 15 : 10;
      int agreed = 0;
      for (NegotiationExtensionAgreed x : claim.events(NegotiationExtensionAgreed.class)) {
        agreed += Math.max(0, x.days());
      }
      TimetableEntry finish = add(Step.FINISH_NEGOTIATION, label(session), session.date(),
          LegalPeriod.days(negotiationBase), Math.min(agreed, 10),
          doneOn(NegotiationConcluded.class, session.date()), List.of(), false);
      checkLateAgreement(finish, claim.events(NegotiationExtensionAgreed.class), "thương lượng",
          "negotiation");
    });
  }

  /** An agreed extension must be agreed before its period expires (Điều 45.2, 46.1). */
  private void checkLateAgreement(TimetableEntry entry, List<? extends CaseEvent> agreements,
      String vi, String en) {
    if (entry == null || entry.basePeriod().isEmpty()) {
      return;
    }
    LocalDate expiry = entry.basePeriod().get().lastDay();
    for (CaseEvent agreement : agreements) {
      if (agreement.date().isAfter(expiry)) {
        problems.add(CaseProblem.of(Code.EXTENSION_WITHOUT_BASIS,
            BilingualText.of(
                "Gia hạn " + vi + " được thỏa thuận ngày " + agreement.date() + ", sau khi thời hạn đã hết ngày "
                    + expiry,
                "The " + en + " extension was agreed on " + agreement.date() + ", after the period expired on "
                    + expiry),
            entry.step().citation(), agreement.date()));
      }
    }
  }

  private void decision() {
    Optional<NegotiationConcluded> concluded = claim.first(NegotiationConcluded.class);
    Optional<NegotiationConcluded> success = claim.events(NegotiationConcluded.class).stream()
        .filter(NegotiationConcluded::success).findFirst();
    success.ifPresent(s -> add(Step.ISSUE_DECISION, s, LegalPeriod.immediately(),
        doneOn(DecisionIssued.class, s.date())));
    claim.first(DecisionRefused.class).ifPresent(refused -> {
      add(Step.SEND_REFUSED_DECISION, refused, LegalPeriod.workingDays(5), doneOn(DecisionSent.class, refused.date()));
      Validation<Seq<CalendarProblem>, Deadline> thirtyDays =
          Deadline.compute(refused.date(), LegalPeriod.days(30), calendar, List.of());
      if (thirtyDays.isValid()) {
        LocalDate groundDate = thirtyDays.get().lastDay();
        boolean taken = claim.events().stream().anyMatch(e -> (e instanceof DecisionReceived
            || e instanceof DecisionHandedOver) && e.date().isAfter(refused.date())
            && !e.date().isAfter(groundDate));
        if (!taken) {
          terminationGround(BilingualText.of(
              "hết 30 ngày kể từ biên bản không nhận quyết định (điểm đ khoản 1 Điều 51)",
              "30 days after the refusal minute (Art. 51(1)(dd))"), groundDate);
        }
      } else {
        problems.addAll(calendarProblems(thirtyDays.getError()));
      }
    });
    Optional<CaseEvent> receipt = claim.events().stream()
        .filter(e -> e instanceof DecisionHandedOver || e instanceof DecisionReceived).findFirst();
    CaseEvent suitStart = receipt.orElse(null);
    if (suitStart == null && concluded.isPresent()
        && (!concluded.get().success() || claim.first(DecisionIssued.class).isEmpty())) {
      suitStart = concluded.get();
    }
    if (suitStart != null) {
      TimetableEntry suit = add(Step.SUIT_WINDOW, suitStart, LegalPeriod.days(15),
          doneOn(SuitFiled.class, suitStart.date()), excluded(ExclusionScope.SUIT));
      if (receipt.isPresent() && suit != null
          && (suit.doneOn().isEmpty() || suit.doneOn().get().isAfter(suit.dueDate()))) {
        TimetableEntry effect = add(Step.DECISION_TAKES_EFFECT, receipt.get(), LegalPeriod.days(15), null,
            List.of(), true);
        if (effect != null) {
          LocalDate effectiveFrom = effect.dueDate().plusDays(1);
          claim.events(FundingRequested.class).stream()
              .filter(f -> f.date().isBefore(effectiveFrom)).findFirst()
              .ifPresent(f -> problems.add(CaseProblem.of(Code.OUT_OF_ORDER,
                  BilingualText.of(
                      "Đề nghị cấp kinh phí ngày " + f.date() + " trước khi quyết định có hiệu lực pháp luật ngày "
                          + effectiveFrom,
                      "Funding requested on " + f.date() + " before the decision took effect on " + effectiveFrom),
                  Law.law(62, 1), f.date())));
          add(Step.REQUEST_FUNDING,
              BilingualText.of("quyết định có hiệu lực pháp luật", "the decision takes effect"),
              effectiveFrom, LegalPeriod.workingDays(2), doneOn(FundingRequested.class, receipt.get().date()),
              List.of());
        }
      }
    }
  }

  private void cancellationAndCorrection() {
    for (CancellationGroundArose ground : claim.events(CancellationGroundArose.class)) {
      add(Step.CANCEL_DECISION, ground, LegalPeriod.workingDays(2), doneOn(DecisionCancelled.class, ground.date()));
    }
    for (ObviousErrorFound error : claim.events(ObviousErrorFound.class)) {
      add(Step.CORRECT_DECISION, error, LegalPeriod.workingDays(2), doneOn(DecisionCorrected.class, error.date()));
    }
    for (CaseEvent decision : claim.events()) {
      if (decision instanceof DecisionCancelled || decision instanceof DecisionCorrected) {
        add(Step.SEND_CANCELLATION_OR_CORRECTION, decision, LegalPeriod.immediately(),
            first(DocumentSent.class, decision.date(),
                d -> d.document() == StateManagementDocument.CANCELLATION_OR_CORRECTION)
                .map(CaseEvent::date).orElse(null));
      }
    }
  }

  private void postponementAndSuspension() {
    for (PostponementRequested request : claim.events(PostponementRequested.class)) {
      add(Step.DECIDE_POSTPONEMENT, request, LegalPeriod.workingDays(2), doneOn(Postponed.class, request.date()));
    }
    List<CaseEvent> grounds = new ArrayList<>(claim.events(SuspensionGroundArose.class));
    List<InvitationRefused> refusals = claim.events(InvitationRefused.class);
    if (refusals.size() >= 2) {
      grounds.add(refusals.get(1));
    }
    List<ClaimantAbsent> absences = claim.events(ClaimantAbsent.class).stream()
        .filter(a -> !a.goodReason()).collect(java.util.stream.Collectors.toList());
    if (absences.size() >= 2) {
      grounds.add(absences.get(1));
    }
    for (CaseEvent ground : grounds) {
      add(Step.DECIDE_SUSPENSION, ground, LegalPeriod.workingDays(1), doneOn(Suspended.class, ground.date()));
    }
    for (Suspended s : claim.events(Suspended.class)) {
      if (s.ground() == SuspensionGround.BASIS_DOCUMENT_UNDER_REVIEW) {
        continue; // no 30-day term: the review decides (Điều 50.3)
      }
      // The 30 days are a time limit: they end on a working day (BLDS Điều 148.5).
      Validation<Seq<CalendarProblem>, Deadline> term =
          Deadline.compute(s.date(), LegalPeriod.days(30), calendar, List.of());
      if (term.isInvalid()) {
        problems.addAll(calendarProblems(term.getError()));
        continue;
      }
      TimetableEntry window = add(Step.REQUEST_CONTINUATION,
          BilingualText.of("hết thời hạn tạm đình chỉ 30 ngày", "end of the 30-day suspension"),
          term.get().lastDay(), LegalPeriod.workingDays(5), doneOn(ContinuationRequested.class, s.date()),
          List.of());
      if (window == null) {
        continue;
      }
      Optional<LocalDate> requested = window.doneOn();
      if (requested.isEmpty() || requested.get().isAfter(window.dueDate())) {
        // Điều 51.1.c: no request "under Điều 50.2", i.e. within the window; a late one does not count.
        terminationGround(BilingualText.of(
            "hết thời hạn đề nghị tiếp tục giải quyết (điểm c khoản 1 Điều 51)",
            "the time to ask to continue ended (Art. 51(1)(c))"), window.dueDate());
      } else {
        // Điều 51.1.c: the behaviour of Điều 50.1.a–c repeated after asking to continue.
        claim.events().stream()
            .filter(e -> e.date().isAfter(requested.get()))
            .filter(e -> e instanceof InvitationRefused
                || (e instanceof ClaimantAbsent absent && !absent.goodReason())
                || (e instanceof SuspensionGroundArose ground
                    && ground.ground() == SuspensionGround.MINUTE_NOT_SIGNED))
            .findFirst()
            .ifPresent(repeated -> terminationGround(BilingualText.of(
                capital(repeated.label(VI)) + " sau khi đã đề nghị tiếp tục giải quyết (điểm c khoản 1 Điều 51)",
                capital(repeated.label(Locale.ENGLISH)) + " after asking to continue (Art. 51(1)(c))"),
                repeated.date()));
      }
    }
  }

  private void termination() {
    for (TerminationGroundArose ground : claim.events(TerminationGroundArose.class)) {
      add(Step.TERMINATE, ground, LegalPeriod.workingDays(5), doneOn(Terminated.class, ground.date()));
    }
    LocalDate accepted = claim.acceptedOn().orElse(null);
    for (ClaimWithdrawn withdrawn : claim.events(ClaimWithdrawn.class)) {
      if (accepted != null && !withdrawn.date().isBefore(accepted)) {
        add(Step.TERMINATE, withdrawn, LegalPeriod.workingDays(5), doneOn(Terminated.class, withdrawn.date()));
      }
    }
    for (DecisionCancelled cancelled : claim.events(DecisionCancelled.class)) {
      if (CANCEL_AND_TERMINATE.contains(cancelled.ground())) {
        add(Step.TERMINATE, cancelled, LegalPeriod.workingDays(5), doneOn(Terminated.class, cancelled.date()));
      }
    }
  }

  private void terminationGround(BilingualText what, LocalDate date) {
    add(Step.TERMINATE, what, date, LegalPeriod.workingDays(5), doneOn(Terminated.class, date), List.of());
  }

  private void fundingAndRecourse() {
    claim.first(FundingRequested.class).ifPresent(request -> {
      boolean deficient = first(FundingDossierDeficient.class, request.date(), x -> true).isPresent();
      add(Step.GRANT_FUNDS, request, deficient ? LegalPeriod.days(15) : LegalPeriod.workingDays(5),
          doneOn(FundsGranted.class, request.date()));
    });
    claim.first(FundsGranted.class).ifPresent(granted ->
        add(Step.NOTIFY_PAYMENT, granted, LegalPeriod.workingDays(2), doneOn(PaymentNoticeSent.class, granted.date())));
    claim.first(PaymentNoticeReceived.class).ifPresent(received ->
        add(Step.PAY, received, LegalPeriod.workingDays(2), doneOn(Paid.class, received.date())));
    claim.first(Paid.class).ifPresent(paid ->
        add(Step.ESTABLISH_RECOURSE_COUNCIL, paid, LegalPeriod.days(10),
            doneOn(RecourseCouncilEstablished.class, paid.date())));
    claim.first(RecourseCouncilEstablished.class).ifPresent(council ->
        add(Step.RECOURSE_RECOMMENDATION, council, LegalPeriod.days(council.complex() ? 30 : 20),
            doneOn(RecourseRecommended.class, council.date())));
    claim.first(RecourseRecommended.class).ifPresent(recommended ->
        add(Step.RECOURSE_DECISION, recommended, LegalPeriod.workingDays(3),
            doneOn(RecourseDecided.class, recommended.date())));
  }

  /**
   * Honour restoration (Điều 56–59; Nghị định 68/2018 Điều 22–25): for criminal-procedure cases
   * (a direct apology and a newspaper apology) and whenever the claim asks for it (a newspaper
   * apology; docs/interpretations.md P13).
   */
  private void honourRestoration() {
    boolean criminal = claim.field() == LiabilityField.CRIMINAL_PROCEDURE;
    if (!criminal && !claim.content().honourRestorationRequested()) {
      return;
    }
    claim.basisDocument().ifPresent(basis -> add(Step.NOTIFY_HONOUR_RESTORATION,
        BilingualText.of("có văn bản làm căn cứ yêu cầu bồi thường", "the basis document exists"),
        basis.issued(), LegalPeriod.days(15),
        claim.first(HonourRestorationNotified.class).map(CaseEvent::date).orElse(null), List.of()));
    Optional<HonourRestorationNotified> notice = claim.first(HonourRestorationNotified.class);
    Optional<HonourRestorationAnswered> answer = notice.flatMap(n -> first(HonourRestorationAnswered.class, n.date(), x -> true));
    notice.ifPresent(n -> add(Step.ANSWER_HONOUR_RESTORATION, n, LegalPeriod.days(10),
        answer.map(CaseEvent::date).orElse(null), excluded(ExclusionScope.HONOUR_RESTORATION_ANSWER)));
    if (answer.isPresent() && answer.get().answer() == HonourAnswer.REFUSED) {
      return; // Điều 57.5: the right is lost
    }
    Optional<CaseEvent> consent = claim.events().stream()
        .filter(e -> (e instanceof HonourRestorationAnswered answered
                && (answered.answer() == HonourAnswer.AGREED
                    || answered.answer() == HonourAnswer.PROPOSED_CHANGES))
            || e instanceof HonourRestorationRequested)
        .findFirst();
    consent.ifPresent(c -> {
      if (criminal) {
        add(Step.HOLD_APOLOGY, c, LegalPeriod.days(15), doneOn(ApologyHeld.class, c.date()));
      }
      add(Step.PUBLISH_APOLOGY, c, LegalPeriod.days(15), doneOn(ApologyPublished.class, c.date()));
    });
  }

  //-----------------------------------------------------------------------
  private TimetableEntry add(Step step, CaseEvent start, LegalPeriod period, LocalDate done) {
    return add(step, start, period, done, List.of());
  }

  private TimetableEntry add(Step step, CaseEvent start, LegalPeriod period, LocalDate done,
      List<ExcludedInterval> excluded) {
    return add(step, BilingualText.of(start.label(VI), start.label(Locale.ENGLISH)), start.date(),
        period, done, excluded);
  }

  private TimetableEntry add(Step step, CaseEvent start, LegalPeriod period, LocalDate done,
      List<ExcludedInterval> excluded, boolean milestone) {
    return add(step, BilingualText.of(start.label(VI), start.label(Locale.ENGLISH)), start.date(),
        period, done, excluded, milestone);
  }

  private TimetableEntry add(Step step, BilingualText startedBy, LocalDate startDate,
      LegalPeriod period, LocalDate done, List<ExcludedInterval> excluded) {
    return add(step, startedBy, startDate, period, done, excluded, false);
  }

  private TimetableEntry add(Step step, BilingualText startedBy, LocalDate startDate,
      LegalPeriod period, LocalDate done, List<ExcludedInterval> excluded, boolean milestone) {
    return add(step, startedBy, startDate, period, 0, done, excluded, milestone);
  }

  /**
   * Adds an entry. An agreed extension of {@code extensionDays} runs from the end of the base
   * period, rolled forward if that end is a day off (Điều 45.2, 46.1: "kể từ ngày hết thời hạn";
   * BLDS Điều 148.5).
   */
  private TimetableEntry add(Step step, BilingualText startedBy, LocalDate startDate,
      LegalPeriod period, int extensionDays, LocalDate done, List<ExcludedInterval> excluded,
      boolean milestone) {
    List<ExcludedInterval> all = new ArrayList<>(excluded);
    if (PAUSABLE.contains(step)) {
      all.addAll(pauses);
    }
    Validation<Seq<CalendarProblem>, Deadline> base =
        Deadline.compute(startDate, period.withCitation(step.citation()), calendar, all);
    Validation<Seq<CalendarProblem>, Deadline> deadline = base;
    if (base.isValid() && extensionDays > 0) {
      deadline = Deadline.compute(base.get().lastDay(),
          LegalPeriod.days(extensionDays).withCitation(step.citation()), calendar, all);
    }
    if (deadline.isInvalid()) {
      problems.addAll(calendarProblems(deadline.getError()));
      return null;
    }
    if (done != null && (done.isBefore(calendar.minDate()) || done.isAfter(calendar.maxDate()))) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of("Ngày " + done + " nằm ngoài phạm vi của lịch làm việc (" + calendar.minDate()
                  + " – " + calendar.maxDate() + "): không đếm được ngày làm việc đến ngày đó",
              "The date " + done + " is outside the working-day calendar (" + calendar.minDate()
                  + " to " + calendar.maxDate() + "): no working day can be counted to it"),
          step.citation(), done));
      return null;
    }
    LocalDate doneOn = milestone ? deadline.get().lastDay() : done;
    LocalDate pausedFrom = PAUSABLE.contains(step) && openPauseFrom != null
        && !startDate.isAfter(openPauseFrom) && (doneOn == null || doneOn.isAfter(openPauseFrom))
        ? openPauseFrom : null;
    LocalDate ended = endDate != null && !OUTLIVE_THE_CASE.contains(step)
        && (doneOn == null || doneOn.isAfter(endDate)) ? endDate : null;
    TimetableEntry entry = new TimetableEntry(claim.id(), step, startedBy, startDate,
        extensionDays > 0 ? base.get() : null, deadline.get(), doneOn, pausedFrom, ended, calendar);
    entries.add(entry);
    return entry;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static BilingualText label(CaseEvent e) {
    return BilingualText.of(e.label(VI), e.label(Locale.ENGLISH));
  }

  private List<CaseProblem> calendarProblems(Seq<CalendarProblem> calendarProblems) {
    List<CaseProblem> result = new ArrayList<>();
    for (CalendarProblem p : calendarProblems) {
      result.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of(p.message(VI), p.message(Locale.ENGLISH)), null, p.date()));
    }
    return result;
  }

  private List<ExcludedInterval> excluded(ExclusionScope scope) {
    List<ExcludedInterval> result = new ArrayList<>();
    for (ExcludedPeriod p : claim.excludedPeriods()) {
      if (p.scope() == scope) {
        result.add(p.interval());
      }
    }
    return result;
  }

  private <T extends CaseEvent> LocalDate doneOn(Class<T> type, LocalDate onOrAfter) {
    return first(type, onOrAfter, x -> true).map(CaseEvent::date).orElse(null);
  }

  private <T extends CaseEvent> Optional<T> first(Class<T> type, LocalDate onOrAfter, Predicate<T> filter) {
    for (T e : claim.events(type)) {
      if (!e.date().isBefore(onOrAfter) && filter.test(e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
