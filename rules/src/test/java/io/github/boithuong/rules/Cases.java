package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.DecisionHandedOver;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
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
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Agencies, participants and cases of the seeds of the rules issue. */
final class Cases {

  static final Locale VI = Locale.forLanguageTag("vi");
  static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  static final ResolvingAgency WARD_QUANG_NGAI = ResolvingAgency.builder()
      .name("Ủy ban nhân dân phường Nghĩa Lộ").kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
      .level(AgencyLevel.COMMUNE).province("Quảng Ngãi").build();
  static final ResolvingAgency DEPARTMENT_BINH_DUONG = ResolvingAgency.builder()
      .name("Sở Tài nguyên và Môi trường tỉnh Bình Dương").kind(AgencyKind.PROVINCIAL_DEPARTMENT)
      .level(AgencyLevel.PROVINCIAL).province("Bình Dương").build();
  static final ResolvingAgency MINISTRY_HANOI = ResolvingAgency.builder()
      .name("Bộ Tài chính").kind(AgencyKind.MINISTRY).level(AgencyLevel.CENTRAL).province("Hà Nội")
      .centralBody(true).build();
  static final ResolvingAgency POLICE_THANH_HOA = ResolvingAgency.builder()
      .name("Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa").kind(AgencyKind.INVESTIGATION_BODY)
      .level(AgencyLevel.PROVINCIAL).province("Thanh Hóa").build();

  private Cases() {}

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static RuleContext at(int year, int month, int day) {
    return RuleContext.of(d(year, month, day), CALENDAR);
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

  /**
   * Received Tue 06/02/2024, accepted Thu 15/02, report Wed 06/03, written invitation of the
   * state-management agency Mon 04/03, session Fri 08/03 and success minute Mon 18/03 with the given
   * participants, decision issued and handed over Mon 18/03.
   */
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
}
