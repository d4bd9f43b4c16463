package io.github.boithuong.core.claim;

import io.github.boithuong.core.claim.CaseEvent.*;
import io.github.boithuong.core.claim.CaseProblem.Code;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Finds every problem of a claim at once. */
final class ClaimValidator {

  /** The Law 10/2017/QH14 applies to claims accepted from this day (Điều 78). */
  static final LocalDate LAW_2017_IN_FORCE = LocalDate.of(2018, 7, 1);
  /** The district level of local government ended after this day (Nghị định 120/2025/NĐ-CP). */
  static final LocalDate DISTRICT_LEVEL_LAST_DAY = LocalDate.of(2025, 6, 30);

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** A legal precondition of an event: an earlier (or same-day) event matching it. */
  private record Prerequisite(Predicate<CaseEvent> matches, BilingualText what, Citation citation) {}

  private static final Map<Class<?>, Prerequisite> PREREQUISITES = prerequisites();

  /** Events that happen once in a resolution (again only after a cancellation to re-resolve). */
  private static final Set<Class<?>> ONCE_PER_RESOLUTION =
      Set.of(VerificationCompleted.class, VerificationReportCompleted.class,
          NegotiationConcluded.class, DecisionIssued.class, DecisionHandedOver.class,
          DecisionRefused.class, DecisionSent.class, DecisionReceived.class);

  /** Events that happen once in a case. */
  private static final Set<Class<?>> ONCE_PER_CASE =
      Set.of(FiledWithDepartmentOfJustice.class, ForwardedByDepartmentOfJustice.class,
          DossierReceived.class, ReceiptAcknowledged.class, Accepted.class,
          AcceptanceRefused.class, ProcessingStopped.class, ClaimWithdrawn.class, Terminated.class,
          FundingRequested.class, FundsGranted.class, PaymentNoticeSent.class, Paid.class,
          RecourseCouncilEstablished.class, RecourseRecommended.class, RecourseDecided.class);

  /** Events allowed after the case ended. */
  private static final Set<Class<?>> AFTER_END_ALLOWED = Set.of(DocumentSent.class, SuitFiled.class,
      CourtAcceptedClaim.class, ClaimAlreadyDecided.class, HonourRestorationNotified.class,
      HonourRestorationAnswered.class, HonourRestorationRequested.class, ApologyHeld.class,
      ApologyPublished.class);

  private static Map<Class<?>, Prerequisite> prerequisites() {
    Map<Class<?>, Prerequisite> map = new HashMap<>();
    Prerequisite received = of(DossierReceived.class, "nhận hồ sơ", "the receipt of the dossier", 42, 1);
    Prerequisite accepted = of(Accepted.class, "thụ lý", "the acceptance (thụ lý)", 43, 1);
    Prerequisite report = of(VerificationReportCompleted.class, "báo cáo xác minh thiệt hại",
        "the verification report", 46, 1);
    Prerequisite session = of(NegotiationSession.class, "phiên thương lượng",
        "a negotiation session", 46, 1);
    Prerequisite decision = of(DecisionIssued.class, "quyết định giải quyết bồi thường",
        "the compensation decision", 47, 1);
    Prerequisite invited = of(NegotiationInvited.class, "giấy mời thương lượng",
        "an invitation to negotiate", 50, 1);
    map.put(ForwardedByDepartmentOfJustice.class,
        of(FiledWithDepartmentOfJustice.class, "nộp hồ sơ tại Sở Tư pháp",
            "the filing with the Department of Justice", 41, 4));
    map.put(ReceiptAcknowledged.class, received);
    map.put(CompletionRequested.class, received);
    map.put(DossierCompleted.class,
        of(CompletionRequested.class, "yêu cầu bổ sung hồ sơ", "the request to complete", 42, 3));
    map.put(Accepted.class, received);
    map.put(AcceptanceRefused.class, received);
    map.put(ClaimWithdrawn.class, received);
    map.put(ProcessingStopped.class, accepted);
    map.put(ResolverAppointed.class,
        new Prerequisite(e -> e instanceof Accepted, accepted.what(), Law.law(43, 3, "a")));
    map.put(AdvanceProposed.class,
        new Prerequisite(e -> e instanceof Accepted, accepted.what(), Law.law(44, 2)));
    map.put(AdvanceFundingRequested.class,
        of(AdvanceProposed.class, "đề xuất tạm ứng", "the advance proposal", 44, 3));
    map.put(AdvanceFundsGranted.class,
        of(AdvanceFundingRequested.class, "đề nghị cấp kinh phí tạm ứng",
            "the request for advance funding", 44, 3));
    map.put(AdvancePaid.class,
        of(AdvanceProposed.class, "đề xuất tạm ứng", "the advance proposal", 44, 2));
    map.put(ComplexCaseDetermined.class, accepted);
    map.put(VerificationExtensionAgreed.class,
        new Prerequisite(e -> e instanceof Accepted, accepted.what(), Law.law(45, 2)));
    map.put(VerificationCompleted.class,
        new Prerequisite(e -> e instanceof Accepted, accepted.what(), Law.law(45, 2)));
    map.put(VerificationReportCompleted.class,
        new Prerequisite(e -> e instanceof Accepted, accepted.what(), Law.law(45, 3)));
    map.put(NegotiationInvited.class, accepted);
    map.put(NegotiationSession.class, report);
    map.put(InvitationRefused.class, invited);
    map.put(ClaimantAbsent.class, invited);
    map.put(NegotiationExtensionAgreed.class, session);
    map.put(NegotiationConcluded.class,
        new Prerequisite(e -> e instanceof NegotiationSession, session.what(), Law.law(46, 7)));
    map.put(DecisionIssued.class,
        new Prerequisite(e -> e instanceof NegotiationConcluded minute && minute.success(),
            BilingualText.of("biên bản thương lượng thành", "a minute of successful negotiation"),
            Law.law(47, 1)));
    map.put(DecisionHandedOver.class, decision);
    map.put(DecisionRefused.class, decision);
    map.put(DecisionSent.class,
        of(DecisionRefused.class, "biên bản không nhận quyết định", "the refusal minute", 47, 1));
    map.put(DecisionReceived.class,
        of(DecisionSent.class, "gửi quyết định", "the sending of the decision", 47, 1));
    map.put(ObviousErrorFound.class, decision);
    map.put(DecisionCorrected.class,
        of(ObviousErrorFound.class, "phát hiện sai sót", "the finding of an error", 48, 4));
    map.put(CancellationGroundArose.class, decision);
    map.put(DecisionCancelled.class, decision);
    map.put(PostponementRequested.class, accepted);
    map.put(Postponed.class,
        of(PostponementRequested.class, "đề nghị hoãn", "the request to postpone", 49, 1));
    map.put(ResumedAfterPostponement.class,
        of(Postponed.class, "quyết định hoãn", "the postponement decision", 49, 1));
    map.put(SuspensionGroundArose.class, accepted);
    map.put(Suspended.class, accepted);
    map.put(ContinuationRequested.class,
        of(Suspended.class, "quyết định tạm đình chỉ", "the suspension decision", 50, 2));
    map.put(Continued.class,
        of(Suspended.class, "quyết định tạm đình chỉ", "the suspension decision", 50, 2));
    map.put(TerminationGroundArose.class, accepted);
    map.put(Terminated.class, accepted);
    map.put(FundingRequested.class,
        new Prerequisite(e -> e instanceof DecisionHandedOver || e instanceof DecisionReceived,
            BilingualText.of("việc giao, nhận quyết định giải quyết bồi thường",
                "the delivery of the compensation decision"),
            Law.law(62, 1)));
    map.put(FundingDossierDeficient.class,
        of(FundingRequested.class, "đề nghị cấp kinh phí", "the funding request", 62, 4));
    map.put(FundsGranted.class,
        of(FundingRequested.class, "đề nghị cấp kinh phí", "the funding request", 62, 4));
    map.put(PaymentNoticeSent.class,
        of(FundsGranted.class, "cấp kinh phí", "the granting of funds", 62, 5));
    map.put(PaymentNoticeReceived.class,
        of(PaymentNoticeSent.class, "thông báo chi trả", "the payment notice", 62, 5));
    map.put(Paid.class,
        of(PaymentNoticeSent.class, "thông báo chi trả", "the payment notice", 62, 5));
    map.put(RecourseCouncilEstablished.class,
        of(Paid.class, "chi trả tiền bồi thường", "the payment of compensation", 66, 1));
    map.put(RecourseRecommended.class,
        of(RecourseCouncilEstablished.class, "thành lập Hội đồng", "the council's establishment",
            66, 2));
    map.put(RecourseDecided.class,
        new Prerequisite(e -> e instanceof RecourseRecommended,
            BilingualText.of("ý kiến của Hội đồng", "the council's recommendation"),
            Citation.of(LegalText.DECREE_68_2018, 30, 1)));
    map.put(DocumentSent.class,
        new Prerequisite(e -> e instanceof Accepted || e instanceof AcceptanceRefused,
            BilingualText.of("thụ lý hoặc không thụ lý", "the acceptance or its refusal"),
            Citation.of(LegalText.CIRCULAR_08_2019, 12, 1)));
    map.put(SuitFiled.class,
        new Prerequisite(e -> e instanceof NegotiationConcluded || e instanceof DecisionHandedOver
                || e instanceof DecisionReceived || e instanceof ClaimWithdrawn,
            BilingualText.of("biên bản kết quả thương lượng hoặc quyết định",
                "a negotiation result minute or the decision"),
            Law.law(52, 2)));
    map.put(NegotiationContentRecorded.class, session);
    map.put(NegotiationStepsRecorded.class, session);
    map.put(CancellationRequestedByClaimant.class, decision);
    map.put(CancellationRequiredByAuthority.class, decision);
    map.put(FundingDossierRecorded.class,
        of(FundingRequested.class, "đề nghị cấp kinh phí", "the funding request", 62, 2));
    map.put(RecourseRepaid.class,
        new Prerequisite(e -> e instanceof RecourseDecided,
            BilingualText.of("quyết định hoàn trả", "the recourse decision"), Law.law(67)));
    map.put(HonourRestorationAnswered.class,
        of(HonourRestorationNotified.class, "thông báo phục hồi danh dự", "the notice of honour restoration", 57, 2));
    return Map.copyOf(map);
  }

  private ClaimValidator() {}

  private static Prerequisite of(
      Class<? extends CaseEvent> type, String vi, String en, int article, int clause) {
    return new Prerequisite(type::isInstance, BilingualText.of(vi, en), Law.law(article, clause));
  }

  static Vnd totalOrNull(ClaimContent content) {
    try {
      return content.total();
    } catch (ArithmeticException ex) {
      return null; // reported as a problem by problems()
    }
  }

  static List<CaseProblem> problems(Claim claim) {
    List<CaseProblem> problems = new ArrayList<>();
    checkFacts(claim, problems);
    checkEvents(claim, problems);
    return List.copyOf(problems);
  }

  private static void checkFacts(Claim claim, List<CaseProblem> problems) {
    ResolvingAgency agency = claim.resolvingAgency();
    if (claim.claimant().party().name().isBlank()) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of("Chưa ghi họ, tên của người yêu cầu bồi thường",
              "The claimant's name is missing"),
          Law.law(41, 3, "a"), null));
    }
    if (agency.name().isBlank()) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of("Chưa ghi tên cơ quan giải quyết bồi thường",
              "The name of the resolving agency is missing"),
          Law.law(41, 4), null));
    }
    if (agency.stateManagementAgency().isEmpty()) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of(
              "Chưa ghi tỉnh của cơ quan giải quyết bồi thường " + agency.name()
                  + ": không xác định được Sở Tư pháp có thẩm quyền",
              "The province of the resolving agency " + agency.name()
                  + " is missing: the competent Department of Justice cannot be determined"),
          Law.decree(21, 2, "b"), null));
    }
    AgencyLevel expected = impliedLevel(agency.kind());
    if (expected != null && expected != agency.level()) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of(
              "Cơ quan loại " + agency.kind().label(VI) + " phải ở " + expected.label(VI)
                  + ", không phải " + agency.level().label(VI),
              "An agency of kind " + agency.kind().label(Locale.ENGLISH) + " is at the "
                  + expected.label(Locale.ENGLISH) + " level, not "
                  + agency.level().label(Locale.ENGLISH)),
          agency.kind().citation(), null));
    }
    if (agency.centralBody() && agency.level() != AgencyLevel.CENTRAL) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of(
              "Cơ quan trung ương theo khoản 3 Điều 19 Nghị định 68/2018 phải ở cấp trung ương",
              "A central body of Decree 68/2018 Art. 19(3) must be at the central level"),
          Law.decree(19, 3), null));
    }
    claim.basisDocument().ifPresent(doc -> doc.received().ifPresent(received -> {
      if (received.isBefore(doc.issued())) {
        problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
            BilingualText.of(
                "Văn bản làm căn cứ được nhận ngày " + received + " trước ngày ban hành " + doc.issued(),
                "The basis document was received on " + received + ", before it was issued on "
                    + doc.issued()),
            Law.law(6, 1), received));
      }
    }));
    for (ClaimedDamage d : claim.content().damages()) {
      if (d.amount().isNegative()) {
        problems.add(negative(d.type().label(VI), d.type().label(Locale.ENGLISH), d.amount(),
            Law.law(41, 3, "đ"), null));
      }
    }
    if (totalOrNull(claim.content()) == null) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of("Tổng số tiền yêu cầu vượt quá giới hạn tính toán",
              "The total amount claimed is too large to compute"),
          Law.law(41, 3, "đ"), null));
    }
  }

  private static AgencyLevel impliedLevel(AgencyKind kind) {
    return switch (kind) {
      case MINISTRY, CENTRAL_UNIT -> AgencyLevel.CENTRAL;
      case PROVINCIAL_PEOPLES_COMMITTEE, PROVINCIAL_DEPARTMENT -> AgencyLevel.PROVINCIAL;
      case DISTRICT_PEOPLES_COMMITTEE -> AgencyLevel.DISTRICT;
      case COMMUNE_PEOPLES_COMMITTEE -> AgencyLevel.COMMUNE;
      default -> null;
    };
  }

  private static void checkEvents(Claim claim, List<CaseProblem> problems) {
    List<CaseEvent> events = claim.events();
    Map<Class<?>, CaseEvent> seenInCase = new HashMap<>();
    Map<Class<?>, CaseEvent> seenInResolution = new HashMap<>();
    CaseEvent end = null;
    for (int i = 0; i < events.size(); i++) {
      CaseEvent e = events.get(i);
      Prerequisite pre = PREREQUISITES.get(e.getClass());
      if (pre != null && !anyOnOrBefore(events, e.date(), pre.matches())) {
        problems.add(CaseProblem.of(Code.OUT_OF_ORDER,
            BilingualText.of(
                capital(e.label(VI)) + " ngày " + e.date() + " được ghi nhận mà không có "
                    + pre.what().vietnamese() + " vào hoặc trước ngày đó",
                capital(e.label(Locale.ENGLISH)) + " on " + e.date() + " is recorded without "
                    + pre.what().english() + " on or before that day"),
            pre.citation(), e.date()));
      }
      if (end != null && e.date().isAfter(end.date()) && !AFTER_END_ALLOWED.contains(e.getClass())) {
        problems.add(CaseProblem.of(Code.AFTER_END,
            BilingualText.of(
                capital(e.label(VI)) + " ngày " + e.date() + " được ghi nhận sau khi vụ việc đã kết thúc ("
                    + end.label(VI) + " ngày " + end.date() + ")",
                capital(e.label(Locale.ENGLISH)) + " on " + e.date() + " is recorded after the case ended ("
                    + end.label(Locale.ENGLISH) + " on " + end.date() + ")"),
            endCitation(end), e.date()));
      }
      if (ONCE_PER_CASE.contains(e.getClass())) {
        duplicate(seenInCase, e, problems);
      }
      if (ONCE_PER_RESOLUTION.contains(e.getClass())) {
        duplicate(seenInResolution, e, problems);
      }
      if (e instanceof DecisionCancelled cancelled
          && (cancelled.ground() == CancellationGround.COLLUSION
              || cancelled.ground() == CancellationGround.IRREGULAR_RESOLVER_OR_NEGOTIATION)) {
        seenInResolution.clear(); // Điều 48.3: cancelled to be resolved again
      }
      if (end == null && (e instanceof Terminated || e instanceof AcceptanceRefused
          || e instanceof ProcessingStopped)) {
        end = e;
      }
      checkEvent(claim, e, problems);
    }
    if (seenInCase.containsKey(Accepted.class) && seenInCase.containsKey(AcceptanceRefused.class)) {
      problems.add(CaseProblem.of(Code.CONTRADICTORY_EVENTS,
          BilingualText.of("Vụ việc vừa được thụ lý vừa không được thụ lý",
              "The claim is recorded as both accepted and not accepted"),
          Law.law(43, 1), null));
    }
    checkExtensions(claim, problems);
  }

  private static void checkEvent(Claim claim, CaseEvent e, List<CaseProblem> problems) {
    if (e instanceof Accepted && e.date().isBefore(LAW_2017_IN_FORCE)) {
      problems.add(CaseProblem.of(Code.GOVERNED_BY_2009_LAW,
          BilingualText.of(
              "Vụ việc được thụ lý ngày " + e.date() + ", trước ngày 01/07/2018: áp dụng Luật Trách"
                  + " nhiệm bồi thường của Nhà nước 2009 (35/2009/QH12), không tính thời hạn theo Luật 2017",
              "The claim was accepted on " + e.date() + ", before 01/07/2018: the State Compensation"
                  + " Liability Law 2009 (35/2009/QH12) governs it; 2017 deadlines are not computed"),
          Law.law(78), e.date()));
    }
    if (e instanceof Accepted) {
      List<CompletionRequested> requests = claim.events(CompletionRequested.class);
      boolean requested = requests.stream().anyMatch(r -> !r.date().isAfter(e.date()));
      boolean completed = claim.events(DossierCompleted.class).stream()
          .anyMatch(c -> !c.date().isAfter(e.date()));
      if (requested && !completed) {
        problems.add(CaseProblem.of(Code.OUT_OF_ORDER,
            BilingualText.of(
                "Thụ lý ngày " + e.date() + " khi hồ sơ được yêu cầu bổ sung chưa được bổ sung",
                "Accepted on " + e.date() + " while the dossier asked to be completed was not"),
            Law.law(43, 1), e.date()));
      }
    }
    if (e instanceof DossierReceived && claim.first(FiledWithDepartmentOfJustice.class).isPresent()
        && claim.events(ForwardedByDepartmentOfJustice.class).stream()
            .noneMatch(f -> !f.date().isAfter(e.date()))) {
      problems.add(CaseProblem.of(Code.OUT_OF_ORDER,
          BilingualText.of(
              "Hồ sơ nộp tại Sở Tư pháp được cơ quan nhận ngày " + e.date() + " trước khi Sở Tư pháp chuyển",
              "The dossier filed with the Department of Justice was received on " + e.date()
                  + " before the Department forwarded it"),
          Law.law(41, 4), e.date()));
    }
    if (e instanceof FundingRequested) {
      // Điều 47.2: in force only after 15 days from receipt; Điều 62.1 counts from the effect.
      claim.events().stream()
          .filter(x -> x instanceof DecisionHandedOver || x instanceof DecisionReceived)
          .map(CaseEvent::date).findFirst()
          .filter(receipt -> !e.date().isAfter(receipt.plusDays(15)))
          .ifPresent(receipt -> problems.add(CaseProblem.of(Code.OUT_OF_ORDER,
              BilingualText.of(
                  "Đề nghị cấp kinh phí ngày " + e.date() + " trước khi quyết định nhận ngày " + receipt
                      + " có hiệu lực pháp luật",
                  "Funding requested on " + e.date() + " before the decision received on " + receipt
                      + " took effect"),
              Law.law(47, 2), e.date())));
    }
    if (e instanceof DocumentSent sent && sent.recipients().isEmpty()) {
      problems.add(CaseProblem.of(Code.MISSING_OR_INCONSISTENT_FACT,
          BilingualText.of("Văn bản gửi ngày " + e.date() + " không ghi nơi nhận",
              "The document sent on " + e.date() + " names no recipient"),
          Citation.of(LegalText.CIRCULAR_08_2019, 12, 2), e.date()));
    }
    Vnd amount = amountOf(e);
    if (amount != null && amount.isNegative()) {
      problems.add(negative(e.label(VI), e.label(Locale.ENGLISH), amount, null, e.date()));
    }
    if ((e instanceof DecisionHandedOver || e instanceof Accepted || e instanceof Terminated)
        && e.date().isAfter(DISTRICT_LEVEL_LAST_DAY)
        && claim.resolvingAgency().kind() == AgencyKind.DISTRICT_PEOPLES_COMMITTEE) {
      problems.add(CaseProblem.of(Code.DISTRICT_LEVEL_ABOLISHED,
          BilingualText.of(
              capital(e.label(VI)) + " ngày " + e.date() + " bởi Ủy ban nhân dân cấp huyện, sau khi"
                  + " cấp huyện chấm dứt hoạt động (30/06/2025): xác định lại cơ quan giải quyết",
              capital(e.label(Locale.ENGLISH)) + " on " + e.date() + " by a district People's"
                  + " Committee, after the district level ended (30/06/2025): determine the resolver again"),
          Law.law(33, 3), e.date()));
    }
  }

  private static void checkExtensions(Claim claim, List<CaseProblem> problems) {
    int verificationDays = 0;
    for (VerificationExtensionAgreed x : claim.events(VerificationExtensionAgreed.class)) {
      verificationDays += Math.max(0, x.days());
      if (x.days() < 1) {
        problems.add(extension(x.date(), "số ngày gia hạn xác minh phải từ 01 ngày",
            "a verification extension must add at least 1 day", Law.law(45, 2)));
      }
      if (!x.minuteSignedOnEveryPage()) {
        problems.add(extension(x.date(),
            "thỏa thuận gia hạn xác minh phải lập thành biên bản có chữ ký của người giải quyết bồi thường"
                + " và chữ ký hoặc điểm chỉ của người yêu cầu trên từng trang",
            "the verification extension must be a minute signed by the resolver and signed or"
                + " thumb-printed by the claimant on every page",
            Law.decree(14, 2)));
      }
    }
    if (verificationDays > 15) {
      problems.add(extension(null, "tổng thời gian gia hạn xác minh " + verificationDays
              + " ngày vượt quá 15 ngày",
          "verification extensions total " + verificationDays + " days, more than 15",
          Law.law(45, 2)));
    }
    int negotiationDays = 0;
    for (NegotiationExtensionAgreed x : claim.events(NegotiationExtensionAgreed.class)) {
      negotiationDays += Math.max(0, x.days());
      if (x.days() < 1) {
        problems.add(extension(x.date(), "số ngày gia hạn thương lượng phải từ 01 ngày",
            "a negotiation extension must add at least 1 day", Law.law(46, 1)));
      }
    }
    if (negotiationDays > 10) {
      problems.add(extension(null, "tổng thời gian gia hạn thương lượng " + negotiationDays
              + " ngày vượt quá 10 ngày",
          "negotiation extensions total " + negotiationDays + " days, more than 10",
          Law.law(46, 1)));
    }
  }

  private static CaseProblem extension(LocalDate date, String vi, String en, Citation citation) {
    return CaseProblem.of(Code.EXTENSION_WITHOUT_BASIS,
        BilingualText.of("Gia hạn không có căn cứ: " + vi, "Extension without legal basis: " + en),
        citation, date);
  }

  private static CaseProblem negative(String vi, String en, Vnd amount, Citation citation,
      LocalDate date) {
    return CaseProblem.of(Code.NEGATIVE_AMOUNT,
        BilingualText.of("Số tiền âm (" + vi + "): " + amount.format(VI),
            "Negative amount (" + en + "): " + amount.format(Locale.ENGLISH)),
        citation, date);
  }

  private static Vnd amountOf(CaseEvent e) {
    if (e instanceof AdvanceProposed x) {
      return x.amount();
    } else if (e instanceof AdvancePaid x) {
      return x.amount();
    } else if (e instanceof DecisionIssued x) {
      return x.amount();
    } else if (e instanceof FundsGranted x) {
      return x.amount();
    } else if (e instanceof Paid x) {
      return x.amount();
    } else if (e instanceof RecourseRepaid x) {
      return x.amount();
    }
    return null;
  }

  private static void duplicate(Map<Class<?>, CaseEvent> seen, CaseEvent e, List<CaseProblem> problems) {
    CaseEvent first = seen.putIfAbsent(e.getClass(), e);
    if (first != null) {
      problems.add(CaseProblem.of(Code.DUPLICATE_EVENT,
          BilingualText.of(
              capital(e.label(VI)) + " được ghi nhận lần thứ hai ngày " + e.date() + " (lần đầu ngày "
                  + first.date() + ")",
              capital(e.label(Locale.ENGLISH)) + " is recorded a second time on " + e.date()
                  + " (first on " + first.date() + ")"),
          null, e.date()));
    }
  }

  private static Citation endCitation(CaseEvent end) {
    if (end instanceof Terminated) {
      return Law.law(51, 2);
    }
    return Law.law(43, 4);
  }

  private static boolean anyOnOrBefore(List<CaseEvent> events, LocalDate date, Predicate<CaseEvent> p) {
    for (CaseEvent e : events) {
      if (!e.date().isAfter(date) && p.test(e)) {
        return true;
      }
    }
    return false;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
