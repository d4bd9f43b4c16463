package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The recourse level of one official on the whole amount paid (Luật TNBTCNN 2017 Điều 65.2;
 * Nghị định 68/2018/NĐ-CP Điều 26.2–26.3): a fixed amount, or a range in which the council chooses.
 *
 * <p>Tier boundaries compare the amount paid with whole numbers of months of salary exactly, as
 * the Decree words them: "cao hơn 100 tháng" (more than), "từ trên 80 đến 100" (more than 80, up to
 * and including 100), "từ 60 đến 80" (60 to 80, both included), "thấp hơn 60" (less than). Amounts
 * are rounded down to the đồng (they are maxima for the official); the lower end of a range is
 * rounded up, so that every whole amount in the range satisfies the law (docs/interpretations.md,
 * M1, M3).
 */
final class RecourseLevel {

  private static final BigDecimal MONTHS_100 = BigDecimal.valueOf(100);
  private static final BigDecimal MONTHS_80 = BigDecimal.valueOf(80);
  private static final BigDecimal MONTHS_60 = BigDecimal.valueOf(60);
  private static final BigDecimal MONTHS_50 = BigDecimal.valueOf(50);
  private static final BigDecimal MONTHS_40 = BigDecimal.valueOf(40);
  private static final BigDecimal MONTHS_30 = BigDecimal.valueOf(30);
  private static final BigDecimal MONTHS_10 = BigDecimal.TEN;
  private static final BigDecimal MONTHS_8 = BigDecimal.valueOf(8);
  private static final BigDecimal MONTHS_6 = BigDecimal.valueOf(6);
  private static final BigDecimal MONTHS_5 = BigDecimal.valueOf(5);
  private static final BigDecimal MONTHS_4 = BigDecimal.valueOf(4);
  private static final BigDecimal MONTHS_3 = BigDecimal.valueOf(3);

  final List<Citation> citations;
  final BilingualText tier;
  final Vnd minimum;
  final Vnd maximum;
  final Explanation explanation;

  private RecourseLevel(List<Citation> citations, BilingualText tier, Vnd minimum, Vnd maximum,
      Explanation explanation) {
    this.citations = citations;
    this.tier = tier;
    this.minimum = minimum;
    this.maximum = maximum;
    this.explanation = explanation;
  }

  boolean isRange() {
    return minimum.compareTo(maximum) != 0;
  }

  static RecourseLevel of(Vnd amountPaid, Fault fault, OfficialSalary salary) {
    BigDecimal paid = Amounts.exact(amountPaid);
    BigDecimal s = salary.monthly();
    BigDecimal half = paid.multiply(Amounts.HALF);
    Vnd halfDown = Amounts.down(half);
    BigDecimal inMonths = paid.divide(s, 2, RoundingMode.HALF_UP);
    List<Explanation> steps = new ArrayList<>();
    steps.add(salary.explain());
    steps.add(Explanation.of(BilingualText.of(
        "Số tiền Nhà nước đã bồi thường: " + Amounts.money(amountPaid, true) + " ≈ "
            + Amounts.number(inMonths, true) + " tháng lương",
        "Amount the State paid: " + Amounts.money(amountPaid, false) + " ≈ "
            + Amounts.number(inMonths, false) + " months' salary"),
        List.of(Provisions.law(65, 1, "b"))));
    switch (fault) {
      case INTENTIONAL_CONVICTED -> {
        return fixed(List.of(Provisions.law(65, 2, "a")), BilingualText.of(
            "lỗi cố ý và bị kết án: hoàn trả toàn bộ số tiền Nhà nước đã bồi thường",
            "intentional fault and convicted: the whole amount the State paid"),
            amountPaid, steps);
      }
      case INTENTIONAL -> {
        if (paid.compareTo(s.multiply(MONTHS_100)) > 0) {
          return fixed(List.of(Provisions.decree(26, 2, "a"), Provisions.law(65, 2, "b")),
              tierText("cao hơn 100 tháng lương: 50 tháng lương",
                  "more than 100 months' salary: 50 months' salary"),
              min(Amounts.down(salary.months(MONTHS_50)), halfDown), steps);
        }
        if (paid.compareTo(s.multiply(MONTHS_80)) > 0) {
          return range(List.of(Provisions.decree(26, 2, "b"), Provisions.law(65, 2, "b")),
              tierText("từ trên 80 đến 100 tháng lương: từ 40 đến dưới 50 tháng lương, tối đa 50%",
                  "more than 80 up to 100 months' salary: 40 to under 50 months' salary, at most 50%"),
              salary.months(MONTHS_40), salary.months(MONTHS_50), half, steps);
        }
        if (paid.compareTo(s.multiply(MONTHS_60)) >= 0) {
          return range(List.of(Provisions.decree(26, 2, "c"), Provisions.law(65, 2, "b")),
              tierText("từ 60 đến 80 tháng lương: từ 30 đến dưới 40 tháng lương, tối đa 50%",
                  "60 to 80 months' salary: 30 to under 40 months' salary, at most 50%"),
              salary.months(MONTHS_30), salary.months(MONTHS_40), half, steps);
        }
        return fixed(List.of(Provisions.decree(26, 2, "d"), Provisions.law(65, 2, "d")),
            tierText("thấp hơn 60 tháng lương: 50% số tiền Nhà nước đã bồi thường",
                "less than 60 months' salary: 50% of the amount paid"),
            halfDown, steps);
      }
      case NEGLIGENT -> {
        if (paid.compareTo(s.multiply(MONTHS_10)) > 0) {
          return fixed(List.of(Provisions.decree(26, 3, "a"), Provisions.law(65, 2, "c")),
              tierText("cao hơn 10 tháng lương: 05 tháng lương",
                  "more than 10 months' salary: 5 months' salary"),
              min(Amounts.down(salary.months(MONTHS_5)), halfDown), steps);
        }
        if (paid.compareTo(s.multiply(MONTHS_8)) > 0) {
          return fixed(List.of(Provisions.decree(26, 3, "b"), Provisions.law(65, 2, "c")),
              tierText("từ trên 08 đến 10 tháng lương: 04 tháng lương",
                  "more than 8 up to 10 months' salary: 4 months' salary"),
              min(Amounts.down(salary.months(MONTHS_4)), halfDown), steps);
        }
        if (paid.compareTo(s.multiply(MONTHS_6)) >= 0) {
          return fixed(List.of(Provisions.decree(26, 3, "c"), Provisions.law(65, 2, "c")),
              tierText("từ 06 đến 08 tháng lương: 03 tháng lương",
                  "6 to 8 months' salary: 3 months' salary"),
              min(Amounts.down(salary.months(MONTHS_3)), halfDown), steps);
        }
        return fixed(List.of(Provisions.decree(26, 3, "d"), Provisions.law(65, 2, "d")),
            tierText("thấp hơn 06 tháng lương: 50% số tiền Nhà nước đã bồi thường",
                "less than 6 months' salary: 50% of the amount paid"),
            halfDown, steps);
      }
      default -> {
        throw new IllegalStateException("unknown fault " + fault);
      }
    }
  }

  private static BilingualText tierText(String vietnamese, String english) {
    return BilingualText.of("Số tiền đã bồi thường " + vietnamese,
        "Amount paid " + english);
  }

  private static Vnd min(Vnd a, Vnd b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static RecourseLevel fixed(List<Citation> citations, BilingualText tier, Vnd amount,
      List<Explanation> steps) {
    List<Explanation> all = new ArrayList<>(steps);
    all.add(Explanation.of(BilingualText.of(
        tier.vietnamese() + " → " + Amounts.money(amount, true) + " (làm tròn xuống đến đồng)",
        tier.english() + " → " + Amounts.money(amount, false) + " (rounded down to the đồng)"),
        citations));
    return new RecourseLevel(citations, tier, amount, amount, null).withSteps(all);
  }

  /**
   * A range from {@code low} months (included) to {@code highExclusive} months (excluded), capped
   * at {@code half} (50% of the amount paid, included).
   */
  private static RecourseLevel range(List<Citation> citations, BilingualText tier, BigDecimal low,
      BigDecimal highExclusive, BigDecimal half, List<Explanation> steps) {
    Vnd minimum = Amounts.up(low);
    Vnd maximum;
    String capVi;
    String capEn;
    if (highExclusive.compareTo(half) <= 0) {
      maximum = Amounts.isWhole(highExclusive)
          ? Vnd.of(highExclusive.longValueExact() - 1) : Amounts.down(highExclusive);
      capVi = "dưới " + Amounts.money(highExclusive, true);
      capEn = "under " + Amounts.money(highExclusive, false);
    } else {
      maximum = Amounts.down(half);
      capVi = "tối đa 50% số tiền đã bồi thường = " + Amounts.money(half, true);
      capEn = "at most 50% of the amount paid = " + Amounts.money(half, false);
    }
    List<Explanation> all = new ArrayList<>(steps);
    if (maximum.compareTo(minimum) < 0) {
      // Only when rounding to the đồng leaves no whole amount in the range: the cap of 50% (Điều
      // 65.2.b, "nhưng tối đa") prevails.
      all.add(Explanation.of(BilingualText.of(
          tier.vietnamese() + "; làm tròn đến đồng không còn số tiền nào trong khoảng: áp dụng mức"
              + " tối đa 50% = " + Amounts.money(maximum, true),
          tier.english() + "; rounding to the đồng leaves no amount in the range: the 50% cap"
              + " applies = " + Amounts.money(maximum, false)), citations));
      return new RecourseLevel(citations, tier, maximum, maximum, null).withSteps(all);
    }
    all.add(Explanation.of(BilingualText.of(
        tier.vietnamese() + " → từ " + Amounts.money(minimum, true)
            + (Amounts.isWhole(low) ? "" : " (≥ " + Amounts.money(low, true) + ")") + " đến "
            + Amounts.money(maximum, true) + " (" + capVi
            + "); Hội đồng xem xét trách nhiệm hoàn trả chọn mức trong khoảng này",
        tier.english() + " → from " + Amounts.money(minimum, false)
            + (Amounts.isWhole(low) ? "" : " (≥ " + Amounts.money(low, false) + ")") + " to "
            + Amounts.money(maximum, false) + " (" + capEn
            + "); the recourse council chooses the amount in this range"),
        citations));
    return new RecourseLevel(citations, tier, minimum, maximum, null).withSteps(all);
  }

  private RecourseLevel withSteps(List<Explanation> steps) {
    return new RecourseLevel(citations, tier, minimum, maximum, Explanation.of(BilingualText.of(
        isRange()
            ? "Mức hoàn trả theo mức độ lỗi và số tiền đã bồi thường: từ "
                + Amounts.money(minimum, true) + " đến " + Amounts.money(maximum, true)
            : "Mức hoàn trả theo mức độ lỗi và số tiền đã bồi thường: "
                + Amounts.money(minimum, true),
        isRange()
            ? "Recourse by fault and amount paid: from " + Amounts.money(minimum, false) + " to "
                + Amounts.money(maximum, false)
            : "Recourse by fault and amount paid: " + Amounts.money(minimum, false)),
        List.of(Provisions.law(65, 1)), steps));
  }
}
