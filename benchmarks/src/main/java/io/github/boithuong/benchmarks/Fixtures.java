package io.github.boithuong.benchmarks;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.DecisionHandedOver;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.CaseEvent.VerificationCompleted;
import io.github.boithuong.core.claim.CaseEvent.VerificationReportCompleted;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The typical cases the benchmarks evaluate: the seeds of the rules issue, built exactly as
 * {@code rules/src/test/java/io/github/boithuong/rules/Cases.java} builds them.
 *
 * <ul>
 *   <li>{@code complete}: a department of Bình Dương province, full negotiation composition, decision
 *       issued and handed over on 18/03/2024, assessed on 20/03/2024 (the negotiation complies);
 *   <li>{@code defective}: a ward of Quảng Ngãi province that negotiated without the Sở Tư pháp,
 *       decided, then asked for funding on 04/04/2024, assessed on 08/04/2024 (the chain of
 *       failures of the implementation plans: 46.3.d, 48.3.b, 62.4).
 * </ul>
 */
final class Fixtures {

  static final Locale VI = Locale.forLanguageTag("vi");

  static final ResolvingAgency WARD_QUANG_NGAI = ResolvingAgency.builder()
      .name("Ủy ban nhân dân phường Nghĩa Lộ").kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
      .level(AgencyLevel.COMMUNE).province("Quảng Ngãi").build();
  static final ResolvingAgency DEPARTMENT_BINH_DUONG = ResolvingAgency.builder()
      .name("Sở Tài nguyên và Môi trường tỉnh Bình Dương").kind(AgencyKind.PROVINCIAL_DEPARTMENT)
      .level(AgencyLevel.PROVINCIAL).province("Bình Dương").build();

  private Fixtures() {}

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** The mandatory participants of a session, the state-management agency named as organisation. */
  static List<Participant> fullSession(ResolvingAgency agency) {
    List<Participant> list = new ArrayList<>();
    list.add(new Participant(ParticipantRole.CHAIR, "Lãnh đạo cơ quan", agency.name()));
    list.add(new Participant(ParticipantRole.RESOLVER, "Trần Thị Bình", agency.name()));
    list.add(Participant.of(ParticipantRole.CLAIMANT, "Nguyễn Văn An"));
    list.add(new Participant(ParticipantRole.STATE_MANAGEMENT_AGENCY, "Lê Văn Cường",
        agency.stateManagementAgency().orElseThrow().name(VI)));
    return list;
  }

  static List<Participant> without(List<Participant> people, ParticipantRole role) {
    List<Participant> result = new ArrayList<>(people);
    result.removeIf(p -> p.role() == role);
    return result;
  }

  static Claim claim(ResolvingAgency agency, LiabilityField field) {
    return Claim.builder()
        .id("CASE-1")
        .claimant(Claimant.of(Party.individual("Nguyễn Văn An"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(agency)
        .field(field)
        .basisDocument(BasisDocument.builder().description("Quyết định giải quyết khiếu nại số 12/QĐ-UBND")
            .issuer("Chủ tịch Ủy ban nhân dân").issued(d(2023, 11, 20)).received(d(2023, 11, 24)).build())
        .addDossierItems(DossierItem.WRITTEN_CLAIM, DossierItem.BASIS_DOCUMENT, DossierItem.IDENTITY_PROOF)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(120_000_000))).build())
        .build();
  }

  /** Received 06/02/2024 (just before Tết), accepted 15/02, negotiated 08/03, minute 18/03. */
  static Claim negotiated(ResolvingAgency agency, LiabilityField field, List<Participant> people) {
    return claim(agency, field)
        .with(new DossierReceived(d(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 2, 15)))
        .with(new ResolverAppointed(d(2024, 2, 16), "Trần Thị Bình", true, false, false))
        .with(new VerificationCompleted(d(2024, 3, 1)))
        .with(new NegotiationInvited(d(2024, 3, 4), ParticipantRole.STATE_MANAGEMENT_AGENCY, true))
        .with(new VerificationReportCompleted(d(2024, 3, 6)))
        .with(new NegotiationSession(d(2024, 3, 8), people))
        .with(new NegotiationConcluded(d(2024, 3, 18), true, people));
  }

  static Claim decided(ResolvingAgency agency, LiabilityField field, List<Participant> people) {
    return negotiated(agency, field, people)
        .with(new DecisionIssued(d(2024, 3, 18), Vnd.of(100_000_000)))
        .with(new DecisionHandedOver(d(2024, 3, 18)));
  }

  /** The complete, compliant decided case of Bình Dương. */
  static Claim completeCase() {
    return decided(DEPARTMENT_BINH_DUONG, LiabilityField.ADMINISTRATIVE_MANAGEMENT,
        fullSession(DEPARTMENT_BINH_DUONG));
  }

  static RuleContext completeContext(WorkingCalendar calendar) {
    return RuleContext.of(d(2024, 3, 20), calendar);
  }

  /** The Quảng Ngãi chain: negotiated without Sở Tư pháp, decided, funding requested. */
  static Claim defectiveCase() {
    return decided(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))
        .with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundingDossierRecorded(d(2024, 4, 4), EnumSet.allOf(FundingDossierItem.class),
            Vnd.of(100_000_000)));
  }

  static RuleContext defectiveContext(WorkingCalendar calendar) {
    return RuleContext.of(d(2024, 4, 8), calendar);
  }

  static Claim caseNamed(String name) {
    return switch (name) {
      case "complete" -> completeCase();
      case "defective" -> defectiveCase();
      default -> throw new IllegalArgumentException("unknown case " + name);
    };
  }

  static RuleContext contextNamed(String name, WorkingCalendar calendar) {
    return switch (name) {
      case "complete" -> completeContext(calendar);
      case "defective" -> defectiveContext(calendar);
      default -> throw new IllegalArgumentException("unknown case " + name);
    };
  }
}
