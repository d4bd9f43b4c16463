package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Explanation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Repayment of the recourse amount by monthly deductions from the official's salary income (trừ
 * dần vào thu nhập từ tiền lương hằng tháng, Luật TNBTCNN 2017 Điều 68.2): at least 10% and at
 * most 30% of the monthly salary income, the rate being fixed in the recourse decision (Điều 68.1).
 *
 * <pre>
 *   SalaryDeduction.plan(Vnd.of(27_378_000), Vnd.of(8_000_000), Vnd.of(2_000_000))
 *       .get().instalments();   // 14 (13 × 2,000,000 + 1,378,000)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SalaryDeduction {

  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
  private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.30");

  private final Vnd amountToRepay;
  private final Vnd monthlyIncome;
  private final Vnd monthlyDeduction;
  private final Explanation explanation;

  private SalaryDeduction(
      Vnd amountToRepay, Vnd monthlyIncome, Vnd monthlyDeduction, Explanation explanation) {
    this.amountToRepay = amountToRepay;
    this.monthlyIncome = monthlyIncome;
    this.monthlyDeduction = monthlyDeduction;
    this.explanation = explanation;
  }

  /**
   * Gets the smallest monthly deduction: 10% of the monthly salary income, rounded up to the đồng
   * ("tối thiểu là 10%").
   *
   * @param monthlyIncome the official's monthly salary income, positive, not null
   * @return the minimum, not null
   * @throws NullPointerException if {@code monthlyIncome} is null
   * @throws IllegalArgumentException if {@code monthlyIncome} is not positive
   */
  public static Vnd minimum(Vnd monthlyIncome) {
    return Amounts.up(Amounts.exact(requireIncome(monthlyIncome)).multiply(TEN_PERCENT));
  }

  /**
   * Gets the largest monthly deduction: 30% of the monthly salary income, rounded down to the đồng
   * ("tối đa là 30%").
   *
   * @param monthlyIncome the official's monthly salary income, positive, not null
   * @return the maximum, not null
   * @throws NullPointerException if {@code monthlyIncome} is null
   * @throws IllegalArgumentException if {@code monthlyIncome} is not positive
   */
  public static Vnd maximum(Vnd monthlyIncome) {
    return Amounts.down(Amounts.exact(requireIncome(monthlyIncome)).multiply(THIRTY_PERCENT));
  }

  private static Vnd requireIncome(Vnd monthlyIncome) {
    Objects.requireNonNull(monthlyIncome, "monthlyIncome");
    if (monthlyIncome.amount() <= 0) {
      throw new IllegalArgumentException("monthlyIncome must be positive, but was " + monthlyIncome);
    }
    return monthlyIncome;
  }

  /**
   * Plans the deductions for a chosen monthly amount.
   *
   * @param amountToRepay the amount to repay, positive, not null
   * @param monthlyIncome the official's monthly salary income, positive, not null
   * @param monthlyDeduction the monthly deduction chosen in the recourse decision, not null
   * @return the plan, or {@link MoneyProblem.Code#DEDUCTION_OUT_OF_LIMITS} if the deduction is
   *     outside 10–30% of the income; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amountToRepay} or {@code monthlyIncome} is not
   *     positive
   */
  public static Validation<Seq<MoneyProblem>, SalaryDeduction> plan(
      Vnd amountToRepay, Vnd monthlyIncome, Vnd monthlyDeduction) {
    Objects.requireNonNull(amountToRepay, "amountToRepay");
    Objects.requireNonNull(monthlyDeduction, "monthlyDeduction");
    if (amountToRepay.amount() <= 0) {
      throw new IllegalArgumentException("amountToRepay must be positive, but was " + amountToRepay);
    }
    Vnd min = minimum(monthlyIncome);
    Vnd max = maximum(monthlyIncome);
    if (monthlyDeduction.compareTo(min) < 0 || monthlyDeduction.compareTo(max) > 0) {
      return Validation.invalid(io.vavr.collection.List.of(MoneyProblem.of(
          MoneyProblem.Code.DEDUCTION_OUT_OF_LIMITS,
          "Mức trừ hằng tháng " + Amounts.money(monthlyDeduction, true) + " phải từ "
              + Amounts.money(min, true) + " (10%) đến " + Amounts.money(max, true)
              + " (30%) thu nhập từ tiền lương hằng tháng " + Amounts.money(monthlyIncome, true),
          "The monthly deduction " + Amounts.money(monthlyDeduction, false) + " must be from "
              + Amounts.money(min, false) + " (10%) to " + Amounts.money(max, false)
              + " (30%) of the monthly salary income " + Amounts.money(monthlyIncome, false),
          Provisions.law(68, 2))));
    }
    SalaryDeduction plan = new SalaryDeduction(amountToRepay, monthlyIncome, monthlyDeduction, null);
    Explanation e = Explanation.of(BilingualText.of(
        "Trừ dần vào lương: " + Amounts.money(monthlyDeduction, true) + "/tháng (từ "
            + Amounts.money(min, true) + " đến " + Amounts.money(max, true) + "), "
            + plan.instalments() + " lần, lần cuối " + Amounts.money(plan.lastInstalment(), true),
        "Salary deductions: " + Amounts.money(monthlyDeduction, false) + "/month (from "
            + Amounts.money(min, false) + " to " + Amounts.money(max, false) + "), "
            + plan.instalments() + " instalments, the last " + Amounts.money(plan.lastInstalment(), false)),
        List.of(Provisions.law(68, 1), Provisions.law(68, 2)));
    return Validation.valid(new SalaryDeduction(amountToRepay, monthlyIncome, monthlyDeduction, e));
  }

  /**
   * Gets the amount to repay.
   *
   * @return the amount, not null
   */
  public Vnd amountToRepay() {
    return amountToRepay;
  }

  /**
   * Gets the monthly salary income.
   *
   * @return the income, not null
   */
  public Vnd monthlyIncome() {
    return monthlyIncome;
  }

  /**
   * Gets the monthly deduction.
   *
   * @return the deduction, not null
   */
  public Vnd monthlyDeduction() {
    return monthlyDeduction;
  }

  /**
   * Gets the number of monthly deductions needed.
   *
   * @return the number, at least 1
   */
  public long instalments() {
    long d = monthlyDeduction.amount();
    return (amountToRepay.amount() + d - 1) / d;
  }

  /**
   * Gets the last deduction, which may be smaller than the others.
   *
   * @return the amount, positive, not null
   */
  public Vnd lastInstalment() {
    long rest = amountToRepay.amount() % monthlyDeduction.amount();
    return rest == 0 ? monthlyDeduction : Vnd.of(rest);
  }

  /**
   * Explains the plan.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return explanation;
  }

  /**
   * Returns e.g. {@code "SalaryDeduction[2000000 VND x 14]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "SalaryDeduction[" + monthlyDeduction + " x " + instalments() + "]";
  }
}
