package io.github.boithuong.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.boithuong.core.calendar.ScheduleEntry;
import io.github.boithuong.core.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * The libraries boithuong is compared with, set up as fairly as they allow.
 *
 * <ul>
 *   <li>jollyday 2.19.0, its own Vietnam calendar ({@code HolidayCalendar.VIETNAM}). Its data has
 *       only the solar holidays (01/01, 30/04, 01/05, 02/09 and 24/11 every year): no Tết, no Giỗ
 *       Tổ, no adjacent day of 02/09, no compensatory or swapped day, no make-up Saturday. It is
 *       measured as it ships; its answers are wrong for Vietnam's civil service around Tết.
 *   <li>ObjectLab Kit 1.4.8 ({@code datecalc-jdk8}), with a {@code DefaultHolidayCalendar} built
 *       from the same official schedules 2018–2026 that boithuong bundles: every entry of {@code
 *       WorkingCalendar.schedule(year)} whose kind is a day off (holidays, compensatory days, swapped
 *       days), bounded 01/01/2018–31/12/2026, Saturday and Sunday as its weekend. ObjectLab cannot
 *       express a make-up working Saturday (its working week is per day of week, its calendar only
 *       adds days off), so on those few Saturdays its answer differs; the cost is unaffected.
 * </ul>
 */
final class Competitors {

  /** The range of the official schedules, and of the ObjectLab calendar. */
  static final LocalDate FIRST_OFFICIAL = LocalDate.of(2018, 1, 1);
  static final LocalDate LAST_OFFICIAL = LocalDate.of(2026, 12, 31);
  static final String OBJECTLAB_NAME = "VN-CIVIL-SERVICE";

  private Competitors() {}

  static HolidayManager jollyday() {
    return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.VIETNAM));
  }

  /** The days off of the official schedules 2018–2026, as ObjectLab holidays. */
  static Set<LocalDate> officialDaysOff(WorkingCalendar calendar) {
    Set<LocalDate> days = new HashSet<>();
    for (int year = FIRST_OFFICIAL.getYear(); year <= LAST_OFFICIAL.getYear(); year++) {
      for (ScheduleEntry e : calendar.schedule(year).entries()) {
        if (e.kind().isDayOff()) {
          days.add(e.date());
        }
      }
    }
    return days;
  }

  /** A factory with the official calendar registered; {@code getDateCalculator} gives fresh ones. */
  static LocalDateKitCalculatorsFactory objectLab(WorkingCalendar calendar) {
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(OBJECTLAB_NAME,
        new DefaultHolidayCalendar<>(officialDaysOff(calendar), FIRST_OFFICIAL, LAST_OFFICIAL));
    return factory;
  }

  static DateCalculator<LocalDate> objectLabCalculator(LocalDateKitCalculatorsFactory factory) {
    return factory.getDateCalculator(OBJECTLAB_NAME, HolidayHandlerType.FORWARD);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /**
   * What a user of jollyday writes to add working days: step one day at a time, skipping weekends
   * and jollyday's holidays; the start day is not counted (as Civil Code 2015 Điều 147 counts).
   */
  static LocalDate jollydayPlusWorkingDays(HolidayManager manager, LocalDate from, int n) {
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (!isWeekend(d) && !manager.isHoliday(d)) {
        left--;
      }
    }
    return d;
  }
}
