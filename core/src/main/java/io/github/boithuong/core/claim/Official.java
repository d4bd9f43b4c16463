package io.github.boithuong.core.claim;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official who caused the damage (người thi hành công vụ gây thiệt hại, Luật TNBTCNN 2017 Điều
 * 3.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class Official {

  Official() {}


  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Gets the position held when the damage was caused, if recorded.
   *
   * @return the position, empty if unknown
   */
  public abstract Optional<String> position();

  /**
   * Obtains an official.
   *
   * @param name the name, not null
   * @return the official, not null
   */
  public static Official of(String name) {
    return builder().name(name).build();
  }

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Official}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }
}
