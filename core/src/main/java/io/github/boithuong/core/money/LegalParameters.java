package io.github.boithuong.core.money;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The dated values of the {@link LegalParameter}s: each value with the day it takes effect, the
 * document that set it and its status (confirmed or not), as OpenFisca keeps its parameters.
 *
 * <p>boithuong ships the values it has confirmed in a data file ({@code
 * io/github/boithuong/core/money/parameters.txt}, format in {@code docs/parameters.md}): the base
 * salary from 01/07/2017, the regional minimum wages from 01/01/2018, and the two divisors the Law
 * fixes. When a decree changes a value, an integrator adds it without forking the library, with a
 * file on the classpath at {@code META-INF/boithuong/parameters/parameters.txt} (or {@code
 * .../base-salary.txt} and the like), or in code:
 *
 * <pre>
 *   LegalParameters parameters = LegalParameters.builder()
 *       .file(text, "lcs-2026.txt")              // every problem listed, with its line
 *       .strict(true)                            // refuse UNCONFIRMED values
 *       .build();
 *   ParameterValue bs = parameters.value(LegalParameter.BASE_SALARY, LocalDate.of(2024, 7, 1));
 *   bs.value();                                  // 2340000
 *   bs.document();                               // "Nghị định 73/2024/NĐ-CP ..."
 * </pre>
 *
 * <p>A value applies from its effective date until the next value of its parameter. Asking for a
 * date before the first value is an error ({@link MoneyProblem.Code#BEFORE_FIRST_VALUE}), never a
 * guess; so is asking a strict table for an {@link ParameterStatus#UNCONFIRMED} value. A malformed
 * file is an error listing every problem, never a partial table.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalParameters {

  private final Map<LegalParameter, NavigableMap<LocalDate, ParameterValue>> values;
  private final boolean strict;

  private LegalParameters(
      Map<LegalParameter, NavigableMap<LocalDate, ParameterValue>> values, boolean strict) {
    this.values = values;
    this.strict = strict;
  }

  private static final class DefaultHolder {
    private static final LegalParameters DEFAULT;
    private static final ParameterException FAILURE;

    static {
      LegalParameters table = null;
      ParameterException failure = null;
      try {
        table = builder().build();
      } catch (ParameterException ex) {
        failure = ex;
      }
      DEFAULT = table;
      FAILURE = failure;
    }
  }

  /**
   * Gets the default table: the bundled values, overridden by any files on the classpath at
   * {@code META-INF/boithuong/parameters/}; lenient (unconfirmed values are returned, marked).
   *
   * @return the shared table, not null
   * @throws ParameterException if a bundled or classpath file is malformed
   */
  public static LegalParameters vietnam() {
    if (DefaultHolder.FAILURE != null) {
      throw new ParameterException(DefaultHolder.FAILURE.problems());
    }
    return DefaultHolder.DEFAULT;
  }

  /**
   * Creates a builder, starting from the bundled values and the classpath files.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  static String key(ParameterValue value) {
    return value.parameter() + " " + value.effectiveFrom();
  }

  /**
   * Whether the table refuses unconfirmed values.
   *
   * @return true if strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Returns a copy with the strict flag changed.
   *
   * @param strict whether to refuse UNCONFIRMED values
   * @return the table, not null
   */
  public LegalParameters withStrict(boolean strict) {
    return strict == this.strict ? this : new LegalParameters(values, strict);
  }

  /**
   * Finds the value of a parameter in force on a date.
   *
   * @param parameter the parameter, not null
   * @param date the date, not null
   * @return the value, or every problem: {@link MoneyProblem.Code#BEFORE_FIRST_VALUE} if the date
   *     is before the first value, {@link MoneyProblem.Code#UNCONFIRMED_VALUE} if the table is
   *     strict and the value unconfirmed; not null
   * @throws NullPointerException if an argument is null
   */
  public Validation<Seq<MoneyProblem>, ParameterValue> find(
      LegalParameter parameter, LocalDate date) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(date, "date");
    NavigableMap<LocalDate, ParameterValue> history = values.get(parameter);
    Map.Entry<LocalDate, ParameterValue> entry = history == null ? null : history.floorEntry(date);
    if (entry == null) {
      String first = history == null || history.isEmpty()
          ? "" : history.firstKey().toString();
      return Validation.invalid(io.vavr.collection.List.of(MoneyProblem.of(
          MoneyProblem.Code.BEFORE_FIRST_VALUE,
          "Không có giá trị của " + parameter.label(java.util.Locale.forLanguageTag("vi"))
              + " (" + parameter + ") vào ngày " + Dates.vi(date)
              + (first.isEmpty() ? "" : "; giá trị đầu tiên có hiệu lực từ " + first),
          "No value of the " + parameter.label(java.util.Locale.ENGLISH) + " (" + parameter
              + ") on " + date + (first.isEmpty() ? "" : "; the first value applies from " + first))));
    }
    ParameterValue value = entry.getValue();
    if (strict && value.status() == ParameterStatus.UNCONFIRMED) {
      return Validation.invalid(io.vavr.collection.List.of(MoneyProblem.of(
          MoneyProblem.Code.UNCONFIRMED_VALUE,
          "Giá trị " + parameter + " từ " + value.effectiveFrom() + " (" + value.document()
              + ") chưa được xác nhận; bảng tham số nghiêm ngặt không dùng giá trị này",
          "The value of " + parameter + " from " + value.effectiveFrom() + " ("
              + value.document() + ") is UNCONFIRMED; a strict table refuses it")));
    }
    return Validation.valid(value);
  }

  /**
   * Gets the value of a parameter in force on a date.
   *
   * @param parameter the parameter, not null
   * @param date the date, not null
   * @return the value, not null
   * @throws NullPointerException if an argument is null
   * @throws ParameterException if the date is before the first value, or the table is strict and
   *     the value unconfirmed
   */
  public ParameterValue value(LegalParameter parameter, LocalDate date) {
    Validation<Seq<MoneyProblem>, ParameterValue> found = find(parameter, date);
    if (found.isInvalid()) {
      throw new ParameterException(found.getError().asJava());
    }
    return found.get();
  }

  /**
   * Gets every value of a parameter, oldest first.
   *
   * @param parameter the parameter, not null
   * @return the values, unmodifiable, possibly empty, not null
   */
  public List<ParameterValue> history(LegalParameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    NavigableMap<LocalDate, ParameterValue> history = values.get(parameter);
    return history == null ? List.of() : List.copyOf(history.values());
  }

  /**
   * Returns e.g. {@code "LegalParameters[21 values, lenient]"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    int n = values.values().stream().mapToInt(Map::size).sum();
    return "LegalParameters[" + n + " values, " + (strict ? "strict" : "lenient") + "]";
  }

  /**
   * Builds a {@link LegalParameters} from the bundled values, the classpath files and values given
   * in code, in that order of precedence (a later source replaces a value of the same parameter
   * and effective date).
   *
   * <p>This class is mutable and not thread-safe; the table it builds is immutable.
   */
  public static final class Builder {
    private final Map<String, ParameterValue> added = new LinkedHashMap<>();
    private ClassLoader classLoader = LegalParameters.class.getClassLoader();
    private boolean bundled = true;
    private boolean strict;

    private Builder() {}

    /**
     * Adds a value, replacing a bundled or classpath value of the same parameter and date.
     *
     * @param value the value, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if a value of the same parameter and date was already
     *     added to this builder
     */
    public Builder value(ParameterValue value) {
      Objects.requireNonNull(value, "value");
      ParameterValue previous = added.putIfAbsent(key(value), value);
      if (previous != null) {
        throw new IllegalArgumentException("a value of " + value.parameter() + " from "
            + value.effectiveFrom() + " was already added (" + previous.origin() + ")");
      }
      return this;
    }

    /**
     * Adds every value of a file in the parameter format ({@code docs/parameters.md}).
     *
     * @param text the content of the file, not null
     * @param origin the name of the file, shown in messages, not null
     * @return this builder, not null
     * @throws NullPointerException if an argument is null
     * @throws ParameterException listing every problem, each with its line, if the file is
     *     malformed
     * @throws IllegalArgumentException if a value of the same parameter and date was already
     *     added to this builder
     */
    public Builder file(String text, String origin) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
      for (ParameterValue value : ParameterParser.parse(text, origin)) {
        value(value);
      }
      return this;
    }

    /**
     * Sets whether the table refuses UNCONFIRMED values. Default false.
     *
     * @param strict true to refuse them
     * @return this builder, not null
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets whether to start from the values bundled with the library. Default true; false gives a
     * table of the classpath files and the added values only (for tests and special cases).
     *
     * @param bundled whether to load the bundled values
     * @return this builder, not null
     */
    public Builder bundled(boolean bundled) {
      this.bundled = bundled;
      return this;
    }

    /**
     * Sets where to look for files at {@code META-INF/boithuong/parameters/}; null disables the
     * lookup.
     *
     * @param classLoader the class loader, may be null
     * @return this builder, not null
     */
    public Builder classpathExtensions(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, not null
     * @throws ParameterException if a bundled or classpath file is malformed, or two classpath
     *     files disagree on a value
     */
    public LegalParameters build() {
      Map<String, ParameterValue> all = new LinkedHashMap<>();
      if (bundled) {
        for (ParameterValue v : ParameterResources.bundled()) {
          all.put(key(v), v);
        }
      }
      if (classLoader != null) {
        all.putAll(ParameterResources.extensions(classLoader));
      }
      all.putAll(added);
      return new LegalParameters(index(all.values()), strict);
    }

    private static Map<LegalParameter, NavigableMap<LocalDate, ParameterValue>> index(
        Collection<ParameterValue> all) {
      Map<LegalParameter, NavigableMap<LocalDate, ParameterValue>> map =
          new EnumMap<>(LegalParameter.class);
      for (ParameterValue v : new ArrayList<>(all)) {
        map.computeIfAbsent(v.parameter(), p -> new TreeMap<>()).put(v.effectiveFrom(), v);
      }
      Map<LegalParameter, NavigableMap<LocalDate, ParameterValue>> frozen =
          new EnumMap<>(LegalParameter.class);
      map.forEach((p, m) -> frozen.put(p, java.util.Collections.unmodifiableNavigableMap(m)));
      return java.util.Collections.unmodifiableMap(frozen);
    }
  }
}
