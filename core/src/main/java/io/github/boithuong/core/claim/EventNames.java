package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import java.util.Map;

/** The names of the kinds of {@link CaseEvent}, in Vietnamese and English. */
final class EventNames {
  private EventNames() {}

  private static final Map<Class<?>, BilingualText> NAMES =
      Map.ofEntries(          Map.entry(CaseEvent.FiledWithDepartmentOfJustice.class, BilingualText.of("nộp hồ sơ tại Sở Tư pháp", "dossier filed with the Department of Justice")),
          Map.entry(CaseEvent.ForwardedByDepartmentOfJustice.class, BilingualText.of("Sở Tư pháp chuyển hồ sơ", "dossier forwarded by the Department of Justice")),
          Map.entry(CaseEvent.DossierReceived.class, BilingualText.of("cơ quan nhận hồ sơ", "dossier received")),
          Map.entry(CaseEvent.ReceiptAcknowledged.class, BilingualText.of("thông báo đã nhận hồ sơ", "receipt acknowledged")),
          Map.entry(CaseEvent.CompletionRequested.class, BilingualText.of("yêu cầu bổ sung hồ sơ", "completion of the dossier requested")),
          Map.entry(CaseEvent.DossierCompleted.class, BilingualText.of("hồ sơ được bổ sung", "dossier completed")),
          Map.entry(CaseEvent.Accepted.class, BilingualText.of("thụ lý", "claim accepted (thụ lý)")),
          Map.entry(CaseEvent.AcceptanceRefused.class, BilingualText.of("không thụ lý", "acceptance refused")),
          Map.entry(CaseEvent.ProcessingStopped.class, BilingualText.of("dừng giải quyết, trả lại hồ sơ", "processing stopped after acceptance")),
          Map.entry(CaseEvent.ResolverAppointed.class, BilingualText.of("cử người giải quyết bồi thường", "resolver appointed")),
          Map.entry(CaseEvent.AdvanceProposed.class, BilingualText.of("đề xuất tạm ứng", "advance proposed")),
          Map.entry(CaseEvent.AdvanceFundingRequested.class, BilingualText.of("đề nghị cơ quan tài chính cấp kinh phí tạm ứng", "advance funding requested")),
          Map.entry(CaseEvent.AdvanceFundsGranted.class, BilingualText.of("cơ quan tài chính cấp kinh phí tạm ứng", "advance funds granted")),
          Map.entry(CaseEvent.AdvancePaid.class, BilingualText.of("chi trả tạm ứng", "advance paid")),
          Map.entry(CaseEvent.ComplexCaseDetermined.class, BilingualText.of("xác định vụ việc phức tạp", "case determined complex")),
          Map.entry(CaseEvent.VerificationExtensionAgreed.class, BilingualText.of("thỏa thuận gia hạn xác minh", "verification extension agreed")),
          Map.entry(CaseEvent.VerificationCompleted.class, BilingualText.of("kết thúc xác minh thiệt hại", "damage verification completed")),
          Map.entry(CaseEvent.VerificationReportCompleted.class, BilingualText.of("hoàn thành báo cáo xác minh thiệt hại", "verification report completed")),
          Map.entry(CaseEvent.NegotiationInvited.class, BilingualText.of("mời tham gia thương lượng", "invited to negotiate")),
          Map.entry(CaseEvent.InvitationRefused.class, BilingualText.of("người yêu cầu từ chối tham gia thương lượng", "invitation refused by the claimant")),
          Map.entry(CaseEvent.ClaimantAbsent.class, BilingualText.of("người yêu cầu vắng mặt", "claimant absent")),
          Map.entry(CaseEvent.NegotiationSession.class, BilingualText.of("phiên thương lượng", "negotiation session")),
          Map.entry(CaseEvent.NegotiationExtensionAgreed.class, BilingualText.of("thỏa thuận gia hạn thương lượng", "negotiation extension agreed")),
          Map.entry(CaseEvent.NegotiationConcluded.class, BilingualText.of("biên bản kết quả thương lượng", "negotiation result minute")),
          Map.entry(CaseEvent.DecisionIssued.class, BilingualText.of("ban hành quyết định giải quyết bồi thường", "compensation decision issued")),
          Map.entry(CaseEvent.DecisionHandedOver.class, BilingualText.of("trao quyết định giải quyết bồi thường", "decision handed over")),
          Map.entry(CaseEvent.DecisionRefused.class, BilingualText.of("người yêu cầu không nhận quyết định", "decision refused by the claimant")),
          Map.entry(CaseEvent.DecisionSent.class, BilingualText.of("gửi quyết định cho người yêu cầu", "decision sent to the claimant")),
          Map.entry(CaseEvent.DecisionReceived.class, BilingualText.of("người yêu cầu nhận quyết định được gửi", "sent decision received")),
          Map.entry(CaseEvent.ObviousErrorFound.class, BilingualText.of("phát hiện sai sót rõ ràng trong quyết định", "obvious error found in the decision")),
          Map.entry(CaseEvent.DecisionCorrected.class, BilingualText.of("sửa chữa, bổ sung quyết định", "decision corrected")),
          Map.entry(CaseEvent.CancellationGroundArose.class, BilingualText.of("phát sinh căn cứ hủy quyết định", "ground for cancellation arose")),
          Map.entry(CaseEvent.DecisionCancelled.class, BilingualText.of("hủy quyết định giải quyết bồi thường", "decision cancelled")),
          Map.entry(CaseEvent.PostponementRequested.class, BilingualText.of("người yêu cầu đề nghị hoãn", "postponement requested")),
          Map.entry(CaseEvent.Postponed.class, BilingualText.of("quyết định hoãn giải quyết bồi thường", "resolution postponed")),
          Map.entry(CaseEvent.ResumedAfterPostponement.class, BilingualText.of("quyết định tiếp tục giải quyết sau khi hoãn", "resolution resumed after postponement")),
          Map.entry(CaseEvent.SuspensionGroundArose.class, BilingualText.of("phát sinh căn cứ tạm đình chỉ", "ground for suspension arose")),
          Map.entry(CaseEvent.Suspended.class, BilingualText.of("quyết định tạm đình chỉ", "resolution suspended")),
          Map.entry(CaseEvent.ContinuationRequested.class, BilingualText.of("người yêu cầu đề nghị tiếp tục giải quyết", "continuation requested")),
          Map.entry(CaseEvent.Continued.class, BilingualText.of("quyết định tiếp tục giải quyết bồi thường", "resolution continued")),
          Map.entry(CaseEvent.ClaimWithdrawn.class, BilingualText.of("người yêu cầu rút yêu cầu", "claim withdrawn")),
          Map.entry(CaseEvent.TerminationGroundArose.class, BilingualText.of("phát sinh căn cứ đình chỉ", "ground for termination arose")),
          Map.entry(CaseEvent.Terminated.class, BilingualText.of("quyết định đình chỉ giải quyết bồi thường", "resolution terminated")),
          Map.entry(CaseEvent.FundingRequested.class, BilingualText.of("đề nghị cấp kinh phí bồi thường", "funding requested")),
          Map.entry(CaseEvent.FundingDossierDeficient.class, BilingualText.of("hồ sơ đề nghị cấp kinh phí chưa đầy đủ, hợp lệ", "funding dossier found deficient")),
          Map.entry(CaseEvent.FundsGranted.class, BilingualText.of("cấp kinh phí bồi thường", "funds granted")),
          Map.entry(CaseEvent.PaymentNoticeSent.class, BilingualText.of("thông báo chi trả tiền bồi thường", "payment notice sent")),
          Map.entry(CaseEvent.PaymentNoticeReceived.class, BilingualText.of("người yêu cầu nhận thông báo chi trả", "payment notice received")),
          Map.entry(CaseEvent.Paid.class, BilingualText.of("chi trả tiền bồi thường", "compensation paid")),
          Map.entry(CaseEvent.RecourseCouncilEstablished.class, BilingualText.of("thành lập Hội đồng xem xét trách nhiệm hoàn trả", "recourse council established")),
          Map.entry(CaseEvent.RecourseRecommended.class, BilingualText.of("Hội đồng có ý kiến về trách nhiệm hoàn trả", "recourse recommended")),
          Map.entry(CaseEvent.RecourseDecided.class, BilingualText.of("quyết định hoàn trả", "recourse decided")),
          Map.entry(CaseEvent.DocumentSent.class, BilingualText.of("gửi văn bản cho cơ quan quản lý nhà nước", "document sent to the state-management agency")),
          Map.entry(CaseEvent.SuitFiled.class, BilingualText.of("khởi kiện tại Tòa án", "suit filed in court")),
          Map.entry(CaseEvent.NegotiationContentRecorded.class, BilingualText.of("ghi nhận nội dung thương lượng", "negotiation content recorded")),
          Map.entry(CaseEvent.NegotiationStepsRecorded.class, BilingualText.of("ghi nhận trình tự phiên thương lượng", "negotiation steps recorded")),
          Map.entry(CaseEvent.CancellationRequestedByClaimant.class, BilingualText.of("người yêu cầu đề nghị hủy quyết định", "cancellation requested by the claimant")),
          Map.entry(CaseEvent.CancellationRequiredByAuthority.class, BilingualText.of("cơ quan có thẩm quyền yêu cầu hủy quyết định", "cancellation required by an authority")),
          Map.entry(CaseEvent.FundingDossierRecorded.class, BilingualText.of("hồ sơ đề nghị cấp kinh phí", "funding dossier recorded")),
          Map.entry(CaseEvent.CourtAcceptedClaim.class, BilingualText.of("Tòa án thụ lý yêu cầu bồi thường", "court accepted the claim")),
          Map.entry(CaseEvent.HonourRestorationNotified.class, BilingualText.of("thông báo phục hồi danh dự", "honour restoration notified")),
          Map.entry(CaseEvent.HonourRestorationAnswered.class, BilingualText.of("người bị thiệt hại trả lời thông báo phục hồi danh dự", "answer to the honour restoration notice")),
          Map.entry(CaseEvent.HonourRestorationRequested.class, BilingualText.of("yêu cầu phục hồi danh dự bằng văn bản", "written request for honour restoration")),
          Map.entry(CaseEvent.ApologyHeld.class, BilingualText.of("tổ chức trực tiếp xin lỗi và cải chính công khai", "direct public apology held")),
          Map.entry(CaseEvent.ApologyPublished.class, BilingualText.of("đăng báo xin lỗi và cải chính công khai", "public apology published")),
          Map.entry(CaseEvent.RecourseRepaid.class, BilingualText.of("người thi hành công vụ nộp tiền hoàn trả", "recourse repaid")),
          Map.entry(CaseEvent.ClaimAlreadyDecided.class, BilingualText.of("yêu cầu đã được giải quyết bằng bản án, quyết định có hiệu lực", "claim already decided")));

  static BilingualText of(Class<?> type) {
    return NAMES.get(type);
  }
}
