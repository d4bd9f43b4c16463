package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.HonourRestorationAnswered;
import io.github.boithuong.core.claim.CaseEvent.HonourRestorationNotified;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.HonourAnswer;
import io.github.boithuong.core.claim.LiabilityField;
import org.junit.jupiter.api.Test;

/**
 * Edges of Luật TNBTCNN 2017 Điều 57: the claimant's 10 days to answer (57.2) are the claimant's
 * window, not a duty of the agency; an agreement is not a refusal (57.5). Notified Fri 15/03/2024: the
 * answer is due Mon 25/03.
 */
class HonourRestorationEdgeCasesTest {

  private final Rule rule = new HonourRestorationRule();

  private static Claim notified() {
    Claim c = Cases.claim(POLICE_THANH_HOA, LiabilityField.CRIMINAL_PROCEDURE);
    return Claim.builder().from(c).basisDocument(BasisDocument.builder()
        .description("Quyết định đình chỉ điều tra bị can số 7/QĐ-CSĐT").issuer("Cơ quan CSĐT Công an tỉnh Thanh Hóa")
        .issued(d(2024, 3, 4)).received(d(2024, 3, 6)).build()).build()
        .with(new HonourRestorationNotified(d(2024, 3, 15)));
  }

  /** Điều 57.2: the claimant not answering by 25/03 is no defect of the agency. */
  @Test
  void article57_2_claimantsAnswerWindow_isNotTheAgencysDuty() {
    Verdict v = rule.evaluate(notified(), at(2024, 3, 26));
    Finding answer = v.findings().stream().filter(f -> "ANSWER_HONOUR_RESTORATION".equals(f.facts().get("step")))
        .findFirst().orElseThrow();
    assertEquals("HONOUR_STEP", answer.code());
    assertEquals(Severity.INFO, answer.severity());
    assertFalse(v.hasFinding("HONOUR_STEP_LATE"), v::toString);
  }

  /** Điều 57.5: only a refusal is final. */
  @Test
  void article57_5_agreementIsNotARefusal() {
    Verdict v = rule.evaluate(notified().with(new HonourRestorationAnswered(d(2024, 3, 20), HonourAnswer.AGREED)),
        at(2024, 3, 21));
    assertFalse(v.hasFinding("HONOUR_REFUSED_FINAL"), v::toString);
  }
}
