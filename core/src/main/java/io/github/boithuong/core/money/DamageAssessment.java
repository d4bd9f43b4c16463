package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The damages of a claim valued where the law settles the amount (Luật TNBTCNN 2017 Điều 22–28),
 * with the minimum advance (Điều 44) and a comparison with what was claimed, agreed in the
 * negotiation and decided.
 *
 * <p>Each item is either computed by a {@link DamageRule} (days or months of base salary or of
 * regional minimum wage, priced on the date of the {@link ValuationMoment}, Điều 22.2) or valued
 * from evidence by a person ({@link Item#manual}); an item not yet valued is reported as requiring
 * manual valuation, with its provision, never guessed.
 *
 * <pre>
 *   DamageAssessment a = DamageAssessment.of(ValuationMoment.acceptance(LocalDate.of(2024, 9, 2)),
 *       List.of(DamageAssessment.Item.of(DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, 287)),
 *       LegalParameters.vietnam());
 *   a.valuedTotal();           // 152,631,818 đồng: 287 × 5 × 2,340,000 / 22, rounded
 *   a.advance().minimum();     // 76,315,909 đồng (at least 50%, rounded up)
 * </pre>
 *
 * <p>Rounding (docs/interpretations.md, M1): each item is computed exactly and rounded once to the
 * nearest đồng, halves up; the advance minimum is rounded up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DamageAssessment {

  /** How an item's amount was obtained. */
  public enum Status {
    /** Computed by a {@link DamageRule} from the legal parameters. */
    COMPUTED,
    /** Valued by a person from evidence and given to the library. */
    MANUALLY_VALUED,
    /** Not valued: the law prices it from evidence (an invoice, a valuation, an assessment). */
    REQUIRES_MANUAL_VALUATION
  }

  /** Decimal places kept of an amount before rounding, when the division does not terminate. */
  private static final int UNROUNDED_SCALE = 6;

  private final ValuationMoment moment;
  private final List<Line> lines;
  private final List<MoneyProblem> problems;
  private final Explanation explanation;

  private DamageAssessment(ValuationMoment moment, List<Line> lines, List<MoneyProblem> problems,
      Explanation explanation) {
    this.moment = moment;
    this.lines = lines;
    this.problems = problems;
    this.explanation = explanation;
  }

  /**
   * Values the items on the date of the valuation moment.
   *
   * @param moment the valuation moment of Điều 22.2, not null
   * @param items the items of damage, not null
   * @param parameters the legal parameters, not null
   * @return the assessment, not null; a parameter missing for the date is a problem of it
   * @throws NullPointerException if an argument or an item is null
   */
  public static DamageAssessment of(
      ValuationMoment moment, List<Item> items, LegalParameters parameters) {
    Objects.requireNonNull(moment, "moment");
    Objects.requireNonNull(parameters, "parameters");
    List<Item> list = List.copyOf(Objects.requireNonNull(items, "items"));
    List<MoneyProblem> problems = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (Item item : list) {
      lines.add(value(item, moment, parameters, problems));
    }
    boolean death = list.stream().anyMatch(i -> i.rule == DamageRule.MENTAL_DEATH);
    if (death && list.stream().anyMatch(i -> i.rule != null && i.rule.isExcludedByDeath())) {
      problems.add(MoneyProblem.of(MoneyProblem.Code.DEATH_EXCLUDES_OTHER_MENTAL_DAMAGE,
          "Người bị thiệt hại chết: không áp dụng bồi thường thiệt hại về tinh thần theo các khoản"
              + " 1, 2, 3 và 5 Điều 27",
          "The injured person died: the mental damage of Art. 27(1), (2), (3) and (5) does not"
              + " apply", Provisions.law(27, 4)));
    }
    Vnd total = sum(lines);
    List<Explanation> children = new ArrayList<>();
    children.add(moment.explain());
    for (Line l : lines) {
      children.add(l.explanation);
    }
    long pending = lines.stream().filter(l -> l.amount == null).count();
    Explanation root = Explanation.of(BilingualText.of(
        "Giá trị thiệt hại đã xác định: " + Amounts.money(total, true)
            + (pending == 0 ? "" : "; " + pending + " khoản cần định giá thủ công"),
        "Damage valued: " + Amounts.money(total, false)
            + (pending == 0 ? "" : "; " + pending + (pending == 1 ? " item requires" : " items require")
                + " manual valuation")),
        List.of(Provisions.law(22)), children);
    return new DamageAssessment(moment, List.copyOf(lines), List.copyOf(problems), root);
  }

  private static Line value(Item item, ValuationMoment moment, LegalParameters parameters,
      List<MoneyProblem> problems) {
    LocalDate date = moment.date();
    if (item.rule == null || item.rule.basis() == DamageRule.Basis.MANUAL) {
      return manualLine(item, date, parameters, problems);
    }
    DamageRule rule = item.rule;
    LegalParameter monthly = rule.needsRegion() ? item.region : LegalParameter.BASE_SALARY;
    LegalParameter divisor = null;
    if (rule.basis() == DamageRule.Basis.BASE_SALARY_DAY) {
      divisor = LegalParameter.BASE_SALARY_DAY_DIVISOR;
    } else if (rule.basis() == DamageRule.Basis.REGIONAL_MINIMUM_WAGE_DAY) {
      divisor = LegalParameter.REGIONAL_MINIMUM_WAGE_DAY_DIVISOR;
    }
    Validation<Seq<MoneyProblem>, ParameterValue> m = parameters.find(monthly, date);
    Validation<Seq<MoneyProblem>, ParameterValue> d =
        divisor == null ? null : parameters.find(divisor, date);
    if (m.isInvalid() || (d != null && d.isInvalid())) {
      if (m.isInvalid()) {
        problems.addAll(m.getError().asJava());
      }
      if (d != null && d.isInvalid()) {
        problems.addAll(d.getError().asJava());
      }
      Explanation e = Explanation.of(BilingualText.of(
          item.describe(true) + ": không tính được (thiếu tham số pháp lý)",
          item.describe(false) + ": cannot be computed (legal parameter missing)"),
          List.of(rule.citation()));
      return new Line(item, Status.REQUIRES_MANUAL_VALUATION, null, null, e);
    }
    BigDecimal month = m.get().value();
    BigDecimal exact = BigDecimal.valueOf(item.quantity).multiply(rule.multiplier()).multiply(month);
    Vnd roundedAmount = null;
    List<Citation> citations = new ArrayList<>();
    citations.add(rule.citation());
    String unitVi;
    String unitEn;
    boolean whole = true;
    if (d != null) {
      whole = exact.remainder(d.get().value()).signum() == 0;
      Vnd rounded = Vnd.of(exact.divide(d.get().value(), 0, RoundingMode.HALF_UP).longValueExact());
      exact = exact.divide(d.get().value(), UNROUNDED_SCALE, RoundingMode.HALF_UP);
      roundedAmount = rounded;
      citations.add(divisor == LegalParameter.BASE_SALARY_DAY_DIVISOR
          ? Provisions.law(27, 7) : Provisions.law(24, 1, "c"));
      unitVi = (rule.needsRegion() ? "ngày lương tối thiểu vùng" : "ngày lương cơ sở") + " ("
          + Amounts.money(month, true) + " / " + Amounts.number(d.get().value(), true) + ")";
      unitEn = (rule.needsRegion() ? "days of regional minimum wage" : "days of base salary") + " ("
          + Amounts.money(month, false) + " / " + Amounts.number(d.get().value(), false) + ")";
    } else {
      unitVi = (rule.needsRegion() ? "tháng lương tối thiểu vùng" : "tháng lương cơ sở") + " ("
          + Amounts.money(month, true) + ")";
      unitEn = (rule.needsRegion() ? "months of regional minimum wage" : "months of base salary")
          + " (" + Amounts.money(month, false) + ")";
    }
    Vnd amount = roundedAmount != null ? roundedAmount : Amounts.halfUp(exact);
    whole = whole && Amounts.isWhole(exact);
    String qtyVi = rule.isLumpSum() ? ""
        : item.quantity + (rule.basis() == DamageRule.Basis.REGIONAL_MINIMUM_WAGE_MONTH
            ? " tháng × " : " ngày × ");
    String qtyEn = rule.isLumpSum() ? ""
        : item.quantity + (rule.basis() == DamageRule.Basis.REGIONAL_MINIMUM_WAGE_MONTH
            ? " months × " : " days × ");
    String rounding = whole ? "" : " " + Amounts.number(exact, true) + "… đồng, làm tròn:";
    String roundingEn = whole ? "" : " VND " + Amounts.number(exact, false) + "…, rounded:";
    List<Explanation> steps = new ArrayList<>();
    steps.add(Explanation.of(m.get().describe(), List.of()));
    if (d != null) {
      steps.add(Explanation.of(d.get().describe(), List.of()));
    }
    Explanation e = Explanation.of(BilingualText.of(
        item.describe(true) + ": " + qtyVi + Amounts.number(rule.multiplier(), true) + " "
            + unitVi + " =" + rounding + " " + Amounts.money(amount, true),
        item.describe(false) + ": " + qtyEn + Amounts.number(rule.multiplier(), false) + " "
            + unitEn + " =" + roundingEn + " " + Amounts.money(amount, false)),
        citations, steps);
    return new Line(item, Status.COMPUTED, amount, exact, e);
  }

  private static Line manualLine(
      Item item, LocalDate date, LegalParameters parameters, List<MoneyProblem> problems) {
    List<Explanation> steps = new ArrayList<>();
    if (item.rule == DamageRule.MENTAL_HEALTH_HARM) {
      Validation<Seq<MoneyProblem>, ParameterValue> m = parameters.find(LegalParameter.BASE_SALARY, date);
      if (m.isInvalid()) {
        problems.addAll(m.getError().asJava());
      } else {
        Vnd cap = Amounts.down(m.get().value().multiply(item.rule.multiplier()));
        steps.add(Explanation.of(BilingualText.of(
            "Mức tối đa: 50 tháng lương cơ sở = " + Amounts.money(cap, true),
            "Cap: 50 months of base salary = " + Amounts.money(cap, false)),
            List.of(Provisions.law(27, 5)),
            List.of(Explanation.of(m.get().describe(), List.of()))));
        if (item.amount != null && item.amount.compareTo(cap) > 0) {
          problems.add(MoneyProblem.of(MoneyProblem.Code.ABOVE_LEGAL_CAP,
              "Thiệt hại về tinh thần do sức khỏe bị xâm phạm " + Amounts.money(item.amount, true)
                  + " vượt quá 50 tháng lương cơ sở (" + Amounts.money(cap, true) + ")",
              "Mental damage for harm to health " + Amounts.money(item.amount, false)
                  + " exceeds 50 months of base salary (" + Amounts.money(cap, false) + ")",
              Provisions.law(27, 5)));
        }
      }
    }
    Citation citation = item.rule != null ? item.rule.citation() : item.provision;
    if (item.amount == null) {
      Explanation e = Explanation.of(BilingualText.of(
          item.describe(true) + ": cần định giá thủ công (theo tài liệu, chứng cứ)",
          item.describe(false) + ": requires manual valuation (from evidence)"),
          List.of(citation), steps);
      return new Line(item, Status.REQUIRES_MANUAL_VALUATION, null, null, e);
    }
    Explanation e = Explanation.of(BilingualText.of(
        item.describe(true) + ": " + Amounts.money(item.amount, true) + " (do người giải quyết"
            + " bồi thường xác định)",
        item.describe(false) + ": " + Amounts.money(item.amount, false) + " (valued by the"
            + " resolver)"),
        List.of(citation), steps);
    return new Line(item, Status.MANUALLY_VALUED, item.amount, Amounts.exact(item.amount), e);
  }

  private static Vnd sum(List<Line> lines) {
    long total = 0;
    for (Line l : lines) {
      if (l.amount != null) {
        total = Math.addExact(total, l.amount.amount());
      }
    }
    return Vnd.of(total);
  }

  /**
   * Gets the valuation moment.
   *
   * @return the moment, not null
   */
  public ValuationMoment moment() {
    return moment;
  }

  /**
   * Gets the valued items, in the order given.
   *
   * @return the lines, unmodifiable, not null
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Gets every problem: a legal parameter missing for the date, mental damage excluded by death
   * (Điều 27.4), an amount above its legal cap (Điều 27.5).
   *
   * @return the problems, unmodifiable, not null
   */
  public List<MoneyProblem> problems() {
    return problems;
  }

  /**
   * Whether every item has an amount and there is no problem.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return problems.isEmpty() && lines.stream().allMatch(l -> l.amount != null);
  }

  /**
   * Gets the total of the items that have an amount (computed or manually valued).
   *
   * @return the total, not null
   * @throws ArithmeticException if the total overflows
   */
  public Vnd valuedTotal() {
    return sum(lines);
  }

  /**
   * Gets the items that still require manual valuation.
   *
   * @return the lines, unmodifiable, not null
   */
  public List<Line> pending() {
    List<Line> result = new ArrayList<>();
    for (Line l : lines) {
      if (l.amount == null) {
        result.add(l);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Computes the minimum advance (tạm ứng kinh phí bồi thường, Điều 44): at least 50% of the value
   * of the mental damage of Điều 27.1, 27.2, 27.3, 27.4 and 27.6 and of the other damage that can be
   * computed at once without verification (Điều 44.1, 44.4).
   *
   * @return the advance, not null
   */
  public Advance advance() {
    long eligible = 0;
    List<Line> counted = new ArrayList<>();
    List<Line> pendingEligible = new ArrayList<>();
    for (Line l : lines) {
      if (!l.isAdvanceEligible()) {
        continue;
      }
      if (l.amount == null) {
        pendingEligible.add(l);
      } else {
        eligible = Math.addExact(eligible, l.amount.amount());
        counted.add(l);
      }
    }
    return new Advance(Vnd.of(eligible), List.copyOf(counted), List.copyOf(pendingEligible));
  }

  /**
   * Compares the assessment with what was claimed, agreed and decided.
   *
   * @param claimed the content of the written claim (Điều 41.3.đ), not null
   * @param agreedInNegotiation the amount in the negotiation minute (Điều 46.7), if any, not null
   * @param decided the amount of the compensation decision (Điều 47), if any, not null
   * @return the comparison, not null
   */
  public Comparison compare(
      ClaimContent claimed, Optional<Vnd> agreedInNegotiation, Optional<Vnd> decided) {
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(agreedInNegotiation, "agreedInNegotiation");
    Objects.requireNonNull(decided, "decided");
    return new Comparison(this, claimed.damages(), agreedInNegotiation.orElse(null),
        decided.orElse(null), null);
  }

  /**
   * Compares the assessment with a claim: its claimed items, the amount of its last {@code
   * DecisionIssued} event and the advances it paid ({@code AdvancePaid}). The negotiation minute's
   * amount is not recorded in the case: pass it if known.
   *
   * @param claim the claim, not null
   * @param agreedInNegotiation the amount agreed in the negotiation, if known, not null
   * @return the comparison, not null
   */
  public Comparison compare(Claim claim, Optional<Vnd> agreedInNegotiation) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(agreedInNegotiation, "agreedInNegotiation");
    Vnd decided = claim.last(CaseEvent.DecisionIssued.class)
        .map(CaseEvent.DecisionIssued::amount).orElse(null);
    List<CaseEvent.AdvancePaid> paid = claim.events(CaseEvent.AdvancePaid.class);
    Vnd advance = null;
    if (!paid.isEmpty()) {
      long sum = 0;
      for (CaseEvent.AdvancePaid p : paid) {
        sum = Math.addExact(sum, p.amount().amount());
      }
      advance = Vnd.of(sum);
    }
    return new Comparison(this, claim.content().damages(), agreedInNegotiation.orElse(null),
        decided, advance);
  }

  /**
   * Explains every figure, step by step, with its provisions and the parameters used.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return explanation;
  }

  /**
   * Returns e.g. {@code "DamageAssessment[ACCEPTANCE 2024-09-02, 152659091 VND, 0 pending]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "DamageAssessment[" + moment + ", " + valuedTotal() + ", " + pending().size()
        + " pending]";
  }

  //-----------------------------------------------------------------------
  /**
   * One item of damage to value: a {@link DamageRule} with its number of days or months, or an
   * item a person values from evidence.
   *
   * <p>This class is immutable and thread-safe. It is a value type.
   */
  public static final class Item {
    private final DamageRule rule;
    private final long quantity;
    private final LegalParameter region;
    private final DamageType type;
    private final Citation provision;
    private final BilingualText description;
    private final Vnd amount;
    private final boolean computableWithoutVerification;

    private Item(DamageRule rule, long quantity, LegalParameter region, DamageType type,
        Citation provision, BilingualText description, Vnd amount,
        boolean computableWithoutVerification) {
      this.rule = rule;
      this.quantity = quantity;
      this.region = region;
      this.type = type;
      this.provision = provision;
      this.description = description;
      this.amount = amount;
      this.computableWithoutVerification = computableWithoutVerification;
    }

    /**
     * Obtains an item priced in base salary: a number of days of the situation (or 1 for a lump
     * sum).
     *
     * @param rule a rule priced in base salary (Điều 27.1–27.4, 27.6), not null
     * @param days the number of days of the situation, at least 1; exactly 1 for a lump sum
     *     (Điều 27.3.a, 27.4)
     * @return the item, not null
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if the rule needs a region or a manual valuation, or the
     *     number of days is not valid for it
     */
    public static Item of(DamageRule rule, long days) {
      Objects.requireNonNull(rule, "rule");
      if (rule.needsRegion()) {
        throw new IllegalArgumentException(rule + " is priced in regional minimum wage: give the"
            + " region with Item.of(rule, region, quantity)");
      }
      if (rule.basis() == DamageRule.Basis.MANUAL) {
        throw new IllegalArgumentException(rule + " needs a valuation: use Item.mentalHealthHarm()");
      }
      checkQuantity(rule, days, "days");
      return new Item(rule, days, null, rule.type(), rule.citation(), rule.label(), null, false);
    }

    /**
     * Obtains an item priced in regional minimum wage.
     *
     * @param rule a rule priced in regional minimum wage (Điều 24.1.c, 25, 26), not null
     * @param region the regional minimum wage of the place the rule names (the medical facility,
     *     the residence, the dependant's residence), one of the {@code REGIONAL_MINIMUM_WAGE_*}
     *     parameters, not null
     * @param quantity the number of days (or months, for maintenance), at least 1
     * @return the item, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rule is not priced in regional minimum wage, the
     *     parameter is not a regional minimum wage, or the quantity is less than 1
     */
    public static Item of(DamageRule rule, LegalParameter region, long quantity) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(region, "region");
      if (!rule.needsRegion()) {
        throw new IllegalArgumentException(rule + " is not priced in regional minimum wage");
      }
      if (!region.isRegionalMinimumWage()) {
        throw new IllegalArgumentException("region must be a REGIONAL_MINIMUM_WAGE_* parameter,"
            + " but was " + region);
      }
      checkQuantity(rule, quantity, "quantity");
      return new Item(rule, quantity, region, rule.type(), rule.citation(), rule.label(), null,
          false);
    }

    private static void checkQuantity(DamageRule rule, long quantity, String name) {
      if (rule.isLumpSum() && quantity != 1) {
        throw new IllegalArgumentException(rule + " is a lump sum: " + name + " must be 1, but was "
            + quantity);
      }
      if (quantity < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + quantity);
      }
    }

    /**
     * Obtains the item of mental damage for harm to health (Điều 27.5), not yet valued: its amount
     * depends on the degree of harm, found by assessment, and is capped at 50 months of base
     * salary. Add the assessed amount with {@link #valued}.
     *
     * @return the item, not null
     */
    public static Item mentalHealthHarm() {
      DamageRule rule = DamageRule.MENTAL_HEALTH_HARM;
      return new Item(rule, 1, null, rule.type(), rule.citation(), rule.label(), null, false);
    }

    /**
     * Obtains an item the law prices from evidence (a market price, an invoice, a medical bill,
     * the wage actually lost), not yet valued.
     *
     * @param type the type of damage, not null
     * @param provision the provision that governs it, e.g. Điều 23.1, not null
     * @param description what the item is, in both languages, not null
     * @return the item, not null
     */
    public static Item manual(DamageType type, Citation provision, BilingualText description) {
      return new Item(null, 1, null, Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(provision, "provision"),
          Objects.requireNonNull(description, "description"), null, false);
    }

    /**
     * Returns a copy with the amount a person valued from evidence.
     *
     * @param amount the amount, not negative, not null
     * @return the item, not null
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException if the item is computed by a rule, or the amount is
     *     negative
     */
    public Item valued(Vnd amount) {
      Objects.requireNonNull(amount, "amount");
      if (rule != null && rule.basis() != DamageRule.Basis.MANUAL) {
        throw new IllegalArgumentException(rule + " is computed by the library, not valued");
      }
      if (amount.isNegative()) {
        throw new IllegalArgumentException("amount must not be negative, but was " + amount);
      }
      return new Item(rule, quantity, region, type, provision, description, amount,
          computableWithoutVerification);
    }

    /**
     * Returns a copy that says whether the damage can be computed at once without verification,
     * which makes it eligible for the advance (Điều 44.1.b). A judgment of the resolver.
     *
     * @param computable true if so
     * @return the item, not null
     * @throws IllegalArgumentException for mental damage for harm to health, which Điều 44.1.a
     *     leaves out of the advance
     */
    public Item computableWithoutVerification(boolean computable) {
      if (computable && rule == DamageRule.MENTAL_HEALTH_HARM) {
        throw new IllegalArgumentException(
            "mental damage for harm to health (Điều 27.5) is left out of the advance by Điều 44.1.a");
      }
      return new Item(rule, quantity, region, type, provision, description, amount, computable);
    }

    /**
     * Gets the rule that computes the item.
     *
     * @return the rule, empty for a manual item
     */
    public Optional<DamageRule> rule() {
      return Optional.ofNullable(rule);
    }

    /**
     * Gets the type of damage.
     *
     * @return the type, not null
     */
    public DamageType type() {
      return type;
    }

    /**
     * Gets the provision that governs the item.
     *
     * @return the citation, not null
     */
    public Citation provision() {
      return provision;
    }

    /**
     * Gets the number of days or months (1 for a lump sum or a manual item).
     *
     * @return the quantity, at least 1
     */
    public long quantity() {
      return quantity;
    }

    /**
     * Gets the regional minimum wage used, for the rules priced in it.
     *
     * @return the parameter, empty if none
     */
    public Optional<LegalParameter> region() {
      return Optional.ofNullable(region);
    }

    /**
     * Gets the amount valued by a person, for a manual item.
     *
     * @return the amount, empty if none
     */
    public Optional<Vnd> valuedAmount() {
      return Optional.ofNullable(amount);
    }

    /**
     * Whether the resolver found that the damage can be computed without verification (Điều
     * 44.1.b).
     *
     * @return true if so
     */
    public boolean isComputableWithoutVerification() {
      return computableWithoutVerification;
    }

    String describe(boolean vietnamese) {
      String text = vietnamese ? description.vietnamese() : description.english();
      if (region != null) {
        text += " (" + region.label(vietnamese ? Locale.forLanguageTag("vi") : Locale.ENGLISH)
            + ")";
      }
      return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Item o)) {
        return false;
      }
      return rule == o.rule && quantity == o.quantity && region == o.region && type == o.type
          && provision.equals(o.provision) && description.equals(o.description)
          && Objects.equals(amount, o.amount)
          && computableWithoutVerification == o.computableWithoutVerification;
    }

    @Override
    public int hashCode() {
      return Objects.hash(rule, quantity, region, type, provision, amount);
    }

    /**
     * Returns e.g. {@code "Item[MENTAL_DEPRIVATION_OF_LIBERTY × 287]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Item[" + (rule != null ? rule.name() : type.name() + " " + provision) + " × "
          + quantity + (amount == null ? "" : ", " + amount) + "]";
    }
  }

  //-----------------------------------------------------------------------
  /**
   * One valued item: its status, its amount and the steps that gave it.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Line {
    private final Item item;
    private final Status status;
    private final Vnd amount;
    private final BigDecimal exact;
    private final Explanation explanation;

    Line(Item item, Status status, Vnd amount, BigDecimal exact, Explanation explanation) {
      this.item = item;
      this.status = status;
      this.amount = amount;
      this.exact = exact;
      this.explanation = explanation;
    }

    /**
     * Gets the item.
     *
     * @return the item, not null
     */
    public Item item() {
      return item;
    }

    /**
     * Gets how the amount was obtained.
     *
     * @return the status, not null
     */
    public Status status() {
      return status;
    }

    /**
     * Gets the amount in whole đồng.
     *
     * @return the amount, empty if the item requires manual valuation
     */
    public Optional<Vnd> amount() {
      return Optional.ofNullable(amount);
    }

    /**
     * Gets the amount before rounding to the đồng: exact when the division by 22 or 26 terminates,
     * otherwise to 6 decimal places (the rounded {@link #amount()} is computed from the exact
     * fraction, not from this value).
     *
     * @return the value in đồng, empty if the item requires manual valuation
     */
    public Optional<BigDecimal> unroundedAmount() {
      return Optional.ofNullable(exact);
    }

    /**
     * Whether the item counts for the advance (Điều 44.1): mental damage of Điều 27.1–27.4 and
     * 27.6, or damage the resolver found computable without verification.
     *
     * @return true if eligible
     */
    public boolean isAdvanceEligible() {
      return (item.rule != null && item.rule.isAdvanceEligible())
          || item.computableWithoutVerification;
    }

    /**
     * Explains the amount.
     *
     * @return the explanation, not null
     */
    public Explanation explain() {
      return explanation;
    }

    /**
     * Returns e.g. {@code "Line[MENTAL_DEPRIVATION_OF_LIBERTY × 287, COMPUTED, 152659091 VND]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Line[" + item + ", " + status + (amount == null ? "" : ", " + amount) + "]";
    }
  }

  //-----------------------------------------------------------------------
  /**
   * The minimum advance payment (tạm ứng kinh phí bồi thường, Điều 44): at least 50% of the value
   * of the eligible damage, rounded up to the đồng ("không dưới 50%").
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Advance {
    private final Vnd eligibleTotal;
    private final List<Line> eligible;
    private final List<Line> pendingEligible;

    Advance(Vnd eligibleTotal, List<Line> eligible, List<Line> pendingEligible) {
      this.eligibleTotal = eligibleTotal;
      this.eligible = eligible;
      this.pendingEligible = pendingEligible;
    }

    /**
     * Gets the value of the eligible damage that has an amount.
     *
     * @return the total, not null
     */
    public Vnd eligibleTotal() {
      return eligibleTotal;
    }

    /**
     * Gets the lowest advance the head may decide: 50% of {@link #eligibleTotal()}, rounded up.
     *
     * @return the minimum, not null
     */
    public Vnd minimum() {
      return Amounts.up(Amounts.exact(eligibleTotal).multiply(Amounts.HALF));
    }

    /**
     * Gets the eligible items counted.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<Line> eligible() {
      return eligible;
    }

    /**
     * Gets the eligible items without an amount yet (they raise the minimum once valued).
     *
     * @return the lines, unmodifiable, not null
     */
    public List<Line> pendingEligible() {
      return pendingEligible;
    }

    /**
     * Checks an advance the head decided or paid against the minimum.
     *
     * @param advance the amount, not null
     * @return the amount, or {@link MoneyProblem.Code#ADVANCE_BELOW_MINIMUM}, not null
     */
    public Validation<Seq<MoneyProblem>, Vnd> check(Vnd advance) {
      Objects.requireNonNull(advance, "advance");
      Vnd min = minimum();
      if (advance.compareTo(min) >= 0) {
        return Validation.valid(advance);
      }
      return Validation.invalid(io.vavr.collection.List.of(MoneyProblem.of(
          MoneyProblem.Code.ADVANCE_BELOW_MINIMUM,
          "Mức tạm ứng " + Amounts.money(advance, true) + " thấp hơn 50% giá trị các thiệt hại"
              + " được tạm ứng (" + Amounts.money(min, true) + ")",
          "The advance " + Amounts.money(advance, false) + " is below 50% of the eligible damage ("
              + Amounts.money(min, false) + ")", Provisions.law(44, 4))));
    }

    /**
     * Explains the minimum.
     *
     * @return the explanation, not null
     */
    public Explanation explain() {
      List<Explanation> children = new ArrayList<>();
      for (Line l : eligible) {
        children.add(l.explanation);
      }
      if (!pendingEligible.isEmpty()) {
        children.add(Explanation.of(BilingualText.of(
            pendingEligible.size() + " khoản được tạm ứng chưa có giá trị",
            pendingEligible.size() + " eligible items have no amount yet"), List.of()));
      }
      return Explanation.of(BilingualText.of(
          "Mức tạm ứng tối thiểu: 50% × " + Amounts.money(eligibleTotal, true) + " = "
              + Amounts.money(minimum(), true) + " (làm tròn lên)",
          "Minimum advance: 50% × " + Amounts.money(eligibleTotal, false) + " = "
              + Amounts.money(minimum(), false) + " (rounded up)"),
          List.of(Provisions.law(44, 1), Provisions.law(44, 4)), children);
    }

    /**
     * Returns e.g. {@code "Advance[eligible 152659091 VND, minimum 76329546 VND]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Advance[eligible " + eligibleTotal + ", minimum " + minimum() + "]";
    }
  }

  //-----------------------------------------------------------------------
  /**
   * The assessment set beside the amounts claimed (Điều 41.3.đ), agreed in the negotiation (Điều
   * 46.7), decided (Điều 47) and advanced (Điều 44). It states differences; it does not judge them.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Comparison {
    private final Map<DamageType, Vnd> claimed = new EnumMap<>(DamageType.class);
    private final Map<DamageType, Vnd> assessed = new EnumMap<>(DamageType.class);
    private final Map<DamageType, Boolean> assessedComplete = new EnumMap<>(DamageType.class);
    private final Vnd claimedTotal;
    private final Vnd assessedTotal;
    private final boolean complete;
    private final Vnd agreed;
    private final Vnd decided;
    private final Vnd advancePaid;

    Comparison(DamageAssessment assessment, List<ClaimedDamage> claims, Vnd agreed, Vnd decided,
        Vnd advancePaid) {
      long c = 0;
      for (ClaimedDamage d : claims) {
        claimed.merge(d.type(), d.amount(), Vnd::plus);
        c = Math.addExact(c, d.amount().amount());
      }
      for (Line l : assessment.lines) {
        DamageType t = l.item.type;
        assessedComplete.merge(t, l.amount != null, Boolean::logicalAnd);
        if (l.amount != null) {
          assessed.merge(t, l.amount, Vnd::plus);
        }
      }
      this.claimedTotal = Vnd.of(c);
      this.assessedTotal = assessment.valuedTotal();
      this.complete = assessment.isComplete();
      this.agreed = agreed;
      this.decided = decided;
      this.advancePaid = advancePaid;
    }

    /**
     * Gets the amount claimed for a type of damage.
     *
     * @param type the type, not null
     * @return the amount, zero if none was claimed, not null
     */
    public Vnd claimed(DamageType type) {
      return claimed.getOrDefault(Objects.requireNonNull(type, "type"), Vnd.ZERO);
    }

    /**
     * Gets the amount assessed for a type of damage, if every item of that type has an amount.
     *
     * @param type the type, not null
     * @return the amount (zero if no item of the type), empty if an item requires valuation
     */
    public Optional<Vnd> assessed(DamageType type) {
      Objects.requireNonNull(type, "type");
      if (!assessedComplete.getOrDefault(type, true)) {
        return Optional.empty();
      }
      return Optional.of(assessed.getOrDefault(type, Vnd.ZERO));
    }

    /**
     * Gets the total claimed.
     *
     * @return the total, not null
     */
    public Vnd claimedTotal() {
      return claimedTotal;
    }

    /**
     * Gets the total assessed, if the assessment is complete.
     *
     * @return the total, empty if an item requires valuation or the assessment has problems
     */
    public Optional<Vnd> assessedTotal() {
      return complete ? Optional.of(assessedTotal) : Optional.empty();
    }

    /**
     * Gets the amount agreed in the negotiation.
     *
     * @return the amount, empty if unknown
     */
    public Optional<Vnd> agreed() {
      return Optional.ofNullable(agreed);
    }

    /**
     * Gets the amount decided.
     *
     * @return the amount, empty if no decision is recorded
     */
    public Optional<Vnd> decided() {
      return Optional.ofNullable(decided);
    }

    /**
     * Gets the advances paid, as recorded in the claim.
     *
     * @return the total, empty if none is recorded or the comparison was not made from a claim
     */
    public Optional<Vnd> advancePaid() {
      return Optional.ofNullable(advancePaid);
    }

    /**
     * Explains the comparison, type by type, with the differences.
     *
     * @return the explanation, not null
     */
    public Explanation explain() {
      List<Explanation> rows = new ArrayList<>();
      for (DamageType t : DamageType.values()) {
        if (!claimed.containsKey(t) && !assessedComplete.containsKey(t)) {
          continue;
        }
        Optional<Vnd> a = assessed(t);
        rows.add(Explanation.of(BilingualText.of(
            capitalise(t.label(Locale.forLanguageTag("vi"))) + ": yêu cầu "
                + Amounts.money(claimed(t), true) + ", xác định "
                + a.map(v -> Amounts.money(v, true)).orElse("chưa đủ (cần định giá)"),
            capitalise(t.label(Locale.ENGLISH)) + ": claimed " + Amounts.money(claimed(t), false)
                + ", assessed " + a.map(v -> Amounts.money(v, false)).orElse("incomplete (valuation"
                + " required)")), List.of(t.citation())));
      }
      rows.add(line("Thỏa thuận khi thương lượng", "Agreed in the negotiation", agreed,
          Provisions.law(46, 7)));
      rows.add(line("Quyết định giải quyết bồi thường", "Compensation decision", decided,
          Provisions.law(47)));
      if (advancePaid != null) {
        rows.add(line("Đã tạm ứng", "Advance paid", advancePaid, Provisions.law(44)));
      }
      if (decided != null && complete) {
        long diff = decided.amount() - assessedTotal.amount();
        rows.add(Explanation.of(BilingualText.of(
            "Chênh lệch quyết định − xác định: " + Amounts.money(Vnd.of(diff), true),
            "Difference decided − assessed: " + Amounts.money(Vnd.of(diff), false)), List.of()));
      }
      if (decided != null) {
        long diff = decided.amount() - claimedTotal.amount();
        rows.add(Explanation.of(BilingualText.of(
            "Chênh lệch quyết định − yêu cầu: " + Amounts.money(Vnd.of(diff), true),
            "Difference decided − claimed: " + Amounts.money(Vnd.of(diff), false)), List.of()));
      }
      return Explanation.of(BilingualText.of(
          "So sánh: yêu cầu " + Amounts.money(claimedTotal, true) + ", xác định "
              + assessedTotal().map(v -> Amounts.money(v, true)).orElse("chưa đủ"),
          "Comparison: claimed " + Amounts.money(claimedTotal, false) + ", assessed "
              + assessedTotal().map(v -> Amounts.money(v, false)).orElse("incomplete")),
          List.of(Provisions.law(22)), rows);
    }

    private static Explanation line(String vi, String en, Vnd amount, Citation citation) {
      return Explanation.of(BilingualText.of(
          vi + ": " + (amount == null ? "chưa có" : Amounts.money(amount, true)),
          en + ": " + (amount == null ? "none" : Amounts.money(amount, false))),
          List.of(citation));
    }

    private static String capitalise(String s) {
      return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Returns e.g. {@code "Comparison[claimed 200000000 VND, decided 152659091 VND]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return "Comparison[claimed " + claimedTotal + ", decided "
          + (decided == null ? "none" : decided) + "]";
    }
  }
}
