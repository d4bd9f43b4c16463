package io.github.boithuong.core.money;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly salary of the official who caused the damage, the unit of the recourse amount
 * ("tháng lương", Luật TNBTCNN 2017 Điều 65.2): the base salary times the coefficient of the
 * official's grade and step (hệ số theo ngạch, bậc) at the time of the recourse decision, or just
 * before the official left the state agency (Nghị định 68/2018/NĐ-CP Điều 26.1).
 *
 * <pre>
 *   OfficialSalary s = OfficialSalary.atRecourseDecision(new BigDecimal("2.34"),
 *       LocalDate.of(2024, 9, 10), LegalParameters.vietnam());
 *   s.monthly();   // 5475600 (2,340,000 × 2.34), exact
 * </pre>
 *
 * <p>The salary is exact (a {@link BigDecimal} of đồng, not rounded): amounts in months of it are
 * rounded once, where they are used.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class OfficialSalary {

  private final BigDecimal monthly;
  private final BigDecimal coefficient;
  private final ParameterValue baseSalary;
  private final LocalDate date;
  private final Explanation explanation;

  private OfficialSalary(BigDecimal monthly, BigDecimal coefficient, ParameterValue baseSalary,
      LocalDate date, Explanation explanation) {
    this.monthly = monthly;
    this.coefficient = coefficient;
    this.baseSalary = baseSalary;
    this.date = date;
    this.explanation = explanation;
  }

  /**
   * Obtains the salary of an official still in service: base salary × grade coefficient on the
   * day of the recourse decision (Nghị định 68/2018/NĐ-CP Điều 26.1, first paragraph).
   *
   * @param gradeCoefficient the coefficient of the grade and step (e.g. 2.34), positive, not null
   * @param decisionDate the date of the recourse decision (quyết định hoàn trả), not null
   * @param parameters the legal parameters, not null
   * @return the salary, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the coefficient is not positive
   * @throws ParameterException if the table has no base salary for the date (or, when strict, only
   *     an unconfirmed one)
   */
  public static OfficialSalary atRecourseDecision(
      BigDecimal gradeCoefficient, LocalDate decisionDate, LegalParameters parameters) {
    return fromGrade(gradeCoefficient, decisionDate, parameters, false);
  }

  /**
   * Obtains the salary of an official who had left the state agency when the recourse decision
   * was made: base salary × grade coefficient just before leaving (Nghị định 68/2018/NĐ-CP Điều
   * 26.1, second paragraph).
   *
   * @param gradeCoefficient the coefficient of the grade and step held before leaving, positive,
   *     not null
   * @param lastDayInService the last day the official worked at the state agency, not null
   * @param parameters the legal parameters, not null
   * @return the salary, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the coefficient is not positive
   * @throws ParameterException if the table has no base salary for the date (or, when strict, only
   *     an unconfirmed one)
   */
  public static OfficialSalary beforeLeavingService(
      BigDecimal gradeCoefficient, LocalDate lastDayInService, LegalParameters parameters) {
    return fromGrade(gradeCoefficient, lastDayInService, parameters, true);
  }

  /**
   * Obtains a salary stated by the caller, for an official outside the grade scale (a person the
   * State assigned a task, Điều 3.2). The law gives no formula for such a person: the caller states
   * the monthly salary and why.
   *
   * @param monthly the monthly salary in đồng, positive, not null
   * @param basis why this is the salary, in both languages, not null
   * @return the salary, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code monthly} is not positive
   */
  public static OfficialSalary stated(BigDecimal monthly, BilingualText basis) {
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(basis, "basis");
    if (monthly.signum() <= 0) {
      throw new IllegalArgumentException("monthly must be positive, but was " + monthly);
    }
    Explanation e = Explanation.of(BilingualText.of(
        "Lương tháng do người sử dụng cung cấp: " + Amounts.money(monthly, true) + " ("
            + basis.vietnamese() + ")",
        "Monthly salary stated by the caller: " + Amounts.money(monthly, false) + " ("
            + basis.english() + ")"), List.of(Provisions.decree(26, 1)));
    return new OfficialSalary(monthly, null, null, null, e);
  }

  private static OfficialSalary fromGrade(BigDecimal coefficient, LocalDate date,
      LegalParameters parameters, boolean leftService) {
    Objects.requireNonNull(coefficient, "gradeCoefficient");
    Objects.requireNonNull(date, leftService ? "lastDayInService" : "decisionDate");
    Objects.requireNonNull(parameters, "parameters");
    if (coefficient.signum() <= 0) {
      throw new IllegalArgumentException("gradeCoefficient must be positive, but was " + coefficient);
    }
    ParameterValue base = parameters.value(LegalParameter.BASE_SALARY, date);
    BigDecimal monthly = base.value().multiply(coefficient);
    String whenVi = leftService
        ? "trước khi nghỉ việc (" + Dates.vi(date) + ")"
        : "tại thời điểm có quyết định hoàn trả (" + Dates.vi(date) + ")";
    String whenEn = leftService
        ? "before leaving the state agency (" + date + ")"
        : "at the recourse decision (" + date + ")";
    Explanation e = Explanation.of(BilingualText.of(
        "Lương để hoàn trả " + whenVi + ": " + Amounts.money(base.value(), true) + " × "
            + Amounts.number(coefficient, true) + " = " + Amounts.money(monthly, true),
        "Salary for recourse " + whenEn + ": " + Amounts.money(base.value(), false) + " × "
            + Amounts.number(coefficient, false) + " = " + Amounts.money(monthly, false)),
        List.of(Provisions.decree(26, 1)),
        List.of(Explanation.of(base.describe(), List.of())));
    return new OfficialSalary(monthly, coefficient, base, date, e);
  }

  /**
   * Gets the monthly salary, exact.
   *
   * @return the salary in đồng, positive, not null
   */
  public BigDecimal monthly() {
    return monthly;
  }

  /**
   * Gets the grade coefficient, if the salary comes from the grade scale.
   *
   * @return the coefficient, empty for a stated salary
   */
  public Optional<BigDecimal> gradeCoefficient() {
    return Optional.ofNullable(coefficient);
  }

  /**
   * Gets the base salary used, if the salary comes from the grade scale.
   *
   * @return the base salary, empty for a stated salary
   */
  public Optional<ParameterValue> baseSalary() {
    return Optional.ofNullable(baseSalary);
  }

  /**
   * Gets the date the salary was taken at, if it comes from the grade scale.
   *
   * @return the date, empty for a stated salary
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Explains how the salary was obtained.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return explanation;
  }

  /** The salary times a number of months, exact. */
  BigDecimal months(BigDecimal months) {
    return monthly.multiply(months);
  }

  Citation citation() {
    return Provisions.decree(26, 1);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OfficialSalary other
        && monthly.compareTo(other.monthly) == 0
        && Objects.equals(date, other.date)
        && explanation.equals(other.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthly.stripTrailingZeros(), date);
  }

  /**
   * Returns e.g. {@code "OfficialSalary[5475600.00]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "OfficialSalary[" + monthly.toPlainString() + "]";
  }
}
