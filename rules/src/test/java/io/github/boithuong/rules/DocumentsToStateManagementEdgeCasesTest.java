package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.Continued;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DecisionCorrected;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.Postponed;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.CaseEvent.Suspended;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.SuspensionGround;
import io.github.boithuong.core.claim.TerminationGround;
import io.github.boithuong.core.claim.Vnd;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thông tư 08/2019/TT-BTP Điều 12: the documents a resolving agency sends to the state-management
 * agency (a ward: the provincial People's Committee and the Ministry of Justice, Điều 12.2), and Luật
 * TNBTCNN 2017 Điều 48.5: a cancellation or correction is sent immediately, i.e. the same day.
 */
class DocumentsToStateManagementEdgeCasesTest {

  private static final Set<DocumentRecipient> BOTH =
      Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE, DocumentRecipient.MINISTRY_OF_JUSTICE);
  private final Rule rule = new DocumentsToStateManagementRule();

  private static Claim ward(CaseEvent... events) {
    Claim claim = Cases.claim(WARD_QUANG_NGAI, LiabilityField.ADMINISTRATIVE_MANAGEMENT);
    for (CaseEvent e : events) {
      claim = claim.with(e);
    }
    return claim;
  }

  private static List<Finding> about(Verdict v, StateManagementDocument document) {
    return v.findings().stream().filter(f -> document.name().equals(f.facts().get("document"))).toList();
  }

  /** Điều 12.1: each of these decisions is sent (Điều 49.3, 50.4, 51.3, 66.4). */
  @Test
  void eachDecision_isADocumentToSend() {
    LocalDate day = d(2024, 4, 1);
    assertEquals(1, about(rule.evaluate(ward(new Postponed(day, d(2024, 4, 30))), at(2024, 4, 2)),
        StateManagementDocument.POSTPONEMENT).size());
    assertEquals(1, about(rule.evaluate(ward(new Suspended(day, SuspensionGround.ABSENT_TWICE)), at(2024, 4, 2)),
        StateManagementDocument.SUSPENSION_OR_CONTINUATION).size());
    assertEquals(1, about(rule.evaluate(ward(new Continued(day)), at(2024, 4, 2)),
        StateManagementDocument.SUSPENSION_OR_CONTINUATION).size());
    assertEquals(1, about(rule.evaluate(ward(new Terminated(day, TerminationGround.WITHDRAWN)), at(2024, 4, 2)),
        StateManagementDocument.TERMINATION).size());
    assertEquals(1, about(rule.evaluate(ward(new RecourseDecided(day)), at(2024, 4, 2)),
        StateManagementDocument.RECOURSE_DECISION).size());
    assertEquals(1, about(rule.evaluate(ward(new DecisionCancelled(day, CancellationGround.COLLUSION)), at(2024, 4, 2)),
        StateManagementDocument.CANCELLATION_OR_CORRECTION).size());
    Verdict none = rule.evaluate(ward(), at(2024, 4, 2));
    assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
  }

  /** Acceptance and the resolver's appointment the same day: one notice (Điều 43.4); on another day: two. */
  @Test
  void sameDocumentSameDay_isOneDocument() {
    Verdict sameDay = rule.evaluate(ward(new Accepted(d(2024, 2, 15)),
        new ResolverAppointed(d(2024, 2, 15), "Trần Thị Bình", true, false, false)), at(2024, 2, 20));
    assertEquals(1, about(sameDay, StateManagementDocument.ACCEPTANCE_NOTICE).size());
    Verdict twoDays = rule.evaluate(ward(new Accepted(d(2024, 2, 15)),
        new ResolverAppointed(d(2024, 2, 16), "Trần Thị Bình", true, false, false)), at(2024, 2, 20));
    assertEquals(2, about(twoDays, StateManagementDocument.ACCEPTANCE_NOTICE).size());
  }

  /** A sending dated before the decision does not send it. */
  @Test
  void sentBeforeTheDecision_doesNotCount() {
    Claim claim = ward(new DocumentSent(d(2024, 3, 17), StateManagementDocument.COMPENSATION_DECISION, BOTH),
        new DecisionIssued(d(2024, 3, 18), Vnd.of(100_000_000)));
    Finding f = about(rule.evaluate(claim, at(2024, 3, 20)), StateManagementDocument.COMPENSATION_DECISION).get(0);
    assertEquals("DOCUMENT_NOT_SENT_NO_DEADLINE", f.code());
    Claim after = claim.with(new DocumentSent(d(2024, 3, 25), StateManagementDocument.COMPENSATION_DECISION, BOTH));
    Finding sent = about(rule.evaluate(after, at(2024, 3, 26)), StateManagementDocument.COMPENSATION_DECISION).get(0);
    assertEquals("DOCUMENT_SENT", sent.code()); // no deadline for it: later is not late
    assertEquals(Severity.INFO, sent.severity());
  }

  /** Điều 48.5: a correction sent to both the same day is sent; the next day, late. */
  @Test
  void article48_5_correction_sentTheSameDay_orLate() {
    Claim corrected = ward(new DecisionCorrected(d(2024, 3, 21)));
    Finding onTime = about(rule.evaluate(corrected.with(new DocumentSent(d(2024, 3, 21),
        StateManagementDocument.CANCELLATION_OR_CORRECTION, BOTH)), at(2024, 3, 22)),
        StateManagementDocument.CANCELLATION_OR_CORRECTION).get(0);
    assertEquals("DOCUMENT_SENT", onTime.code());
    Verdict lateVerdict = rule.evaluate(corrected.with(new DocumentSent(d(2024, 3, 22),
        StateManagementDocument.CANCELLATION_OR_CORRECTION, BOTH)), at(2024, 3, 22));
    Finding late = about(lateVerdict, StateManagementDocument.CANCELLATION_OR_CORRECTION).get(0);
    assertEquals("DOCUMENT_SENT_LATE", late.code());
    assertEquals(Severity.ERROR, late.severity());
    assertEquals(Outcome.DOES_NOT_COMPLY, lateVerdict.outcome());
    // Not sent: due today on the day, overdue after.
    assertEquals("DOCUMENT_TO_SEND_TODAY", about(rule.evaluate(corrected, at(2024, 3, 21)),
        StateManagementDocument.CANCELLATION_OR_CORRECTION).get(0).code());
    assertEquals("DOCUMENT_NOT_SENT_IMMEDIATELY", about(rule.evaluate(corrected, at(2024, 3, 22)),
        StateManagementDocument.CANCELLATION_OR_CORRECTION).get(0).code());
  }

  /**
   * Điều 48.5: sent to the Ministry the same day but to the provincial People's Committee only the
   * next day: sent late, because "ngay" is met only when every recipient has it.
   */
  @Test
  void article48_5_partialSendingTheSameDay_isLate() {
    Claim corrected = ward(new DecisionCorrected(d(2024, 3, 21)))
        .with(new DocumentSent(d(2024, 3, 21), StateManagementDocument.CANCELLATION_OR_CORRECTION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE)))
        .with(new DocumentSent(d(2024, 3, 22), StateManagementDocument.CANCELLATION_OR_CORRECTION,
            Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE)));
    Finding f = about(rule.evaluate(corrected, at(2024, 3, 25)),
        StateManagementDocument.CANCELLATION_OR_CORRECTION).get(0);
    assertEquals("DOCUMENT_SENT_LATE", f.code());
  }

  /** Điều 12.2: a ministry sends to the Ministry of Justice only; the message names it alone. */
  @Test
  void ministry_sendsToTheMinistryOfJusticeOnly() {
    Claim claim = Claim.builder().from(Cases.claim(MINISTRY_HANOI, LiabilityField.ADMINISTRATIVE_MANAGEMENT)).build()
        .with(new DecisionIssued(d(2024, 3, 18), Vnd.of(100_000_000)));
    Finding f = about(rule.evaluate(claim, at(2024, 3, 20)), StateManagementDocument.COMPENSATION_DECISION).get(0);
    assertEquals("MINISTRY_OF_JUSTICE", f.facts().get("recipients"));
    assertTrue(f.message(Locale.ENGLISH).contains("to the Ministry of Justice ("), f.message(Locale.ENGLISH));
    assertFalse(f.message(Locale.ENGLISH).contains("People's Committee"), f.message(Locale.ENGLISH));
    assertFalse(f.message(VI).contains(" và "), f.message(VI));
    // A ward sending to the Ministry only: the committee is still to be sent to.
    Claim half = ward(new DecisionIssued(d(2024, 3, 18), Vnd.of(100_000_000)),
        new DocumentSent(d(2024, 3, 18), StateManagementDocument.COMPENSATION_DECISION,
            Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE)));
    Finding rest = about(rule.evaluate(half, at(2024, 3, 20)), StateManagementDocument.COMPENSATION_DECISION).get(0);
    assertEquals("PROVINCIAL_PEOPLES_COMMITTEE", rest.facts().get("recipients"));
    assertTrue(rest.message(Locale.ENGLISH).contains("the People's Committee of Quảng Ngãi province"),
        rest.message(Locale.ENGLISH));
    assertFalse(rest.message(Locale.ENGLISH).contains("Ministry of Justice"), rest.message(Locale.ENGLISH));
  }
}
