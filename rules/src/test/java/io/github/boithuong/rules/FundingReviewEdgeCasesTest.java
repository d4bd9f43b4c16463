package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CaseEvent.FundingDossierRecorded;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeSent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Vnd;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of Luật TNBTCNN 2017 Điều 62. The decision handed over Mon 18/03/2024 is in force from
 * Wed 03/04 (Điều 47.2); the funding request is due within 2 working days (62.1): Fri 05/04. A
 * complete dossier of Thu 04/04 is funded within 5 working days (62.4): Thu 11/04. Funds granted Wed
 * 10/04: the claimant is notified within 2 working days (62.5): Fri 12/04.
 */
class FundingReviewEdgeCasesTest {

  private final Rule rule = new FundingReviewRule();

  private static Claim decided() {
    return Cases.decided(DEPARTMENT_BINH_DUONG, LiabilityField.ADMINISTRATIVE_MANAGEMENT, fullSession(DEPARTMENT_BINH_DUONG));
  }

  private static Claim requested() {
    return decided().with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundingDossierRecorded(d(2024, 4, 4), EnumSet.allOf(FundingDossierItem.class), Vnd.of(100_000_000)));
  }

  private static List<Finding> all(Verdict v, String code) {
    return v.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  /** Điều 62.1: on the last day the request is still due, not overdue. */
  @Test
  void article62_1_requestDue_untilTheLastDay() {
    Verdict due = rule.evaluate(decided(), at(2024, 4, 5));
    assertEquals(Outcome.NOT_APPLICABLE, due.outcome());
    assertEquals("2024-04-05", all(due, "FUNDING_REQUEST_DUE").get(0).facts().get("due"));
    assertFalse(due.hasFinding("FUNDING_REQUEST_OVERDUE"));
  }

  /** Điều 62.4: not granted on the last day is not yet overdue; the day after it is. */
  @Test
  void article62_4_grantOverdue_theDayAfterTheLastDay() {
    assertFalse(rule.evaluate(requested(), at(2024, 4, 11)).hasFinding("FUNDING_GRANT_OVERDUE"));
    Verdict overdue = rule.evaluate(requested(), at(2024, 4, 12));
    assertEquals("2024-04-11", all(overdue, "FUNDING_GRANT_OVERDUE").get(0).facts().get("due"));
    assertEquals(Outcome.DOES_NOT_COMPLY, overdue.outcome());
    Verdict grantedOnTheDay = rule.evaluate(requested().with(new FundsGranted(d(2024, 4, 11), Vnd.of(100_000_000))),
        at(2024, 4, 12));
    assertFalse(grantedOnTheDay.hasFinding("FUNDING_GRANT_OVERDUE"));
    assertFalse(grantedOnTheDay.hasFinding("FUNDING_GRANT_LATE"));
  }

  /** Điều 62.5: the payment notice not sent by Fri 12/04 is overdue on Mon 15/04; sent on 12/04, on time. */
  @Test
  void article62_5_paymentNotice_overdue_orOnTime() {
    Claim granted = requested().with(new FundsGranted(d(2024, 4, 10), Vnd.of(100_000_000)));
    Verdict overdue = rule.evaluate(granted, at(2024, 4, 15));
    assertTrue(overdue.hasFinding("PAYMENT_STEP_LATE"), overdue::toString);
    assertEquals(Outcome.DOES_NOT_COMPLY, overdue.outcome());
    Verdict onTime = rule.evaluate(granted.with(new PaymentNoticeSent(d(2024, 4, 12))), at(2024, 4, 15));
    assertFalse(onTime.hasFinding("PAYMENT_STEP_LATE"), onTime::toString);
    assertTrue(onTime.hasFinding("PAYMENT_STEP"));
  }
}
