package io.github.boithuong.core.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the money rules over thousands of generated cases (QuickTheories): the 50% cap of Luật
 * TNBTCNN 2017 Điều 65.2.b–d, the cap of Điều 65.3 on several officials, and the 50% floor of the
 * advance (Điều 44.4).
 */
class MoneyPropertiesTest {

  private static final int EXAMPLES = 3000;
  private static final LegalParameters PARAMETERS = LegalParameters.vietnam();
  private static final LocalDate FIRST = LocalDate.of(2018, 7, 1);
  private static final int[] BOUNDARY_MONTHS = {6, 8, 10, 60, 80, 100};
  private static final DamageRule[] BASE_RULES = {
      DamageRule.MENTAL_COMMUNE_EDUCATION, DamageRule.MENTAL_ADMINISTRATIVE_CONFINEMENT,
      DamageRule.MENTAL_DEPRIVATION_OF_LIBERTY, DamageRule.MENTAL_PROSECUTED_AT_LIBERTY,
      DamageRule.MENTAL_NON_CUSTODIAL_SENTENCE, DamageRule.MENTAL_AFTER_SENTENCE_SERVED,
      DamageRule.MENTAL_UNLAWFUL_DISMISSAL};

  /** Officials encoded as integers: fault = code % 3, position of the council's choice = code / 3. */
  private static Gen<List<Integer>> officials() {
    return lists().of(integers().between(0, 3 * 1001 - 1)).ofSizeBetween(1, 4);
  }

  private static OfficialSalary salary(int coefficientHundredths, int dayOffset) {
    return OfficialSalary.atRecourseDecision(BigDecimal.valueOf(coefficientHundredths, 2),
        FIRST.plusDays(dayOffset), PARAMETERS);
  }

  /** Builds the officials with a council choice inside each range (found by a first pass). */
  private static RecourseAssessment assess(long paid, List<Integer> codes, OfficialSalary salary,
      RecourseAssessment.SplitReading reading) {
    List<RecourseOfficial> bare = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      bare.add(RecourseOfficial.of("O" + i, Fault.values()[codes.get(i) % 3], salary));
    }
    RecourseAssessment first = RecourseAssessment.of(Vnd.of(paid), bare, reading);
    List<RecourseOfficial> chosen = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      RecourseAssessment.Share s = first.shares().get(i);
      if (s.isRange()) {
        long min = s.minimum().amount();
        long span = s.maximum().amount() - min;
        long pick = min + span * (codes.get(i) / 3) / 1000;
        chosen.add(bare.get(i).withCouncilChoice(Vnd.of(pick)));
      } else {
        chosen.add(bare.get(i));
      }
    }
    return RecourseAssessment.of(Vnd.of(paid), chosen, reading);
  }

  private static boolean withinHalfExceptConvicted(long paid, RecourseAssessment a) {
    if (!a.isComplete() || a.total().get().amount() > paid) {
      return false;
    }
    for (RecourseAssessment.Share s : a.shares()) {
      long amount = s.amount().get().amount();
      if (amount < 0 || amount > s.individualAmount().get().amount()) {
        return false;
      }
      if (s.official().fault() != Fault.INTENTIONAL_CONVICTED && 2 * amount > paid) {
        return false;
      }
    }
    return true;
  }

  /** Điều 65.2.b–d, 65.3: never more than 50% of the amount paid, except a convicted official. */
  @Test
  void recourse_neverAboveHalfOfTheCompensationExceptConvicted() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(1, 2_000_000_000_000L), integers().between(100, 1000),
            integers().between(0, 3100), officials())
        .check((paid, coefficient, day, codes) -> withinHalfExceptConvicted(paid,
            assess(paid, codes, salary(coefficient, day),
                RecourseAssessment.SplitReading.INDIVIDUAL_AMOUNTS_CAPPED)));
  }

  /** The same law around every tier boundary: 6, 8, 10, 60, 80 and 100 months, ± a few đồng. */
  @Test
  void recourse_neverAboveHalfAtTheTierBoundaries() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(0, BOUNDARY_MONTHS.length - 1), integers().between(-3, 3),
            integers().between(100, 1000), officials())
        .check((k, delta, coefficient, codes) -> {
          OfficialSalary s = salary(coefficient, 2200);
          long paid = s.monthly().multiply(BigDecimal.valueOf(BOUNDARY_MONTHS[k]))
              .longValueExact() + delta;
          return withinHalfExceptConvicted(paid,
              assess(paid, codes, s, RecourseAssessment.SplitReading.INDIVIDUAL_AMOUNTS_CAPPED));
        });
  }

  /** Điều 65.3: the officials together never repay more than the amount paid, in both readings. */
  @Test
  void split_sumsToAtMostTheAmountPaid() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(1, 2_000_000_000_000L), integers().between(100, 1000),
            integers().between(0, 1), officials())
        .check((paid, coefficient, reading, codes) -> {
          RecourseAssessment a = assess(paid, codes, salary(coefficient, 1000),
              RecourseAssessment.SplitReading.values()[reading]);
          long sum = a.shares().stream().mapToLong(s -> s.amount().get().amount()).sum();
          return a.isComplete() && sum == a.total().get().amount() && sum <= paid;
        });
  }

  /** Every range is well formed and its ends obey the law: min ≤ max ≤ 50% of the amount paid. */
  @Test
  void ranges_areWellFormed() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(1, 2_000_000_000_000L), integers().between(100, 1000))
        .check((paid, coefficient) -> {
          RecourseAssessment.Share s = RecourseAssessment.of(Vnd.of(paid), List.of(
              RecourseOfficial.of("A", Fault.INTENTIONAL, salary(coefficient, 2500))))
              .shares().get(0);
          return s.minimum().compareTo(s.maximum()) <= 0 && 2 * s.maximum().amount() <= paid;
        });
  }

  /** Điều 44.4: the minimum advance is at least, and by at most one đồng of rounding, 50%. */
  @Test
  void advance_isAtLeastHalfOfTheEligibleItems() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 6),
            integers().between(0, 3100), longs().between(0, 5_000_000_000L))
        .check((codes, day, manual) -> {
          List<DamageAssessment.Item> items = new ArrayList<>();
          for (int code : codes) {
            int kind = code % 4;
            if (kind == 0) {
              items.add(DamageAssessment.Item.manual(DamageType.PROPERTY,
                  Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23, 1),
                  BilingualText.of("tài sản", "property")).valued(Vnd.of(manual + code))
                  .computableWithoutVerification(code % 8 == 0));
            } else if (kind == 1) {
              items.add(DamageAssessment.Item.of(DamageRule.MENTAL_EMERGENCY_HOLDING, 1));
            } else {
              items.add(DamageAssessment.Item.of(BASE_RULES[code % BASE_RULES.length],
                  1 + code % 4000));
            }
          }
          DamageAssessment a = DamageAssessment.of(
              ValuationMoment.acceptance(FIRST.plusDays(day)), items, PARAMETERS);
          DamageAssessment.Advance advance = a.advance();
          long eligible = 0;
          for (DamageAssessment.Line l : a.lines()) {
            if (l.isAdvanceEligible()) {
              eligible += l.amount().get().amount();
            }
          }
          long min = advance.minimum().amount();
          return advance.eligibleTotal().amount() == eligible
              && 2 * min >= eligible && 2 * (min - 1) < eligible
              && advance.check(advance.minimum()).isValid()
              && (min == 0 || advance.check(Vnd.of(min - 1)).isInvalid());
        });
  }
}
