package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent.CancellationGroundArose;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.StateManagementDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thông tư 08/2019/TT-BTP Điều 12; Luật TNBTCNN 2017 Điều 15.7, 43.4, 48.5, 49.3, 50.4, 51.3, 66.4. */
class DocumentsToStateManagementRuleTest {

  private final Rule rule = new DocumentsToStateManagementRule();
  private static final Set<DocumentRecipient> BOTH =
      Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE, DocumentRecipient.MINISTRY_OF_JUSTICE);

  /** TT08 Điều 12.2.a: central bodies and provincial People's Committees → Bộ Tư pháp; 12.2.b others → both. */
  @Test
  void circular08_article12_2_recipients() {
    assertEquals(Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE), DocumentsToStateManagementRule.recipients(MINISTRY_HANOI));
    ResolvingAgency provincialCommittee = ResolvingAgency.builder().name("UBND tỉnh Quảng Ngãi")
        .kind(AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE).level(AgencyLevel.PROVINCIAL).province("Quảng Ngãi").build();
    assertEquals(Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE), DocumentsToStateManagementRule.recipients(provincialCommittee));
    assertEquals(BOTH, DocumentsToStateManagementRule.recipients(WARD_QUANG_NGAI));
    assertEquals(BOTH, DocumentsToStateManagementRule.recipients(POLICE_THANH_HOA));
  }

  /** Which documents must be sent, which were not, and that only 48.5 sets a time. */
  @Test
  void circular08_article12_1_documentsDueAndSent() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(WARD_QUANG_NGAI))
        .with(new DocumentSent(d(2024, 2, 16), StateManagementDocument.ACCEPTANCE_NOTICE, BOTH));
    Verdict v = rule.evaluate(claim, at(2024, 3, 20));
    assertEquals(Outcome.COMPLIES, v.outcome(), v.render(VI));
    Finding notSent = v.findings().get(0);
    assertEquals("DOCUMENT_NOT_SENT_NO_DEADLINE", notSent.code());
    assertEquals("COMPENSATION_DECISION", notSent.facts().get("document"));
    assertEquals("Chưa gửi quyết định giải quyết bồi thường (ngày 18/03/2024) cho Ủy ban nhân dân tỉnh Quảng Ngãi"
        + " và Bộ Tư pháp (pháp luật không quy định thời hạn) — khoản 7 Điều 15 Luật TNBTCNN 2017;"
        + " khoản 2 Điều 12 Thông tư 08/2019/TT-BTP", notSent.render(VI));
    assertEquals(2, v.findings().stream().filter(f -> f.code().equals("DOCUMENT_SENT")).count());
  }

  /** Hà Nội is a centrally-run city: "Ủy ban nhân dân thành phố Hà Nội", not "tỉnh Hà Nội". */
  @Test
  void centrallyRunCityIsNamedACity() {
    ResolvingAgency hanoiWard = ResolvingAgency.builder().name("Ủy ban nhân dân phường Hoàn Kiếm")
        .kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE).level(AgencyLevel.COMMUNE).province("Hà Nội").build();
    Claim claim = Cases.decided(hanoiWard, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(hanoiWard));
    Finding notSent = rule.evaluate(claim, at(2024, 3, 20)).findings().stream()
        .filter(f -> f.facts().get("document") != null
            && f.facts().get("document").equals("COMPENSATION_DECISION"))
        .findFirst().orElseThrow();
    assertTrue(notSent.render(VI).contains("Ủy ban nhân dân thành phố Hà Nội"), notSent.render(VI));
    assertTrue(notSent.render(java.util.Locale.ENGLISH).contains("People's Committee of Hà Nội city"),
        notSent.render(java.util.Locale.ENGLISH));
  }

  /** Điều 48.5: a cancellation is sent immediately; one recipient missing is reported. */
  @Test
  void article48_5_immediately() {
    Claim claim = Cases.decided(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(WARD_QUANG_NGAI))
        .with(new CancellationGroundArose(d(2024, 3, 20), CancellationGround.COLLUSION))
        .with(new DecisionCancelled(d(2024, 3, 21), CancellationGround.COLLUSION))
        .with(new DocumentSent(d(2024, 3, 21), StateManagementDocument.CANCELLATION_OR_CORRECTION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE)));
    assertTrue(rule.evaluate(claim, at(2024, 3, 21)).hasFinding("DOCUMENT_TO_SEND_TODAY"));
    Verdict v = rule.evaluate(claim, at(2024, 3, 22));
    assertEquals(Outcome.DOES_NOT_COMPLY, v.outcome());
    Finding f = v.findings().get(0);
    assertEquals("DOCUMENT_NOT_SENT_IMMEDIATELY", f.code());
    assertEquals("PROVINCIAL_PEOPLES_COMMITTEE", f.facts().get("recipients"));
  }

  @Test
  void nothingToSend_notApplicable() {
    assertEquals(Outcome.NOT_APPLICABLE,
        rule.evaluate(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT), at(2024, 1, 1)).outcome());
    assertEquals(List.of(), rule.evaluate(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT),
        at(2024, 1, 1)).findings());
  }
}
