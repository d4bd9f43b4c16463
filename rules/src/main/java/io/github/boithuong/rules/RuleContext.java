package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a rule is evaluated with besides the case: the date "as of", the working-day calendar, and
 * options that integrators set from local regulations.
 *
 * <pre>
 *   RuleContext context = RuleContext.of(LocalDate.of(2024, 4, 1), WorkingCalendar.vietnam())
 *       .withInvitationLeadTime(3, Citation.of(quangNgaiRegulation, 8, 2));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

  private final LocalDate asOf;
  private final WorkingCalendar calendar;
  private final int invitationLeadWorkingDays;
  private final Citation invitationLeadSource;

  private RuleContext(LocalDate asOf, WorkingCalendar calendar, int invitationLeadWorkingDays,
      Citation invitationLeadSource) {
    this.asOf = asOf;
    this.calendar = calendar;
    this.invitationLeadWorkingDays = invitationLeadWorkingDays;
    this.invitationLeadSource = invitationLeadSource;
  }

  /**
   * Obtains a context.
   *
   * @param asOf the date the case is evaluated on, not null
   * @param calendar the working-day calendar, not null
   * @return the context, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code asOf} is outside the calendar's range ({@link
   *     WorkingCalendar#minDate()} to {@link WorkingCalendar#maxDate()}): no working day can be
   *     counted to or from it
   */
  public static RuleContext of(LocalDate asOf, WorkingCalendar calendar) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calendar, "calendar");
    if (asOf.isBefore(calendar.minDate()) || asOf.isAfter(calendar.maxDate())) {
      throw new IllegalArgumentException("asOf " + asOf + " is outside the calendar's range "
          + calendar.minDate() + " to " + calendar.maxDate());
    }
    return new RuleContext(asOf, calendar, -1, null);
  }

  /**
   * Returns a copy that checks the written invitation of the state-management agency against a lead
   * time: at least {@code workingDays} working days before the session. The law sets no national
   * time (procedure.md Q2); provincial coordination regulations do, so the source must be cited.
   *
   * @param workingDays the lead time, zero or more
   * @param source the provision of the local regulation, not null
   * @return the context, not null
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public RuleContext withInvitationLeadTime(int workingDays, Citation source) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative, but was " + workingDays);
    }
    return new RuleContext(asOf, calendar, workingDays, Objects.requireNonNull(source, "source"));
  }

  /**
   * Gets the date the case is evaluated on.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Gets the calendar.
   *
   * @return the calendar, not null
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Gets the configured lead time of the state-management agency's invitation.
   *
   * @return the working days, empty when not configured
   */
  public OptionalInt invitationLeadWorkingDays() {
    return invitationLeadWorkingDays < 0 ? OptionalInt.empty() : OptionalInt.of(invitationLeadWorkingDays);
  }

  /**
   * Gets the provision that sets the lead time.
   *
   * @return the citation, empty when not configured
   */
  public Optional<Citation> invitationLeadSource() {
    return Optional.ofNullable(invitationLeadSource);
  }
}
