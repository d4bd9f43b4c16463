package io.github.boithuong.core.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A golden table of the 300 lunar years 1900–2199 (âm lịch, reckoned at UTC+8 before 1968 and at
 * UTC+7 since, Decision 121/1967/QĐ-TTg; section E of {@code shared/law/damages-time-holidays.md}):
 * the day of Tết, the leap month and the length of every month, checked against a table built
 * afresh.
 *
 * <p>The month table is built once, in a static initializer; mutation testing changes the code
 * after that, so this test also builds a second table through the private builder and compares
 * it with the golden data, month by month. The golden data were produced by this implementation
 * and agree with Time4J's independent {@code VietnameseCalendar} on every year except the months
 * that {@link LunarDateOracleTest} lists with their reason (the meridian of Huế before 1954, ΔT
 * after 2071); the Tết dates of 1968–2026 also match table E.3 of the law notes ({@link
 * LunarDateTest}).
 *
 * <p>Each year is written {@code OOLBBBB}: {@code OO} the day of the Gregorian year before Tết
 * (Tết is 1 January plus {@code OO} days), {@code L} the leap month in hexadecimal or {@code -}
 * for none, {@code BBBB} one bit per month in order, the leap month after its namesake, the first
 * month in the highest bit: 1 for a full month of 30 days (tháng đủ), 0 for 29 (tháng thiếu).
 */
class LunarMonthTableTest {

  private static final String[] YEARS_1900_TO_2199 = {
          "308096d 49-04ae 38-0a57 2850a4d 46-0d26 34-0d95 2440d55 43-056a 32-09ad 212095d",
          "40-04ae 296149b 48-0a4d 36-0d25 2551aa9 44-0b55 34-056a 22212da 41-095b 3170937",
          "50-049b 38-0a4b 275164b 46-06a5 35-06d4 23415b5 43-02b6 32-0957 222092f 40-0497",
          "2960c96 47-0d4a 36-0ea5 2550da9 44-05ad 34-02b6 233126e 41-092e 307192d 49-0c95",
          "38-0d4a 2661b4a 45-0b55 35-056a 244155b 43-025d 32-092d 212192b 40-0a95 2871695",
          "47-06ca 36-0b55 2650ab5 44-04da 33-0a5b 2330a57 42-052b 308152a 48-0e95 38-06aa",
          "27615aa 45-0ab5 35-04b6 24414ae 43-0a57 32-0526 2031d26 39-0d94 2871b54 46-0d6a",
          "36-096d 265095d 45-04ad 33-0a4d 2241a4b 41-0b25 3081aa5 48-0b54 37-0b5a 2760ada",
          "46-095b 35-049b 2441497 43-0a4b 32-0aa5 20216a5 39-06d2 28715b4 47-0ab6 36-0937",
          "265092f 45-0497 34-064b 2230d4a 40-0ea5 3080d55 49-056a 37-0aad 275126d 46-092e",
          "35-0c96 2341a95 42-0d4a 31-0da5 2120b55 39-056a 28714da 47-0a5d 37-092b 255152b",
          "44-0a95 33-0b4a 22416aa 40-0ad5 3090ab5 49-04ba 38-0a5b 2760a57 46-0527 35-0693",
          "2440e93 42-06aa 31-0ad5 21209b5 40-04b6 28614ae 47-0a4e 36-0d26 2551d26 43-0d52",
          "32-0daa 2230b6a 41-056d 30b095d 49-049d 38-0a4d 2761a4b 45-0b25 34-0b52 2351b52",
          "42-0b5a 31-055d 212095b 40-049b 2971497 47-0a4b 36-0aa5 25516a5 44-06d2 32-0ad6",
          "2230ab6 41-0537 318092e 48-0c97 38-064b 2760d4a 45-0da5 34-05aa 234156a 42-0aad",
          "32-052e 203192e 39-0c95 2871a95 47-0d4a 35-0d95 2550b55 44-056a 33-0a6d 2240a5d",
          "41-052b 308152b 49-0a93 37-0b49 26616aa 45-0ad5 35-055a 23414b6 42-0a57 32-052b",
          "2131517 39-0693 2870d53 47-06aa 36-0ad5 25505ad 44-02b6 33-0a57 2340a2e 40-0d16",
          "2981d25 48-0d52 37-0da9 2660b6a 45-056d 35-02ae 244149d 42-0a2d 31-0d15 2021a95",
          "39-0b52 2871ad2 47-0ada 37-055b 275055b 45-045b 34-0a2b 234162b 42-0a95 30916a5",
          "49-06b2 38-0ad5 2860ab6 46-0537 36-0457 2540c57 44-052b 32-0695 2130d95 40-05aa",
          "297156a 47-0a6d 37-04ae 26514ae 45-0a55 33-0d2a 2241d2a 41-0d55 31b0b55 49-056a",
          "38-096d 286095b 47-04ab 35-0a8d 2451a4b 43-0b29 32-0b55 2120ad5 40-04da 29712b6",
          "48-0957 37-049b 2651517 45-064b 34-06a9 22416a9 41-06b5 31-02b6 20112b6 38-0957",
          "286092e 46-0d16 35-0e4a 2351d52 42-0da9 32-05b5 223056d 40-02ae 297125d 48-092d",
          "37-0c95 2561a95 44-0b4a 33-0b69 2340ad9 41-055b 31a04bb 50-025b 39-092b 276152b",
          "46-0695 35-074a 24516aa 42-0ad5 32-055a 21314b7 41-0257 2970a57 48-052b 37-0695",
          "2660d95 44-05aa 33-0ab5 2340a6d 42-04ae 30-0a57 2020a4d 38-0d26 2761d2a 45-0d55",
          "35-05aa 245155a 43-095d 32-04ad 213149b 40-0a4d 2971a4b 47-0b25 36-0b54 2561ad5",
  };

  private static final List<Year> GOLDEN = decode();

  record Year(int year, LocalDate tet, int leapMonth, List<Integer> lengths) {}

  @Test
  void theGoldenTableIsContinuous() {
    assertEquals(300, GOLDEN.size());
    int leapYears = 0;
    for (int i = 0; i + 1 < GOLDEN.size(); i++) {
      Year year = GOLDEN.get(i);
      long days = year.lengths().stream().mapToLong(Integer::longValue).sum();
      assertEquals(GOLDEN.get(i + 1).tet(), year.tet().plusDays(days), "Tết after " + year.year());
      assertEquals(year.leapMonth() == 0 ? 12 : 13, year.lengths().size(), "year " + year.year());
      leapYears += year.leapMonth() == 0 ? 0 : 1;
    }
    assertEquals(110, leapYears); // 111 leap months in 300 years, the last in 2199
  }

  @Test
  void aFreshlyBuiltTableEqualsTheGoldenTable() throws ReflectiveOperationException {
    // Built here, in the test method, so that the builder's code is attributed to this test.
    Constructor<?> constructor =
        Class.forName(LunarMonthTable.class.getName() + "$Builder").getDeclaredConstructor();
    constructor.setAccessible(true);
    Object builder = constructor.newInstance();
    List<Integer> monthStart = new ArrayList<>();
    List<Integer> monthLabel = new ArrayList<>();
    int[] yearStart = new int[301];
    byte[] leapMonth = new byte[300];
    for (Year year : GOLDEN) {
      yearStart[year.year() - 1900] = monthLabel.size();
      leapMonth[year.year() - 1900] = (byte) year.leapMonth();
      long start = year.tet().toEpochDay();
      int month = 1;
      boolean leap = false;
      for (int length : year.lengths()) {
        monthStart.add(Math.toIntExact(start));
        monthLabel.add((year.year() << 5) | (month << 1) | (leap ? 1 : 0));
        start += length;
        if (!leap && month == year.leapMonth()) {
          leap = true;
        } else {
          leap = false;
          month++;
        }
      }
      if (year.year() == 2199) {
        monthStart.add(Math.toIntExact(start)); // Tết 2200
        yearStart[300] = monthLabel.size();
      }
    }
    assertArrayEquals(toArray(monthStart), (int[]) field(builder, "monthStart"), "month starts");
    assertArrayEquals(toArray(monthLabel), (int[]) field(builder, "monthLabel"), "month labels");
    assertArrayEquals(yearStart, (int[]) field(builder, "yearStart"), "first month of each year");
    assertArrayEquals(leapMonth, (byte[]) field(builder, "leapMonth"), "leap months");
  }

  @Test
  void theCalendarInUseFollowsTheGoldenTable() {
    for (Year year : GOLDEN) {
      assertEquals(year.tet(), LunarDate.of(year.year(), 1, 1, false).toLocalDate(),
          "Tết " + year.year());
      assertEquals(year.leapMonth(), LunarDate.leapMonthOf(year.year()).orElse(0),
          "leap month of " + year.year());
      LocalDate day = year.tet();
      for (int length : year.lengths()) {
        LunarDate first = LunarDate.from(day);
        assertEquals(1, first.day(), day.toString());
        assertEquals(length, first.lengthOfMonth(), day.toString());
        assertEquals(length, LunarDate.from(day.plusDays(length - 1)).day(), day.toString());
        day = day.plusDays(length);
      }
    }
    assertEquals(LocalDate.of(1900, 1, 31), LunarDate.MIN.toLocalDate());
    assertEquals(LocalDate.of(2200, 2, 14), LunarDate.MAX.toLocalDate());
    assertEquals(300 * 12 + 111, LunarMonthTable.monthCount());
    assertEquals(LocalDate.of(1900, 1, 31).toEpochDay(), LunarMonthTable.firstDay());
    assertEquals(LocalDate.of(2200, 2, 14).toEpochDay(), LunarMonthTable.lastDay());
    Year last = GOLDEN.get(GOLDEN.size() - 1);
    long days = last.lengths().stream().mapToLong(Integer::longValue).sum();
    // Tết 2200 is the first day after the table.
    assertEquals(LocalDate.of(2200, 2, 15), last.tet().plusDays(days));
  }

  @Test
  void theZoneOfTheCalendarChangedOn1January1968() {
    // Decision 121/1967/QĐ-TTg: the calendar is reckoned at UTC+7 from 1968, at UTC+8 before.
    long change = LocalDate.of(1968, 1, 1).toEpochDay();
    assertEquals(7, LunarMonthTable.zoneHours(change));
    assertEquals(8, LunarMonthTable.zoneHours(change - 1));
    assertEquals(change, LunarMonthTable.FIRST_DAY_AT_UTC7);
  }

  private static Object field(Object builder, String name) throws ReflectiveOperationException {
    Field field = builder.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(builder);
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Year> decode() {
    List<Year> years = new ArrayList<>();
    int year = 1900;
    for (String line : YEARS_1900_TO_2199) {
      for (String token : line.split(" ")) {
        int offset = Integer.parseInt(token.substring(0, 2));
        int leap = token.charAt(2) == '-' ? 0 : Character.digit(token.charAt(2), 16);
        int bits = Integer.parseInt(token.substring(3), 16);
        int count = leap == 0 ? 12 : 13;
        List<Integer> lengths = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
          lengths.add((bits >> i & 1) == 1 ? 30 : 29);
        }
        years.add(new Year(year, LocalDate.of(year, 1, 1).plusDays(offset), leap, lengths));
        year++;
      }
    }
    return years;
  }
}
