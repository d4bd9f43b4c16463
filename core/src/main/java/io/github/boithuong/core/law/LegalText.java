package io.github.boithuong.core.law;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Objects;

/**
 * A legal text (văn bản quy phạm pháp luật) that a {@link Citation} points into: a law, a code, a
 * decree, a circular or a decision.
 *
 * <p>The texts that boithuong itself relies on are constants of this class. Integrators can cite
 * other texts (a provincial coordination regulation, for example) through {@link #of}.
 *
 * <p>This class is immutable and thread-safe. It is a value type: compare with {@code equals}.
 */
@Immutable
@SuppressWarnings("exports") // Immutable is for Error Prone only
public final class LegalText {

  /**
   * Luật Trách nhiệm bồi thường của Nhà nước, No. 10/2017/QH14 of 20/06/2017, in force 01/07/2018.
   */
  public static final LegalText STATE_COMPENSATION_LAW_2017 =
      new LegalText(
          "10/2017/QH14",
          "Luật Trách nhiệm bồi thường của Nhà nước 2017",
          "Luật TNBTCNN 2017",
          "Law on State Compensation Liability 2017",
          "Law on State Compensation Liability 2017");

  /**
   * Nghị định 68/2018/NĐ-CP of 15/05/2018 detailing the Law on State Compensation Liability, in
   * force 01/07/2018.
   */
  public static final LegalText DECREE_68_2018 =
      new LegalText(
          "68/2018/NĐ-CP",
          "Nghị định 68/2018/NĐ-CP",
          "Nghị định 68/2018/NĐ-CP",
          "Decree 68/2018/ND-CP",
          "Decree 68/2018/ND-CP");

  /** Thông tư 04/2018/TT-BTP of the Ministry of Justice (forms for state compensation). */
  public static final LegalText CIRCULAR_04_2018 =
      new LegalText(
          "04/2018/TT-BTP",
          "Thông tư 04/2018/TT-BTP",
          "Thông tư 04/2018/TT-BTP",
          "Circular 04/2018/TT-BTP",
          "Circular 04/2018/TT-BTP");

  /** Thông tư 08/2019/TT-BTP of the Ministry of Justice (state management of compensation). */
  public static final LegalText CIRCULAR_08_2019 =
      new LegalText(
          "08/2019/TT-BTP",
          "Thông tư 08/2019/TT-BTP",
          "Thông tư 08/2019/TT-BTP",
          "Circular 08/2019/TT-BTP",
          "Circular 08/2019/TT-BTP");

  /** Bộ luật Dân sự 2015, No. 91/2015/QH13, in force 01/01/2017 (time limits: Điều 144–157). */
  public static final LegalText CIVIL_CODE_2015 =
      new LegalText(
          "91/2015/QH13",
          "Bộ luật Dân sự 2015",
          "BLDS 2015",
          "Civil Code 2015",
          "Civil Code 2015");

  /** Bộ luật Lao động 1994 of 23/06/1994, in force 01/01/1995 (holidays: Điều 73). */
  public static final LegalText LABOUR_CODE_1994 =
      new LegalText(
          "BLLĐ 1994",
          "Bộ luật Lao động 1994",
          "BLLĐ 1994",
          "Labour Code 1994",
          "Labour Code 1994");

  /**
   * Luật 84/2007/QH11 of 02/04/2007 amending Điều 73 of the Labour Code 1994 (adds Giỗ Tổ Hùng
   * Vương), in force on promulgation.
   */
  public static final LegalText LAW_84_2007 =
      new LegalText(
          "84/2007/QH11",
          "Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động (84/2007/QH11)",
          "Luật 84/2007/QH11",
          "Law amending Article 73 of the Labour Code (84/2007/QH11)",
          "Law 84/2007/QH11");

  /** Bộ luật Lao động 2012, No. 10/2012/QH13, in force 01/05/2013 (holidays: Điều 115). */
  public static final LegalText LABOUR_CODE_2012 =
      new LegalText(
          "10/2012/QH13",
          "Bộ luật Lao động 2012",
          "BLLĐ 2012",
          "Labour Code 2012",
          "Labour Code 2012");

  /**
   * Bộ luật Lao động 2019, No. 45/2019/QH14, in force 01/01/2021 (weekly rest: Điều 111; holidays:
   * Điều 112).
   */
  public static final LegalText LABOUR_CODE_2019 =
      new LegalText(
          "45/2019/QH14",
          "Bộ luật Lao động 2019",
          "BLLĐ 2019",
          "Labour Code 2019",
          "Labour Code 2019");

  /**
   * Quyết định 188/1999/QĐ-TTg of 17/09/1999 on the 40-hour week: Saturday and Sunday are the weekly
   * rest of state agencies.
   */
  public static final LegalText DECISION_188_1999 =
      new LegalText(
          "188/1999/QĐ-TTg",
          "Quyết định 188/1999/QĐ-TTg",
          "Quyết định 188/1999/QĐ-TTg",
          "Decision 188/1999/QD-TTg",
          "Decision 188/1999/QD-TTg");

  private final String number;
  private final String vietnameseName;
  private final String vietnameseShortName;
  private final String englishName;
  private final String englishShortName;

  private LegalText(
      String number,
      String vietnameseName,
      String vietnameseShortName,
      String englishName,
      String englishShortName) {
    this.number = number;
    this.vietnameseName = vietnameseName;
    this.vietnameseShortName = vietnameseShortName;
    this.englishName = englishName;
    this.englishShortName = englishShortName;
  }

  /**
   * Obtains a legal text that is not one of the constants.
   *
   * @param number the official number, e.g. {@code "15/2024/QĐ-UBND"}, not blank
   * @param vietnameseName the full Vietnamese name, not blank
   * @param vietnameseShortName the short Vietnamese name used in compact citations, not blank
   * @param englishName the full English name, not blank
   * @param englishShortName the short English name, not blank
   * @return the legal text, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if any argument is blank
   */
  public static LegalText of(
      String number,
      String vietnameseName,
      String vietnameseShortName,
      String englishName,
      String englishShortName) {
    return new LegalText(
        requireText(number, "number"),
        requireText(vietnameseName, "vietnameseName"),
        requireText(vietnameseShortName, "vietnameseShortName"),
        requireText(englishName, "englishName"),
        requireText(englishShortName, "englishShortName"));
  }

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Gets the official number of the text, e.g. {@code "10/2017/QH14"}.
   *
   * @return the number, not null
   */
  public String number() {
    return number;
  }

  /**
   * Gets the full name in the language of the locale: Vietnamese for a locale whose language is
   * {@code vi}, English otherwise.
   *
   * @param locale the locale, not null
   * @return the name, not null
   */
  public String name(Locale locale) {
    return Texts.isVietnamese(locale) ? vietnameseName : englishName;
  }

  /**
   * Gets the short name in the language of the locale, e.g. "Luật TNBTCNN 2017".
   *
   * @param locale the locale, not null
   * @return the short name, not null
   */
  public String shortName(Locale locale) {
    return Texts.isVietnamese(locale) ? vietnameseShortName : englishShortName;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof LegalText other
        && number.equals(other.number)
        && vietnameseName.equals(other.vietnameseName);
  }

  @Override
  public int hashCode() {
    return number.hashCode() * 31 + vietnameseName.hashCode();
  }

  /**
   * Returns the Vietnamese full name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return vietnameseName;
  }
}
