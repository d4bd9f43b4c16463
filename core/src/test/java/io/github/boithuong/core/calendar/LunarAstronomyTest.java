package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.time4j.Moment;
import net.time4j.calendar.astro.JulianDay;
import net.time4j.calendar.astro.MoonPhase;
import net.time4j.calendar.astro.StdSolarCalculator;
import org.junit.jupiter.api.Test;

/**
 * Fast golden tests of the astronomy behind the lunar calendar (âm lịch): the instant of the new
 * moon (điểm Sóc), the apparent longitude of the Sun (trung khí) and ΔT. The Vietnamese lunar
 * calendar in force is the one computed by Decision 121/1967/QĐ-TTg at UTC+7 (section E of
 * {@code shared/law/damages-time-holidays.md}); its months start on the civil day of the new moon
 * and its leap months follow the major solar terms, so these three quantities decide Tết, Giỗ Tổ
 * Hùng Vương and therefore the statutory holidays of Labour Code 2019 Điều 112.
 *
 * <p>Expected values: Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), examples 49.a and
 * 25.b; Espenak and Meeus, "Five Millennium Canon of Solar Eclipses" (NASA, 2006) for ΔT at the
 * epochs of its polynomials; and for a spread of lunations and dates over 1900–2200 the values of
 * this implementation, each checked in the test itself against Time4J's independent implementation
 * (to a second of time for the new moon, to two arcseconds for the Sun). The pinned digits then
 * guard every term of the series: the smallest periodic term of table 49.B moves a new moon by
 * two seconds, far more than the tolerance of the pinned values.
 */
class LunarAstronomyTest {

  /** Pinned tolerance: 0.09 ms of time, two ulps of a Julian day near 2.4 million. */
  private static final double PINNED_DAYS = 1e-9;

  /** Pinned tolerance for the solar longitude: 0.36 microarcseconds. */
  private static final double PINNED_DEGREES = 1e-10;

  /** {lunation number k, JDE of the true new moon}, k = 0 is the new moon of 2000-01-06. */
  private static final double[][] NEW_MOONS = {
        {-1236, 2415050.5573410382}, // diff 0.9 s
        {-1105, 2418918.2538845595}, // diff 0.3 s
        {-974, 2422787.878607674}, // diff 0.6 s
        {-843, 2426655.4553365847}, // diff 0.1 s
        {-712, 2430524.3764182753}, // diff 0.7 s
        {-581, 2434393.0894084084}, // diff 0.6 s
        {-450, 2438260.8160067014}, // diff 0.6 s
        {-319, 2442130.3922133283}, // diff 0.0 s
        {-188, 2445998.0063430606}, // diff 0.9 s
        {-57, 2449866.89449151}, // diff 0.9 s
        {74, 2453735.6338782897}, // diff 0.9 s
        {205, 2457603.3651415687}, // diff 0.0 s
        {336, 2461472.8963262294}, // diff 0.4 s
        {467, 2465340.608086679}, // diff 0.5 s
        {598, 2469209.3747507213}, // diff 0.3 s
        {729, 2473078.1759545333}, // diff 0.3 s
        {860, 2476945.9688050933}, // diff 0.6 s
        {991, 2480815.3428341914}, // diff 0.7 s
        {1122, 2484683.2123144036}, // diff 0.8 s
        {1253, 2488551.8839626047}, // diff 0.2 s
        {1384, 2492420.6870198}, // diff 0.3 s
        {1515, 2496288.5635508555}, // diff 0.6 s
        {1646, 2500157.8026383114}, // diff 0.8 s
        {1777, 2504025.8156157965}, // diff 0.0 s
        {1908, 2507894.364771524}, // diff 0.1 s
        {2039, 2511763.233441953}, // diff 0.2 s
        {2170, 2515631.1642385977}, // diff 0.0 s
        {2301, 2519500.2203073776}, // diff 0.4 s
        {2432, 2523368.4625135334}, // diff 1.0 s
  };

  /** {JDE, apparent geocentric longitude of the Sun in degrees}. */
  private static final double[][] SOLAR_LONGITUDES = {
        {2415240.0000, 135.44556154819293}, // diff -0.02 arcsec
        {2420104.1525, 249.8805152821733}, // diff -0.23 arcsec
        {2424603.3050, 7.3579060129704885}, // diff -1.06 arcsec
        {2429467.4575, 119.21874161298547}, // diff -0.83 arcsec
        {2434331.6100, 232.68215480880463}, // diff -0.05 arcsec
        {2438830.7625, 350.469536371862}, // diff -0.67 arcsec
        {2443694.9150, 103.02593450921268}, // diff -0.05 arcsec
        {2448559.0675, 215.63027380680205}, // diff -0.48 arcsec
        {2453058.2200, 333.4209652077677}, // diff -1.25 arcsec
        {2457922.3725, 86.83841440066954}, // diff -0.53 arcsec
        {2462786.5250, 198.73763455550034}, // diff -0.33 arcsec
        {2467285.6775, 316.2367275186825}, // diff -0.39 arcsec
        {2472149.8300, 70.61076941763895}, // diff -0.56 arcsec
        {2477013.9825, 182.02589787824036}, // diff -0.64 arcsec
        {2481513.1350, 298.9441994197987}, // diff -0.93 arcsec
        {2486377.2875, 54.288299580308376}, // diff -1.39 arcsec
        {2491241.4400, 165.4773958854712}, // diff -0.32 arcsec
        {2495740.5925, 281.62032389701926}, // diff -0.65 arcsec
        {2500604.7450, 37.8361136497042}, // diff -0.72 arcsec
        {2505468.8975, 149.0743751740083}, // diff 0.25 arcsec
        {2510333.0500, 264.05619954437134}, // diff -0.49 arcsec
        {2514832.2025, 21.22152958966035}, // diff -1.47 arcsec
        {2519696.3550, 132.79498812527163}, // diff -0.58 arcsec
        {2524560.5075, 246.8038606063201}, // diff -0.55 arcsec
  };

  /** {decimal year, ΔT in seconds}: both sides of every change of polynomial. */
  private static final double[][] DELTA_T = {
        {1860.0, 7.620000000},
        {1880.0, -5.008486988},
        {1899.99, -2.716331112},
        {1900.0, -2.790000000},
        {1910.0, 10.388400000},
        {1919.99, 21.185301090},
        {1920.0, 21.200000000},
        {1930.0, 24.132900000},
        {1940.99, 24.768079550},
        {1941.0, 24.773141434},
        {1950.0, 29.070000000},
        {1960.99, 33.545712140},
        {1961.0, 33.579880866},
        {1975.0, 45.450000000},
        {1985.99, 54.863081824},
        {1986.0, 54.877737538},
        {2000.0, 63.860000000},
        {2004.99, 64.718051451},
        {2005.0, 64.670575000},
        {2020.0, 71.599000000},
        {2049.99, 92.992189859},
        {2050.0, 93.000000000},
        {2100.0, 202.740000000},
        {2149.99, 328.453252320},
        {2150.0, 328.480000000},
        {2500.0, 1459.680000000},
        {3000.0, 4435.680000000},
  };

  @Test
  void newMoonOfMeeusExample49a() {
    // Meeus example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118
    // (1977-02-18 03:37:42 TD).
    assertEquals(2443192.65118, LunarAstronomy.newMoonJde(-283), 0.5 / 86400);
  }

  @Test
  void newMoonsAgreeWithTime4jAndThePinnedValues() {
    for (double[] row : NEW_MOONS) {
      int k = (int) row[0];
      double jde = LunarAstronomy.newMoonJde(k);
      assertEquals(row[1], jde, PINNED_DAYS, "k = " + k);
      assertEquals(time4jNewMoonJde(jde), jde, 1.5 / 86400, "Time4J, k = " + k);
    }
  }

  @Test
  void newMoonsAreOneSynodicMonthApartOnAverage() {
    // Over the 1,000 lunations from 1919 to 2000 the mean month is Meeus' 29.530588861 days (49.1)
    // to two minutes; each true lunation departs from it by up to seven hours.
    double span = LunarAstronomy.newMoonJde(0) - LunarAstronomy.newMoonJde(-1000);
    assertEquals(29.530588861, span / 1000, 120.0 / 86400);
    for (int k = -1300; k <= 2500; k += 7) {
      double month = LunarAstronomy.newMoonJde(k + 1) - LunarAstronomy.newMoonJde(k);
      // A true lunation lasts between about 29.27 and 29.83 days (Meeus, chapter 49).
      assertTrue(month > 29.26 && month < 29.84, "lunation " + k + ": " + month);
    }
  }

  @Test
  void solarLongitudeOfMeeusExample25b() {
    // Meeus example 25.b (higher accuracy): 1992 October 13.0 TD, apparent longitude
    // 199°54'21.818" (the truncated series of Appendix III differ by under an arcsecond).
    double expected = 199 + 54 / 60.0 + 21.818 / 3600;
    assertEquals(expected, LunarAstronomy.apparentSolarLongitude(2448908.5), 1.0 / 3600);
  }

  @Test
  void solarLongitudesAgreeWithTime4jAndThePinnedValues() {
    for (double[] row : SOLAR_LONGITUDES) {
      double longitude = LunarAstronomy.apparentSolarLongitude(row[0]);
      assertEquals(row[1], longitude, PINNED_DEGREES, "JDE " + row[0]);
      double oracle = StdSolarCalculator.TIME4J.getFeature(row[0], "solar-longitude");
      double difference = Math.IEEEremainder(longitude - oracle, 360);
      assertEquals(0, difference, 2.0 / 3600, "Time4J, JDE " + row[0]);
      assertTrue(longitude >= 0 && longitude < 360, "in [0, 360): " + longitude);
    }
  }

  @Test
  void solarLongitudeIsNormalizedToTheFullCircle() {
    // Around the March equinox the longitude wraps from just under 360 to just over 0.
    double equinox2024 = 2460389.5; // 2024-03-20 00:00 TT, about three hours before the equinox
    double before = LunarAstronomy.apparentSolarLongitude(equinox2024);
    double after = LunarAstronomy.apparentSolarLongitude(equinox2024 + 0.5);
    assertTrue(before > 359.8 && before < 360, "before the equinox: " + before);
    assertTrue(after >= 0 && after < 0.4, "after the equinox: " + after);
  }

  @Test
  void deltaTFollowsTheEspenakMeeusPolynomials() {
    for (double[] row : DELTA_T) {
      assertEquals(row[1], LunarAstronomy.deltaT(row[0]), 1e-9, "year " + row[0]);
    }
    // The published anchor values at the epochs of the polynomials (NASA 2006).
    assertEquals(7.62, LunarAstronomy.deltaT(1860), 1e-12);
    assertEquals(-2.79, LunarAstronomy.deltaT(1900), 1e-12);
    assertEquals(21.20, LunarAstronomy.deltaT(1920), 1e-12);
    assertEquals(29.07, LunarAstronomy.deltaT(1950), 1e-12);
    assertEquals(45.45, LunarAstronomy.deltaT(1975), 1e-12);
    assertEquals(63.86, LunarAstronomy.deltaT(2000), 1e-12);
  }

  @Test
  void deltaTIsRefusedOutsideItsPolynomials() {
    assertEquals(
        "No ΔT expression for the year 1859.5",
        assertThrows(IllegalArgumentException.class, () -> LunarAstronomy.deltaT(1859.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> LunarAstronomy.deltaT(3000.5));
    assertThrows(IllegalArgumentException.class, () -> LunarAstronomy.deltaT(Math.nextDown(1860)));
    assertThrows(IllegalArgumentException.class, () -> LunarAstronomy.deltaT(Math.nextUp(3000)));
  }

  @Test
  void universalAndTerrestrialTimeDifferByDeltaT() {
    // At J2000.0 the decimal year is exactly 2000.0, where ΔT = 63.86 s.
    double j2000 = 2451545.0;
    assertEquals(j2000 + 63.86 / 86400, LunarAstronomy.universalToTerrestrial(j2000), 1e-10);
    assertEquals(j2000 - 63.86 / 86400, LunarAstronomy.terrestrialToUniversal(j2000), 1e-10);
    // One Gregorian year of 365.2425 days later the decimal year is 2001.0.
    double later = j2000 + 365.2425;
    double deltaT2001 = LunarAstronomy.deltaT(2001.0);
    assertEquals(later + deltaT2001 / 86400, LunarAstronomy.universalToTerrestrial(later), 1e-10);
    assertEquals(later - deltaT2001 / 86400, LunarAstronomy.terrestrialToUniversal(later), 1e-10);
    // The Unix epoch as a Julian day.
    assertEquals(2440587.5, LunarAstronomy.JD_UNIX_EPOCH);
  }

  private static double time4jNewMoonJde(double jde) {
    double jd = LunarAstronomy.terrestrialToUniversal(jde) - LunarAstronomy.JD_UNIX_EPOCH;
    Instant threeDaysBefore = Instant.ofEpochMilli((long) ((jd - 3) * 86_400_000L));
    Moment newMoon = MoonPhase.NEW_MOON.atOrAfter(Moment.from(threeDaysBefore));
    return JulianDay.ofEphemerisTime(newMoon).getValue();
  }
}
