package io.github.boithuong.core.claim;

import java.time.LocalDate;
import java.util.List;

/** Parties, agencies and claims shared by the claim tests. */
final class Fixtures {

  static final ResolvingAgency WARD_QUANG_NGAI = ResolvingAgency.builder()
      .name("Ủy ban nhân dân phường Nghĩa Lộ")
      .kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
      .level(AgencyLevel.COMMUNE)
      .province("Quảng Ngãi")
      .build();

  static final ResolvingAgency MINISTRY_HANOI = ResolvingAgency.builder()
      .name("Bộ Tài nguyên và Môi trường")
      .kind(AgencyKind.MINISTRY)
      .level(AgencyLevel.CENTRAL)
      .province("Hà Nội")
      .centralBody(true)
      .build();

  private Fixtures() {}

  /** A claim of 120 million đồng against a ward in Quảng Ngãi, with no events yet. */
  static Claim claim() {
    return claim(120_000_000L);
  }

  static Claim claim(long amount) {
    return Claim.builder()
        .id("QNg-2024-001")
        .claimant(Claimant.of(Party.individual("Nguyễn Văn An"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(WARD_QUANG_NGAI)
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .basisDocument(BasisDocument.builder()
            .description("Quyết định giải quyết khiếu nại số 12/QĐ-UBND")
            .issuer("Chủ tịch Ủy ban nhân dân phường Nghĩa Lộ")
            .issued(LocalDate.of(2023, 11, 20))
            .received(LocalDate.of(2023, 11, 24))
            .build())
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(amount)))
            .build())
        .build();
  }

  /**
   * The standard path on the official 2024 calendar, every step done on its last day: received Tue
   * 06/02/2024, accepted Thu 15/02 (2 wd over the Tết break 08–14/02), verification ends Fri 01/03
   * (15 days), report Wed 06/03 (3 wd), first session Fri 08/03 (2 wd), success minute and decision
   * handed over Mon 18/03 (10 days from 08/03 end Mon 18/03).
   */
  static Claim standardPath() {
    return claim()
        .with(new CaseEvent.DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new CaseEvent.Accepted(LocalDate.of(2024, 2, 15)))
        .with(new CaseEvent.ResolverAppointed(LocalDate.of(2024, 2, 16), "Trần Thị Bình", true, false, false))
        .with(new CaseEvent.VerificationCompleted(LocalDate.of(2024, 3, 1)))
        .with(new CaseEvent.VerificationReportCompleted(LocalDate.of(2024, 3, 6)))
        .with(new CaseEvent.NegotiationSession(LocalDate.of(2024, 3, 8), List.of()))
        .with(new CaseEvent.NegotiationConcluded(LocalDate.of(2024, 3, 18), true, List.of()))
        .with(new CaseEvent.DecisionIssued(LocalDate.of(2024, 3, 18), Vnd.of(100_000_000L)))
        .with(new CaseEvent.DecisionHandedOver(LocalDate.of(2024, 3, 18)));
  }
}
