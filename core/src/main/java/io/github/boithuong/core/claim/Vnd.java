package io.github.boithuong.core.claim;

import java.util.Locale;

/**
 * An amount of Vietnamese đồng (VND), exact: a whole number of đồng, never a floating-point value.
 *
 * <p>Amounts may be negative so that a case carrying one can be reported by validation instead of
 * failing on construction; arithmetic throws {@link ArithmeticException} on overflow.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class Vnd implements Comparable<Vnd> {

  /** Zero đồng. */
  public static final Vnd ZERO = new Vnd(0);

  private final long amount;

  private Vnd(long amount) {
    this.amount = amount;
  }

  /**
   * Obtains an amount.
   *
   * @param amount the number of đồng
   * @return the amount, not null
   */
  public static Vnd of(long amount) {
    return amount == 0 ? ZERO : new Vnd(amount);
  }

  /**
   * Gets the number of đồng.
   *
   * @return the amount
   */
  public long amount() {
    return amount;
  }

  /**
   * Adds another amount.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Vnd plus(Vnd other) {
    return of(Math.addExact(amount, other.amount));
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * Formats the amount as an official writes it: "5.000.000.000 đồng" in Vietnamese, "VND
   * 5,000,000,000" in English.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, not null
   */
  public String format(Locale locale) {
    String digits = String.format(Locale.ROOT, "%,d", amount);
    return "vi".equals(locale.getLanguage())
        ? digits.replace(',', '.') + " đồng"
        : "VND " + digits;
  }

  @Override
  public int compareTo(Vnd other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Vnd other && other.amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * Returns e.g. {@code "5000000000 VND"}.
   *
   * @return the amount, not null
   */
  @Override
  public String toString() {
    return amount + " VND";
  }
}
