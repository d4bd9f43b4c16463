package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An official who must repay (người thi hành công vụ có nghĩa vụ hoàn trả, Luật TNBTCNN 2017
 * Điều 64): the fault the recourse council found, the salary the amount is measured in and, where
 * the tier leaves a range, the amount the council chose in it (Nghị định 68/2018/NĐ-CP Điều
 * 28.6.c, 29.3).
 *
 * <pre>
 *   RecourseOfficial a = RecourseOfficial.of("Trần Văn B", Fault.INTENTIONAL, salary)
 *       .withCouncilChoiceInMonths(new BigDecimal("45"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class RecourseOfficial {

  private final String name;
  private final Fault fault;
  private final OfficialSalary salary;
  private final Vnd choice;
  private final BigDecimal choiceInMonths;

  private RecourseOfficial(
      String name, Fault fault, OfficialSalary salary, Vnd choice, BigDecimal choiceInMonths) {
    this.name = name;
    this.fault = fault;
    this.salary = salary;
    this.choice = choice;
    this.choiceInMonths = choiceInMonths;
  }

  /**
   * Obtains an official without a council choice.
   *
   * @param name the official's name, not blank
   * @param fault the fault the council found, not null
   * @param salary the monthly salary for recourse, not null
   * @return the official, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static RecourseOfficial of(String name, Fault fault, OfficialSalary salary) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new RecourseOfficial(name.strip(), Objects.requireNonNull(fault, "fault"),
        Objects.requireNonNull(salary, "salary"), null, null);
  }

  /**
   * Returns a copy with the amount the council chose within the tier's range, in đồng.
   *
   * @param amount the amount, not null
   * @return the official, not null
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public RecourseOfficial withCouncilChoice(Vnd amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, but was " + amount);
    }
    return new RecourseOfficial(name, fault, salary, amount, null);
  }

  /**
   * Returns a copy with the amount the council chose, in months of the official's salary (e.g.
   * 45): the amount is that many months of {@link #salary()}, rounded down to the đồng.
   *
   * @param months the number of months, positive, not null
   * @return the official, not null
   * @throws NullPointerException if {@code months} is null
   * @throws IllegalArgumentException if {@code months} is not positive
   */
  public RecourseOfficial withCouncilChoiceInMonths(BigDecimal months) {
    Objects.requireNonNull(months, "months");
    if (months.signum() <= 0) {
      throw new IllegalArgumentException("months must be positive, but was " + months);
    }
    return new RecourseOfficial(name, fault, salary, null, months);
  }

  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the fault.
   *
   * @return the fault, not null
   */
  public Fault fault() {
    return fault;
  }

  /**
   * Gets the salary the amount is measured in.
   *
   * @return the salary, not null
   */
  public OfficialSalary salary() {
    return salary;
  }

  /**
   * Gets the council's choice in đồng, if given in đồng.
   *
   * @return the amount, empty if none was given in đồng
   */
  public Optional<Vnd> councilChoice() {
    return Optional.ofNullable(choice);
  }

  /**
   * Gets the council's choice in months of salary, if given in months.
   *
   * @return the number of months, empty if none was given in months
   */
  public Optional<BigDecimal> councilChoiceInMonths() {
    return Optional.ofNullable(choiceInMonths);
  }

  /** The council's choice in đồng, whichever way it was given. */
  Optional<Vnd> choiceAmount() {
    if (choice != null) {
      return Optional.of(choice);
    }
    return choiceInMonths == null
        ? Optional.empty() : Optional.of(Amounts.down(salary.months(choiceInMonths)));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RecourseOfficial o)) {
      return false;
    }
    return name.equals(o.name) && fault == o.fault && salary.equals(o.salary)
        && Objects.equals(choice, o.choice) && Objects.equals(choiceInMonths, o.choiceInMonths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, fault, salary, choice, choiceInMonths);
  }

  /**
   * Returns e.g. {@code "RecourseOfficial[Trần Văn B, INTENTIONAL]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "RecourseOfficial[" + name + ", " + fault + "]";
  }
}
