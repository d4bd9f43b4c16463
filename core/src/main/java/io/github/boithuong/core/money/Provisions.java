package io.github.boithuong.core.money;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;

/** Short factories for the citations of the money package. */
final class Provisions {
  private Provisions() {}

  static Citation law(int article) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article);
  }

  static Citation law(int article, int clause) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, clause);
  }

  static Citation law(int article, int clause, String point) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, clause, point);
  }

  static Citation decree(int article, int clause) {
    return Citation.of(LegalText.DECREE_68_2018, article, clause);
  }

  static Citation decree(int article, int clause, String point) {
    return Citation.of(LegalText.DECREE_68_2018, article, clause, point);
  }
}
