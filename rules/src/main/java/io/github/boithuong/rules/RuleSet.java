package io.github.boithuong.rules;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set of rules evaluated together: the one entry point that assesses a case as of a date.
 *
 * <pre>
 *   Assessment assessment = RuleSet.standard()
 *       .assess(claim, RuleContext.of(LocalDate.of(2024, 4, 1), WorkingCalendar.vietnam()));
 *   System.out.println(assessment.render(Locale.forLanguageTag("vi")));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

  private static final RuleSet STANDARD = new RuleSet(List.of(
      new NegotiationParticipationRule(),
      new DecisionCancellationRule(),
      new FundingReviewRule(),
      new LimitationRule(),
      new AcceptanceRule(),
      new RightToSueRule(),
      new DocumentsToStateManagementRule(),
      new HonourRestorationRule()));

  private final List<Rule> rules;

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Gets the standard rules of the state-compensation procedure: negotiation participation (Điều
   * 46.3), decision cancellation and correction (Điều 48), funding review (Điều 62), limitation
   * (Điều 6), acceptance (Điều 43.2), the right to sue (Điều 52), the documents to send to the
   * state-management agency (Thông tư 08/2019/TT-BTP Điều 12) and honour restoration (Điều 56–59).
   *
   * @return the standard set, not null
   */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * Obtains a set of chosen rules.
   *
   * @param rules the rules, not null
   * @return the set, not null
   */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Gets the rules.
   *
   * @return the rules, unmodifiable, not null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Assesses a case: every rule's verdict, the case's validation problems, and the timetable's
   * steps that are overdue or due on the date.
   *
   * @param claim the case, not null
   * @param context the date and calendar, not null
   * @return the assessment, not null
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(Claim claim, RuleContext context) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(context, "context");
    List<Verdict> verdicts = new ArrayList<>();
    for (Rule rule : rules) {
      verdicts.add(rule.evaluate(claim, context));
    }
    Timetable timetable = Timetable.of(claim, context.calendar());
    return new Assessment(claim, context.asOf(), verdicts, claim.problems(), timetable,
        timetable.dueOrOverdue(context.asOf(), 0));
  }
}
