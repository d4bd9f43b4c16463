package io.github.boithuong.examples;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.AdvanceProposed;
import io.github.boithuong.core.claim.CaseEvent.DecisionHandedOver;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DecisionRefused;
import io.github.boithuong.core.claim.CaseEvent.DecisionSent;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FundingDossierDeficient;
import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.CaseEvent.InvitationRefused;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationContentRecorded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeReceived;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeSent;
import io.github.boithuong.core.claim.CaseEvent.ReceiptAcknowledged;
import io.github.boithuong.core.claim.CaseEvent.RecourseCouncilEstablished;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.RecourseRecommended;
import io.github.boithuong.core.claim.CaseEvent.RecourseRepaid;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.CaseEvent.Suspended;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.CaseEvent.VerificationCompleted;
import io.github.boithuong.core.claim.CaseEvent.VerificationReportCompleted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NegotiationContentItem;
import io.github.boithuong.core.claim.Official;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.SuspensionGround;
import io.github.boithuong.core.claim.TerminationGround;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cases of the scenarios, built with the library's builders and records exactly as an
 * integrator would. The same cases are in {@code examples/cases/*.json}; a test checks that reading
 * each file gives the same claim.
 *
 * <p>Dates are written as in Vietnamese documents, day first: {@code d(6, 2, 2024)} is 06/02/2024.
 */
public final class ScenarioCases {

  private static final Set<DocumentRecipient> BOTH =
      EnumSet.of(DocumentRecipient.MINISTRY_OF_JUSTICE, DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE);
  private static final Set<NegotiationContentItem> CONTENT = EnumSet.of(
      NegotiationContentItem.DAMAGE_TYPES, NegotiationContentItem.AMOUNT,
      NegotiationContentItem.PAYMENT_METHOD);

  private ScenarioCases() {}

  /**
   * Gets every scenario, in the order of the issue: (1) the ward of Quảng Ngãi, (2) the department
   * of Bình Dương, (3) the criminal-procedure case with a recourse, (4a) the refused decision and
   * (4b) the suspension that ends in termination.
   *
   * @return the scenarios, unmodifiable, not null
   */
  public static List<Scenario> all() {
    return List.of(quangNgaiWard(), binhDuongDepartment(), criminalProcedureWithRecourse(),
        refusedDecision(), suspensionThenTermination());
  }

  /**
   * Scenario 1: a ward People's Committee in Quảng Ngãi province (2024) negotiates without the Sở
   * Tư pháp; the claimant may have the decision cancelled (Điều 48.3.b); the finance agency asks to
   * complete the funding dossier (Điều 62.4, as the implementation plans instruct).
   *
   * @return the scenario, not null
   */
  public static Scenario quangNgaiWard() {
    String ward = "Ủy ban nhân dân phường Nghĩa Lộ";
    List<Participant> session = List.of(
        new Participant(ParticipantRole.CHAIR, "Phạm Quốc Việt", ward),
        new Participant(ParticipantRole.RESOLVER, "Lê Minh Quân", ward),
        new Participant(ParticipantRole.CLAIMANT, "Trần Văn Hùng", ""));
    Claim claim = Claim.builder()
        .id("QNg-2024-001")
        .claimant(Claimant.of(Party.builder().name("Trần Văn Hùng").kind(Party.Kind.INDIVIDUAL)
            .address("Tổ 5, phường Nghĩa Lộ, tỉnh Quảng Ngãi").build(), ClaimantStanding.INJURED_PERSON))
        .addOfficials(Official.builder().name("Đỗ Văn Lực").position("Công chức địa chính – xây dựng").build())
        .resolvingAgency(ResolvingAgency.builder().name(ward).kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
            .level(AgencyLevel.COMMUNE).province("Quảng Ngãi").build())
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .basisDocument(BasisDocument.builder()
            .description("Quyết định số 15/QĐ-UBND hủy quyết định xử phạt vi phạm hành chính")
            .issuer("Chủ tịch Ủy ban nhân dân phường Nghĩa Lộ").issued(d(20, 12, 2023))
            .received(d(22, 12, 2023)).build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(85_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(12_000_000))).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT,
            DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE)
        .build()
        .with(new DossierReceived(d(6, 2, 2024), FilingMethod.IN_PERSON))
        .with(new Accepted(d(15, 2, 2024)))
        .with(new ResolverAppointed(d(16, 2, 2024), "Lê Minh Quân", true, false, false))
        .with(new DocumentSent(d(16, 2, 2024), StateManagementDocument.ACCEPTANCE_NOTICE, BOTH))
        .with(new VerificationCompleted(d(29, 2, 2024)))
        .with(new VerificationReportCompleted(d(4, 3, 2024)))
        .with(new NegotiationSession(d(6, 3, 2024), session))
        .with(new NegotiationSession(d(12, 3, 2024), session))
        .with(new NegotiationContentRecorded(d(12, 3, 2024), CONTENT))
        .with(new NegotiationConcluded(d(12, 3, 2024), true, session))
        .with(new DecisionIssued(d(12, 3, 2024), Vnd.of(91_500_000)))
        .with(new DecisionHandedOver(d(12, 3, 2024)))
        .with(new DocumentSent(d(13, 3, 2024), StateManagementDocument.COMPENSATION_DECISION, BOTH))
        .with(new FundingRequested(d(1, 4, 2024)))
        .with(new FundingDossierRecorded(d(1, 4, 2024), EnumSet.allOf(FundingDossierItem.class),
            Vnd.of(91_500_000)))
        .with(new FundingDossierDeficient(d(3, 4, 2024)));
    return new Scenario("quang-ngai-ward-2024.json",
        BilingualText.of("Kịch bản 1 — UBND phường Nghĩa Lộ (Quảng Ngãi, 2024): thương lượng vắng Sở Tư pháp",
            "Scenario 1 — Nghĩa Lộ ward People's Committee (Quảng Ngãi, 2024): negotiation without"
                + " the Department of Justice"),
        BilingualText.of("Ông Trần Văn Hùng bị tịch thu quầy hàng theo quyết định xử phạt sau đó bị hủy."
                + " Phường thụ lý ngay sau Tết Giáp Thìn, thương lượng thành nhưng không mời Sở Tư pháp"
                + " tỉnh Quảng Ngãi (điểm d khoản 3 Điều 46). Người yêu cầu có quyền đề nghị hủy quyết định"
                + " để giải quyết lại (điểm b khoản 3 Điều 48); cơ quan tài chính phát hiện sai sót, đề nghị"
                + " hoàn thiện hồ sơ và có 15 ngày để cấp kinh phí (khoản 4 Điều 62).",
            "Mr Trần Văn Hùng's stall was confiscated under a sanction decision later cancelled. The"
                + " ward accepts his claim right after Tết 2024 and negotiates successfully, but without"
                + " the Department of Justice of Quảng Ngãi (Art. 46(3)(d)). He may have the decision"
                + " cancelled and the claim resolved again (Art. 48(3)(b)); the finance agency catches the"
                + " defect, asks to complete the dossier and has 15 days to fund (Art. 62(4))."),
        claim, d(22, 4, 2024));
  }

  /**
   * Scenario 2: a department of Bình Dương province (2023), complete and on time, from a dossier
   * received by post to payment.
   *
   * @return the scenario, not null
   */
  public static Scenario binhDuongDepartment() {
    String department = "Sở Tài nguyên và Môi trường tỉnh Bình Dương";
    List<Participant> session = List.of(
        new Participant(ParticipantRole.CHAIR, "Nguyễn Thanh Tùng", department),
        new Participant(ParticipantRole.RESOLVER, "Võ Thị Kim Ngân", department),
        new Participant(ParticipantRole.CLAIMANT, "Lâm Quang Phú", "Công ty TNHH Thương mại Phú Lợi"),
        new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Hồ Văn Bảy", "Sở Tư pháp tỉnh Bình Dương"));
    Claim claim = Claim.builder()
        .id("BD-2023-017")
        .claimant(Claimant.of(Party.builder().name("Công ty TNHH Thương mại Phú Lợi")
            .kind(Party.Kind.ORGANISATION).address("Thành phố Thủ Dầu Một, tỉnh Bình Dương").build(),
            ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(ResolvingAgency.builder().name(department).kind(AgencyKind.PROVINCIAL_DEPARTMENT)
            .level(AgencyLevel.PROVINCIAL).province("Bình Dương").build())
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .basisDocument(BasisDocument.builder()
            .description("Bản án hành chính phúc thẩm số 45/2023/HC-PT (hủy quyết định từ chối gia hạn thuê đất)")
            .issuer("Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh").issued(d(20, 2, 2023))
            .received(d(1, 3, 2023)).build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(1_380_000_000L)))
            .addDamages(ClaimedDamage.of(DamageType.OTHER_COSTS, Vnd.of(95_000_000))).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT,
            DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE)
        .build()
        .with(new DossierReceived(d(8, 5, 2023), FilingMethod.BY_POST))
        .with(new ReceiptAcknowledged(d(9, 5, 2023)))
        .with(new Accepted(d(10, 5, 2023)))
        .with(new ResolverAppointed(d(11, 5, 2023), "Võ Thị Kim Ngân", true, false, false))
        .with(new DocumentSent(d(11, 5, 2023), StateManagementDocument.ACCEPTANCE_NOTICE, BOTH))
        .with(new VerificationCompleted(d(24, 5, 2023)))
        .with(new VerificationReportCompleted(d(26, 5, 2023)))
        .with(new NegotiationInvited(d(26, 5, 2023), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new NegotiationSession(d(30, 5, 2023), session))
        .with(new NegotiationContentRecorded(d(2, 6, 2023), CONTENT))
        .with(new NegotiationConcluded(d(2, 6, 2023), true, session))
        .with(new DecisionIssued(d(2, 6, 2023), Vnd.of(1_450_000_000L)))
        .with(new DecisionHandedOver(d(2, 6, 2023)))
        .with(new DocumentSent(d(5, 6, 2023), StateManagementDocument.COMPENSATION_DECISION, BOTH))
        .with(new FundingRequested(d(21, 6, 2023)))
        .with(new FundingDossierRecorded(d(21, 6, 2023), EnumSet.allOf(FundingDossierItem.class),
            Vnd.of(1_450_000_000L)))
        .with(new FundsGranted(d(27, 6, 2023), Vnd.of(1_450_000_000L)))
        .with(new PaymentNoticeSent(d(28, 6, 2023)))
        .with(new PaymentNoticeReceived(d(29, 6, 2023)))
        .with(new Paid(d(30, 6, 2023), Vnd.of(1_450_000_000L)));
    return new Scenario("binh-duong-department-2023.json",
        BilingualText.of("Kịch bản 2 — Sở Tài nguyên và Môi trường tỉnh Bình Dương (2023): đầy đủ, đúng hạn",
            "Scenario 2 — Department of Natural Resources and Environment of Bình Dương (2023):"
                + " complete and on time"),
        BilingualText.of("Công ty TNHH Thương mại Phú Lợi gửi hồ sơ qua bưu chính sau bản án hành chính"
                + " phúc thẩm. Sở thông báo đã nhận, thụ lý, xác minh, thương lượng có Sở Tư pháp tỉnh Bình"
                + " Dương, ban hành và trao quyết định; cơ quan tài chính cấp kinh phí và Sở chi trả — mọi"
                + " bước đúng thời hạn.",
            "Phú Lợi Trading Co., Ltd. posts its claim after an appeal judgment. The department"
                + " acknowledges, accepts, verifies, negotiates with the Department of Justice of Bình"
                + " Dương, issues and hands over the decision; the finance agency funds it and the"
                + " department pays — every step on time."),
        claim, d(3, 7, 2023));
  }

  /**
   * Scenario 3: a criminal-procedure case (wrongful detention) negotiated with the procuracy
   * (Điều 46.3.đ), an advance, payment, and the recourse against the investigator (Điều 65–66).
   *
   * @return the scenario, not null
   */
  public static Scenario criminalProcedureWithRecourse() {
    String police = "Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa";
    List<Participant> session = List.of(
        new Participant(ParticipantRole.CHAIR, "Đại tá Lê Văn Thành", police),
        new Participant(ParticipantRole.RESOLVER, "Thiếu tá Nguyễn Hữu Phước", police),
        new Participant(ParticipantRole.CLAIMANT, "Hoàng Văn Nam", ""),
        new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Thị Mai Phương", "Sở Tư pháp tỉnh Thanh Hóa"),
        new Participant(ParticipantRole.PROCURACY, "Kiểm sát viên Đỗ Minh Hải",
            "Viện kiểm sát nhân dân tỉnh Thanh Hóa"));
    Claim claim = Claim.builder()
        .id("TH-HS-2025-004")
        .claimant(Claimant.of(Party.individual("Hoàng Văn Nam"), ClaimantStanding.INJURED_PERSON))
        .addOfficials(Official.builder().name("Trung tá Trịnh Văn Khoa").position("Điều tra viên").build())
        .resolvingAgency(ResolvingAgency.builder().name(police).kind(AgencyKind.INVESTIGATION_BODY)
            .level(AgencyLevel.PROVINCIAL).province("Thanh Hóa").build())
        .field(LiabilityField.CRIMINAL_PROCEDURE)
        .basisDocument(BasisDocument.builder()
            .description("Quyết định đình chỉ điều tra số 27/QĐ-CSĐT (không có sự việc phạm tội)")
            .issuer(police).issued(d(12, 6, 2025)).received(d(16, 6, 2025)).build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(90_000_000)))
            .addDamages(ClaimedDamage.of(DamageType.LOST_INCOME, Vnd.of(30_000_000)))
            .advanceRequested(true).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT,
            DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE)
        .build()
        .with(new DossierReceived(d(28, 8, 2025), FilingMethod.IN_PERSON))
        .with(new Accepted(d(3, 9, 2025)))
        .with(new AdvanceProposed(d(3, 9, 2025), Vnd.of(45_000_000)))
        .with(new ResolverAppointed(d(4, 9, 2025), "Thiếu tá Nguyễn Hữu Phước", true, false, false))
        .with(new DocumentSent(d(4, 9, 2025), StateManagementDocument.ACCEPTANCE_NOTICE, BOTH))
        .with(new AdvancePaid(d(9, 9, 2025), Vnd.of(45_000_000)))
        .with(new VerificationCompleted(d(17, 9, 2025)))
        .with(new VerificationReportCompleted(d(19, 9, 2025)))
        .with(new NegotiationInvited(d(19, 9, 2025), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new NegotiationInvited(d(19, 9, 2025), ParticipantRole.PROCURACY, true))
        .with(new NegotiationSession(d(23, 9, 2025), session))
        .with(new NegotiationContentRecorded(d(2, 10, 2025), CONTENT))
        .with(new NegotiationConcluded(d(2, 10, 2025), true, session))
        .with(new DecisionIssued(d(2, 10, 2025), Vnd.of(112_000_000)))
        .with(new DecisionHandedOver(d(2, 10, 2025)))
        .with(new DocumentSent(d(3, 10, 2025), StateManagementDocument.COMPENSATION_DECISION, BOTH))
        .with(new FundingRequested(d(20, 10, 2025)))
        .with(new FundingDossierRecorded(d(20, 10, 2025), EnumSet.allOf(FundingDossierItem.class),
            Vnd.of(112_000_000)))
        .with(new FundsGranted(d(24, 10, 2025), Vnd.of(112_000_000)))
        .with(new PaymentNoticeSent(d(27, 10, 2025)))
        .with(new PaymentNoticeReceived(d(28, 10, 2025)))
        .with(new Paid(d(30, 10, 2025), Vnd.of(67_000_000)))
        .with(new RecourseCouncilEstablished(d(7, 11, 2025), false))
        .with(new RecourseRecommended(d(25, 11, 2025)))
        .with(new RecourseDecided(d(27, 11, 2025)))
        .with(new DocumentSent(d(28, 11, 2025), StateManagementDocument.RECOURSE_DECISION, BOTH))
        .with(new RecourseRepaid(d(28, 11, 2025), Vnd.of(9_000_000)));
    return new Scenario("thanh-hoa-criminal-procedure-2025.json",
        BilingualText.of("Kịch bản 3 — Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa (2025): tố tụng hình sự,"
                + " có Viện kiểm sát; hoàn trả",
            "Scenario 3 — Investigation police of Thanh Hóa province (2025): criminal procedure with"
                + " the procuracy; recourse against the official"),
        BilingualText.of("Ông Hoàng Văn Nam bị tạm giữ, tạm giam 45 ngày; vụ án bị đình chỉ vì không có sự việc"
                + " phạm tội. Thương lượng có Viện kiểm sát nhân dân tỉnh Thanh Hóa (điểm đ khoản 3 Điều 46);"
                + " tạm ứng 50% thiệt hại tinh thần, chi trả phần còn lại; Hội đồng xem xét trách nhiệm hoàn"
                + " trả của điều tra viên (Điều 65, 66), quyết định hoàn trả và khoản hoàn trả đầu tiên (Điều 67).",
            "Mr Hoàng Văn Nam was held for 45 days; the case was dropped as no crime had been committed."
                + " The negotiation includes the procuracy of Thanh Hóa (Art. 46(3)(đ)); an advance of half"
                + " the mental damage, then the rest is paid; the council decides the investigator's duty to"
                + " repay (Art. 65, 66), the recourse decision and a first repayment (Art. 67)."),
        claim, d(1, 12, 2025));
  }

  /**
   * Scenario 4a: the claimant refuses the decision; it is sent within 5 working days; 30 days later
   * the resolution must be terminated (Điều 47.1, 51.1.đ) and, on the date of the report, is
   * overdue.
   *
   * @return the scenario, not null
   */
  public static Scenario refusedDecision() {
    String office = "Chi cục Thi hành án dân sự quận Hải Châu";
    List<Participant> session = List.of(
        new Participant(ParticipantRole.CHAIR, "Huỳnh Văn Tâm", office),
        new Participant(ParticipantRole.RESOLVER, "Ngô Thị Thu", office),
        new Participant(ParticipantRole.CLAIMANT, "Lê Thị Hoa", ""),
        new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Trương Công Danh", "Sở Tư pháp thành phố Đà Nẵng"));
    Claim claim = Claim.builder()
        .id("DNg-2023-008")
        .claimant(Claimant.of(Party.individual("Lê Thị Hoa"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(ResolvingAgency.builder().name(office).kind(AgencyKind.CIVIL_ENFORCEMENT_BODY)
            .level(AgencyLevel.DISTRICT).province("Đà Nẵng").build())
        .field(LiabilityField.CIVIL_JUDGMENT_ENFORCEMENT)
        .basisDocument(BasisDocument.builder().description("Quyết định giải quyết khiếu nại số 08/QĐ-CTHADS")
            .issuer("Cục trưởng Cục Thi hành án dân sự thành phố Đà Nẵng").issued(d(10, 3, 2023))
            .received(d(14, 3, 2023)).build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(320_000_000))).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT,
            DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE)
        .build()
        .with(new DossierReceived(d(12, 6, 2023), FilingMethod.IN_PERSON))
        .with(new Accepted(d(14, 6, 2023)))
        .with(new ResolverAppointed(d(15, 6, 2023), "Ngô Thị Thu", true, false, false))
        .with(new VerificationCompleted(d(28, 6, 2023)))
        .with(new VerificationReportCompleted(d(3, 7, 2023)))
        .with(new NegotiationInvited(d(3, 7, 2023), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new NegotiationSession(d(5, 7, 2023), session))
        .with(new NegotiationSession(d(14, 7, 2023), session))
        .with(new NegotiationConcluded(d(14, 7, 2023), true, session))
        .with(new DecisionIssued(d(14, 7, 2023), Vnd.of(276_000_000)))
        .with(new DecisionRefused(d(14, 7, 2023)))
        .with(new DecisionSent(d(19, 7, 2023)));
    return new Scenario("da-nang-refused-decision-2023.json",
        BilingualText.of("Kịch bản 4a — Chi cục Thi hành án dân sự quận Hải Châu (Đà Nẵng, 2023): người yêu cầu"
                + " không nhận quyết định",
            "Scenario 4a — Civil judgment enforcement office of Hải Châu (Đà Nẵng, 2023): the claimant"
                + " refuses the decision"),
        BilingualText.of("Bà Lê Thị Hoa không nhận quyết định tại buổi trao; biên bản được lập, quyết định được"
                + " gửi trong 05 ngày làm việc (khoản 1 Điều 47). Hết 30 ngày bà không nhận: căn cứ đình"
                + " chỉ (điểm đ khoản 1 Điều 51); ngày 22/08/2023 quyết định đình chỉ đã quá hạn.",
            "Ms Lê Thị Hoa refuses to take the decision at the session; a minute is drawn up and the"
                + " decision is sent within 5 working days (Art. 47(1)). After 30 days without her taking"
                + " it, the resolution must be terminated (Art. 51(1)(đ)); on 2023-08-22 that is overdue."),
        claim, d(22, 8, 2023));
  }

  /**
   * Scenario 4b: the claimant refuses the invitation to negotiate twice; the resolution is
   * suspended (Điều 50.1.a), the claimant does not ask to continue, and it is terminated (Điều
   * 51.1.c).
   *
   * @return the scenario, not null
   */
  public static Scenario suspensionThenTermination() {
    String district = "Ủy ban nhân dân huyện Thanh Trì";
    Claim claim = Claim.builder()
        .id("HN-TT-2022-002")
        .claimant(Claimant.of(Party.individual("Phạm Văn Đức"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(ResolvingAgency.builder().name(district).kind(AgencyKind.DISTRICT_PEOPLES_COMMITTEE)
            .level(AgencyLevel.DISTRICT).province("Hà Nội").build())
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .basisDocument(BasisDocument.builder().description("Bản án hành chính sơ thẩm số 215/2021/HC-ST")
            .issuer("Tòa án nhân dân thành phố Hà Nội").issued(d(3, 12, 2021)).received(d(20, 12, 2021))
            .build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(650_000_000))).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT,
            DossierItem.IDENTITY_PROOF, DossierItem.EVIDENCE)
        .build()
        .with(new DossierReceived(d(14, 3, 2022), FilingMethod.IN_PERSON))
        .with(new Accepted(d(16, 3, 2022)))
        .with(new ResolverAppointed(d(17, 3, 2022), "Bùi Thị Ngọc Anh", true, false, false))
        .with(new DocumentSent(d(17, 3, 2022), StateManagementDocument.ACCEPTANCE_NOTICE, BOTH))
        .with(new VerificationCompleted(d(31, 3, 2022)))
        .with(new VerificationReportCompleted(d(4, 4, 2022)))
        .with(new NegotiationInvited(d(4, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(5, 4, 2022)))
        .with(new NegotiationInvited(d(5, 4, 2022), ParticipantRole.CLAIMANT, true))
        .with(new InvitationRefused(d(6, 4, 2022)))
        .with(new Suspended(d(6, 4, 2022), SuspensionGround.INVITATION_REFUSED_TWICE))
        .with(new DocumentSent(d(7, 4, 2022), StateManagementDocument.SUSPENSION_OR_CONTINUATION, BOTH))
        .with(new Terminated(d(19, 5, 2022), TerminationGround.SUSPENSION_EXPIRED))
        .with(new DocumentSent(d(20, 5, 2022), StateManagementDocument.TERMINATION, BOTH));
    return new Scenario("ha-noi-suspension-termination-2022.json",
        BilingualText.of("Kịch bản 4b — UBND huyện Thanh Trì (Hà Nội, 2022): tạm đình chỉ rồi đình chỉ",
            "Scenario 4b — Thanh Trì district People's Committee (Hà Nội, 2022): suspension, then"
                + " termination"),
        BilingualText.of("Ông Phạm Văn Đức hai lần từ chối tham gia thương lượng: tạm đình chỉ (điểm a khoản 1"
                + " Điều 50). Hết 30 ngày và 05 ngày làm việc ông không đề nghị tiếp tục (khoản 2 Điều 50):"
                + " đình chỉ giải quyết bồi thường (điểm c khoản 1 Điều 51).",
            "Mr Phạm Văn Đức twice refuses the invitation to negotiate: the resolution is suspended (Art."
                + " 50(1)(a)). 30 days and 5 working days pass without a request to continue (Art. 50(2)):"
                + " the resolution is terminated (Art. 51(1)(c))."),
        claim, d(20, 5, 2022));
  }

  private static LocalDate d(int day, int month, int year) {
    return LocalDate.of(year, month, day);
  }
}
