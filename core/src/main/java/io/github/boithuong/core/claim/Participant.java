package io.github.boithuong.core.claim;

import java.util.Objects;

/**
 * A person who took part in a negotiation session or signed its result minute, in a capacity of
 * Luật TNBTCNN 2017 Điều 46.3.
 *
 * <p>A record: immutable and thread-safe.
 *
 * @param role the capacity, not null
 * @param name the person's name, not null
 * @param organisation the agency or organisation represented, e.g. "Sở Tư pháp tỉnh Quảng Ngãi";
 *     not null, empty when the person represents nobody else
 */
public record Participant(ParticipantRole role, String name, String organisation) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Participant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
  }

  /**
   * Obtains a participant who represents nobody else.
   *
   * @param role the capacity, not null
   * @param name the name, not null
   * @return the participant, not null
   */
  public static Participant of(ParticipantRole role, String name) {
    return new Participant(role, name, "");
  }
}
