package io.github.boithuong.core.money;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/**
 * The official's fault (lỗi của người thi hành công vụ), the first basis of the recourse amount
 * (Luật TNBTCNN 2017 Điều 65.1.a), as the recourse council assesses it (Nghị định 68/2018/NĐ-CP
 * Điều 28.6.b).
 */
public enum Fault {
  /**
   * Intentional fault, and an effective judgment convicted the official of a crime: the official
   * repays the whole amount the State paid (Điều 65.2.a).
   */
  INTENTIONAL_CONVICTED(
      "lỗi cố ý, có bản án đã có hiệu lực pháp luật tuyên phạm tội",
      "intentional fault, convicted by an effective judgment",
      Provisions.law(65, 2, "a")),
  /**
   * Intentional fault not serious enough for criminal liability: 30 to 50 months' salary, at most
   * 50% of the amount paid (Điều 65.2.b; Nghị định 68/2018/NĐ-CP Điều 26.2).
   */
  INTENTIONAL(
      "lỗi cố ý nhưng chưa đến mức bị truy cứu trách nhiệm hình sự",
      "intentional fault, not serious enough for criminal liability",
      Provisions.law(65, 2, "b")),
  /**
   * Negligent fault (lỗi vô ý): 3 to 5 months' salary, at most 50% of the amount paid (Điều
   * 65.2.c; Nghị định 68/2018/NĐ-CP Điều 26.3).
   */
  NEGLIGENT("lỗi vô ý", "negligent fault", Provisions.law(65, 2, "c"));

  private final BilingualText label;
  private final Citation citation;

  Fault(String vietnamese, String english, Citation citation) {
    this.label = BilingualText.of(vietnamese, english);
    this.citation = citation;
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

  BilingualText label() {
    return label;
  }

  /**
   * Gets the provision of Điều 65.2 that applies to this fault.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }
}
