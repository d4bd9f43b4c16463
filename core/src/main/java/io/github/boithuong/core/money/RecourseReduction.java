package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A reduction of the recourse amount (giảm mức hoàn trả), decided by the head of the agency that
 * directly manages the official (Luật TNBTCNN 2017 Điều 65.4; Nghị định 68/2018/NĐ-CP Điều 27).
 *
 * <p>All three conditions of Điều 65.4 must hold: (a) the official remedied the consequences
 * proactively (Nghị định 68/2018 Điều 27.1: voluntarily compensated or remedied part of the
 * damage); (b) the official fulfilled their obligations while the claim was resolved and has
 * already repaid at least 50% of the amount to repay; (c) the official is in economic hardship on
 * a ground of Nghị định 68/2018 Điều 27.2, which the official must prove. The head then reduces
 * the amount by at most 30% of the total to repay; the amount of the reduction is the head's
 * choice and an input, never picked by the library.
 *
 * <pre>
 *   Validation&lt;Seq&lt;MoneyProblem&gt;, RecourseReduction&gt; r = RecourseReduction
 *       .request(Vnd.of(27_378_000), Vnd.of(15_000_000))
 *       .remediedProactively(true)
 *       .fulfilledObligations(true)
 *       .hardship(RecourseReduction.HardshipGround.SOLE_EARNER_WITH_DEPENDANTS)
 *       .reduction(Vnd.of(5_000_000))
 *       .decide();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecourseReduction {

  /** A ground of economic hardship (hoàn cảnh kinh tế khó khăn), Nghị định 68/2018 Điều 27.2. */
  public enum HardshipGround {
    /**
     * The official is the family's only worker and supports a minor or disabled child, a spouse
     * unable to work, or parents past working age or unable to work, so that repaying in full
     * would affect the family's normal life (Điều 27.2.a).
     */
    SOLE_EARNER_WITH_DEPENDANTS("là người lao động duy nhất của gia đình và phải nuôi người phụ thuộc",
        "the family's only worker, supporting dependants", "a"),
    /** Prolonged want after a disaster, natural calamity or fire that destroyed property (27.2.b). */
    DISASTER_OR_FIRE("điều kiện kinh tế thiếu thốn kéo dài do thảm họa, thiên tai, hỏa hoạn",
        "prolonged want after a disaster, natural calamity or fire", "b"),
    /** Prolonged want after an accident that harmed health by 31% or more (27.2.b). */
    ACCIDENT_HEALTH_HARM_31_PERCENT("bị tai nạn dẫn đến sức khỏe bị tổn hại từ 31% trở lên",
        "an accident that harmed health by 31% or more", "b"),
    /** Prolonged want after a grave illness (bệnh hiểm nghèo), 27.2.b. */
    GRAVE_ILLNESS("bị bệnh hiểm nghèo", "a grave illness", "b");

    private final BilingualText label;
    private final Citation citation;

    HardshipGround(String vietnamese, String english, String point) {
      this.label = BilingualText.of(vietnamese, english);
      this.citation = Provisions.decree(27, 2, point);
    }

    /**
     * Gets the name in the language of the locale.
     *
     * @param locale Vietnamese for {@code vi}, English otherwise; not null
     * @return the label, not null
     */
    public String label(Locale locale) {
      return label.in(locale);
    }

    /**
     * Gets the provision of Nghị định 68/2018 Điều 27.2 that states the ground.
     *
     * @return the citation, not null
     */
    public Citation citation() {
      return citation;
    }
  }

  private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.30");

  private final Vnd amountToRepay;
  private final Vnd alreadyRepaid;
  private final Vnd reduction;
  private final Explanation explanation;

  private RecourseReduction(
      Vnd amountToRepay, Vnd alreadyRepaid, Vnd reduction, Explanation explanation) {
    this.amountToRepay = amountToRepay;
    this.alreadyRepaid = alreadyRepaid;
    this.reduction = reduction;
    this.explanation = explanation;
  }

  /**
   * Gets the largest reduction the head may grant: 30% of the total to repay, rounded down to the
   * đồng (Điều 65.4, "tối đa là 30%").
   *
   * @param amountToRepay the total the official must repay, not negative, not null
   * @return the maximum reduction, not null
   * @throws NullPointerException if {@code amountToRepay} is null
   * @throws IllegalArgumentException if {@code amountToRepay} is negative
   */
  public static Vnd maximumReduction(Vnd amountToRepay) {
    Objects.requireNonNull(amountToRepay, "amountToRepay");
    if (amountToRepay.isNegative()) {
      throw new IllegalArgumentException("amountToRepay must not be negative, but was "
          + amountToRepay);
    }
    return Amounts.down(Amounts.exact(amountToRepay).multiply(THIRTY_PERCENT));
  }

  /**
   * Starts a request for a reduction.
   *
   * @param amountToRepay the total the official must repay under the recourse decision, positive,
   *     not null
   * @param alreadyRepaid what the official has repaid so far, not negative, not null
   * @return a new request, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amountToRepay} is not positive or {@code
   *     alreadyRepaid} is negative
   */
  public static Request request(Vnd amountToRepay, Vnd alreadyRepaid) {
    Objects.requireNonNull(amountToRepay, "amountToRepay");
    Objects.requireNonNull(alreadyRepaid, "alreadyRepaid");
    if (amountToRepay.amount() <= 0) {
      throw new IllegalArgumentException("amountToRepay must be positive, but was " + amountToRepay);
    }
    if (alreadyRepaid.isNegative()) {
      throw new IllegalArgumentException("alreadyRepaid must not be negative, but was "
          + alreadyRepaid);
    }
    return new Request(amountToRepay, alreadyRepaid);
  }

  /**
   * Gets the total the official had to repay before the reduction.
   *
   * @return the amount, not null
   */
  public Vnd amountToRepay() {
    return amountToRepay;
  }

  /**
   * Gets the reduction granted (mức hoàn trả được giảm).
   *
   * @return the reduction, positive, not null
   */
  public Vnd reduction() {
    return reduction;
  }

  /**
   * Gets the amount to repay after the reduction.
   *
   * @return the amount, not null
   */
  public Vnd reducedAmount() {
    return Vnd.of(amountToRepay.amount() - reduction.amount());
  }

  /**
   * Gets what the official has repaid so far.
   *
   * @return the amount, not null
   */
  public Vnd alreadyRepaid() {
    return alreadyRepaid;
  }

  /**
   * Gets the amount still to repay (số tiền còn lại phải hoàn trả, Nghị định 68/2018 Điều
   * 27.3.d): the reduced amount less what was repaid, never below zero.
   *
   * @return the remaining amount, not null
   */
  public Vnd remaining() {
    return Vnd.of(Math.max(0, reducedAmount().amount() - alreadyRepaid.amount()));
  }

  /**
   * Explains the reduction, step by step.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return explanation;
  }

  /**
   * Returns e.g. {@code "RecourseReduction[27378000 VND - 5000000 VND]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "RecourseReduction[" + amountToRepay + " - " + reduction + "]";
  }

  /**
   * The facts of a request for a reduction and the head's chosen reduction.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Request {
    private final Vnd amountToRepay;
    private final Vnd alreadyRepaid;
    private boolean remedied;
    private boolean fulfilled;
    private final Set<HardshipGround> hardship = EnumSet.noneOf(HardshipGround.class);
    private Vnd reduction;

    private Request(Vnd amountToRepay, Vnd alreadyRepaid) {
      this.amountToRepay = amountToRepay;
      this.alreadyRepaid = alreadyRepaid;
    }

    /**
     * Records whether the official remedied the consequences proactively (Điều 65.4.a; Nghị định
     * 68/2018 Điều 27.1).
     *
     * @param remedied true if so
     * @return this request, not null
     */
    public Request remediedProactively(boolean remedied) {
      this.remedied = remedied;
      return this;
    }

    /**
     * Records whether the official fulfilled all obligations while the claim was resolved (Điều
     * 65.4.b).
     *
     * @param fulfilled true if so
     * @return this request, not null
     */
    public Request fulfilledObligations(boolean fulfilled) {
      this.fulfilled = fulfilled;
      return this;
    }

    /**
     * Adds a proven ground of economic hardship (Điều 65.4.c; Nghị định 68/2018 Điều 27.2).
     *
     * @param ground the ground, not null
     * @return this request, not null
     */
    public Request hardship(HardshipGround ground) {
      hardship.add(Objects.requireNonNull(ground, "ground"));
      return this;
    }

    /**
     * Sets the reduction the head chose.
     *
     * @param reduction the reduction in đồng, not null
     * @return this request, not null
     */
    public Request reduction(Vnd reduction) {
      this.reduction = Objects.requireNonNull(reduction, "reduction");
      return this;
    }

    /**
     * Checks every condition and the amount, and gives the reduction or every problem.
     *
     * @return the reduction, or every problem ({@link MoneyProblem.Code#REDUCTION_CONDITION_NOT_MET},
     *     {@link MoneyProblem.Code#REDUCTION_OUT_OF_LIMITS}), not null
     * @throws IllegalStateException if no reduction was set
     */
    public Validation<Seq<MoneyProblem>, RecourseReduction> decide() {
      if (reduction == null) {
        throw new IllegalStateException("reduction must be set: it is the head's choice");
      }
      List<MoneyProblem> problems = new ArrayList<>();
      List<Explanation> steps = new ArrayList<>();
      boolean halfRepaid = 2 * alreadyRepaid.amount() >= amountToRepay.amount();
      check(problems, steps, remedied, Provisions.law(65, 4, "a"),
          "Người thi hành công vụ chủ động khắc phục hậu quả",
          "The official remedied the consequences proactively");
      check(problems, steps, fulfilled, Provisions.law(65, 4, "b"),
          "Người thi hành công vụ thực hiện đầy đủ nghĩa vụ trong quá trình giải quyết yêu cầu"
              + " bồi thường",
          "The official fulfilled all obligations while the claim was resolved");
      check(problems, steps, halfRepaid, Provisions.law(65, 4, "b"),
          "Đã hoàn trả ít nhất 50% số tiền phải hoàn trả (" + Amounts.money(alreadyRepaid, true)
              + " / " + Amounts.money(amountToRepay, true) + ")",
          "Has repaid at least 50% of the amount to repay (" + Amounts.money(alreadyRepaid, false)
              + " / " + Amounts.money(amountToRepay, false) + ")");
      StringBuilder groundsVi = new StringBuilder();
      StringBuilder groundsEn = new StringBuilder();
      List<Citation> groundCitations = new ArrayList<>();
      groundCitations.add(Provisions.law(65, 4, "c"));
      for (HardshipGround g : hardship) {
        groundsVi.append(groundsVi.length() == 0 ? "" : "; ").append(g.label(Locale.forLanguageTag("vi")));
        groundsEn.append(groundsEn.length() == 0 ? "" : "; ").append(g.label(Locale.ENGLISH));
        groundCitations.add(g.citation());
      }
      check(problems, steps, !hardship.isEmpty(), groundCitations.toArray(new Citation[0]),
          "Có hoàn cảnh kinh tế khó khăn" + (hardship.isEmpty() ? "" : " (" + groundsVi + ")"),
          "In economic hardship" + (hardship.isEmpty() ? "" : " (" + groundsEn + ")"));
      Vnd max = maximumReduction(amountToRepay);
      if (reduction.amount() <= 0 || reduction.compareTo(max) > 0) {
        problems.add(MoneyProblem.of(MoneyProblem.Code.REDUCTION_OUT_OF_LIMITS,
            "Mức giảm " + Amounts.money(reduction, true) + " phải lớn hơn 0 và không quá 30% tổng"
                + " số tiền phải hoàn trả (" + Amounts.money(max, true) + ")",
            "The reduction " + Amounts.money(reduction, false) + " must be positive and at most"
                + " 30% of the total to repay (" + Amounts.money(max, false) + ")",
            Provisions.law(65, 4)));
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(io.vavr.collection.List.ofAll(problems));
      }
      Vnd reduced = Vnd.of(amountToRepay.amount() - reduction.amount());
      Vnd remaining = Vnd.of(Math.max(0, reduced.amount() - alreadyRepaid.amount()));
      steps.add(Explanation.of(BilingualText.of(
          "Mức giảm do Thủ trưởng quyết định: " + Amounts.money(reduction, true)
              + " (tối đa 30% = " + Amounts.money(max, true) + ")",
          "Reduction decided by the head: " + Amounts.money(reduction, false)
              + " (at most 30% = " + Amounts.money(max, false) + ")"),
          List.of(Provisions.law(65, 4))));
      steps.add(Explanation.of(BilingualText.of(
          "Số tiền còn lại phải hoàn trả: " + Amounts.money(amountToRepay, true) + " − "
              + Amounts.money(reduction, true) + " − " + Amounts.money(alreadyRepaid, true)
              + " đã hoàn trả = " + Amounts.money(remaining, true)
              + (reduced.compareTo(alreadyRepaid) < 0 ? " (số đã hoàn trả vượt mức sau khi giảm)" : ""),
          "Still to repay: " + Amounts.money(amountToRepay, false) + " − "
              + Amounts.money(reduction, false) + " − " + Amounts.money(alreadyRepaid, false)
              + " repaid = " + Amounts.money(remaining, false)
              + (reduced.compareTo(alreadyRepaid) < 0 ? " (more was repaid than the reduced amount)" : "")),
          List.of(Provisions.decree(27, 3, "d"))));
      Explanation root = Explanation.of(BilingualText.of(
          "Giảm mức hoàn trả: " + Amounts.money(amountToRepay, true) + " → "
              + Amounts.money(reduced, true),
          "Reduction of the recourse: " + Amounts.money(amountToRepay, false) + " → "
              + Amounts.money(reduced, false)),
          List.of(Provisions.law(65, 4), Provisions.decree(27, 3)), steps);
      return Validation.valid(new RecourseReduction(amountToRepay, alreadyRepaid, reduction, root));
    }

    private static void check(List<MoneyProblem> problems, List<Explanation> steps, boolean ok,
        Citation citation, String vietnamese, String english) {
      check(problems, steps, ok, new Citation[] {citation}, vietnamese, english);
    }

    private static void check(List<MoneyProblem> problems, List<Explanation> steps, boolean ok,
        Citation[] citations, String vietnamese, String english) {
      if (ok) {
        steps.add(Explanation.of(BilingualText.of(vietnamese + ": có", english + ": yes"),
            List.of(citations)));
      } else {
        problems.add(MoneyProblem.of(MoneyProblem.Code.REDUCTION_CONDITION_NOT_MET,
            "Chưa đủ điều kiện giảm mức hoàn trả: " + lowerFirst(vietnamese),
            "A condition of the reduction is not met: " + lowerFirst(english), citations));
      }
    }

    private static String lowerFirst(String s) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
  }
}
