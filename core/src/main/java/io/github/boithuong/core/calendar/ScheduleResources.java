package io.github.boithuong.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled schedules and the integrators' schedule files from the classpath. */
final class ScheduleResources {

  /** The extension path, in the Joda-Money manner: outside any package, readable on the module path. */
  static final String EXTENSION_PREFIX = "META-INF/boithuong/holidays/vn-";

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleResources.class);
  private static final String BUNDLED_INDEX = "holidays/index.txt";

  private ScheduleResources() {}

  /** The schedules shipped with the library, listed in {@code holidays/index.txt}. */
  static Map<Integer, HolidaySchedule> bundled() {
    String index = read(WorkingCalendar.class.getResourceAsStream(BUNDLED_INDEX), BUNDLED_INDEX);
    Map<Integer, HolidaySchedule> result = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String line : index.lines().toList()) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String path = "holidays/" + name;
      InputStream in = WorkingCalendar.class.getResourceAsStream(path);
      if (in == null) {
        problems.add(BUNDLED_INDEX + " lists " + name + ", which is missing");
        continue;
      }
      HolidaySchedule schedule = HolidaySchedule.parse(read(in, path), name);
      if (result.putIfAbsent(schedule.year(), schedule) != null) {
        problems.add(name + ": a second bundled schedule for " + schedule.year());
      }
    }
    if (!problems.isEmpty()) {
      throw new ScheduleFormatException(BUNDLED_INDEX, problems);
    }
    return result;
  }

  /** The schedules found at {@code META-INF/boithuong/holidays/vn-YYYY.txt} on the classpath. */
  static Map<Integer, HolidaySchedule> extensions(ClassLoader loader) {
    Map<Integer, HolidaySchedule> result = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (int year = WorkingCalendar.MIN_YEAR; year <= WorkingCalendar.MAX_YEAR; year++) {
      String name = EXTENSION_PREFIX + year + ".txt";
      Enumeration<URL> urls;
      try {
        urls = loader.getResources(name);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot look up " + name, ex);
      }
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        HolidaySchedule schedule;
        try {
          schedule = HolidaySchedule.parse(read(url.openStream(), url.toString()), url.toString());
        } catch (IOException ex) {
          throw new UncheckedIOException("cannot read " + url, ex);
        }
        if (schedule.year() != year) {
          problems.add(url + " states year " + schedule.year() + " but is named for " + year);
          continue;
        }
        HolidaySchedule previous = result.putIfAbsent(year, schedule);
        if (previous != null && !previous.equals(schedule)) {
          problems.add(
              "two different schedules for " + year + ": " + previous.origin() + " and " + url);
        }
        LOG.debug("Holiday schedule {} loaded from {}", year, url);
      }
    }
    if (!problems.isEmpty()) {
      throw new ScheduleFormatException(EXTENSION_PREFIX + "*.txt", problems);
    }
    return result;
  }

  private static String read(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (InputStream stream = in) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + name, ex);
    }
  }
}
