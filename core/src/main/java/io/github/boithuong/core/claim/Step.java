package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/**
 * A step of the legal timetable of a claim: each with the provision that sets its period, who must
 * act, and whether it is a duty, a window open to the claimant, or a date that arrives by itself.
 * The steps follow the procedure of Luật TNBTCNN 2017 Điều 6, 41–52, 62 and 66 and Nghị định
 * 68/2018.
 */
public enum Step {
  /** 3 years from the day the claimant received the basis document (Điều 6.1), extended by excluded periods (Điều 6.3). */
  LIMITATION("thời hiệu yêu cầu bồi thường", "limitation period of the claim", Law.law(6, 1), Actor.CLAIMANT, Nature.WINDOW),
  /** 5 working days for the Sở Tư pháp to forward a dossier filed with it (Điều 41.4; Nghị định 68/2018 Điều 33). */
  FORWARD_DOSSIER("Sở Tư pháp chuyển hồ sơ", "Department of Justice forwards the dossier", Law.law(41, 4), Actor.DEPARTMENT_OF_JUSTICE, Nature.DUTY),
  /** 2 working days to acknowledge a dossier received by post (Điều 42.1). */
  ACKNOWLEDGE_RECEIPT("thông báo đã nhận hồ sơ gửi qua bưu chính", "acknowledge a dossier received by post", Law.law(42, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 5 working days from receipt to ask for missing documents or the basis document (Điều 42.2). */
  REQUEST_COMPLETION("yêu cầu bổ sung hồ sơ", "ask for missing documents", Law.law(42, 2), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 5 working days for the claimant or the authority to answer, force majeure excluded (Điều 42.3). */
  COMPLETE_DOSSIER("bổ sung hồ sơ", "complete the dossier", Law.law(42, 3), Actor.CLAIMANT, Nature.WINDOW),
  /** 2 working days from receipt of a valid dossier to accept or refuse (Điều 43.1). */
  ACCEPT("thụ lý", "accept the claim (thụ lý)", Law.law(43, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from acceptance (Điều 43.3.a). */
  APPOINT_RESOLVER("cử người giải quyết bồi thường", "appoint the resolver", Law.law(43, 3, "a"), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** Immediately after acceptance, when an advance is requested (Điều 44.2). */
  PROPOSE_ADVANCE("đề xuất tạm ứng", "propose an advance payment", Law.law(44, 2), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 5 working days from the proposal (Điều 44.2). */
  PAY_ADVANCE("chi trả tạm ứng", "pay the advance", Law.law(44, 2), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from the proposal when the agency's budget is insufficient (Điều 44.3). */
  REQUEST_ADVANCE_FUNDING("đề nghị cấp kinh phí tạm ứng", "ask the finance agency for the advance", Law.law(44, 3), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 7 working days for the finance agency (Điều 44.3). */
  GRANT_ADVANCE_FUNDING("cấp kinh phí tạm ứng", "grant the advance funds", Law.law(44, 3), Actor.FINANCE_AGENCY, Nature.DUTY),
  /** 15 days from acceptance, 30 if complex, plus up to 15 agreed days (Điều 45.2; Nghị định 68/2018 Điều 14.2, 19.1). */
  VERIFY_DAMAGE("xác minh thiệt hại", "verify the damage", Law.law(45, 2), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 3 working days from the end of verification (Điều 45.3). */
  VERIFICATION_REPORT("báo cáo xác minh thiệt hại", "complete the verification report", Law.law(45, 3), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from the verification report (Điều 46.1). */
  START_NEGOTIATION("tiến hành thương lượng", "start the negotiation", Law.law(46, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 10 days from the first session, 15 if complex, plus up to 10 agreed days (Điều 46.1). */
  FINISH_NEGOTIATION("kết thúc thương lượng", "finish the negotiation", Law.law(46, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** Immediately after a successful negotiation (Điều 47.1). */
  ISSUE_DECISION("ban hành quyết định giải quyết bồi thường", "issue the compensation decision", Law.law(47, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 5 working days from the refusal minute (Điều 47.1). */
  SEND_REFUSED_DECISION("gửi quyết định người yêu cầu không nhận", "send the refused decision", Law.law(47, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 15 days from receiving the decision or from the negotiation result minute, force majeure excluded (Điều 52.2–52.3). */
  SUIT_WINDOW("thời hạn khởi kiện", "time to sue", Law.law(52, 2), Actor.CLAIMANT, Nature.WINDOW),
  /** The decision is in force after 15 days from its receipt (Điều 47.2); no suit after that (Điều 52.4). */
  DECISION_TAKES_EFFECT("quyết định có hiệu lực pháp luật", "the decision takes effect", Law.law(47, 2), Actor.RESOLVING_AGENCY, Nature.MILESTONE),
  /** 2 working days from the ground arising (Điều 48.1, 48.3). */
  CANCEL_DECISION("hủy quyết định giải quyết bồi thường", "cancel the decision", Law.law(48), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from finding an obvious error (Điều 48.4). */
  CORRECT_DECISION("sửa chữa, bổ sung quyết định", "correct the decision", Law.law(48, 4), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** Immediately, to the claimant and the state-management agency (Điều 48.5). */
  SEND_CANCELLATION_OR_CORRECTION("gửi quyết định hủy, sửa chữa, bổ sung", "send the cancellation or correction", Law.law(48, 5), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from the claimant's request (Điều 49). */
  DECIDE_POSTPONEMENT("quyết định hoãn giải quyết bồi thường", "decide on postponement", Law.law(49, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 1 working day from the ground arising (Điều 50.1). */
  DECIDE_SUSPENSION("quyết định tạm đình chỉ", "decide on suspension", Law.law(50, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** Within 5 working days after the 30-day suspension expires (Điều 50.2). */
  REQUEST_CONTINUATION("đề nghị tiếp tục giải quyết", "ask to continue after suspension", Law.law(50, 2), Actor.CLAIMANT, Nature.WINDOW),
  /** 5 working days from the ground arising (Điều 51.1). */
  TERMINATE("quyết định đình chỉ giải quyết bồi thường", "terminate the resolution", Law.law(51, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from the decision taking effect (Điều 62.1). */
  REQUEST_FUNDING("đề nghị cấp kinh phí bồi thường", "send the funding request", Law.law(62, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 5 working days from receipt of a complete dossier; 15 days when the dossier must be completed (Điều 62.4). */
  GRANT_FUNDS("cấp kinh phí bồi thường", "grant the funds", Law.law(62, 4), Actor.FINANCE_AGENCY, Nature.DUTY),
  /** 2 working days from receiving the funds (Điều 62.5). */
  NOTIFY_PAYMENT("thông báo chi trả tiền bồi thường", "notify the claimant of payment", Law.law(62, 5), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 2 working days from the claimant receiving the notice (Điều 62.5). */
  PAY("chi trả tiền bồi thường", "pay the compensation", Law.law(62, 5), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 10 days from completing payment (Điều 66.1; Nghị định 68/2018 Điều 28). */
  ESTABLISH_RECOURSE_COUNCIL("thành lập Hội đồng xem xét trách nhiệm hoàn trả", "set up the recourse council", Law.law(66, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 20 days from the council's establishment, 30 if complex (Điều 66.2; Nghị định 68/2018 Điều 29.6). */
  RECOURSE_RECOMMENDATION("Hội đồng có ý kiến về trách nhiệm hoàn trả", "council recommendation", Law.law(66, 2), Actor.RECOURSE_COUNCIL, Nature.DUTY),
  /** 3 working days from the council's recommendation (Nghị định 68/2018 Điều 30.1). */
  RECOURSE_DECISION("quyết định hoàn trả", "recourse decision", Law.decree(30, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 15 days from the day the basis document exists to notify the injured person of honour restoration (Điều 57.1). */
  NOTIFY_HONOUR_RESTORATION("thông báo phục hồi danh dự", "notify honour restoration", Law.law(57, 1), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 10 days from the notice for the injured person to answer, force majeure excluded (Điều 57; Nghị định 68/2018 Điều 22). */
  ANSWER_HONOUR_RESTORATION("trả lời thông báo phục hồi danh dự", "answer the honour restoration notice", Law.decree(22), Actor.CLAIMANT, Nature.WINDOW),
  /** 15 days from the consent or written request to hold the direct apology (Điều 58.1.a; Nghị định 68/2018 Điều 23.2). */
  HOLD_APOLOGY("tổ chức trực tiếp xin lỗi và cải chính công khai", "hold the direct apology", Law.law(58, 1, "a"), Actor.RESOLVING_AGENCY, Nature.DUTY),
  /** 15 days from the consent or written request to publish the apology (Điều 59; Nghị định 68/2018 Điều 25). */
  PUBLISH_APOLOGY("đăng báo xin lỗi và cải chính công khai", "publish the apology", Law.law(59), Actor.RESOLVING_AGENCY, Nature.DUTY);

  /** Who must act in a step. */
  public enum Actor {
    /** The resolving agency (cơ quan giải quyết bồi thường). */
    RESOLVING_AGENCY,
    /** The provincial Department of Justice (Sở Tư pháp). */
    DEPARTMENT_OF_JUSTICE,
    /** The claimant (người yêu cầu bồi thường). */
    CLAIMANT,
    /** The finance agency (cơ quan tài chính). */
    FINANCE_AGENCY,
    /** The recourse council (Hội đồng xem xét trách nhiệm hoàn trả). */
    RECOURSE_COUNCIL
  }

  /** What kind of date a step's deadline is. */
  public enum Nature {
    /** A duty of an agency: late when not done by its last day. */
    DUTY,
    /** A window open to the claimant: it closes on its last day. */
    WINDOW,
    /** A date that arrives by itself, such as the decision taking effect. */
    MILESTONE
  }

  private final BilingualText label;
  private final Citation citation;
  private final Actor actor;
  private final Nature nature;

  Step(String vietnamese, String english, Citation citation, Actor actor, Nature nature) {
    this.label = BilingualText.of(vietnamese, english);
    this.citation = citation;
    this.actor = actor;
    this.nature = nature;
  }

  /**
   * Gets the name of the step in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Gets the provision that sets the step's period.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Gets who must act.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Gets whether the step is a duty, a window or a milestone.
   *
   * @return the nature, not null
   */
  public Nature nature() {
    return nature;
  }
}
