package io.github.boithuong.core.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Date formatting for explanations. */
final class Dates {
  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  static String vi(LocalDate date) {
    return VI.format(date);
  }
}
