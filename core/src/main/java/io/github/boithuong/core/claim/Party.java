package io.github.boithuong.core.claim;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation in a claim: the injured person (người bị thiệt hại, Điều 3.1) or the
 * claimant's own identity.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class Party {

  Party() {}


  /** Whether a party is an individual or an organisation. */
  public enum Kind {
    /** An individual (cá nhân). */
    INDIVIDUAL,
    /** An organisation or legal entity (tổ chức, pháp nhân). */
    ORGANISATION
  }

  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Gets whether the party is an individual or an organisation.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the address or seat, if recorded (used for the venue of negotiation, Điều 46.4).
   *
   * @return the address, empty if unknown
   */
  public abstract Optional<String> address();

  /**
   * Obtains an individual.
   *
   * @param name the name, not null
   * @return the party, not null
   */
  public static Party individual(String name) {
    return builder().name(name).kind(Kind.INDIVIDUAL).build();
  }

  /**
   * Obtains an organisation.
   *
   * @param name the name, not null
   * @return the party, not null
   */
  public static Party organisation(String name) {
    return builder().name(name).kind(Kind.ORGANISATION).build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
