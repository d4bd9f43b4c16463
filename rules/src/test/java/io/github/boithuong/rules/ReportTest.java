package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.AdvanceProposed;
import io.github.boithuong.core.claim.CaseEvent.ClaimWithdrawn;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.FundingRequested;
import io.github.boithuong.core.claim.CaseEvent.FundsGranted;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeReceived;
import io.github.boithuong.core.claim.CaseEvent.PaymentNoticeSent;
import io.github.boithuong.core.claim.CaseEvent.RecourseCouncilEstablished;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.RecourseRecommended;
import io.github.boithuong.core.claim.CaseEvent.RecourseRepaid;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.TerminationGround;
import io.github.boithuong.core.claim.Vnd;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Thông tư 08/2019/TT-BTP Điều 24–26; Nghị định 68/2018 Điều 35. */
class ReportTest {

  private static final LiabilityField ADMIN = LiabilityField.ADMINISTRATIVE_MANAGEMENT;

  /**
   * TT08 Điều 25, checked on the official calendar: received before 08/12 (so by 07/12) and before
   * 31/01 of the next year (so by 30/01), a day off moving to the next working day.
   */
  @Test
  void circular08_article25_dueDates2024to2026() {
    // 07/12/2024 is a Saturday → Mon 09/12/2024.
    assertEquals(d(2024, 12, 9), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2024, CALENDAR).dueDate());
    // 07/12/2025 is a Sunday → Mon 08/12/2025.
    assertEquals(d(2025, 12, 8), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2025, CALENDAR).dueDate());
    // 07/12/2026 is a Monday.
    assertEquals(d(2026, 12, 7), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2026, CALENDAR).dueDate());
    // Statistics 2024: 30/01/2025 falls in the Tết break 25/01–02/02/2025 → Mon 03/02/2025.
    ReportingPeriod s2024 = ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_STATISTICS, 2024, CALENDAR);
    assertEquals(d(2025, 1, 30), s2024.receivedBy());
    assertEquals(d(2025, 2, 3), s2024.dueDate());
    // Statistics 2025: Fri 30/01/2026, a working day.
    assertEquals(d(2026, 1, 30), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_STATISTICS, 2025, CALENDAR).dueDate());
    // Statistics 2026: Sat 30/01/2027 → Mon 01/02/2027 (2027 is provisional: Tết from 04/02).
    assertEquals(d(2027, 2, 1), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_STATISTICS, 2026, CALENDAR).dueDate());
    ReportingPeriod r = ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2024, CALENDAR);
    assertEquals(d(2024, 1, 1), r.from());
    assertEquals(d(2024, 10, 31), r.to());
  }

  /** TT08 Điều 26: who includes a case in its report. */
  @Test
  void circular08_article26_whoReports() {
    assertEquals(ReportingAuthority.PROVINCIAL_PEOPLES_COMMITTEE, ReportingAuthority.of(WARD_QUANG_NGAI));
    assertEquals(ReportingAuthority.PROVINCIAL_PEOPLES_COMMITTEE, ReportingAuthority.of(POLICE_THANH_HOA));
    assertEquals(ReportingAuthority.MINISTRY, ReportingAuthority.of(MINISTRY_HANOI));
    ResolvingAgency supremeCourt = ResolvingAgency.builder().name("Tòa án nhân dân tối cao").kind(AgencyKind.COURT)
        .level(AgencyLevel.CENTRAL).centralBody(true).build();
    assertEquals(ReportingAuthority.SUPREME_PEOPLES_COURT, ReportingAuthority.of(supremeCourt));
    ResolvingAgency provincialProcuracy = ResolvingAgency.builder().name("Viện kiểm sát nhân dân tỉnh Thanh Hóa")
        .kind(AgencyKind.PROCURACY).level(AgencyLevel.PROVINCIAL).province("Thanh Hóa").build();
    assertEquals(ReportingAuthority.PROVINCIAL_PEOPLES_COMMITTEE, ReportingAuthority.of(provincialProcuracy));
  }

  /** Three cases of 2024: paid with recourse, pending and overdue, terminated. */
  static List<Claim> cases() {
    Claim paid = Claim.builder().from(decided(WARD_QUANG_NGAI, ADMIN,
            without(fullSession(WARD_QUANG_NGAI), ParticipantRole.STATE_MANAGEMENT_AGENCY))).id("QNg-1").build()
        .with(new AdvanceProposed(d(2024, 2, 15), Vnd.of(30_000_000)))
        .with(new AdvancePaid(d(2024, 2, 20), Vnd.of(30_000_000)))
        .with(new FundingRequested(d(2024, 4, 4)))
        .with(new FundsGranted(d(2024, 4, 10), Vnd.of(70_000_000)))
        .with(new PaymentNoticeSent(d(2024, 4, 11)))
        .with(new PaymentNoticeReceived(d(2024, 4, 12)))
        .with(new Paid(d(2024, 4, 15), Vnd.of(70_000_000)))
        .with(new RecourseCouncilEstablished(d(2024, 4, 22), false))
        .with(new RecourseRecommended(d(2024, 5, 10)))
        .with(new RecourseDecided(d(2024, 5, 14)))
        .with(new RecourseRepaid(d(2024, 6, 10), Vnd.of(5_000_000)));
    Claim pending = Claim.builder().from(Cases.claim(DEPARTMENT_BINH_DUONG, ADMIN)).id("BD-2").build()
        .with(new DossierReceived(d(2024, 9, 3), FilingMethod.IN_PERSON))
        .with(new Accepted(d(2024, 9, 5)));
    Claim ended = Claim.builder().from(Cases.claim(WARD_QUANG_NGAI, ADMIN)).id("QNg-3").build()
        .with(new DossierReceived(d(2024, 3, 1), FilingMethod.BY_POST))
        .with(new Accepted(d(2024, 3, 5)))
        .with(new ClaimWithdrawn(d(2024, 3, 8)))
        .with(new Terminated(d(2024, 3, 12), TerminationGround.WITHDRAWN));
    return List.of(paid, pending, ended);
  }

  @Test
  void figures_listTheirCases() {
    Report r = Report.compile(cases(), ReportingPeriod.of(ReportingPeriod.Kind.ANNUAL_REPORT, 2024, CALENDAR), CALENDAR);
    assertEquals(List.of("QNg-1", "BD-2", "QNg-3"), r.figure("RECEIVED").caseIds());
    assertEquals(List.of("QNg-1", "BD-2", "QNg-3"), r.figure("ACCEPTED").caseIds());
    assertEquals(List.of("QNg-1"), r.figure("RESOLVED_EFFECTIVE").caseIds());
    assertEquals(List.of("QNg-3"), r.figure("TERMINATED").caseIds());
    assertEquals(List.of("BD-2"), r.figure("PENDING").caseIds());
    assertEquals(List.of("BD-2"), r.figure("PENDING_OVERDUE").caseIds());
    assertTrue(r.figure("PENDING_OVERDUE").noteOf("BD-2", VI).orElseThrow().startsWith("cử người giải quyết bồi thường"));
    assertEquals(BigInteger.valueOf(100_000_000), r.figure("AMOUNT_DECIDED").amount().orElseThrow());
    assertEquals(BigInteger.valueOf(30_000_000), r.figure("AMOUNT_ADVANCED").amount().orElseThrow());
    assertEquals(BigInteger.valueOf(70_000_000), r.figure("AMOUNT_PAID").amount().orElseThrow());
    assertEquals(List.of("QNg-1"), r.figure("RECOURSE_DECIDED").caseIds());
    assertEquals(BigInteger.valueOf(5_000_000), r.figure("RECOURSE_COLLECTED").amount().orElseThrow());
    assertEquals(List.of("QNg-1"), r.figure("NEGOTIATION_WITHOUT_STATE_MANAGEMENT").caseIds());
    assertEquals(List.of("QNg-1", "BD-2", "QNg-3"), r.figure("DOCUMENTS_NOT_SENT").caseIds());
    assertTrue(r.figure("RECEIVED").amount().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> r.figure("NOPE"));
    assertThrows(IllegalArgumentException.class, () -> Report.compile(cases(), d(2024, 2, 1), d(2024, 1, 1), CALENDAR));
  }

  @Test
  void csv_export() {
    Report r = Report.compile(cases(), d(2024, 1, 1), d(2024, 10, 31), CALENDAR);
    String csv = r.toCsv(Locale.ENGLISH);
    assertTrue(csv.startsWith("figure,label,cases,amount_vnd,case_ids\r\n"), csv);
    assertTrue(csv.contains("\r\nAMOUNT_PAID,Amount paid,1,70000000,QNg-1\r\n"), csv);
    assertTrue(csv.contains("\r\nRECEIVED,Claims received,3,,QNg-1;BD-2;QNg-3\r\n"), csv);
    String vi = r.toCsv(VI);
    assertTrue(vi.contains("PENDING,Số vụ việc đang giải quyết,1,,BD-2"), vi);
    List<List<String>> rows = parse(csv);
    assertEquals(14, rows.size());
    assertTrue(rows.stream().allMatch(row -> row.size() == 5));
  }

  /** RFC 4180 escaping and formula neutralisation. */
  @Test
  void csv_escaping() {
    assertEquals("plain", Csv.text("plain"));
    assertEquals("\"a,b\"", Csv.text("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    assertEquals("\"line1\nline2\"", Csv.text("line1\nline2"));
    assertEquals("\"cr\rhere\"", Csv.text("cr\rhere"));
    assertEquals("'=SUM(A1:A9)", Csv.text("=SUM(A1:A9)"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", Csv.text("=HYPERLINK(\"x\",\"y\")"));
    assertEquals("'+1", Csv.text("+1"));
    assertEquals("'-1", Csv.text("-1"));
    assertEquals("'@cmd", Csv.text("@cmd"));
    assertEquals("Sở Tư pháp tỉnh Quảng Ngãi", Csv.text("Sở Tư pháp tỉnh Quảng Ngãi"));
    assertEquals("-5", Csv.number(-5));
    assertEquals(" spaced ", Csv.text(" spaced "));
    assertEquals("", Csv.text(""));
  }

  /** Any text survives a round trip through an independent RFC 4180 parser. */
  @Test
  void csv_roundTrip_property() {
    qt().withExamples(5000).forAll(strings().allPossible().ofLengthBetween(0, 30), strings().basicLatinAlphabet().ofLengthBetween(0, 5))
        .check((a, b) -> {
          String line = Csv.record(List.of(Csv.text(a), Csv.text(b)));
          List<List<String>> rows = parse(line);
          String expectedA = !a.isEmpty() && "=+-@\t\r".indexOf(a.charAt(0)) >= 0 ? "'" + a : a;
          String expectedB = !b.isEmpty() && "=+-@\t\r".indexOf(b.charAt(0)) >= 0 ? "'" + b : b;
          return rows.size() == 1 && rows.get(0).equals(List.of(expectedA, expectedB));
        });
  }

  /** Aggregator totals equal the sum over the listed cases, figure by figure. */
  @Test
  void figures_areAdditive_property() {
    List<Claim> all = cases();
    qt().withExamples(50).forAll(integers().between(1, 12))
        .check(month -> {
          java.time.LocalDate to = d(2024, month, 28);
          Report together = Report.compile(all, d(2024, 1, 1), to, CALENDAR);
          for (Report.Figure f : together.figures()) {
            long amount = 0;
            List<String> ids = new ArrayList<>();
            for (Claim c : all) {
              Report.Figure alone = Report.compile(List.of(c), d(2024, 1, 1), to, CALENDAR).figure(f.code());
              ids.addAll(alone.caseIds());
              amount += alone.amount().map(BigInteger::longValueExact).orElse(0L);
            }
            if (!ids.equals(f.caseIds()) || amount != f.amount().map(BigInteger::longValueExact).orElse(0L)) {
              return false;
            }
          }
          return true;
        });
  }

  /** A small RFC 4180 parser, independent of {@link Csv}. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
        continue;
      } else {
        field.append(c);
      }
      i++;
    }
    return rows;
  }
}
