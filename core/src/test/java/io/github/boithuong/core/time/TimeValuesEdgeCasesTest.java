package io.github.boithuong.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge cases of the value types {@link LegalPeriod} and {@link ExcludedInterval}. */
class TimeValuesEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Citation ART_149 = Citation.of(LegalText.CIVIL_CODE_2015, 149);

  // ---------------------------------------------------------------- ExcludedInterval

  @Test
  void excludedInterval_singleDayIsAllowed_andAccessorsReturnInputs() {
    LocalDate d = LocalDate.of(2024, 2, 10);
    ExcludedInterval i = ExcludedInterval.of(d, d, "Tết");
    assertEquals(d, i.startInclusive());
    assertEquals(d, i.endInclusive());
    assertEquals("Tết", i.reason());
    assertEquals("2024-02-10..2024-02-10 (Tết)", i.toString());
  }

  @Test
  void excludedInterval_rejectsInvertedOrBlank_namingTheArgument() {
    LocalDate a = LocalDate.of(2024, 1, 2);
    LocalDate b = LocalDate.of(2024, 1, 1);
    assertEquals("endInclusive 2024-01-01 is before startInclusive 2024-01-02",
        assertThrows(IllegalArgumentException.class, () -> ExcludedInterval.of(a, b, "x"))
            .getMessage());
    assertEquals("reason must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ExcludedInterval.of(b, a, " "))
            .getMessage());
    assertEquals("startInclusive",
        assertThrows(NullPointerException.class, () -> ExcludedInterval.of(null, a, "x"))
            .getMessage());
    assertEquals("endInclusive",
        assertThrows(NullPointerException.class, () -> ExcludedInterval.of(a, null, "x"))
            .getMessage());
    assertEquals("reason",
        assertThrows(NullPointerException.class, () -> ExcludedInterval.of(a, a, null))
            .getMessage());
  }

  @Test
  void excludedInterval_valueSemantics() {
    LocalDate s = LocalDate.of(2024, 1, 1);
    LocalDate e = LocalDate.of(2024, 1, 5);
    ExcludedInterval i = ExcludedInterval.of(s, e, "ốm");
    assertEquals(i, ExcludedInterval.of(s, e, "ốm"));
    assertEquals(i.hashCode(), ExcludedInterval.of(s, e, "ốm").hashCode());
    assertNotEquals(i, ExcludedInterval.of(s.minusDays(1), e, "ốm"));
    assertNotEquals(i, ExcludedInterval.of(s, e.plusDays(1), "ốm"));
    assertNotEquals(i, ExcludedInterval.of(s, e, "khác"));
    assertNotEquals(i, "ốm");
    assertNotEquals(i.hashCode(), ExcludedInterval.of(s, e, "khác").hashCode());
  }

  // ---------------------------------------------------------------- LegalPeriod

  @Test
  void legalPeriod_factoriesAcceptOne_rejectZero_withUnitInMessage() {
    assertEquals(1, LegalPeriod.days(1).amount());
    assertEquals(PeriodUnit.DAYS, LegalPeriod.days(1).unit());
    assertEquals(PeriodUnit.WORKING_DAYS, LegalPeriod.workingDays(1).unit());
    assertEquals(PeriodUnit.MONTHS, LegalPeriod.months(1).unit());
    assertEquals(PeriodUnit.YEARS, LegalPeriod.years(1).unit());
    assertEquals("amount of days must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class, () -> LegalPeriod.days(0)).getMessage());
    assertEquals("amount of working days must be at least 1, but was -1",
        assertThrows(IllegalArgumentException.class, () -> LegalPeriod.workingDays(-1)).getMessage());
    assertEquals("amount of months must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class, () -> LegalPeriod.months(0)).getMessage());
    assertEquals("amount of years must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class, () -> LegalPeriod.years(0)).getMessage());
  }

  @Test
  void legalPeriod_defaultsAreATimeLimitWithoutCitation() {
    LegalPeriod p = LegalPeriod.days(15);
    assertEquals(LegalPeriod.Kind.TIME_LIMIT, p.kind());
    assertEquals(Optional.empty(), p.citation());
    assertEquals(LimitationCounting.EVENT_DAY_NOT_COUNTED, p.counting());
    assertEquals("15 DAYS", p.toString());
  }

  @Test
  void legalPeriod_immediately() {
    LegalPeriod now = LegalPeriod.immediately();
    assertSame(now, LegalPeriod.immediately());
    assertEquals(PeriodUnit.IMMEDIATELY, now.unit());
    assertEquals(0, now.amount());
    assertEquals("IMMEDIATELY", now.toString());
    assertEquals("ngay", now.describe(VI));
    assertEquals("immediately", now.describe(Locale.ENGLISH));
    assertEquals("'immediately' cannot be a limitation period",
        assertThrows(IllegalStateException.class, now::asLimitationPeriod).getMessage());
  }

  /** Điều 149 BLDS 2015: a limitation period (thời hiệu), by default the event day is not counted. */
  @Test
  void legalPeriod_limitationKeepsUnitAmountAndCitation() {
    LegalPeriod p = LegalPeriod.years(3).withCitation(ART_149);
    LegalPeriod lim = p.asLimitationPeriod();
    assertEquals(LegalPeriod.Kind.LIMITATION, lim.kind());
    assertEquals(LimitationCounting.EVENT_DAY_NOT_COUNTED, lim.counting());
    assertEquals(PeriodUnit.YEARS, lim.unit());
    assertEquals(3, lim.amount());
    assertEquals(Optional.of(ART_149), lim.citation());
    assertEquals("3 YEARS LIMITATION EVENT_DAY_NOT_COUNTED", lim.toString());
    LegalPeriod counted = p.asLimitationPeriod(LimitationCounting.EVENT_DAY_COUNTED);
    assertEquals(LimitationCounting.EVENT_DAY_COUNTED, counted.counting());
    assertEquals("3 YEARS LIMITATION EVENT_DAY_COUNTED", counted.toString());
    assertEquals("counting",
        assertThrows(NullPointerException.class, () -> p.asLimitationPeriod(null)).getMessage());
    assertEquals("citation",
        assertThrows(NullPointerException.class, () -> p.withCitation(null)).getMessage());
    // withCitation keeps the kind and the counting
    LegalPeriod recited = counted.withCitation(Citation.of(LegalText.CIVIL_CODE_2015, 150));
    assertEquals(LegalPeriod.Kind.LIMITATION, recited.kind());
    assertEquals(LimitationCounting.EVENT_DAY_COUNTED, recited.counting());
    assertEquals(3, recited.amount());
    assertEquals(PeriodUnit.YEARS, recited.unit());
  }

  @Test
  void legalPeriod_describeInBothLanguages() {
    assertEquals("05 ngày làm việc", LegalPeriod.workingDays(5).describe(VI));
    assertEquals("15 ngày", LegalPeriod.days(15).describe(VI));
    assertEquals("01 tháng", LegalPeriod.months(1).describe(VI));
    assertEquals("5 working days", LegalPeriod.workingDays(5).describe(Locale.ENGLISH));
    assertEquals("1 working day", LegalPeriod.workingDays(1).describe(Locale.ENGLISH));
    assertEquals("1 month", LegalPeriod.months(1).describe(Locale.ENGLISH));
    assertEquals("2 months", LegalPeriod.months(2).describe(Locale.ENGLISH));
    assertEquals("1 year", LegalPeriod.years(1).describe(Locale.ENGLISH));
    assertEquals("3 years", LegalPeriod.years(3).describe(Locale.ENGLISH));
    assertEquals("ngày", PeriodUnit.DAYS.label(VI));
    assertEquals("years", PeriodUnit.YEARS.label(Locale.ENGLISH));
  }

  @Test
  void legalPeriod_valueSemantics() {
    LegalPeriod p = LegalPeriod.days(15).withCitation(ART_149);
    assertEquals(p, LegalPeriod.days(15).withCitation(ART_149));
    assertEquals(p.hashCode(), LegalPeriod.days(15).withCitation(ART_149).hashCode());
    assertNotEquals(p, LegalPeriod.days(16).withCitation(ART_149));
    assertNotEquals(p, LegalPeriod.workingDays(15).withCitation(ART_149));
    assertNotEquals(p, LegalPeriod.days(15));
    assertNotEquals(p, p.asLimitationPeriod());
    assertNotEquals(p.asLimitationPeriod(),
        p.asLimitationPeriod(LimitationCounting.EVENT_DAY_COUNTED));
    assertNotEquals(p, "15 ngày");
    assertFalse(p.equals(null));
    assertNotEquals(p.hashCode(), LegalPeriod.days(16).withCitation(ART_149).hashCode());
  }
}
