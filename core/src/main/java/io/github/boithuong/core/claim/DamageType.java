package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import java.util.Locale;

/** A type of compensable damage (thiệt hại được bồi thường), Luật TNBTCNN 2017 Điều 23–28. */
public enum DamageType {
  /** Damage from property being infringed (Điều 23). */
  PROPERTY("thiệt hại do tài sản bị xâm phạm", "damage to property", Law.law(23)),
  /** Lost or reduced actual income (Điều 24). */
  LOST_INCOME("thiệt hại do thu nhập thực tế bị mất hoặc bị giảm sút", "lost or reduced actual income", Law.law(24)),
  /** Material damage when the injured person died (Điều 25). */
  DEATH("thiệt hại về vật chất do người bị thiệt hại chết", "material damage from death", Law.law(25)),
  /** Material damage from harm to health (Điều 26). */
  HEALTH("thiệt hại về vật chất do sức khỏe bị xâm phạm", "material damage from harm to health", Law.law(26)),
  /** Mental damage (thiệt hại về tinh thần), Điều 27. */
  MENTAL("thiệt hại về tinh thần", "mental damage", Law.law(27)),
  /** Other compensable costs (Điều 28). */
  OTHER_COSTS("các chi phí khác được bồi thường", "other compensable costs", Law.law(28));

  private final BilingualText label;
  private final Citation citation;

  DamageType(String vietnamese, String english, Citation citation) {
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

  /**
   * Gets the provision that defines this value.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }
}
