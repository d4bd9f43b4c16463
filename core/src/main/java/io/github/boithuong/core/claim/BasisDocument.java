package io.github.boithuong.core.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The document that is the basis for the claim (văn bản làm căn cứ yêu cầu bồi thường, Luật
 * TNBTCNN 2017 Điều 3.5, 8–12): the legally effective document that identifies the official's
 * unlawful act. The day the claimant received it starts the limitation period (Điều 6.1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Value.Immutable: CLASS retention, for the processor only
public abstract class BasisDocument {

  BasisDocument() {}


  /**
   * Gets what the document is, e.g. "Quyết định giải quyết khiếu nại số 12/QĐ-UBND".
   *
   * @return the description, not null
   */
  public abstract String description();

  /**
   * Gets who issued it.
   *
   * @return the issuer, not null
   */
  public abstract String issuer();

  /**
   * Gets the date it was issued.
   *
   * @return the date, not null
   */
  public abstract LocalDate issued();

  /**
   * Gets the date the claimant received it, which starts the limitation period (Điều 6.1).
   *
   * @return the date, empty if not recorded
   */
  public abstract Optional<LocalDate> received();

  /**
   * Creates a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BasisDocument}; mutable, not thread-safe. */
  public static final class Builder extends ImmutableBasisDocument.Builder {
    Builder() {}
  }
}
