package io.github.boithuong.core.money;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The moment at which the value of compensated damage is fixed (thời điểm tính giá trị thiệt hại,
 * Luật TNBTCNN 2017 Điều 22.2): the acceptance of the claim dossier (thụ lý, Điều 43), or the day
 * the first-instance court determines the value in the cases of Điều 52.1 and Điều 55. A claimant
 * who sues under Điều 52.2 after the agency's procedure keeps the earlier acceptance date.
 *
 * <p>The base salary and the regional minimum wages that price damage are those in force on this
 * date (docs/interpretations.md, M2).
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class ValuationMoment {

  /** Which moment of Điều 22.2. */
  public enum Kind {
    /** The date the resolving agency accepted the dossier (thụ lý hồ sơ, Điều 43). */
    ACCEPTANCE,
    /**
     * The date the first-instance court determined the value of the damage (Điều 52.1, Điều 55).
     */
    FIRST_INSTANCE_COURT
  }

  private final Kind kind;
  private final LocalDate date;

  private ValuationMoment(Kind kind, LocalDate date) {
    this.kind = kind;
    this.date = date;
  }

  /**
   * Obtains the moment of acceptance of the dossier.
   *
   * @param date the date of acceptance (thụ lý), not null
   * @return the moment, not null
   */
  public static ValuationMoment acceptance(LocalDate date) {
    return new ValuationMoment(Kind.ACCEPTANCE, Objects.requireNonNull(date, "date"));
  }

  /**
   * Obtains the moment the first-instance court determined the value (claims under Điều 52.1 or
   * Điều 55).
   *
   * @param date the date of the court's valuation, not null
   * @return the moment, not null
   */
  public static ValuationMoment firstInstanceCourt(LocalDate date) {
    return new ValuationMoment(Kind.FIRST_INSTANCE_COURT, Objects.requireNonNull(date, "date"));
  }

  /**
   * Obtains the acceptance moment of a claim handled by the resolving agency: the date of its
   * first {@code Accepted} event.
   *
   * @param claim the claim, not null
   * @return the moment, empty if the claim has not been accepted
   */
  public static Optional<ValuationMoment> of(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    return claim.acceptedOn().map(ValuationMoment::acceptance);
  }

  /**
   * Gets which moment of Điều 22.2 this is.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the date.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the provisions that fix this moment.
   *
   * @return the citations, not empty, not null
   */
  public List<Citation> citations() {
    return kind == Kind.ACCEPTANCE
        ? List.of(Provisions.law(22, 2), Provisions.law(43))
        : List.of(Provisions.law(22, 2), Provisions.law(52, 1), Provisions.law(55));
  }

  /**
   * Explains the moment.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return Explanation.of(kind == Kind.ACCEPTANCE
        ? BilingualText.of(
            "Giá trị thiệt hại được tính tại thời điểm thụ lý hồ sơ: " + Dates.vi(date),
            "Damage is valued at the acceptance of the dossier: " + date)
        : BilingualText.of(
            "Giá trị thiệt hại được tính tại thời điểm Tòa án cấp sơ thẩm xác định: "
                + Dates.vi(date),
            "Damage is valued when the first-instance court determines it: " + date),
        citations());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValuationMoment other
        && kind == other.kind
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, date);
  }

  /**
   * Returns e.g. {@code "ACCEPTANCE 2024-02-19"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return kind + " " + date;
  }
}
