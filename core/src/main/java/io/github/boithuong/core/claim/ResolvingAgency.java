package io.github.boithuong.core.claim;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The resolving agency (cơ quan giải quyết bồi thường, Luật TNBTCNN 2017 Điều 3.7, 33–40): the
 * agency that directly manages the official who caused the damage.
 *
 * <pre>
 *   ResolvingAgency ward = ResolvingAgency.builder()
 *       .name("Ủy ban nhân dân phường Nghĩa Lộ")
 *       .kind(AgencyKind.COMMUNE_PEOPLES_COMMITTEE)
 *       .level(AgencyLevel.COMMUNE)
 *       .province("Quảng Ngãi")
 *       .build();
 *   ward.stateManagementAgency();   // Sở Tư pháp tỉnh Quảng Ngãi
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class ResolvingAgency {

  ResolvingAgency() {}


  /**
   * Gets the agency's name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Gets the kind of agency.
   *
   * @return the kind, not null
   */
  public abstract AgencyKind kind();

  /**
   * Gets the level.
   *
   * @return the level, not null
   */
  public abstract AgencyLevel level();

  /**
   * Gets the province the agency is in; required unless the agency is a central body of Nghị định
   * 68/2018 Điều 19.3.
   *
   * @return the province, empty if not recorded
   */
  public abstract Optional<String> province();

  /**
   * Whether the agency is one of the central bodies listed in Nghị định 68/2018 Điều 19.3, whose
   * state-management agency is the Ministry of Justice. Default false.
   *
   * @return true for a central body of Điều 19.3
   */
  @Value.Default
  public boolean centralBody() {
    return false;
  }

  /**
   * Gets the state-management agency that supervises this agency and must take part in its
   * negotiations (Điều 46.3.d; Nghị định 68/2018 Điều 21.2): the Ministry of Justice for a central
   * body of Điều 19.3, otherwise the Department of Justice of its province.
   *
   * @return the agency, empty only for a non-central agency without a province (a validation
   *     problem)
   */
  public Optional<StateManagementAgency> stateManagementAgency() {
    if (centralBody()) {
      return Optional.of(StateManagementAgency.MINISTRY_OF_JUSTICE);
    }
    return province().filter(p -> !p.isBlank()).map(StateManagementAgency::departmentOfJustice);
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolvingAgency}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableResolvingAgency.Builder {
    Builder() {}
  }
}
