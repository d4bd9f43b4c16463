package io.github.boithuong.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's rules example, verbatim, with the output it shows. */
class ReadmeRulesExampleTest {

  static final String EXPECTED = String.join("\n",
      "Thành phần, nội dung, trình tự thương lượng (khoản 3 Điều 46 Luật TNBTCNN 2017; khoản 7 Điều 46"
          + " Luật TNBTCNN 2017; Điều 21 Nghị định 68/2018/NĐ-CP): KHÔNG ĐẠT",
      "  - Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 08/03/2024 — điểm d khoản 3"
          + " Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP",
      "  - Biên bản kết quả thương lượng ngày 18/03/2024 thiếu chữ ký của đại diện Sở Tư pháp tỉnh Quảng Ngãi"
          + " — điểm d khoản 3 Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP;"
          + " khoản 7 Điều 46 Luật TNBTCNN 2017",
      "  - Không có văn bản mời cơ quan quản lý nhà nước về công tác bồi thường tham gia thương lượng trước"
          + " phiên ngày 08/03/2024 — điểm d khoản 3 Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21"
          + " Nghị định 68/2018/NĐ-CP",
      "  - Hệ quả: cần thương lượng lại với đủ thành phần, nội dung, trình tự trước khi ban hành quyết định,"
          + " nếu không người yêu cầu bồi thường có quyền đề nghị hủy quyết định để giải quyết lại — điểm b"
          + " khoản 3 Điều 48 Luật TNBTCNN 2017");

  @Test
  void readmeExample() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    Locale vi = Locale.forLanguageTag("vi");
    Claim claim = Claim.builder()
        .id("QNg-2024-001")
        .claimant(Claimant.of(Party.individual("Nguyễn Văn An"), ClaimantStanding.INJURED_PERSON))
        .resolvingAgency(ResolvingAgency.builder()
            .name("Ủy ban nhân dân phường Nghĩa Lộ").kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
            .level(AgencyLevel.COMMUNE).province("Quảng Ngãi").build())
        .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
        .content(ClaimContent.builder()
            .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(120_000_000))).build())
        .build()
        .with(new CaseEvent.DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
        .with(new CaseEvent.Accepted(LocalDate.of(2024, 2, 19)));

    // --- README example starts here
    List<Participant> present = List.of(                     // no one from Sở Tư pháp
        Participant.of(ParticipantRole.CHAIR, "Chủ tịch UBND phường"),
        Participant.of(ParticipantRole.RESOLVER, "Trần Thị Bình"),
        Participant.of(ParticipantRole.CLAIMANT, "Nguyễn Văn An"));
    Claim negotiated = claim
        .with(new CaseEvent.VerificationCompleted(LocalDate.of(2024, 3, 1)))
        .with(new CaseEvent.VerificationReportCompleted(LocalDate.of(2024, 3, 6)))
        .with(new CaseEvent.NegotiationSession(LocalDate.of(2024, 3, 8), present))
        .with(new CaseEvent.NegotiationConcluded(LocalDate.of(2024, 3, 18), true, present));
    Verdict verdict = new NegotiationParticipationRule()
        .evaluate(negotiated, RuleContext.of(LocalDate.of(2024, 3, 20), calendar));
    // --- README example ends here
    assertEquals(EXPECTED, verdict.render(vi));
  }
}
