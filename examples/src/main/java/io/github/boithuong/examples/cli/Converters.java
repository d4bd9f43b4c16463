package io.github.boithuong.examples.cli;

import io.github.boithuong.core.time.ExcludedInterval;
import io.github.boithuong.core.time.LegalPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The converters of the command line's arguments: dates, periods and excluded intervals. */
final class Converters {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("(\\d{1,6})(wd|d|m|y)");
  private static final Pattern INTERVAL =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})(?:=(.+))?");

  private Converters() {}

  static LocalDate date(String text) {
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new TypeConversionException("'" + text + "' is not a valid date (expected YYYY-MM-DD)");
  }

  /** A date {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return date(value);
    }
  }

  /**
   * A period: {@code 15d} (days), {@code 5wd} (working days), {@code 3m} (months), {@code 3y}
   * (years), or {@code now} (immediately, "ngay").
   */
  static final class PeriodConverter implements ITypeConverter<LegalPeriod> {
    @Override
    public LegalPeriod convert(String value) {
      if ("now".equals(value)) {
        return LegalPeriod.immediately();
      }
      Matcher m = PERIOD.matcher(value);
      if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
        throw new TypeConversionException("'" + value + "' is not a period: expected a number of at"
            + " least 1 followed by d (days), wd (working days), m (months) or y (years), e.g. 15d,"
            + " 5wd, 3m, 3y; or now (immediately)");
      }
      int n = Integer.parseInt(m.group(1));
      return switch (m.group(2)) {
        case "wd" -> LegalPeriod.workingDays(n);
        case "d" -> LegalPeriod.days(n);
        case "m" -> LegalPeriod.months(n);
        default -> LegalPeriod.years(n);
      };
    }
  }

  /** An excluded interval {@code FROM..TO}, both days included, optionally {@code =reason}. */
  static final class IntervalConverter implements ITypeConverter<ExcludedInterval> {
    @Override
    public ExcludedInterval convert(String value) {
      Matcher m = INTERVAL.matcher(value);
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not an interval: expected"
            + " FROM..TO (YYYY-MM-DD..YYYY-MM-DD, both days included), optionally =reason");
      }
      LocalDate from = date(m.group(1));
      LocalDate to = date(m.group(2));
      if (to.isBefore(from)) {
        throw new TypeConversionException("'" + value + "': the last day " + to
            + " is before the first day " + from);
      }
      String reason = m.group(3) == null || m.group(3).isBlank()
          ? "excluded on the command line" : m.group(3);
      return ExcludedInterval.of(from, to, reason);
    }
  }
}
