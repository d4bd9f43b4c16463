package io.github.boithuong.rules;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One finding of a rule: a stable code, a severity, the provisions it rests on, the facts it used,
 * and a message in Vietnamese and English.
 *
 * <pre>
 *   finding.render(Locale.forLanguageTag("vi"));
 *   // "Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 08/03/2024 —
 *   //  điểm d khoản 3 Điều 46 Luật TNBTCNN 2017; điểm b khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

  private final String code;
  private final Severity severity;
  private final List<Citation> citations;
  private final Map<String, String> facts;
  private final BilingualText message;

  private Finding(String code, Severity severity, List<Citation> citations, Map<String, String> facts,
      BilingualText message) {
    this.code = code;
    this.severity = severity;
    this.citations = citations;
    this.facts = facts;
    this.message = message;
  }

  /**
   * Starts a finding whose message is the bundle entry of its code.
   *
   * @param code the stable code, also the message key, not null
   * @param severity the severity, not null
   * @return a builder, not null
   */
  static Builder of(String code, Severity severity) {
    return new Builder(code, severity);
  }

  /**
   * Gets the stable code, e.g. {@code NEGOTIATION_MISSING_PARTICIPANT}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Gets the severity.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the provisions the finding rests on.
   *
   * @return the citations, unmodifiable, not null
   */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Gets the facts the finding used, by name, in a language-neutral form (ISO dates, codes, names as
   * recorded), in the order they were considered.
   *
   * @return the facts, unmodifiable, not null
   */
  public Map<String, String> facts() {
    return facts;
  }

  /**
   * Gets the message in the language of the locale.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    return message.in(locale);
  }

  /**
   * Renders the finding for an official: the message, then its provisions in short form.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, not null
   */
  public String render(Locale locale) {
    if (citations.isEmpty()) {
      return message.in(locale);
    }
    return message.in(locale) + " — "
        + citations.stream().map(c -> c.formatShort(locale)).collect(Collectors.joining("; "));
  }

  /**
   * Explains the finding as a step of reasoning with its provisions.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    return Explanation.of(message, citations);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Finding other)) {
      return false;
    }
    return code.equals(other.code) && severity == other.severity
        && citations.equals(other.citations) && facts.equals(other.facts)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, citations, facts, message);
  }

  /**
   * Returns the code, severity and English message.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return code + " " + severity + ": " + render(Locale.ENGLISH);
  }

  /** Builds a finding; mutable, not thread-safe. */
  static final class Builder {
    /** Shown for a fact given as an empty or blank text. */
    private static final BilingualText NOT_GIVEN = BilingualText.of("(không ghi)", "(not given)");
    private final String code;
    private final Severity severity;
    private final List<Citation> citations = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, BilingualText> args = new LinkedHashMap<>();

    private Builder(String code, Severity severity) {
      this.code = Objects.requireNonNull(code, "code");
      this.severity = Objects.requireNonNull(severity, "severity");
    }

    Builder cite(Citation... cited) {
      for (Citation c : cited) {
        if (!citations.contains(c)) {
          citations.add(c);
        }
      }
      return this;
    }

    Builder cite(List<Citation> cited) {
      return cite(cited.toArray(new Citation[0]));
    }

    /** A fact used, also a message argument in both languages. */
    Builder fact(String name, Object value) {
      String text = String.valueOf(value);
      facts.put(name, text);
      args.put(name, text.isBlank() ? NOT_GIVEN : BilingualText.of(text, text));
      return this;
    }

    /** A fact used, with its value in each language for the message. */
    Builder fact(String name, String value, BilingualText display) {
      facts.put(name, value);
      args.put(name, display);
      return this;
    }

    Finding build() {
      return new Finding(code, severity, List.copyOf(citations),
          Collections.unmodifiableMap(new LinkedHashMap<>(facts)), Messages.format(code, args));
    }
  }
}
