package io.github.boithuong.core.law;

import java.util.Locale;
import java.util.Objects;

/** Language selection shared by the {@code law} package. */
final class Texts {
  private Texts() {}

  static boolean isVietnamese(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "vi".equals(locale.getLanguage());
  }
}
