package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent.ApologyHeld;
import io.github.boithuong.core.claim.CaseEvent.ApologyPublished;
import io.github.boithuong.core.claim.CaseEvent.HonourRestorationAnswered;
import io.github.boithuong.core.claim.CaseEvent.HonourRestorationNotified;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.HonourAnswer;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.PublicationChannel;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.Timetable;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Luật TNBTCNN 2017 Điều 56–59; Nghị định 68/2018 Điều 22–25. A person wrongly detained; the
 * investigation body's decision that is the basis document is dated Mon 04/03/2024.
 */
class HonourRestorationRuleTest {

  private final Rule rule = new HonourRestorationRule();

  private static Claim criminal() {
    Claim c = Cases.claim(POLICE_THANH_HOA, LiabilityField.CRIMINAL_PROCEDURE);
    return Claim.builder().from(c).basisDocument(BasisDocument.builder()
        .description("Quyết định đình chỉ điều tra bị can số 7/QĐ-CSĐT").issuer("Cơ quan CSĐT Công an tỉnh Thanh Hóa")
        .issued(d(2024, 3, 4)).received(d(2024, 3, 6)).build()).build();
  }

  private static java.time.LocalDate due(Claim claim, Step step) {
    return Timetable.of(claim, CALENDAR).entry(step).orElseThrow().dueDate();
  }

  /** Điều 57.1: 15 days from the day the basis document exists: 04/03 → Tue 19/03/2024. */
  @Test
  void article57_1_notifyWithin15Days() {
    assertEquals(d(2024, 3, 19), due(criminal(), Step.NOTIFY_HONOUR_RESTORATION));
    Verdict overdue = rule.evaluate(criminal(), at(2024, 3, 20));
    assertEquals(Outcome.DOES_NOT_COMPLY, overdue.outcome());
    assertEquals("NOTIFY_HONOUR_RESTORATION", overdue.findings().get(0).facts().get("step"));
  }

  /**
   * Điều 57.2, 58, 59: notified Fri 15/03; 10 days to answer → Mon 25/03; agreed Wed 20/03 → direct
   * apology and publication within 15 days → Thu 04/04/2024.
   */
  @Test
  void article58_59_afterConsent() {
    Claim claim = criminal().with(new HonourRestorationNotified(d(2024, 3, 15)))
        .with(new HonourRestorationAnswered(d(2024, 3, 20), HonourAnswer.AGREED));
    assertEquals(d(2024, 3, 25), due(claim, Step.ANSWER_HONOUR_RESTORATION));
    assertEquals(d(2024, 4, 4), due(claim, Step.HOLD_APOLOGY));
    assertEquals(d(2024, 4, 4), due(claim, Step.PUBLISH_APOLOGY));
    Claim done = claim.with(new ApologyHeld(d(2024, 4, 2)))
        .with(new ApologyPublished(d(2024, 4, 3), Set.of(PublicationChannel.LOCAL_NEWSPAPER,
            PublicationChannel.AGENCY_PORTAL, PublicationChannel.COMMUNE_POSTING), 3));
    assertEquals(Outcome.COMPLIES, rule.evaluate(done, at(2024, 4, 5)).outcome(),
        rule.evaluate(done, at(2024, 4, 5)).render(VI));
  }

  /**
   * Force majeure does not count in the 10 days to answer: 15/03 + 10 days = 25/03, plus the 5
   * excluded days 18–22/03 = Sat 30/03, rolled to Mon 01/04/2024 (BLDS Điều 148.5).
   */
  @Test
  void answerWindow_tolled() {
    Claim claim = criminal().with(new HonourRestorationNotified(d(2024, 3, 15)))
        .with(new ExcludedPeriod(ExclusionScope.HONOUR_RESTORATION_ANSWER, d(2024, 3, 18), d(2024, 3, 22), "ốm nặng"));
    assertEquals(d(2024, 4, 1), due(claim, Step.ANSWER_HONOUR_RESTORATION));
  }

  /** Điều 57.5: a refusal is final; no apology follows. */
  @Test
  void article57_5_refusalIsFinal() {
    Claim claim = criminal().with(new HonourRestorationNotified(d(2024, 3, 15)))
        .with(new HonourRestorationAnswered(d(2024, 3, 18), HonourAnswer.REFUSED));
    Verdict v = rule.evaluate(claim, at(2024, 4, 30));
    assertTrue(v.hasFinding("HONOUR_REFUSED_FINAL"));
    assertTrue(Timetable.of(claim, CALENDAR).entry(Step.PUBLISH_APOLOGY).isEmpty());
  }

  /** Điều 59; Nghị định 68/2018 Điều 25: channels by level and three consecutive issues. */
  @Test
  void article59_publicationRequirements() {
    assertEquals(EnumSet.of(PublicationChannel.CENTRAL_NEWSPAPER, PublicationChannel.LOCAL_NEWSPAPER,
            PublicationChannel.AGENCY_PORTAL, PublicationChannel.COMMUNE_POSTING),
        HonourRestorationRule.requiredChannels(AgencyLevel.CENTRAL));
    assertEquals(EnumSet.of(PublicationChannel.LOCAL_NEWSPAPER, PublicationChannel.AGENCY_PORTAL,
        PublicationChannel.COMMUNE_POSTING), HonourRestorationRule.requiredChannels(AgencyLevel.PROVINCIAL));
    Claim claim = criminal().with(new HonourRestorationNotified(d(2024, 3, 15)))
        .with(new HonourRestorationAnswered(d(2024, 3, 20), HonourAnswer.AGREED))
        .with(new ApologyPublished(d(2024, 4, 3), Set.of(PublicationChannel.LOCAL_NEWSPAPER), 2));
    Verdict v = rule.evaluate(claim, at(2024, 4, 4));
    assertTrue(v.hasFinding("HONOUR_PUBLICATION_TOO_FEW_ISSUES"));
    assertEquals(2, v.findings().stream().filter(f -> f.code().equals("HONOUR_PUBLICATION_CHANNEL_MISSING")).count());
  }

  @Test
  void notCriminal_notRequested_notApplicable() {
    assertEquals(Outcome.NOT_APPLICABLE,
        rule.evaluate(Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT), at(2024, 1, 1)).outcome());
  }
}
