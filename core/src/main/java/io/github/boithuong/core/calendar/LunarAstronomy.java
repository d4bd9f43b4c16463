package io.github.boithuong.core.calendar;

/**
 * The astronomy behind the Vietnamese lunar calendar (âm lịch): instants of the new moon (điểm
 * Sóc), the apparent longitude of the Sun (for the major solar terms, trung khí) and ΔT.
 *
 * <p>All formulas come from Jean Meeus, <i>Astronomical Algorithms</i>, 2nd edition (1998):
 *
 * <ul>
 *   <li>the true (not mean) new moon: chapter 49, with all 25 periodic terms of table 49.A and the
 *       14 additional planetary arguments A1–A14, accurate to well under a minute;
 *   <li>the apparent geocentric longitude of the Sun: chapter 25, "higher accuracy": the Earth's
 *       heliocentric longitude from the truncated VSOP87 series of Appendix III (chapter 32), the
 *       conversion to the FK5 system, the nutation in longitude (chapter 22, the four largest
 *       terms, accurate to 0.5″) and the aberration −20.4898″/R, where R is the Sun–Earth distance
 *       from equation 25.5. The result is accurate to a few arcseconds, i.e. well under a minute of
 *       time on the Sun's motion;
 *   <li>ΔT = TT − UT: the polynomial expressions of F. Espenak and J. Meeus (NASA, "Five Millennium
 *       Canon of Solar Eclipses", 2006, section "Polynomial expressions for Delta T").
 * </ul>
 *
 * <p>Time arguments are Julian days: JDE on Terrestrial Time (TT) for the theories, JD on Universal
 * Time (UT) for civil time. {@code double} is precise to well under a millisecond at these
 * magnitudes.
 *
 * <p>This class is package-private, stateless and thread-safe; it is used only once, to build the
 * month table of {@link LunarMonthTable}.
 */
final class LunarAstronomy {

  /** Julian day of 1970-01-01T00:00 UT, so that {@code jd = epochDay + JD_UNIX_EPOCH}. */
  static final double JD_UNIX_EPOCH = 2440587.5;

  /** Julian day of the epoch J2000.0 (2000-01-01T12:00 TT). */
  private static final double J2000 = 2451545.0;

  private static final double DEG = Math.PI / 180.0;
  private static final double SECONDS_PER_DAY = 86400.0;

  /** Mean synodic month in days (Meeus 49.1). */
  static final double SYNODIC_MONTH = 29.530588861;

  // Meeus, Appendix III, Earth: truncated VSOP87 series for the heliocentric longitude L.
  // Each row is {A, B, C}; a term is A * cos(B + C * tau), tau in Julian millennia from J2000,
  // and L = (L0 + L1 tau + L2 tau^2 + ...) / 1e8 radians.
  private static final double[][] EARTH_L0 = {
    {175347046, 0, 0},
    {3341656, 4.6692568, 6283.0758500},
    {34894, 4.62610, 12566.15170},
    {3497, 2.7441, 5753.3849},
    {3418, 2.8289, 3.5231},
    {3136, 3.6277, 77713.7715},
    {2676, 4.4181, 7860.4194},
    {2343, 6.1352, 3930.2097},
    {1324, 0.7425, 11506.7698},
    {1273, 2.0371, 529.6910},
    {1199, 1.1096, 1577.3435},
    {990, 5.233, 5884.927},
    {902, 2.045, 26.298},
    {857, 3.508, 398.149},
    {780, 1.179, 5223.694},
    {753, 2.533, 5507.553},
    {505, 4.583, 18849.228},
    {492, 4.205, 775.523},
    {357, 2.920, 0.067},
    {317, 5.849, 11790.629},
    {284, 1.899, 796.298},
    {271, 0.315, 10977.079},
    {243, 0.345, 5486.778},
    {206, 4.806, 2544.314},
    {205, 1.869, 5573.143},
    {202, 2.458, 6069.777},
    {156, 0.833, 213.299},
    {132, 3.411, 2942.463},
    {126, 1.083, 20.775},
    {115, 0.645, 0.980},
    {103, 0.636, 4694.003},
    {102, 0.976, 15720.839},
    {102, 4.267, 7.114},
    {99, 6.21, 2146.17},
    {98, 0.68, 155.42},
    {86, 5.98, 161000.69},
    {85, 1.30, 6275.96},
    {85, 3.67, 71430.70},
    {80, 1.81, 17260.15},
    {79, 3.04, 12036.46},
    {75, 1.76, 5088.63},
    {74, 3.50, 3154.69},
    {74, 4.68, 801.82},
    {70, 0.83, 9437.76},
    {62, 3.98, 8827.39},
    {61, 1.82, 7084.90},
    {57, 2.78, 6286.60},
    {56, 4.39, 14143.50},
    {56, 3.47, 6279.55},
    {52, 0.19, 12139.55},
    {52, 1.33, 1748.02},
    {51, 0.28, 5856.48},
    {49, 0.49, 1194.45},
    {41, 5.37, 8429.24},
    {41, 2.40, 19651.05},
    {39, 6.17, 10447.39},
    {37, 6.04, 10213.29},
    {37, 2.57, 1059.38},
    {36, 1.71, 2352.87},
    {36, 1.78, 6812.77},
    {33, 0.59, 17789.85},
    {30, 0.44, 83996.85},
    {30, 2.74, 1349.87},
    {25, 3.16, 4690.48},
  };
  private static final double[][] EARTH_L1 = {
    {628331966747.0, 0, 0},
    {206059, 2.678235, 6283.075850},
    {4303, 2.6351, 12566.1517},
    {425, 1.590, 3.523},
    {119, 5.796, 26.298},
    {109, 2.966, 1577.344},
    {93, 2.59, 18849.23},
    {72, 1.14, 529.69},
    {68, 1.87, 398.15},
    {67, 4.41, 5507.55},
    {59, 2.89, 5223.69},
    {56, 2.17, 155.42},
    {45, 0.40, 796.30},
    {36, 0.47, 775.52},
    {29, 2.65, 7.11},
    {21, 5.34, 0.98},
    {19, 1.85, 5486.78},
    {19, 4.97, 213.30},
    {17, 2.99, 6275.96},
    {16, 0.03, 2544.31},
    {16, 1.43, 2146.17},
    {15, 1.21, 10977.08},
    {12, 2.83, 1748.02},
    {12, 3.26, 5088.63},
    {12, 5.27, 1194.45},
    {12, 2.08, 4694.00},
    {11, 0.77, 553.57},
    {10, 1.30, 6286.60},
    {10, 4.24, 1349.87},
    {9, 2.70, 242.73},
    {9, 5.64, 951.72},
    {8, 5.30, 2352.87},
    {6, 2.65, 9437.76},
    {6, 4.67, 4690.48},
  };
  private static final double[][] EARTH_L2 = {
    {52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152}, {27, 0.05, 3.52},
    {16, 5.19, 26.30}, {16, 3.68, 155.42}, {10, 0.76, 18849.23}, {9, 2.06, 77713.77},
    {7, 0.83, 775.52}, {5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14},
    {3, 5.14, 796.30}, {3, 6.05, 5507.55}, {3, 1.19, 242.73}, {3, 6.12, 529.69},
    {3, 0.31, 398.15}, {3, 2.28, 553.57}, {2, 4.38, 5223.69}, {2, 3.75, 0.98},
  };
  private static final double[][] EARTH_L3 = {
    {289, 5.844, 6283.076},
    {35, 0, 0},
    {17, 5.49, 12566.15},
    {3, 5.20, 155.42},
    {1, 4.72, 3.52},
    {1, 5.30, 18849.23},
    {1, 5.97, 242.73},
  };
  private static final double[][] EARTH_L4 = {
    {114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15},
  };
  private static final double[][] EARTH_L5 = {
    {1, 3.14, 0},
  };
  private static final double[][][] EARTH_L = {
    EARTH_L0, EARTH_L1, EARTH_L2, EARTH_L3, EARTH_L4, EARTH_L5,
  };

  // Meeus, table 49.A, new moon: coefficient, power of E, and the multiples of M, M', F, Omega.
  private static final double[] NEW_MOON_COEFFICIENT = {
    -0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208, -0.00111, -0.00057,
    0.00056, -0.00042, 0.00042, 0.00038, -0.00024, -0.00017, -0.00007, 0.00004, 0.00004,
    0.00003, 0.00003, -0.00003, 0.00003, -0.00002, -0.00002, 0.00002,
  };
  private static final int[] NEW_MOON_E_POWER = {
    0, 1, 0, 0, 1, 1, 2, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  };
  private static final int[] NEW_MOON_M = {
    0, 1, 0, 0, -1, 1, 2, 0, 0, 1, 0, 1, 1, -1, 0, 2, 0, 3, 1, 0, 1, -1, -1, 1, 0,
  };
  private static final int[] NEW_MOON_M_PRIME = {
    1, 0, 2, 0, 1, 1, 0, 1, 1, 2, 3, 0, 0, 2, 0, 1, 2, 0, 1, 2, 1, 1, 1, 3, 4,
  };
  private static final int[] NEW_MOON_F = {
    0, 0, 0, 2, 0, 0, 0, -2, 2, 0, 0, 2, -2, 0, 0, 0, -2, 0, -2, 2, 2, 2, -2, 0, 0,
  };
  private static final int[] NEW_MOON_OMEGA = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  };

  // Meeus, table 49.B: the planetary arguments A1..A14 (degrees: A0 + rate * k) and coefficients.
  private static final double[] PLANETARY_A0 = {
    299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72,
    239.56, 331.55,
  };
  private static final double[] PLANETARY_RATE = {
    0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239,
    0.121824, 1.844379, 24.198154, 25.513099, 3.592518,
  };
  private static final double[] PLANETARY_COEFFICIENT = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
    0.000042, 0.000040, 0.000037, 0.000035, 0.000023,
  };

  private LunarAstronomy() {}

  /**
   * The instant of a true new moon, Meeus chapter 49.
   *
   * @param k the lunation number: 0 is the new moon of 2000-01-06, negative before
   * @return the instant as a Julian ephemeris day (TT)
   */
  static double newMoonJde(int k) {
    double t = k / 1236.85; // Julian centuries from J2000.0 (49.3)
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2; // (47.6)
    double m = DEG * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mPrime =
        DEG * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        DEG * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = DEG * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double correction = 0;
    for (int i = 0; i < NEW_MOON_COEFFICIENT.length; i++) {
      double argument =
          NEW_MOON_M[i] * m
              + NEW_MOON_M_PRIME[i] * mPrime
              + NEW_MOON_F[i] * f
              + NEW_MOON_OMEGA[i] * omega;
      double coefficient = NEW_MOON_COEFFICIENT[i];
      for (int p = 0; p < NEW_MOON_E_POWER[i]; p++) {
        coefficient *= e;
      }
      correction += coefficient * Math.sin(argument);
    }
    for (int i = 0; i < PLANETARY_A0.length; i++) {
      double argument = PLANETARY_A0[i] + PLANETARY_RATE[i] * k;
      if (i == 0) {
        argument -= 0.009173 * t2; // A1 only
      }
      correction += PLANETARY_COEFFICIENT[i] * Math.sin(DEG * argument);
    }
    return jde + correction;
  }

  /**
   * The apparent geocentric longitude of the Sun, Meeus chapter 25 (higher accuracy).
   *
   * @param jde the instant as a Julian ephemeris day (TT)
   * @return the longitude in degrees, referred to the true equinox of the date, in [0, 360)
   */
  static double apparentSolarLongitude(double jde) {
    double tau = (jde - J2000) / 365250.0; // Julian millennia from J2000.0
    double earthLongitude = 0; // radians, heliocentric, dynamical ecliptic of the date
    double tauPower = 1;
    for (double[][] series : EARTH_L) {
      double sum = 0;
      for (double[] term : series) {
        sum += term[0] * Math.cos(term[1] + term[2] * tau);
      }
      earthLongitude += sum * tauPower;
      tauPower *= tau;
    }
    earthLongitude /= 1e8;

    double t = tau * 10; // Julian centuries from J2000.0
    // Geometric geocentric longitude of the Sun (25.9 .. 25.10): Theta = L + 180 deg; FK5
    // -0.09033".
    double theta = Math.toDegrees(earthLongitude) + 180.0 - 0.09033 / 3600.0;

    // Nutation in longitude (chapter 22, four largest terms, arcseconds).
    double omega = DEG * (125.04452 - 1934.136261 * t);
    double sunMeanLongitude = DEG * (280.4665 + 36000.7698 * t);
    double moonMeanLongitude = DEG * (218.3165 + 481267.8813 * t);
    double nutation =
        -17.20 * Math.sin(omega)
            - 1.32 * Math.sin(2 * sunMeanLongitude)
            - 0.23 * Math.sin(2 * moonMeanLongitude)
            + 0.21 * Math.sin(2 * omega);

    // Aberration -20.4898" / R, with R from the eccentricity and true anomaly (25.3 .. 25.5).
    double meanAnomaly = DEG * (357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double eccentricity = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t;
    double center =
        DEG
            * ((1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000289 * Math.sin(3 * meanAnomaly));
    double radius =
        1.000001018
            * (1 - eccentricity * eccentricity)
            / (1 + eccentricity * Math.cos(meanAnomaly + center));
    double aberration = -20.4898 / radius;

    double lambda = theta + (nutation + aberration) / 3600.0;
    lambda %= 360.0;
    return lambda < 0 ? lambda + 360.0 : lambda;
  }

  /**
   * ΔT = TT − UT after Espenak and Meeus (2006), for the years 1860 to 3000.
   *
   * @param year the decimal year, e.g. 2024.5 for the middle of 2024
   * @return ΔT in seconds
   */
  static double deltaT(double year) {
    if (year < 1860 || year > 3000) {
      throw new IllegalArgumentException("No ΔT expression for the year " + year);
    }
    if (year < 1900) {
      double t = year - 1860;
      return 7.62
          + t * (0.5737 + t * (-0.251754 + t * (0.01680668 + t * (-0.0004473624 + t / 233174))));
    }
    if (year < 1920) {
      double t = year - 1900;
      return -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - 0.000197 * t)));
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + t * (0.84493 + t * (-0.076100 + t * 0.0020936));
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + t * (0.407 + t * (-1 / 233.0 + t / 2547.0));
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + t * (1.067 + t * (-1 / 260.0 - t / 718.0));
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + t
              * (0.3345
                  + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + t * (0.32217 + t * 0.005589);
    }
    double u = (year - 1820) / 100;
    double longTerm = -20 + 32 * u * u;
    return year < 2150 ? longTerm - 0.5628 * (2150 - year) : longTerm;
  }

  /**
   * Converts a Julian day on Universal Time to a Julian ephemeris day (TT).
   *
   * @param jd the Julian day (UT)
   * @return the Julian ephemeris day (TT)
   */
  static double universalToTerrestrial(double jd) {
    return jd + deltaT(decimalYear(jd)) / SECONDS_PER_DAY;
  }

  /**
   * Converts a Julian ephemeris day (TT) to a Julian day on Universal Time.
   *
   * @param jde the Julian ephemeris day (TT)
   * @return the Julian day (UT)
   */
  static double terrestrialToUniversal(double jde) {
    // ΔT changes by well under a second a day: evaluating it at the TT instant is exact enough.
    return jde - deltaT(decimalYear(jde)) / SECONDS_PER_DAY;
  }

  private static double decimalYear(double jd) {
    return 2000.0 + (jd - J2000) / 365.2425;
  }
}
