package io.github.boithuong.core.claim;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;

/** Short factories for the citations of the claim package. */
final class Law {
  private Law() {}

  static Citation law(int article) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article);
  }

  static Citation law(int article, int clause) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, clause);
  }

  static Citation law(int article, int clause, String point) {
    return Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, article, clause, point);
  }

  static Citation decree(int article) {
    return Citation.of(LegalText.DECREE_68_2018, article);
  }

  static Citation decree(int article, int clause) {
    return Citation.of(LegalText.DECREE_68_2018, article, clause);
  }

  static Citation decree(int article, int clause, String point) {
    return Citation.of(LegalText.DECREE_68_2018, article, clause, point);
  }

  static Citation circular08(int article, int clause) {
    return Citation.of(LegalText.CIRCULAR_08_2019, article, clause);
  }
}
