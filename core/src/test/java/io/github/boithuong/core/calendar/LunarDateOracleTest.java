package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.time4j.Moment;
import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.SolarTerm;
import net.time4j.calendar.VietnameseCalendar;
import net.time4j.calendar.astro.JulianDay;
import net.time4j.calendar.astro.MoonPhase;
import net.time4j.engine.EpochDays;
import org.junit.jupiter.api.Test;

/**
 * Compares every day and every month of the supported range with an independent implementation:
 * Time4J's {@code VietnameseCalendar} and {@code ChineseCalendar} (net.time4j:time4j-base, a
 * test-only dependency), whose astronomy is its own implementation of Meeus.
 *
 * <p>Of the 109,588 days from 1900-01-31 to 2200-02-14, 928 differ, in 29 lunar months; every
 * difference is listed below with its reason, and tests below prove each reason:
 *
 * <ol>
 *   <li><b>The meridian of Huế before 1954-07-01 (20 months, 658 days).</b> Time4J reckons the
 *       Vietnamese calendar of 1841–1954-06-30 at the local mean time of Huế (107°35′ E,
 *       UTC+7:10:20), after the Nguyễn dynasty's Hiệp kỷ calendar. This library reckons every date
 *       before 1968 at UTC+8, China's reckoning, which Vietnam used until its change to UTC+7
 *       (section E.2 of {@code shared/law/damages-time-holidays.md}); it does not model the older
 *       court calendar. Where a new moon or a major solar term falls between midnight at UTC+8 and
 *       midnight at Huế, the two calendars start a month one day apart (or, in 1917 and 1922, place
 *       the leap month one month apart). From 1929 to 1967 this library agrees on every day with
 *       Time4J's Chinese calendar, which is reckoned at UTC+8 from 1929.
 *   <li><b>ΔT after 2071 (9 months, 270 days).</b> For the future, Time4J takes TT − UTC from its
 *       leap-second table (69.184 s since 2017, held constant), while this library extrapolates ΔT
 *       with the Espenak–Meeus polynomials (about 140 s in 2072, 440 s in 2199). Both compute the
 *       same new moon (on TT) to within seconds; these nine new moons fall within three minutes
 *       before midnight at UTC+7, so the ΔT chosen decides the day. Nobody knows the Earth's
 *       rotation so far ahead: the dates of these nine months are uncertain, and official calendars
 *       for those years will decide them.
 * </ol>
 */
class LunarDateOracleTest {

  /** Runs of days (inclusive) that differ from Time4J: the meridian of Huế, before 1954-07. */
  private static final List<String> HUE_MERIDIAN_DIFFERENCES =
      List.of(
          "1903-01-28/1903-02-26",
          "1905-11-26/1905-12-25",
          "1906-04-23/1906-05-22",
          "1908-06-28/1908-07-27",
          "1910-12-31/1911-01-29",
          "1914-11-17/1914-12-16",
          "1916-02-03/1916-03-03",
          "1916-04-02/1916-05-01",
          "1917-03-23/1917-05-20", // Time4J: leap month 3; here: leap month 2
          "1920-11-10/1920-12-09",
          "1922-06-25/1922-08-22", // Time4J: leap month 6; here: leap month 5
          "1933-07-22/1933-08-20",
          "1933-11-17/1933-12-16",
          "1935-02-03/1935-03-04",
          "1937-01-12/1937-02-10",
          "1939-04-19/1939-05-18",
          "1947-03-22/1947-04-20",
          "1950-08-13/1950-09-11",
          "1951-06-04/1951-07-03",
          "1953-08-09/1953-09-07");

  /** Runs of days (inclusive) that differ from Time4J: the extrapolation of ΔT. */
  private static final List<String> DELTA_T_DIFFERENCES =
      List.of(
          "2072-12-09/2073-01-07",
          "2077-11-15/2077-12-14",
          "2085-10-18/2085-11-16",
          "2125-01-04/2125-02-02",
          "2130-05-07/2130-06-05",
          "2150-05-26/2150-06-24",
          "2159-05-17/2159-06-15",
          "2175-01-22/2175-02-20",
          "2199-01-26/2199-02-24");

  /**
   * Runs of days (inclusive) that differ from Time4J's Chinese calendar before 1968: Time4J reckons
   * China before 1929 at the local mean time of Beijing (116°25′ E, UTC+7:45:40).
   */
  private static final List<String> BEIJING_MEAN_TIME_DIFFERENCES =
      List.of(
          "1906-04-23/1906-05-22",
          "1914-11-17/1914-12-16",
          "1916-02-03/1916-03-03",
          "1920-11-10/1920-12-09");

  private static final ZoneOffset UTC7 = ZoneOffset.ofHours(7);
  private static final ZoneOffset UTC8 = ZoneOffset.ofHours(8);
  private static final ZoneOffset HUE_MEAN_TIME = ZoneOffset.ofHoursMinutesSeconds(7, 10, 20);
  private static final ZoneOffset BEIJING_MEAN_TIME = ZoneOffset.ofHoursMinutesSeconds(7, 45, 40);

  @Test
  void everyDayAgreesWithTime4jExceptTheDocumentedDifferences() {
    LocalDate first = LunarDate.MIN.toLocalDate();
    LocalDate last = LunarDate.MAX.toLocalDate();
    assertEquals(109_588, last.toEpochDay() - first.toEpochDay() + 1);

    List<String> expected = new ArrayList<>(HUE_MERIDIAN_DIFFERENCES);
    expected.addAll(DELTA_T_DIFFERENCES);
    assertEquals(expected, differingRuns(first, last, LunarDateOracleTest::vietnamese));
    assertEquals(928, daysIn(expected));
  }

  @Test
  void everyDayBefore1968AgreesWithTime4jChineseCalendarAtUtc8() {
    // Time4J's Chinese calendar is reckoned at UTC+8 from 1929, as this calendar before 1968.
    List<String> runs =
        differingRuns(
            LunarDate.MIN.toLocalDate(), LocalDate.of(1967, 12, 31), LunarDateOracleTest::chinese);
    assertEquals(BEIJING_MEAN_TIME_DIFFERENCES, runs);
    for (String run : runs) {
      assertTrue(LocalDate.parse(run.substring(11)).isBefore(LocalDate.of(1929, 1, 1)), run);
    }
  }

  @Test
  void everyMonthStartAgreesWithTime4j() {
    int months = 0;
    int differing = 0;
    LunarDate month = LunarDate.MIN;
    while (true) {
      LocalDate start = month.toLocalDate();
      assertEquals(1, month.day());
      months++;
      if (inAnyRun(start, HUE_MERIDIAN_DIFFERENCES) || inAnyRun(start, DELTA_T_DIFFERENCES)) {
        differing++;
        assertNotEquals(label(month), label(vietnamese(start)), month.toString());
      } else {
        assertEquals(label(month), label(vietnamese(start)), month.toString());
        VietnameseCalendar oracle =
            VietnameseCalendar.of(
                EastAsianYear.forGregorian(month.year()), eastAsianMonth(month), 1);
        assertEquals(plainDate(start), oracle.transform(PlainDate.axis()), month.toString());
        LocalDate next = start.plusDays(month.lengthOfMonth());
        if (!inAnyRun(next, HUE_MERIDIAN_DIFFERENCES) && !inAnyRun(next, DELTA_T_DIFFERENCES)) {
          assertEquals(month.lengthOfMonth(), oracle.lengthOfMonth(), month.toString());
        }
      }
      if (month.equals(LunarDate.of(2199, 12, 1, false))) {
        break;
      }
      month = LunarDate.from(start.plusDays(month.lengthOfMonth()));
    }
    assertEquals((2199 - 1900 + 1) * 12 + 111, months); // 111 leap months in 300 years
    assertEquals(31, differing);
  }

  @Test
  void everyNewYearAndLeapMonthAgreesWithTime4j() {
    int leapYears = 0;
    for (int year = 1900; year <= 2199; year++) {
      LocalDate tet = LunarDate.of(year, 1, 1, false).toLocalDate();
      LocalDate oracleTet =
          VietnameseCalendar.ofTet(year).transform(PlainDate.axis()).toTemporalAccessor();
      if (inAnyRun(tet, HUE_MERIDIAN_DIFFERENCES)
          || inAnyRun(oracleTet, DELTA_T_DIFFERENCES)
          || inAnyRun(tet, DELTA_T_DIFFERENCES)) {
        assertEquals(1, Math.abs(tet.toEpochDay() - oracleTet.toEpochDay()), "Tết " + year);
      } else {
        assertEquals(oracleTet, tet, "Tết " + year);
      }

      Optional<EastAsianMonth> oracleLeap = VietnameseCalendar.ofTet(year).findLeapMonth();
      int expectedLeap = oracleLeap.map(EastAsianMonth::getNumber).orElse(0);
      if (year == 1917 || year == 1922) { // the meridian of Huế moves the leap month
        expectedLeap--;
      }
      assertEquals(expectedLeap, LunarDate.leapMonthOf(year).orElse(0), "leap month of " + year);
      if (expectedLeap != 0) {
        leapYears++;
      }
    }
    assertEquals(111, leapYears);
  }

  /** Section E.2: Vietnam's Tết (UTC+7) against China's (UTC+8), as Time4J computes China's. */
  @Test
  void vietnamAndChinaDifferAsSectionE2Reports() {
    for (int year : new int[] {1968, 1969, 2007, 2030, 2053}) {
      assertEquals(
          LunarDate.of(year, 1, 1, false).toLocalDate().plusDays(1),
          ChineseCalendar.ofNewYear(year).transform(PlainDate.axis()).toTemporalAccessor(),
          "Chinese New Year " + year);
    }
    assertEquals(LocalDate.of(1985, 1, 21), LunarDate.of(1985, 1, 1, false).toLocalDate());
    assertEquals(
        LocalDate.of(1985, 2, 20),
        ChineseCalendar.ofNewYear(1985).transform(PlainDate.axis()).toTemporalAccessor());
  }

  /**
   * Reason 1: from 1900 to 1954-06, the new moons that fall between midnight at UTC+8 and midnight
   * at Huế are exactly those that start the one-month differences, and a major solar term between
   * the two midnights moves each of the two leap months.
   */
  @Test
  void hueDifferencesAreExplainedByTheMeridianOfHue() {
    List<LocalDate> expected = new ArrayList<>();
    for (String run : HUE_MERIDIAN_DIFFERENCES) {
      if (daysIn(List.of(run)) == 30) {
        expected.add(LocalDate.parse(run.substring(0, 10)).plusDays(1));
      } else {
        assertTrue(majorTermBetweenMidnights(run, UTC8, HUE_MEAN_TIME), run);
      }
    }
    assertEquals(18, expected.size());
    assertEquals(
        expected,
        newMoonsBetweenMidnights(
            LunarDate.MIN.toLocalDate(), LocalDate.of(1954, 6, 30), UTC8, HUE_MEAN_TIME));
  }

  /**
   * Time4J's Chinese calendar before 1929: the new moons between midnight at UTC+8 and midnight at
   * Beijing mean time are exactly those that start the differences.
   */
  @Test
  void beijingDifferencesAreExplainedByBeijingMeanTime() {
    List<LocalDate> expected = new ArrayList<>();
    for (String run : BEIJING_MEAN_TIME_DIFFERENCES) {
      expected.add(LocalDate.parse(run.substring(0, 10)).plusDays(1));
    }
    assertEquals(
        expected,
        newMoonsBetweenMidnights(
            LunarDate.MIN.toLocalDate(), LocalDate.of(1928, 12, 31), UTC8, BEIJING_MEAN_TIME));
  }

  /**
   * Reason 2: the same new moon on TT, within seconds, but a different ΔT puts it on either side of
   * midnight at UTC+7.
   */
  @Test
  void futureDifferencesAreExplainedByDeltaT() {
    for (String run : DELTA_T_DIFFERENCES) {
      LocalDate day = LocalDate.parse(run.substring(0, 10));
      Instant midnight = day.plusDays(1).atStartOfDay().toInstant(UTC7);

      double julianDay = day.toEpochDay() + LunarAstronomy.JD_UNIX_EPOCH;
      int k = (int) Math.round((julianDay - 2451550.09766) / LunarAstronomy.SYNODIC_MONTH);
      double ourJde = LunarAstronomy.newMoonJde(k);
      Instant ours = instantOfUniversal(LunarAstronomy.terrestrialToUniversal(ourJde));

      Moment oracle = MoonPhase.NEW_MOON.atOrAfter(Moment.from(day.atStartOfDay().toInstant(UTC7)));
      double oracleJde = JulianDay.ofEphemerisTime(oracle).getValue();
      Instant theirs = oracle.toTemporalAccessor();

      assertTrue(Math.abs(ourJde - oracleJde) * 86400 < 30, run + ": new moon on TT");
      assertTrue(ours.isBefore(midnight), run + ": ours " + ours);
      assertTrue(!theirs.isBefore(midnight), run + ": Time4J " + theirs);
      assertTrue(midnight.getEpochSecond() - ours.getEpochSecond() < 180, run + ": margin");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static VietnameseCalendar vietnamese(LocalDate date) {
    return plainDate(date).transform(VietnameseCalendar.axis());
  }

  private static ChineseCalendar chinese(LocalDate date) {
    return plainDate(date).transform(ChineseCalendar.axis());
  }

  private static PlainDate plainDate(LocalDate date) {
    return PlainDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static EastAsianMonth eastAsianMonth(LunarDate date) {
    EastAsianMonth month = EastAsianMonth.valueOf(date.month());
    return date.leapMonth() ? month.withLeap() : month;
  }

  /** The lunar year, month, leap flag and day as text, the lunar year being that of its Tết. */
  private static String label(EastAsianCalendar<?, ?> date) {
    long epochDay = EpochDays.UNIX.transform(date.getDaysSinceEpochUTC(), EpochDays.UTC);
    LocalDate newYear = LocalDate.ofEpochDay(epochDay - date.getDayOfYear() + 1);
    EastAsianMonth month = date.getMonth();
    return newYear.getYear()
        + "-"
        + month.getNumber()
        + (month.isLeap() ? "L" : "")
        + "-"
        + date.getDayOfMonth();
  }

  private static String label(LunarDate date) {
    return date.year() + "-" + date.month() + (date.leapMonth() ? "L" : "") + "-" + date.day();
  }

  /** The maximal runs of consecutive days on which the lunar dates differ, as "first/last". */
  private static List<String> differingRuns(
      LocalDate first, LocalDate last, Function<LocalDate, EastAsianCalendar<?, ?>> oracle) {
    List<String> runs = new ArrayList<>();
    LocalDate runStart = null;
    for (LocalDate day = first; !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
      boolean differs =
          !day.isAfter(last) && !label(LunarDate.from(day)).equals(label(oracle.apply(day)));
      if (differs && runStart == null) {
        runStart = day;
      } else if (!differs && runStart != null) {
        runs.add(runStart + "/" + day.minusDays(1));
        runStart = null;
      }
    }
    return runs;
  }

  private static boolean inAnyRun(LocalDate day, List<String> runs) {
    for (String run : runs) {
      LocalDate from = LocalDate.parse(run.substring(0, 10));
      LocalDate to = LocalDate.parse(run.substring(11));
      if (!day.isBefore(from) && !day.isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  private static long daysIn(List<String> runs) {
    long days = 0;
    for (String run : runs) {
      days +=
          LocalDate.parse(run.substring(11)).toEpochDay()
              - LocalDate.parse(run.substring(0, 10)).toEpochDay()
              + 1;
    }
    return days;
  }

  /**
   * The days whose midnight at the {@code ahead} offset comes before a new moon and whose midnight
   * at the {@code behind} offset comes after it, as Time4J computes the new moons.
   */
  private static List<LocalDate> newMoonsBetweenMidnights(
      LocalDate first, LocalDate last, ZoneOffset ahead, ZoneOffset behind) {
    long window = ahead.getTotalSeconds() - behind.getTotalSeconds();
    List<LocalDate> days = new ArrayList<>();
    Moment moment = Moment.from(first.atStartOfDay().toInstant(ahead));
    while (true) {
      Moment newMoon = MoonPhase.NEW_MOON.atOrAfter(moment);
      LocalDateTime local = LocalDateTime.ofInstant(newMoon.toTemporalAccessor(), ahead);
      if (local.toLocalDate().isAfter(last)) {
        return days;
      }
      if (local.toLocalTime().toSecondOfDay() < window) {
        days.add(local.toLocalDate());
      }
      moment = Moment.from(newMoon.toTemporalAccessor().plusSeconds(86400));
    }
  }

  /**
   * Whether, on some day of a run or the day after it, a major solar term (trung khí) falls between
   * the midnights that start the day at two offsets, as Time4J computes the terms.
   */
  private static boolean majorTermBetweenMidnights(
      String run, ZoneOffset ahead, ZoneOffset behind) {
    LocalDate from = LocalDate.parse(run.substring(0, 10));
    LocalDate to = LocalDate.parse(run.substring(11)).plusDays(1);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      SolarTerm before = SolarTerm.of(Moment.from(day.atStartOfDay().toInstant(ahead)));
      SolarTerm after = SolarTerm.of(Moment.from(day.atStartOfDay().toInstant(behind)));
      if (before != after && after.isMajor()) {
        return true;
      }
    }
    return false;
  }

  private static Instant instantOfUniversal(double julianDay) {
    double seconds = (julianDay - LunarAstronomy.JD_UNIX_EPOCH) * 86400;
    return Instant.ofEpochSecond((long) Math.floor(seconds));
  }
}
