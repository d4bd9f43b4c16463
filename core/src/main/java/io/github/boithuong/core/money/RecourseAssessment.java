package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recourse amounts (mức hoàn trả) of the officials who caused the damage, as the recourse
 * council recommends them and the head decides (Luật TNBTCNN 2017 Điều 64–66; Nghị định
 * 68/2018/NĐ-CP Điều 26).
 *
 * <p>For each official, the amount on the whole amount paid follows the fault and the tier of
 * Điều 65.2 and Nghị định 68/2018 Điều 26.2–26.3. A tier that fixes the amount gives it; a tier
 * that gives a range (intentional fault, 60 to 100 months' salary paid) gives the range, and the
 * council's choice is required ({@link RecourseOfficial#withCouncilChoice}): the library never
 * picks a number in it. With several officials, the amounts are split as {@link SplitReading}
 * says, the total never exceeding the amount paid (Điều 65.3; Nghị định 68/2018 Điều 26.4).
 *
 * <pre>
 *   RecourseAssessment a = RecourseAssessment.of(Vnd.of(500_000_000), List.of(
 *       RecourseOfficial.of("Trần Văn B", Fault.NEGLIGENT, salary)));
 *   a.total();          // Optional[5 months' salary]
 *   a.explain().render(Locale.forLanguageTag("vi"));
 * </pre>
 *
 * <p>Problems (a missing or out-of-range choice) are values: {@link #problems()}, {@link
 * #validate()}. This class is immutable and thread-safe.
 */
public final class RecourseAssessment {

  /**
   * How the amounts are split when several officials caused the damage together (Điều 65.3;
   * Nghị định 68/2018/NĐ-CP Điều 26.4). docs/interpretations.md, M4.
   */
  public enum SplitReading {
    /**
     * Default. Each official repays the amount of Điều 65.2 computed on the whole amount paid
     * (26.4.a); only if their total exceeds the amount paid are the amounts scaled down in
     * proportion (26.4.b–d), so that the total equals the amount paid (65.3). This is the reading
     * that keeps each official within the limits of Điều 65.2, as Điều 65.3 requires ("tương ứng
     * theo quy định tại khoản 2").
     */
    INDIVIDUAL_AMOUNTS_CAPPED,
    /**
     * The literal words of Nghị định 68/2018 Điều 26.4.d: each official repays the amount paid
     * times their share of the total of the individual amounts, whatever that total. The officials
     * then always repay the whole amount paid together, and one may repay more than 50% of it or
     * more than 50 (or 5) months' salary.
     */
    DECREE_PROPORTION_OF_AMOUNT_PAID
  }

  private final Vnd amountPaid;
  private final SplitReading reading;
  private final List<Share> shares;
  private final List<MoneyProblem> problems;
  private final Vnd total;
  private final Explanation explanation;

  private RecourseAssessment(Vnd amountPaid, SplitReading reading, List<Share> shares,
      List<MoneyProblem> problems, Vnd total, Explanation explanation) {
    this.amountPaid = amountPaid;
    this.reading = reading;
    this.shares = shares;
    this.problems = problems;
    this.total = total;
    this.explanation = explanation;
  }

  /**
   * Assesses the recourse with the default split reading.
   *
   * @param amountPaid the amount the State paid in compensation (số tiền Nhà nước đã bồi
   *     thường), positive, not null
   * @param officials the officials who must repay, in order, not empty, not null
   * @return the assessment, not null
   * @throws NullPointerException if an argument or an official is null
   * @throws IllegalArgumentException if {@code amountPaid} is not positive or {@code officials}
   *     is empty
   */
  public static RecourseAssessment of(Vnd amountPaid, List<RecourseOfficial> officials) {
    return of(amountPaid, officials, SplitReading.INDIVIDUAL_AMOUNTS_CAPPED);
  }

  /**
   * Assesses the recourse.
   *
   * @param amountPaid the amount the State paid in compensation, positive, not null
   * @param officials the officials who must repay, in order, not empty, not null
   * @param reading how to split among several officials, not null
   * @return the assessment, not null
   * @throws NullPointerException if an argument or an official is null
   * @throws IllegalArgumentException if {@code amountPaid} is not positive or {@code officials}
   *     is empty
   */
  public static RecourseAssessment of(
      Vnd amountPaid, List<RecourseOfficial> officials, SplitReading reading) {
    Objects.requireNonNull(amountPaid, "amountPaid");
    Objects.requireNonNull(reading, "reading");
    List<RecourseOfficial> list = List.copyOf(Objects.requireNonNull(officials, "officials"));
    if (amountPaid.amount() <= 0) {
      throw new IllegalArgumentException("amountPaid must be positive, but was " + amountPaid);
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("officials must not be empty");
    }
    List<MoneyProblem> problems = new ArrayList<>();
    List<RecourseLevel> levels = new ArrayList<>();
    List<Vnd> individual = new ArrayList<>();
    for (RecourseOfficial official : list) {
      RecourseLevel level = RecourseLevel.of(amountPaid, official.fault(), official.salary());
      levels.add(level);
      individual.add(individualAmount(official, level, problems));
    }
    boolean complete = problems.isEmpty();
    BigInteger sum = BigInteger.ZERO;
    if (complete) {
      for (Vnd v : individual) {
        sum = sum.add(BigInteger.valueOf(v.amount()));
      }
    }
    BigInteger paid = BigInteger.valueOf(amountPaid.amount());
    boolean scale = complete && list.size() > 1 && sum.signum() > 0
        && (reading == SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID || sum.compareTo(paid) > 0);
    List<Share> shares = new ArrayList<>();
    long totalAmount = 0;
    for (int i = 0; i < list.size(); i++) {
      RecourseOfficial official = list.get(i);
      Vnd own = individual.get(i);
      BigDecimal proportion = null;
      Vnd amount = null;
      List<Explanation> steps = new ArrayList<>();
      steps.add(levels.get(i).explanation);
      if (own != null && levels.get(i).isRange()) {
        steps.add(choiceStep(official, own));
      }
      if (complete) {
        if (list.size() > 1 && sum.signum() > 0) {
          proportion = new BigDecimal(BigInteger.valueOf(own.amount()))
              .divide(new BigDecimal(sum), MathContext.DECIMAL64);
        }
        if (scale) {
          amount = Vnd.of(paid.multiply(BigInteger.valueOf(own.amount())).divide(sum)
              .longValueExact());
          steps.add(Explanation.of(BilingualText.of(
              "Chia theo tỷ lệ: " + Amounts.money(amountPaid, true) + " × "
                  + Amounts.money(own, true) + " / " + Amounts.money(Vnd.of(sum.longValueExact()), true)
                  + " (" + percent(proportion, true) + ") = " + Amounts.money(amount, true)
                  + " (làm tròn xuống)",
              "Proportional split: " + Amounts.money(amountPaid, false) + " × "
                  + Amounts.money(own, false) + " / "
                  + Amounts.money(Vnd.of(sum.longValueExact()), false) + " ("
                  + percent(proportion, false) + ") = " + Amounts.money(amount, false)
                  + " (rounded down)"),
              List.of(Provisions.decree(26, 4, "c"), Provisions.decree(26, 4, "d"),
                  Provisions.law(65, 3))));
        } else {
          amount = own;
        }
        totalAmount = Math.addExact(totalAmount, amount.amount());
      }
      Explanation e = Explanation.of(BilingualText.of(
          official.name() + " (" + official.fault().label(java.util.Locale.forLanguageTag("vi"))
              + "): " + (amount == null ? "chưa xác định được mức hoàn trả"
                  : "mức hoàn trả " + Amounts.money(amount, true)),
          official.name() + " (" + official.fault().label(java.util.Locale.ENGLISH) + "): "
              + (amount == null ? "recourse amount not yet determined"
                  : "recourse amount " + Amounts.money(amount, false))),
          List.of(official.fault().citation()), steps);
      shares.add(new Share(official, levels.get(i), own, proportion, amount, e));
    }
    Vnd total = complete ? Vnd.of(totalAmount) : null;
    List<Explanation> children = new ArrayList<>();
    for (Share s : shares) {
      children.add(s.explanation);
    }
    if (list.size() > 1 && complete) {
      children.add(splitStep(amountPaid, reading, sum, scale));
    }
    Explanation root = Explanation.of(BilingualText.of(
        "Hoàn trả: số tiền Nhà nước đã bồi thường " + Amounts.money(amountPaid, true)
            + (total == null ? "; còn vấn đề cần giải quyết (" + problems.size() + ")"
                : "; tổng mức hoàn trả " + Amounts.money(total, true)),
        "Recourse: the State paid " + Amounts.money(amountPaid, false)
            + (total == null ? "; problems to resolve (" + problems.size() + ")"
                : "; total recourse " + Amounts.money(total, false))),
        List.of(Provisions.law(64), Provisions.law(65)), children);
    return new RecourseAssessment(amountPaid, reading, List.copyOf(shares),
        List.copyOf(problems), total, root);
  }

  private static Vnd individualAmount(
      RecourseOfficial official, RecourseLevel level, List<MoneyProblem> problems) {
    Optional<Vnd> choice = official.choiceAmount();
    Citation[] cites = level.citations.toArray(new Citation[0]);
    if (!level.isRange()) {
      if (choice.isPresent() && choice.get().compareTo(level.minimum) != 0) {
        problems.add(MoneyProblem.of(MoneyProblem.Code.CHOICE_NOT_ALLOWED,
            official.name() + ": mức hoàn trả do luật ấn định là " + Amounts.money(level.minimum, true)
                + "; Hội đồng không chọn được mức khác (" + Amounts.money(choice.get(), true) + ")",
            official.name() + ": the law fixes the recourse at " + Amounts.money(level.minimum, false)
                + "; the council cannot choose another amount (" + Amounts.money(choice.get(), false)
                + ")", cites));
        return null;
      }
      return level.minimum;
    }
    if (choice.isEmpty()) {
      problems.add(MoneyProblem.of(MoneyProblem.Code.COUNCIL_CHOICE_REQUIRED,
          official.name() + ": Hội đồng xem xét trách nhiệm hoàn trả phải chọn mức hoàn trả từ "
              + Amounts.money(level.minimum, true) + " đến " + Amounts.money(level.maximum, true),
          official.name() + ": the recourse council must choose the amount from "
              + Amounts.money(level.minimum, false) + " to " + Amounts.money(level.maximum, false),
          cites));
      return null;
    }
    Vnd chosen = choice.get();
    if (chosen.compareTo(level.minimum) < 0 || chosen.compareTo(level.maximum) > 0) {
      problems.add(MoneyProblem.of(MoneyProblem.Code.CHOICE_OUTSIDE_RANGE,
          official.name() + ": mức Hội đồng chọn " + Amounts.money(chosen, true)
              + " nằm ngoài khoảng từ " + Amounts.money(level.minimum, true) + " đến "
              + Amounts.money(level.maximum, true),
          official.name() + ": the council's amount " + Amounts.money(chosen, false)
              + " is outside the range " + Amounts.money(level.minimum, false) + " to "
              + Amounts.money(level.maximum, false), cites));
      return null;
    }
    return chosen;
  }

  private static Explanation choiceStep(RecourseOfficial official, Vnd own) {
    String months = official.councilChoiceInMonths()
        .map(m -> Amounts.number(m, true) + " tháng lương = ").orElse("");
    String monthsEn = official.councilChoiceInMonths()
        .map(m -> Amounts.number(m, false) + " months' salary = ").orElse("");
    return Explanation.of(BilingualText.of(
        "Hội đồng chọn " + months + Amounts.money(own, true) + " (trong khoảng)",
        "The council chose " + monthsEn + Amounts.money(own, false) + " (within the range)"),
        List.of(Provisions.decree(28, 6, "c"), Provisions.decree(29, 3)));
  }

  private static Explanation splitStep(
      Vnd amountPaid, SplitReading reading, BigInteger sum, boolean scaled) {
    String sumVi = Amounts.money(Vnd.of(sum.longValueExact()), true);
    String sumEn = Amounts.money(Vnd.of(sum.longValueExact()), false);
    BilingualText text;
    if (reading == SplitReading.DECREE_PROPORTION_OF_AMOUNT_PAID) {
      text = BilingualText.of(
          "Nhiều người cùng gây thiệt hại: tổng các mức hoàn trả riêng " + sumVi + "; theo đúng câu"
              + " chữ điểm d khoản 4 Điều 26, mỗi người hoàn trả số tiền đã bồi thường nhân tỷ lệ"
              + " của mình",
          "Several officials: the individual amounts total " + sumEn + "; by the literal words of"
              + " Decree 68 Art. 26(4)(d), each repays the amount paid times their proportion");
    } else if (scaled) {
      text = BilingualText.of(
          "Nhiều người cùng gây thiệt hại: tổng các mức hoàn trả riêng " + sumVi
              + " vượt số tiền đã bồi thường " + Amounts.money(amountPaid, true)
              + ": chia theo tỷ lệ để tổng bằng số tiền đã bồi thường",
          "Several officials: the individual amounts total " + sumEn + ", more than the amount"
              + " paid " + Amounts.money(amountPaid, false)
              + ": split in proportion so that the total equals the amount paid");
    } else {
      text = BilingualText.of(
          "Nhiều người cùng gây thiệt hại: tổng các mức hoàn trả riêng " + sumVi
              + " không vượt số tiền đã bồi thường " + Amounts.money(amountPaid, true)
              + ": mỗi người hoàn trả mức của mình",
          "Several officials: the individual amounts total " + sumEn + ", not more than the amount"
              + " paid " + Amounts.money(amountPaid, false) + ": each repays their own amount");
    }
    return Explanation.of(text, List.of(Provisions.law(65, 3), Provisions.decree(26, 4)));
  }

  private static String percent(BigDecimal proportion, boolean vietnamese) {
    return Amounts.number(proportion.multiply(BigDecimal.valueOf(100)), vietnamese) + "%";
  }

  /**
   * Gets the amount the State paid.
   *
   * @return the amount, not null
   */
  public Vnd amountPaid() {
    return amountPaid;
  }

  /**
   * Gets the split reading used.
   *
   * @return the reading, not null
   */
  public SplitReading reading() {
    return reading;
  }

  /**
   * Gets the result for each official, in the order given.
   *
   * @return the shares, unmodifiable, not null
   */
  public List<Share> shares() {
    return shares;
  }

  /**
   * Gets every problem: missing, forbidden or out-of-range council choices.
   *
   * @return the problems, unmodifiable, empty if the assessment is complete
   */
  public List<MoneyProblem> problems() {
    return problems;
  }

  /**
   * Whether every official's amount is determined.
   *
   * @return true if there are no problems
   */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /**
   * Gets the total of the officials' amounts, never more than the amount paid.
   *
   * @return the total, empty if the assessment is not complete
   */
  public Optional<Vnd> total() {
    return Optional.ofNullable(total);
  }

  /**
   * Returns this assessment if complete, or every problem.
   *
   * @return the validation, not null
   */
  public Validation<Seq<MoneyProblem>, RecourseAssessment> validate() {
    return problems.isEmpty()
        ? Validation.valid(this) : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * Explains every figure, step by step, with its provisions.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return explanation;
  }

  /**
   * Returns e.g. {@code "RecourseAssessment[paid 500000000 VND, total 27378000 VND]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "RecourseAssessment[paid " + amountPaid + ", "
        + (total == null ? problems.size() + " problems" : "total " + total) + "]";
  }

  /**
   * The result for one official: the tier, its range or fixed amount, the amount on the whole
   * amount paid, the proportion and the amount to repay.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Share {
    private final RecourseOfficial official;
    private final RecourseLevel level;
    private final Vnd individualAmount;
    private final BigDecimal proportion;
    private final Vnd amount;
    private final Explanation explanation;

    Share(RecourseOfficial official, RecourseLevel level, Vnd individualAmount,
        BigDecimal proportion, Vnd amount, Explanation explanation) {
      this.official = official;
      this.level = level;
      this.individualAmount = individualAmount;
      this.proportion = proportion;
      this.amount = amount;
      this.explanation = explanation;
    }

    /**
     * Gets the official.
     *
     * @return the official, not null
     */
    public RecourseOfficial official() {
      return official;
    }

    /**
     * Gets the provisions of the tier that applies (e.g. Nghị định 68/2018 Điều 26.2.b and Luật
     * Điều 65.2.b).
     *
     * @return the citations, unmodifiable, not empty
     */
    public List<Citation> tierCitations() {
      return level.citations;
    }

    /**
     * Describes the tier in the language of the locale.
     *
     * @param locale Vietnamese for {@code vi}, English otherwise; not null
     * @return the description, not null
     */
    public String tier(java.util.Locale locale) {
      return level.tier.in(locale);
    }

    /**
     * Whether the tier leaves the council a range to choose in.
     *
     * @return true for a range, false for a fixed amount
     */
    public boolean isRange() {
      return level.isRange();
    }

    /**
     * Gets the lowest amount the tier allows, in whole đồng (the fixed amount if not a range).
     *
     * @return the amount, not null
     */
    public Vnd minimum() {
      return level.minimum;
    }

    /**
     * Gets the highest amount the tier allows, in whole đồng (the fixed amount if not a range).
     *
     * @return the amount, not null
     */
    public Vnd maximum() {
      return level.maximum;
    }

    /**
     * Gets the amount on the whole amount paid (Nghị định 68/2018 Điều 26.4.a): the fixed amount
     * or the council's valid choice.
     *
     * @return the amount, empty if the choice is missing or invalid
     */
    public Optional<Vnd> individualAmount() {
      return Optional.ofNullable(individualAmount);
    }

    /**
     * Gets the official's proportion of the total of the individual amounts (Nghị định 68/2018
     * Điều 26.4.c), for several officials.
     *
     * @return the proportion between 0 and 1, empty for one official or an incomplete assessment
     */
    public Optional<BigDecimal> proportion() {
      return Optional.ofNullable(proportion);
    }

    /**
     * Gets the amount the official must repay (mức hoàn trả).
     *
     * @return the amount, empty if the assessment is not complete
     */
    public Optional<Vnd> amount() {
      return Optional.ofNullable(amount);
    }

    /**
     * Explains the official's amount, step by step.
     *
     * @return the explanation, not null
     */
    public Explanation explain() {
      return explanation;
    }

    /**
     * Returns e.g. {@code "Share[Trần Văn B, 27378000 VND]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Share[" + official.name() + ", " + (amount == null ? "undetermined" : amount) + "]";
    }
  }
}
