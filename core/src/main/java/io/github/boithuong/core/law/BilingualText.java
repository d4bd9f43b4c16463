package io.github.boithuong.core.law;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Objects;

/**
 * A short text available in Vietnamese and in English, the two languages every explanation of
 * boithuong is given in.
 *
 * <p>A locale whose language is {@code vi} selects the Vietnamese text; any other locale selects
 * the English one.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
@Immutable
@SuppressWarnings("exports") // Immutable is for Error Prone only
public final class BilingualText {

  private final String vietnamese;
  private final String english;

  private BilingualText(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * Obtains a text from its Vietnamese and English versions.
   *
   * @param vietnamese the Vietnamese text, with full diacritics, not blank
   * @param english the English text, not blank
   * @return the text, not null
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if either argument is blank
   */
  public static BilingualText of(String vietnamese, String english) {
    return new BilingualText(
        LegalText.requireText(vietnamese, "vietnamese"), LegalText.requireText(english, "english"));
  }

  /**
   * Gets the text in the language of the locale.
   *
   * @param locale the locale, not null
   * @return the Vietnamese text for a {@code vi} locale, the English text otherwise, not null
   */
  public String in(Locale locale) {
    return Texts.isVietnamese(locale) ? vietnamese : english;
  }

  /**
   * Gets the Vietnamese text.
   *
   * @return the text, not null
   */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Gets the English text.
   *
   * @return the text, not null
   */
  public String english() {
    return english;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BilingualText other
        && vietnamese.equals(other.vietnamese)
        && english.equals(other.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vietnamese, english);
  }

  /**
   * Returns the Vietnamese text.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return vietnamese;
  }
}
