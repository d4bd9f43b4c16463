package io.github.boithuong.rules;

import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The assessment of a case on a date: every rule's verdict, the case's validation problems and the
 * agency's steps that are overdue or due that day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {

  private final Claim claim;
  private final LocalDate asOf;
  private final List<Verdict> verdicts;
  private final List<CaseProblem> caseProblems;
  private final Timetable timetable;
  private final List<TimetableEntry> dueOrOverdue;

  Assessment(Claim claim, LocalDate asOf, List<Verdict> verdicts, List<CaseProblem> caseProblems,
      Timetable timetable, List<TimetableEntry> dueOrOverdue) {
    this.claim = claim;
    this.asOf = asOf;
    this.verdicts = List.copyOf(verdicts);
    this.caseProblems = List.copyOf(caseProblems);
    this.timetable = timetable;
    this.dueOrOverdue = List.copyOf(dueOrOverdue);
  }

  /**
   * Gets the case.
   *
   * @return the claim, not null
   */
  public Claim claim() {
    return claim;
  }

  /**
   * Gets the date of the assessment.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets every rule's verdict, in the order of the rule set.
   *
   * @return the verdicts, unmodifiable, not null
   */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /**
   * Gets the verdict of one rule.
   *
   * @param ruleId the rule's id, not null
   * @return the verdict, empty if the rule was not evaluated
   */
  public Optional<Verdict> verdict(String ruleId) {
    return verdicts.stream().filter(v -> v.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Gets the case's validation problems.
   *
   * @return the problems, unmodifiable, not null
   */
  public List<CaseProblem> caseProblems() {
    return caseProblems;
  }

  /**
   * Gets the case's timetable.
   *
   * @return the timetable, not null
   */
  public Timetable timetable() {
    return timetable;
  }

  /**
   * Gets the agency's steps that are overdue or due on the date.
   *
   * @return the entries, unmodifiable, not null
   */
  public List<TimetableEntry> dueOrOverdue() {
    return dueOrOverdue;
  }

  /**
   * Renders the assessment for an official.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, lines separated by {@code \n}, not null
   */
  public String render(Locale locale) {
    boolean vi = "vi".equals(locale.getLanguage());
    List<String> lines = new ArrayList<>();
    lines.add((vi ? "Đánh giá vụ việc " : "Assessment of case ") + claim.id()
        + (vi ? " ngày " : " as of ") + asOf);
    for (CaseProblem p : caseProblems) {
      lines.add((vi ? "  ! Hồ sơ vụ việc: " : "  ! Case record: ") + p.message(locale));
    }
    for (TimetableEntry e : dueOrOverdue) {
      lines.add((vi ? "  ! Tiến độ: " : "  ! Timetable: ") + e.step().label(locale) + " — "
          + (vi ? "hạn " : "due ") + e.dueDate() + " — " + e.status(asOf).describe(locale) + " ["
          + e.step().citation().formatShort(locale) + "]");
    }
    for (Verdict v : verdicts) {
      lines.add(v.render(locale));
    }
    return String.join("\n", lines);
  }

  /**
   * Explains the assessment as a tree of verdicts.
   *
   * @return the explanation, not null
   */
  public Explanation explain() {
    List<Explanation> children = new ArrayList<>();
    verdicts.forEach(v -> children.add(v.explain()));
    return Explanation.of(BilingualText.of("Đánh giá vụ việc " + claim.id() + " ngày " + asOf,
        "Assessment of case " + claim.id() + " as of " + asOf), List.of(), children);
  }
}
