package io.github.boithuong.examples;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A scenario of the implementation plans: a case, the date on which it is looked at, and what it
 * shows, in Vietnamese and English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the name of its case file under {@code examples/cases/}, e.g. {@code
 *     quang-ngai-ward-2024.json}; not null
 * @param title the title, not null
 * @param story what happened and what the report shows, not null
 * @param claim the case, not null
 * @param asOf the date of the report, not null
 */
public record Scenario(String file, BilingualText title, BilingualText story, Claim claim,
    LocalDate asOf) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(asOf, "asOf");
  }
}
