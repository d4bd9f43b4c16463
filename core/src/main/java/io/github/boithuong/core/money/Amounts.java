package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Exact arithmetic and the rounding rules of the package (docs/interpretations.md, M1): values are
 * exact {@link BigDecimal}s and each figure is rounded once, to whole đồng.
 */
final class Amounts {
  private Amounts() {}

  static final BigDecimal HALF = new BigDecimal("0.5");

  static BigDecimal exact(Vnd amount) {
    return BigDecimal.valueOf(amount.amount());
  }

  /** Rounds toward zero: for amounts that the law caps ("tối đa", "không quá"). */
  static Vnd down(BigDecimal value) {
    return Vnd.of(value.setScale(0, RoundingMode.DOWN).longValueExact());
  }

  /** Rounds up: for amounts that the law sets as a floor ("không dưới", "tối thiểu"). */
  static Vnd up(BigDecimal value) {
    return Vnd.of(value.setScale(0, RoundingMode.CEILING).longValueExact());
  }

  /** Rounds to the nearest đồng, halves up: for compensation the law fixes exactly. */
  static Vnd halfUp(BigDecimal value) {
    return Vnd.of(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** Whether a value has no fractional part. */
  static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** Formats an amount in both languages: "2.340.000 đồng" / "VND 2,340,000". */
  static BilingualText money(Vnd amount) {
    return BilingualText.of(amount.format(Locale.forLanguageTag("vi")), amount.format(Locale.ENGLISH));
  }

  static String money(Vnd amount, boolean vietnamese) {
    return amount.format(vietnamese ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
  }

  /** Formats an exact value of đồng, with up to 4 decimals if it is not whole. */
  static String money(BigDecimal amount, boolean vietnamese) {
    String digits = number(amount, vietnamese);
    return vietnamese ? digits + " đồng" : "VND " + digits;
  }

  /** Formats a number with grouping, up to 4 decimals (more are rounded half up for display). */
  static String number(BigDecimal value, boolean vietnamese) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(vietnamese ? '.' : ',');
    symbols.setDecimalSeparator(vietnamese ? ',' : '.');
    DecimalFormat format = new DecimalFormat("#,##0.####", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** Formats a number in both languages. */
  static BilingualText number(BigDecimal value) {
    return BilingualText.of(number(value, true), number(value, false));
  }
}
