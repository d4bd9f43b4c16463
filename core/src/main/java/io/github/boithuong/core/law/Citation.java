package io.github.boithuong.core.law;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A reference to a provision of a legal text: its article (Điều), and optionally its clause
 * (khoản) and point (điểm).
 *
 * <p>A citation formats itself the way each language writes it:
 *
 * <pre>
 *   Citation c = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "d");
 *   c.format(Locale.forLanguageTag("vi"));
 *   // "điểm d khoản 3 Điều 46 Luật Trách nhiệm bồi thường của Nhà nước 2017"
 *   c.format(Locale.ENGLISH);
 *   // "Art. 46(3)(d), Law on State Compensation Liability 2017"
 * </pre>
 *
 * <p>Points are lettered in the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k, …); the English
 * form writes {@code đ} as {@code dd}, as official translations do.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
@Immutable
@SuppressWarnings("exports") // Immutable is for Error Prone only
public final class Citation implements Comparable<Citation> {

  private static final Pattern POINT = Pattern.compile("[a-eg-ik-vxyđ]");

  private final LegalText text;
  private final int article;
  private final int clause;
  private final String point;

  private Citation(LegalText text, int article, int clause, String point) {
    this.text = text;
    this.article = article;
    this.clause = clause;
    this.point = point;
  }

  /**
   * Obtains a citation of a whole article.
   *
   * @param text the legal text, not null
   * @param article the article number (Điều), at least 1
   * @return the citation, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code article} is less than 1
   */
  public static Citation of(LegalText text, int article) {
    return create(text, article, 0, null);
  }

  /**
   * Obtains a citation of a clause of an article.
   *
   * @param text the legal text, not null
   * @param article the article number (Điều), at least 1
   * @param clause the clause number (khoản), at least 1
   * @return the citation, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code article} or {@code clause} is less than 1
   */
  public static Citation of(LegalText text, int article, int clause) {
    if (clause < 1) {
      throw new IllegalArgumentException("clause must be at least 1, but was " + clause);
    }
    return create(text, article, clause, null);
  }

  /**
   * Obtains a citation of a point of a clause.
   *
   * @param text the legal text, not null
   * @param article the article number (Điều), at least 1
   * @param clause the clause number (khoản), at least 1
   * @param point the point (điểm), one lower-case letter of the Vietnamese alphabet such as
   *     {@code "a"} or {@code "đ"}, not null
   * @return the citation, not null
   * @throws NullPointerException if {@code text} or {@code point} is null
   * @throws IllegalArgumentException if {@code article} or {@code clause} is less than 1, or
   *     {@code point} is not a letter used for points
   */
  public static Citation of(LegalText text, int article, int clause, String point) {
    Objects.requireNonNull(point, "point");
    if (clause < 1) {
      throw new IllegalArgumentException("clause must be at least 1, but was " + clause);
    }
    if (!POINT.matcher(point).matches()) {
      throw new IllegalArgumentException(
          "point must be one letter of the Vietnamese alphabet (a, b, c, d, đ, e, g, …), but was '"
              + point
              + "'");
    }
    return create(text, article, clause, point);
  }

  private static Citation create(LegalText text, int article, int clause, String point) {
    Objects.requireNonNull(text, "text");
    if (article < 1) {
      throw new IllegalArgumentException("article must be at least 1, but was " + article);
    }
    return new Citation(text, article, clause, point);
  }

  /**
   * Gets the legal text cited.
   *
   * @return the text, not null
   */
  public LegalText text() {
    return text;
  }

  /**
   * Gets the article number (Điều).
   *
   * @return the article, at least 1
   */
  public int article() {
    return article;
  }

  /**
   * Gets the clause number (khoản), if the citation names one.
   *
   * @return the clause, empty for a whole article
   */
  public OptionalInt clause() {
    return clause == 0 ? OptionalInt.empty() : OptionalInt.of(clause);
  }

  /**
   * Gets the point (điểm), if the citation names one.
   *
   * @return the point letter, empty if none
   */
  public Optional<String> point() {
    return Optional.ofNullable(point);
  }

  /**
   * Formats the citation with the full name of the text, in the language of the locale.
   *
   * @param locale the locale: Vietnamese for {@code vi}, English otherwise; not null
   * @return e.g. "điểm d khoản 3 Điều 46 Luật Trách nhiệm bồi thường của Nhà nước 2017" or "Art.
   *     46(3)(d), Law on State Compensation Liability 2017", not null
   */
  public String format(Locale locale) {
    return provision(locale) + separator(locale) + text.name(locale);
  }

  /**
   * Formats the citation with the short name of the text, e.g. "điểm d khoản 3 Điều 46 Luật
   * TNBTCNN 2017".
   *
   * @param locale the locale: Vietnamese for {@code vi}, English otherwise; not null
   * @return the short citation, not null
   */
  public String formatShort(Locale locale) {
    return provision(locale) + separator(locale) + text.shortName(locale);
  }

  private static String separator(Locale locale) {
    return Texts.isVietnamese(locale) ? " " : ", ";
  }

  private String provision(Locale locale) {
    StringBuilder buf = new StringBuilder();
    if (Texts.isVietnamese(locale)) {
      if (point != null) {
        buf.append("điểm ").append(point).append(' ');
      }
      if (clause != 0) {
        buf.append("khoản ").append(clause).append(' ');
      }
      buf.append("Điều ").append(article);
    } else {
      buf.append("Art. ").append(article);
      if (clause != 0) {
        buf.append('(').append(clause).append(')');
      }
      if (point != null) {
        buf.append('(').append("đ".equals(point) ? "dd" : point).append(')');
      }
    }
    return buf.toString();
  }

  /**
   * Compares by text number, then article, clause and point.
   *
   * @param other the other citation, not null
   * @return the comparator value
   */
  @Override
  public int compareTo(Citation other) {
    int cmp = text.number().compareTo(other.text.number());
    if (cmp == 0) {
      cmp = Integer.compare(article, other.article);
    }
    if (cmp == 0) {
      cmp = Integer.compare(clause, other.clause);
    }
    if (cmp == 0) {
      cmp = Objects.toString(point, "").compareTo(Objects.toString(other.point, ""));
    }
    return cmp;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Citation other)) {
      return false;
    }
    return text.equals(other.text)
        && article == other.article
        && clause == other.clause
        && Objects.equals(point, other.point);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, article, clause, point);
  }

  /**
   * Returns the short Vietnamese form, e.g. "điểm d khoản 3 Điều 46 Luật TNBTCNN 2017".
   *
   * @return the citation, not null
   */
  @Override
  public String toString() {
    return formatShort(Locale.forLanguageTag("vi"));
  }
}
