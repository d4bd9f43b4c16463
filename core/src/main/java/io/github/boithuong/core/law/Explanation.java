package io.github.boithuong.core.law;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One step of the reasoning behind an answer, in Vietnamese and English, with the provisions it
 * rests on and the steps it was derived from.
 *
 * <p>Explanations form a tree that points back to the law text, so that an official can be shown
 * why a date or a verdict is what it is. {@link #render(Locale)} prints the tree as indented text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

  private final BilingualText text;
  private final List<Citation> citations;
  private final List<Explanation> children;

  private Explanation(BilingualText text, List<Citation> citations, List<Explanation> children) {
    this.text = text;
    this.citations = citations;
    this.children = children;
  }

  /**
   * Obtains a step of reasoning without sub-steps.
   *
   * @param text what the step says, not null
   * @param citations the provisions it rests on, not null, may be empty
   * @return the explanation, not null
   * @throws NullPointerException if any argument or citation is null
   */
  public static Explanation of(BilingualText text, List<Citation> citations) {
    return of(text, citations, List.of());
  }

  /**
   * Obtains a step of reasoning with its sub-steps.
   *
   * @param text what the step says, not null
   * @param citations the provisions it rests on, not null, may be empty
   * @param children the steps it was derived from, in order, not null, may be empty
   * @return the explanation, not null
   * @throws NullPointerException if any argument or element is null
   */
  public static Explanation of(
      BilingualText text, List<Citation> citations, List<Explanation> children) {
    Objects.requireNonNull(text, "text");
    return new Explanation(
        text, List.copyOf(Objects.requireNonNull(citations, "citations")),
        List.copyOf(Objects.requireNonNull(children, "children")));
  }

  /**
   * Gets what this step says.
   *
   * @return the text, not null
   */
  public BilingualText text() {
    return text;
  }

  /**
   * Gets the provisions this step rests on.
   *
   * @return the citations, unmodifiable, not null
   */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Gets the steps this one was derived from.
   *
   * @return the sub-steps, unmodifiable, not null
   */
  public List<Explanation> children() {
    return children;
  }

  /**
   * Renders the tree as indented lines, each step followed by its citations in short form.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, lines separated by {@code \n}, not null
   */
  public String render(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<String> lines = new ArrayList<>();
    render(locale, 0, lines);
    return String.join("\n", lines);
  }

  private void render(Locale locale, int depth, List<String> lines) {
    StringBuilder line = new StringBuilder();
    line.append(String.join("", Collections.nCopies(depth, "  "))).append("- ").append(text.in(locale));
    if (!citations.isEmpty()) {
      line.append(" [");
      for (int i = 0; i < citations.size(); i++) {
        if (i > 0) {
          line.append("; ");
        }
        line.append(citations.get(i).formatShort(locale));
      }
      line.append(']');
    }
    lines.add(line.toString());
    for (Explanation child : children) {
      child.render(locale, depth + 1, lines);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Explanation other
        && text.equals(other.text)
        && citations.equals(other.citations)
        && children.equals(other.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, citations, children);
  }

  /**
   * Returns the Vietnamese rendering.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return render(Locale.forLanguageTag("vi"));
  }
}
