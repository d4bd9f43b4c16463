package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.rules.ReportingPeriod.Kind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportingPeriod}: Thông tư 08/2019/TT-BTP Điều 25 — the annual report covers 01/01–31/10 and
 * is received before 08/12; the official statistics cover 01/01–31/12 and are received before 31/01
 * of the next year; a due date on a day off moves to the next working day (BLDS Điều 148.5).
 */
class ReportingPeriodTest {

  @Test
  void annualReport2024_worked() {
    ReportingPeriod p = ReportingPeriod.of(Kind.ANNUAL_REPORT, 2024, CALENDAR);
    assertEquals(Kind.ANNUAL_REPORT, p.kind());
    assertEquals(2024, p.year());
    assertEquals(d(2024, 1, 1), p.from());
    assertEquals(d(2024, 10, 31), p.to());
    assertEquals(d(2024, 12, 7), p.receivedBy()); // Saturday
    assertEquals(d(2024, 12, 9), p.dueDate()); // Monday
    assertEquals(Citation.of(LegalText.CIRCULAR_08_2019, 25), p.citation());
    assertEquals("ANNUAL_REPORT 2024: 2024-01-01..2024-10-31, due 2024-12-09", p.toString());
  }

  @Test
  void annualStatistics2025_worked() {
    ReportingPeriod p = ReportingPeriod.of(Kind.ANNUAL_STATISTICS, 2025, CALENDAR);
    assertEquals(Kind.ANNUAL_STATISTICS, p.kind());
    assertEquals(2025, p.year());
    assertEquals(d(2025, 1, 1), p.from());
    assertEquals(d(2025, 12, 31), p.to());
    assertEquals(d(2026, 1, 30), p.receivedBy()); // Friday, a working day
    assertEquals(d(2026, 1, 30), p.dueDate());
    assertEquals("ANNUAL_STATISTICS 2025: 2025-01-01..2025-12-31, due 2026-01-30", p.toString());
  }

  @Test
  void equality_byKindAndYear() {
    ReportingPeriod a = ReportingPeriod.of(Kind.ANNUAL_REPORT, 2024, CALENDAR);
    assertEquals(a, ReportingPeriod.of(Kind.ANNUAL_REPORT, 2024, CALENDAR));
    assertEquals(a.hashCode(), ReportingPeriod.of(Kind.ANNUAL_REPORT, 2024, CALENDAR).hashCode());
    assertEquals(a, a);
    assertNotEquals(a, ReportingPeriod.of(Kind.ANNUAL_REPORT, 2025, CALENDAR));
    assertNotEquals(a, ReportingPeriod.of(Kind.ANNUAL_STATISTICS, 2024, CALENDAR));
    assertNotEquals(a.hashCode(), ReportingPeriod.of(Kind.ANNUAL_STATISTICS, 2024, CALENDAR).hashCode());
    assertNotEquals(a, null);
    assertNotEquals(a, (Object) a.toString());
  }

  @Test
  void kindLabels_inBothLanguages() {
    assertEquals("annual report", Kind.ANNUAL_REPORT.label(Locale.ENGLISH));
    assertEquals("báo cáo công tác bồi thường nhà nước hằng năm", Kind.ANNUAL_REPORT.label(VI));
    assertEquals("official annual statistics", Kind.ANNUAL_STATISTICS.label(Locale.ENGLISH));
    assertEquals("số liệu thống kê chính thức năm", Kind.ANNUAL_STATISTICS.label(VI));
  }

  @Test
  void nullArguments_areRejected() {
    assertThrows(NullPointerException.class, () -> ReportingPeriod.of(null, 2024, CALENDAR));
    assertThrows(NullPointerException.class, () -> ReportingPeriod.of(Kind.ANNUAL_REPORT, 2024, null));
  }
}
