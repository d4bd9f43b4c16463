package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A provision of Luật TNBTCNN 2017 Chapter III that sets an amount of damage by a formula: a
 * number of days or months of base salary (lương cơ sở) or of regional minimum wage (lương tối
 * thiểu vùng) per day or month of a situation, or a lump sum. Each was read in the official text
 * (Pháp điển, linked to vbpl.vn; docs/interpretations.md, M5).
 *
 * <p>Damage the text does not price by a formula (property, Điều 23; wage income, Điều 24.1.a–b
 * and 24.2; medical and funeral costs, Điều 25.1, 25.4, 26.1; mental damage for harm to health,
 * Điều 27.5; other costs, Điều 28) needs a valuation from evidence: see {@link
 * DamageAssessment.Item#manual}.
 */
public enum DamageRule {
  /** Education at the commune (giáo dục tại xã, phường, thị trấn): 0.5 day of base salary per day (Điều 27.1). */
  MENTAL_COMMUNE_EDUCATION(DamageType.MENTAL, Provisions.law(27, 1), Basis.BASE_SALARY_DAY, "0.5",
      false, true, "bị áp dụng biện pháp giáo dục tại xã, phường, thị trấn",
      "subject to education at the commune"),
  /**
   * Administrative detention of a person, reformatory, compulsory education or compulsory drug
   * rehabilitation establishment: 2 days of base salary per day (Điều 27.2).
   */
  MENTAL_ADMINISTRATIVE_CONFINEMENT(DamageType.MENTAL, Provisions.law(27, 2), Basis.BASE_SALARY_DAY,
      "2", false, true,
      "bị tạm giữ người theo thủ tục hành chính, đưa vào trường giáo dưỡng, cơ sở giáo dục bắt buộc,"
          + " cơ sở cai nghiện bắt buộc",
      "administratively detained, or placed in a reformatory, compulsory education or compulsory"
          + " rehabilitation establishment"),
  /** Held in an emergency (giữ người trong trường hợp khẩn cấp): 2 days of base salary in all (Điều 27.3.a). */
  MENTAL_EMERGENCY_HOLDING(DamageType.MENTAL, Provisions.law(27, 3, "a"), Basis.BASE_SALARY_DAY,
      "2", true, true, "bị giữ trong trường hợp khẩn cấp", "held in an emergency"),
  /**
   * Arrested, held in custody (tạm giữ), temporarily detained (tạm giam) or serving a prison
   * sentence: 5 days of base salary per day (Điều 27.3.b; period: Nghị định 68/2018 Điều 11.1).
   */
  MENTAL_DEPRIVATION_OF_LIBERTY(DamageType.MENTAL, Provisions.law(27, 3, "b"),
      Basis.BASE_SALARY_DAY, "5", false, true, "bị bắt, tạm giữ, tạm giam, chấp hành hình phạt tù",
      "arrested, held in custody, temporarily detained or imprisoned"),
  /**
   * Prosecuted without being arrested, held or detained, or serving a penalty other than prison
   * (except point d): 2 days of base salary per day (Điều 27.3.c; period: Nghị định 68/2018 Điều
   * 11.2).
   */
  MENTAL_PROSECUTED_AT_LIBERTY(DamageType.MENTAL, Provisions.law(27, 3, "c"),
      Basis.BASE_SALARY_DAY, "2", false, true,
      "không bị bắt, tạm giữ, tạm giam hoặc chấp hành hình phạt không phải là hình phạt tù",
      "prosecuted without arrest or detention, or serving a penalty other than prison"),
  /**
   * Serving non-custodial reform (cải tạo không giam giữ) or a suspended prison sentence (án treo):
   * 3 days of base salary per day (Điều 27.3.d; period: Nghị định 68/2018 Điều 11.3).
   */
  MENTAL_NON_CUSTODIAL_SENTENCE(DamageType.MENTAL, Provisions.law(27, 3, "d"),
      Basis.BASE_SALARY_DAY, "3", false, true,
      "chấp hành hình phạt cải tạo không giam giữ, phạt tù cho hưởng án treo",
      "serving non-custodial reform or a suspended sentence"),
  /**
   * The sentence was served before a decision found the person entitled to compensation: 2 days of
   * base salary per day until that decision (Điều 27.3.đ; period: Nghị định 68/2018 Điều 11.4).
   */
  MENTAL_AFTER_SENTENCE_SERVED(DamageType.MENTAL, Provisions.law(27, 3, "đ"),
      Basis.BASE_SALARY_DAY, "2", false, true,
      "đã chấp hành xong hình phạt, chưa có văn bản xác định thuộc trường hợp được bồi thường",
      "sentence served, before the decision finding a right to compensation"),
  /**
   * The injured person died: 360 months of base salary; excludes the mental damage of Điều 27.1,
   * 27.2, 27.3 and 27.5 (Điều 27.4).
   */
  MENTAL_DEATH(DamageType.MENTAL, Provisions.law(27, 4), Basis.BASE_SALARY_MONTH, "360", true, true,
      "người bị thiệt hại chết", "the injured person died"),
  /**
   * Harm to health: according to the degree of harm, at most 50 months of base salary (Điều
   * 27.5). Needs an assessment (Nghị định 68/2018 Điều 17.2.b); not covered by the advance.
   */
  MENTAL_HEALTH_HARM(DamageType.MENTAL, Provisions.law(27, 5), Basis.MANUAL, "50", true, false,
      "sức khỏe bị xâm phạm", "harm to health"),
  /** A civil servant unlawfully dismissed: 1 day of base salary per day (Điều 27.6). */
  MENTAL_UNLAWFUL_DISMISSAL(DamageType.MENTAL, Provisions.law(27, 6), Basis.BASE_SALARY_DAY, "1",
      false, true, "công chức bị buộc thôi việc trái pháp luật", "civil servant unlawfully dismissed"),
  /**
   * Seasonal income when the average income of such work in the locality cannot be determined: 1
   * day of the regional minimum wage of the residence per day (Điều 24.1.c).
   */
  LOST_INCOME_SEASONAL_FALLBACK(DamageType.LOST_INCOME, Provisions.law(24, 1, "c"),
      Basis.REGIONAL_MINIMUM_WAGE_DAY, "1", false, false,
      "thu nhập theo mùa vụ không xác định được thu nhập trung bình tại địa phương",
      "seasonal income whose local average cannot be determined"),
  /** Health fostering before death: 1 day of regional minimum wage per day of treatment (Điều 25.2). */
  DEATH_HEALTH_FOSTERING(DamageType.DEATH, Provisions.law(25, 2), Basis.REGIONAL_MINIMUM_WAGE_DAY,
      "1", false, false, "bồi dưỡng sức khỏe trước khi chết", "health fostering before death"),
  /** Carer before death: 1 day of regional minimum wage per day of care (Điều 25.3). */
  DEATH_CARER(DamageType.DEATH, Provisions.law(25, 3), Basis.REGIONAL_MINIMUM_WAGE_DAY, "1", false,
      false, "người chăm sóc trước khi chết", "carer before death"),
  /**
   * Maintenance of the deceased's dependants: 1 month of regional minimum wage of the dependant's
   * residence per month, unless another law or an effective judgment fixed it (Điều 25.5).
   */
  DEATH_MAINTENANCE(DamageType.DEATH, Provisions.law(25, 5), Basis.REGIONAL_MINIMUM_WAGE_MONTH, "1",
      false, false, "tiền cấp dưỡng", "maintenance of dependants"),
  /** Health fostering: 1 day of regional minimum wage per day of treatment (Điều 26.2). */
  HEALTH_FOSTERING(DamageType.HEALTH, Provisions.law(26, 2), Basis.REGIONAL_MINIMUM_WAGE_DAY, "1",
      false, false, "bồi dưỡng sức khỏe", "health fostering"),
  /** Carer during treatment: 1 day of regional minimum wage per day of care (Điều 26.3). */
  HEALTH_CARER(DamageType.HEALTH, Provisions.law(26, 3), Basis.REGIONAL_MINIMUM_WAGE_DAY, "1", false,
      false, "người chăm sóc trong thời gian điều trị", "carer during treatment"),
  /**
   * Permanent carer of a person who lost working capacity: 1 day of regional minimum wage of the
   * residence per day of care (Điều 26.4.a).
   */
  HEALTH_PERMANENT_CARER(DamageType.HEALTH, Provisions.law(26, 4, "a"),
      Basis.REGIONAL_MINIMUM_WAGE_DAY, "1", false, false, "người thường xuyên chăm sóc",
      "permanent carer"),
  /**
   * Maintenance of the dependants of a person who lost working capacity: 1 month of regional
   * minimum wage of the dependant's residence per month, unless fixed otherwise (Điều 26.4.b).
   */
  HEALTH_MAINTENANCE(DamageType.HEALTH, Provisions.law(26, 4, "b"),
      Basis.REGIONAL_MINIMUM_WAGE_MONTH, "1", false, false, "tiền cấp dưỡng",
      "maintenance of dependants");

  /** What a rule counts in. */
  enum Basis {
    BASE_SALARY_DAY,
    BASE_SALARY_MONTH,
    REGIONAL_MINIMUM_WAGE_DAY,
    REGIONAL_MINIMUM_WAGE_MONTH,
    MANUAL
  }

  private final DamageType type;
  private final Citation citation;
  private final Basis basis;
  private final BigDecimal multiplier;
  private final boolean lumpSum;
  private final boolean advanceEligible;
  private final BilingualText label;

  DamageRule(DamageType type, Citation citation, Basis basis, String multiplier, boolean lumpSum,
      boolean advanceEligible, String vietnamese, String english) {
    this.type = type;
    this.citation = citation;
    this.basis = basis;
    this.multiplier = new BigDecimal(multiplier);
    this.lumpSum = lumpSum;
    this.advanceEligible = advanceEligible;
    this.label = BilingualText.of(vietnamese, english);
  }

  /**
   * Gets the type of damage (Điều 23–28) the rule belongs to.
   *
   * @return the type, not null
   */
  public DamageType type() {
    return type;
  }

  /**
   * Gets the provision that sets the rule.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Gets the situation in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the label, not null
   */
  public String label(Locale locale) {
    return label.in(locale);
  }

  /**
   * Gets the number of days or months of base salary or minimum wage per day or month of the
   * situation, or in all for a lump sum; for {@link #MENTAL_HEALTH_HARM}, the cap in months.
   *
   * @return the multiplier, positive, not null
   */
  public BigDecimal multiplier() {
    return multiplier;
  }

  /**
   * Whether the amount is a lump sum rather than per day or month.
   *
   * @return true for a lump sum (Điều 27.3.a, 27.4; the cap of 27.5)
   */
  public boolean isLumpSum() {
    return lumpSum;
  }

  /**
   * Whether the law itself makes the damage eligible for the advance (Điều 44.1.a: mental damage
   * of Điều 27.1, 27.2, 27.3, 27.4 and 27.6).
   *
   * @return true if eligible by law
   */
  public boolean isAdvanceEligible() {
    return advanceEligible;
  }

  /**
   * Whether the amount is priced in regional minimum wage, so that an item needs the region.
   *
   * @return true for the rules of Điều 24.1.c, 25 and 26
   */
  public boolean needsRegion() {
    return basis == Basis.REGIONAL_MINIMUM_WAGE_DAY || basis == Basis.REGIONAL_MINIMUM_WAGE_MONTH;
  }

  Basis basis() {
    return basis;
  }

  BilingualText label() {
    return label;
  }

  boolean isExcludedByDeath() {
    return type == DamageType.MENTAL && this != MENTAL_DEATH && this != MENTAL_UNLAWFUL_DISMISSAL;
  }
}
