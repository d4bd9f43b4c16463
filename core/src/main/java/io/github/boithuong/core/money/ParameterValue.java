package io.github.boithuong.core.money;

import io.github.boithuong.core.law.BilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated value of a {@link LegalParameter}: the value, the day it takes effect, the document
 * that set it, the reports it was read in, and whether it is confirmed.
 *
 * <p>A value applies from its effective date until the day before the next value of the same
 * parameter takes effect.
 *
 * <pre>
 *   ParameterValue v = ParameterValue.of(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1),
 *       new BigDecimal("2340000"), ParameterStatus.CONFIRMED,
 *       "Nghị định 73/2024/NĐ-CP", List.of("https://example.org/report"), "");
 * </pre>
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class ParameterValue implements Comparable<ParameterValue> {

  private final LegalParameter parameter;
  private final LocalDate effectiveFrom;
  private final BigDecimal value;
  private final ParameterStatus status;
  private final String document;
  private final List<String> sources;
  private final String note;
  private final String origin;

  private ParameterValue(
      LegalParameter parameter,
      LocalDate effectiveFrom,
      BigDecimal value,
      ParameterStatus status,
      String document,
      List<String> sources,
      String note,
      String origin) {
    this.parameter = parameter;
    this.effectiveFrom = effectiveFrom;
    this.value = value;
    this.status = status;
    this.document = document;
    this.sources = sources;
    this.note = note;
    this.origin = origin;
  }

  /**
   * Obtains a value, for a table built in code ({@link LegalParameters.Builder#value}).
   *
   * @param parameter the parameter, not null
   * @param effectiveFrom the first day the value applies, not null
   * @param value the value, a positive whole number, not null
   * @param status whether the value is confirmed, not null
   * @param document the legal document that set the value, e.g. "Nghị định 73/2024/NĐ-CP", not
   *     blank
   * @param sources where the value was read (URLs, remarks), not null, may be empty
   * @param note a remark, not null, may be empty
   * @return the value, not null
   * @throws NullPointerException if an argument or a source is null
   * @throws IllegalArgumentException if {@code value} is not a positive whole number or {@code
   *     document} is blank
   */
  public static ParameterValue of(
      LegalParameter parameter,
      LocalDate effectiveFrom,
      BigDecimal value,
      ParameterStatus status,
      String document,
      List<String> sources,
      String note) {
    return create(parameter, effectiveFrom, value, status, document, sources, note, "code");
  }

  static ParameterValue create(
      LegalParameter parameter,
      LocalDate effectiveFrom,
      BigDecimal value,
      ParameterStatus status,
      String document,
      List<String> sources,
      String note,
      String origin) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(note, "note");
    if (value.signum() <= 0 || !Amounts.isWhole(value)) {
      throw new IllegalArgumentException("value must be a positive whole number, but was " + value);
    }
    if (document.isBlank()) {
      throw new IllegalArgumentException("document must not be blank");
    }
    return new ParameterValue(parameter, effectiveFrom, value.stripTrailingZeros(), status,
        document.strip(), List.copyOf(Objects.requireNonNull(sources, "sources")), note.strip(),
        Objects.requireNonNull(origin, "origin"));
  }

  /**
   * Gets the parameter.
   *
   * @return the parameter, not null
   */
  public LegalParameter parameter() {
    return parameter;
  }

  /**
   * Gets the first day the value applies.
   *
   * @return the date, not null
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Gets the value, in the parameter's {@link LegalParameter#unit() unit}.
   *
   * @return a positive whole number, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Gets whether the value is confirmed.
   *
   * @return the status, not null
   */
  public ParameterStatus status() {
    return status;
  }

  /**
   * Gets the legal document that set the value.
   *
   * @return the document, e.g. "Nghị định 73/2024/NĐ-CP ngày 30/06/2024 của Chính phủ", not null
   */
  public String document() {
    return document;
  }

  /**
   * Gets where the value was read.
   *
   * @return the sources, unmodifiable, not null
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * Gets a remark on the value.
   *
   * @return the note, empty if none, not null
   */
  public String note() {
    return note;
  }

  /**
   * Gets where the value was loaded from: a file name, or {@code "code"}.
   *
   * @return the origin, not null
   */
  public String origin() {
    return origin;
  }

  /** One line describing the value, for explanations. */
  BilingualText describe() {
    String vi = capitalise(parameter.label(java.util.Locale.forLanguageTag("vi"))) + " từ "
        + Dates.vi(effectiveFrom) + ": " + valueText(true) + " (" + document
        + (status == ParameterStatus.UNCONFIRMED ? "; CHƯA ĐƯỢC XÁC NHẬN" : "") + ")";
    String en = capitalise(parameter.label(java.util.Locale.ENGLISH)) + " from " + effectiveFrom + ": "
        + valueText(false) + " (" + document
        + (status == ParameterStatus.UNCONFIRMED ? "; UNCONFIRMED" : "") + ")";
    return BilingualText.of(vi, en);
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private String valueText(boolean vietnamese) {
    if (parameter.unit() == LegalParameter.Unit.DAYS) {
      return Amounts.number(value, vietnamese) + (vietnamese ? " ngày" : " days");
    }
    return Amounts.money(value, vietnamese) + (vietnamese ? "/tháng" : "/month");
  }

  /**
   * Orders by parameter, then effective date.
   *
   * @param other the other value, not null
   * @return the comparator value
   */
  @Override
  public int compareTo(ParameterValue other) {
    int cmp = parameter.compareTo(other.parameter);
    return cmp != 0 ? cmp : effectiveFrom.compareTo(other.effectiveFrom);
  }

  /**
   * Whether two values state the same thing (their origin aside).
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ParameterValue o)) {
      return false;
    }
    return parameter == o.parameter
        && effectiveFrom.equals(o.effectiveFrom)
        && value.compareTo(o.value) == 0
        && status == o.status
        && document.equals(o.document)
        && sources.equals(o.sources)
        && note.equals(o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameter, effectiveFrom, value.stripTrailingZeros(), status, document);
  }

  /**
   * Returns e.g. {@code "BASE_SALARY 2024-07-01 2340000 CONFIRMED (Nghị định 73/2024/NĐ-CP)"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return parameter + " " + effectiveFrom + " " + value.toPlainString() + " " + status + " ("
        + document + ")";
  }
}
