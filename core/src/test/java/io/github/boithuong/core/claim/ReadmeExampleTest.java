package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boithuong.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's claim example, verbatim, with the output it shows. */
class ReadmeExampleTest {

  @Test
  void readmeExample_printsTheOverdueAppointment() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    ResolvingAgency ward = ResolvingAgency.builder()
        .name("Ủy ban nhân dân phường Nghĩa Lộ").kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
        .level(AgencyLevel.COMMUNE).province("Quảng Ngãi").build();
    Claim claim = Claim.builder()
        .id("QNg-2024-001")
        .claimant(Claimant.of(Party.individual("Nguyễn Văn An"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(ward)
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(120_000_000))).build())
        .build()
        .with(new CaseEvent.DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new CaseEvent.Accepted(LocalDate.of(2024, 2, 19)));
    assertEquals(List.of(), claim.problems());

    Locale vi = Locale.forLanguageTag("vi");
    LocalDate today = LocalDate.of(2024, 2, 23);
    List<String> printed = new ArrayList<>();
    for (TimetableEntry e : Timetable.of(claim, calendar).dueOrOverdue(today, 2)) {
      printed.add(e.step().label(vi) + " — hạn " + e.dueDate() + " — " + e.status(today).describe(vi)
          + " [" + e.step().citation().formatShort(vi) + "]");
    }
    assertEquals(List.of("cử người giải quyết bồi thường — hạn 2024-02-21 — quá hạn 2 ngày làm việc (2 ngày)"
        + " [điểm a khoản 3 Điều 43 Luật TNBTCNN 2017]"), printed);
  }
}
