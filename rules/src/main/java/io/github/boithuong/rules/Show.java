package io.github.boithuong.rules;

import io.github.boithuong.core.law.BilingualText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How facts are shown in messages: dates as each language writes them. */
final class Show {
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final Locale VI = Locale.forLanguageTag("vi");

  private Show() {}

  static BilingualText date(LocalDate date) {
    return BilingualText.of(VN.format(date), date.toString());
  }

  static BilingualText text(String vietnamese, String english) {
    return BilingualText.of(vietnamese, english);
  }
}
