package io.github.boithuong.core.claim;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A claim for state compensation (yêu cầu bồi thường) and everything that happened in it: who
 * claims, against which resolving agency, in which field of liability, on which basis document, for
 * what; and the dated events of its procedure.
 *
 * <p>A claim is built once with {@link #builder()} and then grows one event at a time: {@link
 * #with(CaseEvent)} returns a new claim. Events are kept in date order; events of the same day keep
 * the order they were recorded in.
 *
 * <pre>
 *   Claim claim = Claim.builder()
 *       .id("QNg-2024-001")
 *       .claimant(Claimant.of(Party.individual("Nguyễn Văn A"), ClaimantStanding.INJURED_PERSON))
 *       .resolvingAgency(ward)
 *       .field(LiabilityField.ADMINISTRATIVE_MANAGEMENT)
 *       .content(ClaimContent.builder().addDamages(ClaimedDamage.of(DamageType.PROPERTY,
 *           Vnd.of(120_000_000))).build())
 *       .build()
 *       .with(new CaseEvent.DossierReceived(LocalDate.of(2024, 2, 6), FilingMethod.IN_PERSON))
 *       .with(new CaseEvent.Accepted(LocalDate.of(2024, 2, 15)));
 *   claim.problems();   // every problem at once, empty here
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class Claim {

  Claim() {}


  /** Claims above this amount are complex (Nghị định 68/2018 Điều 19.1.b). */
  static final Vnd COMPLEX_CLAIM_THRESHOLD = Vnd.of(5_000_000_000L);

  /**
   * Gets the case's identifier in the integrator's system.
   *
   * @return the identifier, not null
   */
  public abstract String id();

  /**
   * Gets the claimant.
   *
   * @return the claimant, not null
   */
  public abstract Claimant claimant();

  /**
   * Gets the injured person when the claimant is someone else (an heir, a representative).
   *
   * @return the injured person, empty when the claimant is the injured person
   */
  public abstract Optional<Party> injuredPerson();

  /**
   * Gets the officials who caused the damage (người thi hành công vụ gây thiệt hại).
   *
   * @return the officials, unmodifiable, not null
   */
  public abstract List<Official> officials();

  /**
   * Gets the resolving agency.
   *
   * @return the agency, not null
   */
  public abstract ResolvingAgency resolvingAgency();

  /**
   * Gets the field of State liability (Điều 17–21).
   *
   * @return the field, not null
   */
  public abstract LiabilityField field();

  /**
   * Gets the basis document (Điều 8–12), if the dossier has it.
   *
   * @return the document, empty if not (yet) in the dossier
   */
  public abstract Optional<BasisDocument> basisDocument();

  /**
   * Gets what the claim asks for (Điều 41.3).
   *
   * @return the content, not null
   */
  public abstract ClaimContent content();

  /**
   * Gets the documents in the dossier (Điều 41.1–41.2).
   *
   * @return the items, unmodifiable, not null
   */
  public abstract Set<DossierItem> dossierItems();

  /**
   * Gets the events in date order.
   *
   * @return the events, unmodifiable, not null
   */
  public abstract List<CaseEvent> events();

  /**
   * Gets the excluded periods (force majeure, objective obstacles) recorded in the case.
   *
   * @return the periods, unmodifiable, not null
   */
  public abstract List<ExcludedPeriod> excludedPeriods();

  /** Keeps the events in date order, same-day events in the order recorded. */
  @Value.Check
  protected Claim normalize() {
    List<CaseEvent> events = events();
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).date().isBefore(events.get(i - 1).date())) {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CaseEvent::date));
        return builder().from(this).events(sorted).build();
      }
    }
    return this;
  }

  /**
   * Returns a new claim with one more event.
   *
   * @param event the event, not null
   * @return the new claim, not null
   */
  public Claim with(CaseEvent event) {
    List<CaseEvent> events = new ArrayList<>(events());
    events.add(Objects.requireNonNull(event, "event"));
    return builder().from(this).events(events).build();
  }

  /**
   * Returns a new claim with one more excluded period.
   *
   * @param period the period, not null
   * @return the new claim, not null
   */
  public Claim with(ExcludedPeriod period) {
    List<ExcludedPeriod> periods = new ArrayList<>(excludedPeriods());
    periods.add(Objects.requireNonNull(period, "period"));
    return builder().from(this).excludedPeriods(periods).build();
  }

  /**
   * Gets the events of one kind, in date order.
   *
   * @param <T> the kind of event
   * @param type the kind of event, not null
   * @return the events, unmodifiable, not null
   */
  public <T extends CaseEvent> List<T> events(Class<T> type) {
    return events().stream().filter(type::isInstance).map(type::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the first event of one kind.
   *
   * @param <T> the kind of event
   * @param type the kind of event, not null
   * @return the first event, empty if none
   */
  public <T extends CaseEvent> Optional<T> first(Class<T> type) {
    return events().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * Gets the last event of one kind.
   *
   * @param <T> the kind of event
   * @param type the kind of event, not null
   * @return the last event, empty if none
   */
  public <T extends CaseEvent> Optional<T> last(Class<T> type) {
    List<T> all = events(type);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Gets why the case is complex, if it is: the grounds recorded, and a claim above 5 billion đồng
   * (Nghị định 68/2018 Điều 19.1.b), derived from the content.
   *
   * @return the grounds, unmodifiable, empty if the case is not complex
   */
  public Set<ComplexityGround> complexity() {
    Set<ComplexityGround> grounds = EnumSet.noneOf(ComplexityGround.class);
    for (CaseEvent.ComplexCaseDetermined e : events(CaseEvent.ComplexCaseDetermined.class)) {
      grounds.add(e.ground());
    }
    Vnd total = ClaimValidator.totalOrNull(content());
    if (total != null && total.compareTo(COMPLEX_CLAIM_THRESHOLD) > 0) {
      grounds.add(ComplexityGround.CLAIM_ABOVE_FIVE_BILLION);
    }
    return Set.copyOf(grounds);
  }

  /**
   * Gets the date the claim was accepted (thụ lý), if it was.
   *
   * @return the date, empty if not accepted
   */
  public Optional<LocalDate> acceptedOn() {
    return first(CaseEvent.Accepted.class).map(CaseEvent::date);
  }

  /**
   * Finds every problem of the case at once: events out of legal order or before the event they
   * depend on, events after the case ended, amounts below zero, extensions without their legal
   * basis, a claim accepted before 01/07/2018 (governed by the 2009 law, Điều 78), missing or
   * inconsistent facts.
   *
   * @return the problems, in the order of the events concerned, unmodifiable, empty if none
   */
  public List<CaseProblem> problems() {
    return ClaimValidator.problems(this);
  }

  /**
   * Validates the case.
   *
   * @return this claim, or every problem found; not null
   */
  public Validation<Seq<CaseProblem>, Claim> validate() {
    List<CaseProblem> problems = problems();
    return problems.isEmpty()
        ? Validation.valid(this)
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
