package io.github.boithuong.core.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Every lunar month of the supported range of the Vietnamese lunar calendar (âm lịch), computed
 * once when this class is initialised.
 *
 * <p>The rules (Hồ Ngọc Đức, "Thuật toán tính âm lịch"; see {@link LunarDate}):
 *
 * <ol>
 *   <li>a month starts on the civil day that contains the new moon (điểm Sóc);
 *   <li>the winter solstice (Đông chí, solar longitude 270°) always falls in month 11;
 *   <li>if 13 new moons start months from one month 11 (inclusive) to the next (exclusive), the
 *       first of those months after month 11 that contains no major solar term (trung khí, a
 *       multiple of 30° of solar longitude) is the leap month (tháng nhuận) and repeats the number
 *       of the month before it;
 *   <li>the civil day is that of UTC+7 from 1968-01-01, and of UTC+8 before.
 * </ol>
 *
 * <p>A month "contains" a solar term when the term's instant lies after the local midnight that
 * starts the month and no later than the local midnight that starts the next month, i.e. the solar
 * longitude is compared at the start of each month's first day, as Hồ Ngọc Đức's algorithm does.
 *
 * <p>The table covers the lunar years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. The arrays are
 * private and never handed out; this class is immutable and thread-safe.
 */
final class LunarMonthTable {

  /** The first supported lunar year. */
  static final int FIRST_YEAR = 1900;

  /** The last supported lunar year. */
  static final int LAST_YEAR = 2199;

  /** The first civil day reckoned at UTC+7 (before it: UTC+8). */
  static final long FIRST_DAY_AT_UTC7 = LocalDate.of(1968, 1, 1).toEpochDay();

  private static final int WINTER_SOLSTICE = 270;

  /** Epoch day of the first day of every month, ascending; one more entry ends the range. */
  private static final int[] MONTH_START;

  /** Packed label of every month: {@code year << 5 | month << 1 | (leap ? 1 : 0)}. */
  private static final int[] MONTH_LABEL;

  /** Index in {@link #MONTH_START} of month 1 of every year, plus the end of the range. */
  private static final int[] YEAR_START;

  /** The leap month of every year, 0 for none. */
  private static final byte[] LEAP_MONTH;

  static {
    Builder builder = new Builder();
    MONTH_START = builder.monthStart;
    MONTH_LABEL = builder.monthLabel;
    YEAR_START = builder.yearStart;
    LEAP_MONTH = builder.leapMonth;
  }

  private LunarMonthTable() {}

  /** The epoch day of the first supported day, 1/1 of lunar year {@value #FIRST_YEAR}. */
  static long firstDay() {
    return MONTH_START[0];
  }

  /** The epoch day of the last supported day, the last day of lunar year {@value #LAST_YEAR}. */
  static long lastDay() {
    return MONTH_START[MONTH_START.length - 1] - 1L;
  }

  /** The number of months in the table. */
  static int monthCount() {
    return MONTH_LABEL.length;
  }

  /**
   * The month containing a day.
   *
   * @param epochDay the day, between {@link #firstDay()} and {@link #lastDay()}
   * @return the month's index
   */
  static int monthIndexOf(long epochDay) {
    int found = Arrays.binarySearch(MONTH_START, (int) epochDay);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * The index of a month.
   *
   * @param year a lunar year in the supported range
   * @param month the month, 1 to 12
   * @param leap whether it is the leap month; only when {@code month == leapMonth(year)}
   * @return the month's index
   */
  static int monthIndex(int year, int month, boolean leap) {
    int leapMonth = leapMonth(year);
    int index = YEAR_START[year - FIRST_YEAR] + month - 1;
    if (leapMonth != 0 && (month > leapMonth || (month == leapMonth && leap))) {
      index++;
    }
    return index;
  }

  /** The epoch day on which a month starts. */
  static int monthStart(int index) {
    return MONTH_START[index];
  }

  /** The number of days of a month, 29 or 30. */
  static int monthLength(int index) {
    return MONTH_START[index + 1] - MONTH_START[index];
  }

  static int yearOf(int index) {
    return MONTH_LABEL[index] >> 5;
  }

  static int monthOf(int index) {
    return (MONTH_LABEL[index] >> 1) & 0xF;
  }

  static boolean isLeap(int index) {
    return (MONTH_LABEL[index] & 1) != 0;
  }

  /**
   * The leap month of a year.
   *
   * @param year a lunar year in the supported range
   * @return the number of the month that is repeated, or 0 if the year has 12 months
   */
  static int leapMonth(int year) {
    return LEAP_MONTH[year - FIRST_YEAR];
  }

  /**
   * The offset of the civil day from UTC, in hours.
   *
   * @param epochDay the civil day
   * @return 7 from 1968-01-01, 8 before
   */
  static int zoneHours(long epochDay) {
    return epochDay >= FIRST_DAY_AT_UTC7 ? 7 : 8;
  }

  /** Computes the table from the astronomy; runs once. */
  private static final class Builder {

    final int[] monthStart;
    final int[] monthLabel;
    final int[] yearStart;
    final byte[] leapMonth;

    Builder() {
      // Lunations from before the winter solstice of FIRST_YEAR - 1 to after that of LAST_YEAR + 1
      // (k = 0 is the new moon of 2000-01-06; about 12.37 lunations a year).
      int firstK = (int) Math.floor((FIRST_YEAR - 1 - 2000) * 12.3685) - 1;
      int lastK = (int) Math.ceil((LAST_YEAR + 2 - 2000) * 12.3685) + 1;
      int count = lastK - firstK + 1;
      long[] start = new long[count];
      double[] longitude = new double[count];
      for (int i = 0; i < count; i++) {
        start[i] = civilDayOf(LunarAstronomy.newMoonJde(firstK + i));
        longitude[i] = solarLongitudeAtStartOf(start[i]);
      }

      // The months 11: those containing the winter solstice.
      int[] month11 = new int[count];
      int month11Count = 0;
      for (int i = 0; i + 1 < count; i++) {
        if (containsLongitude(longitude[i], longitude[i + 1], WINTER_SOLSTICE)) {
          month11[month11Count++] = i;
        }
      }

      int yearCount = LAST_YEAR - FIRST_YEAR + 1;
      int[] label = new int[count];
      Arrays.fill(label, -1);
      byte[] leap = new byte[yearCount + 1];
      // Each "suì" runs from one month 11 (of lunar year y) up to the next month 11 (of y + 1).
      for (int s = 0; s + 1 < month11Count; s++) {
        int from = month11[s];
        int to = month11[s + 1];
        int length = to - from;
        if (length != 12 && length != 13) {
          throw new IllegalStateException(
              "Lunar calendar: "
                  + length
                  + " months from the month 11 starting "
                  + day(start[from]));
        }
        int leapIndex = -1;
        if (length == 13) {
          for (int i = from + 1; i < to; i++) {
            if (!containsMajorTerm(longitude[i], longitude[i + 1])) {
              leapIndex = i;
              break;
            }
          }
          if (leapIndex < 0) {
            throw new IllegalStateException(
                "Lunar calendar: no month without a major solar term after the month 11 starting "
                    + day(start[from]));
          }
        }
        int year = LocalDate.ofEpochDay(start[from]).getYear();
        int month = 11;
        for (int i = from; i < to; i++) {
          boolean isLeap = i == leapIndex;
          if (i > from && !isLeap) {
            month++;
            if (month == 13) {
              month = 1;
              year++;
            }
          }
          label[i] = (year << 5) | (month << 1) | (isLeap ? 1 : 0);
          if (isLeap && year >= FIRST_YEAR && year <= LAST_YEAR + 1) {
            leap[year - FIRST_YEAR] = (byte) month;
          }
        }
      }

      // Keep the months from 1/1 of FIRST_YEAR to the last month of LAST_YEAR.
      int first = indexOfNewYear(label, FIRST_YEAR);
      int end = indexOfNewYear(label, LAST_YEAR + 1);
      monthStart = new int[end - first + 1];
      monthLabel = new int[end - first];
      for (int i = first; i <= end; i++) {
        monthStart[i - first] = Math.toIntExact(start[i]);
        if (i < end) {
          monthLabel[i - first] = label[i];
          long length = start[i + 1] - start[i];
          if (length != 29 && length != 30) {
            throw new IllegalStateException(
                "Lunar calendar: a month of " + length + " days starting " + day(start[i]));
          }
        }
      }
      yearStart = new int[yearCount + 1];
      for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
        yearStart[y - FIRST_YEAR] = indexOfNewYear(label, y) - first;
      }
      leapMonth = Arrays.copyOf(leap, yearCount);
    }

    private static LocalDate day(long epochDay) {
      return LocalDate.ofEpochDay(epochDay);
    }

    private static int indexOfNewYear(int[] label, int year) {
      int wanted = (year << 5) | (1 << 1);
      for (int i = 0; i < label.length; i++) {
        if (label[i] == wanted) {
          return i;
        }
      }
      throw new IllegalStateException("Lunar calendar: no new year of " + year + " computed");
    }

    /**
     * The civil day containing an instant: at UTC+7 if that day is from 1968, else at UTC+8. (The
     * hour in which the two disagree across the change, 1967-12-31T16:00Z to 17:00Z, contains no
     * new moon.)
     */
    private static long civilDayOf(double jde) {
      double jd = LunarAstronomy.terrestrialToUniversal(jde) - LunarAstronomy.JD_UNIX_EPOCH;
      long day = (long) Math.floor(jd + 7 / 24.0);
      return day >= FIRST_DAY_AT_UTC7 ? day : (long) Math.floor(jd + 8 / 24.0);
    }

    /** The apparent solar longitude at the local midnight starting a civil day. */
    private static double solarLongitudeAtStartOf(long epochDay) {
      double jd = epochDay + LunarAstronomy.JD_UNIX_EPOCH - zoneHours(epochDay) / 24.0;
      return LunarAstronomy.apparentSolarLongitude(LunarAstronomy.universalToTerrestrial(jd));
    }

    /**
     * Whether the Sun reaches a longitude after one month's start and no later than the next.
     *
     * @param atStart the solar longitude at the month's start
     * @param atNextStart the solar longitude at the next month's start
     * @param target the longitude sought, in degrees
     */
    private static boolean containsLongitude(double atStart, double atNextStart, double target) {
      double travelled = normalize(atNextStart - atStart);
      double toTarget = normalize(target - atStart);
      return toTarget > 0 && toTarget <= travelled;
    }

    /** Whether a month contains a major solar term, a multiple of 30° of solar longitude. */
    private static boolean containsMajorTerm(double atStart, double atNextStart) {
      return Math.floor(atStart / 30) != Math.floor(atNextStart / 30);
    }

    private static double normalize(double degrees) {
      double result = degrees % 360.0;
      return result < 0 ? result + 360.0 : result;
    }
  }
}
