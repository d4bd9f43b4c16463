package io.github.boithuong.core.claim;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a step of the timetable stands on a date: not yet started, pending (with the working days
 * left), due today, done on time, done late (by how many days), overdue (by how many days), paused
 * by a suspension that has not ended, or ended with the case.
 *
 * <p>For a claimant's window, "overdue" means the window has closed unused.
 *
 * <p>This class is immutable and thread-safe. It is a value type.
 */
public final class StepStatus {

  /** The state of a step. */
  public enum Kind {
    /** The event that starts the step is after the date asked about. */
    NOT_STARTED,
    /** Running, with working days left. */
    PENDING,
    /** Its last day is the date asked about. */
    DUE_TODAY,
    /** Done by its last day. */
    DONE_ON_TIME,
    /** Done after its last day. */
    DONE_LATE,
    /** Not done and its last day has passed (for a window: closed). */
    OVERDUE,
    /** Its clock stopped with a suspension that has not ended (Điều 50). */
    PAUSED,
    /** The case ended (termination, non-acceptance, stop) before the step was done. */
    ENDED
  }

  private final Kind kind;
  private final int workingDays;
  private final int days;
  private final LocalDate asOf;
  private final Step.Nature nature;

  StepStatus(Kind kind, int workingDays, int days, LocalDate asOf, Step.Nature nature) {
    this.kind = kind;
    this.workingDays = workingDays;
    this.days = days;
    this.asOf = asOf;
    this.nature = nature;
  }

  /**
   * Gets the state.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the working days that matter for the state: left for {@link Kind#PENDING}, late for
   * {@link Kind#DONE_LATE} and {@link Kind#OVERDUE}, otherwise zero.
   *
   * @return the number of working days, zero or more
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * Gets the calendar days that matter for the state: left, late or overdue; otherwise zero.
   *
   * @return the number of days, zero or more
   */
  public int days() {
    return days;
  }

  /**
   * Gets the date the status is for.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Whether the step needs action: overdue or due today.
   *
   * @return true for {@link Kind#OVERDUE} and {@link Kind#DUE_TODAY}
   */
  public boolean needsAction() {
    return kind == Kind.OVERDUE || kind == Kind.DUE_TODAY;
  }

  /**
   * Describes the status, e.g. "quá hạn 3 ngày làm việc (5 ngày)" or "overdue by 3 working days (5
   * days)"; for a claimant's window "đã hết thời hạn" (closed) or "đã thực hiện" (used), for a
   * milestone "đã đến" (reached).
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the description, not null
   */
  public String describe(Locale locale) {
    boolean vi = "vi".equals(locale.getLanguage());
    if (nature == Step.Nature.WINDOW && kind == Kind.OVERDUE) {
      return vi ? "đã hết thời hạn " + days + " ngày" : "closed " + count(days, "day") + " ago";
    }
    if (nature == Step.Nature.WINDOW && (kind == Kind.DONE_ON_TIME || kind == Kind.DONE_LATE)) {
      return vi ? "đã thực hiện" : "used";
    }
    if (nature == Step.Nature.MILESTONE && kind == Kind.DONE_ON_TIME) {
      return vi ? "đã đến" : "reached";
    }
    return switch (kind) {
      case NOT_STARTED -> vi ? "chưa bắt đầu" : "not started";
      case PENDING -> vi ? "đang trong hạn, còn " + workingDays + " ngày làm việc (" + days + " ngày)"
          : "pending, " + count(workingDays, "working day") + " left (" + count(days, "day") + ")";
      case DUE_TODAY -> vi ? "đến hạn hôm nay" : "due today";
      case DONE_ON_TIME -> vi ? "đã thực hiện đúng hạn" : "done on time";
      case DONE_LATE -> vi ? "đã thực hiện trễ " + workingDays + " ngày làm việc (" + days + " ngày)"
          : "done late by " + count(workingDays, "working day") + " (" + count(days, "day") + ")";
      case OVERDUE -> vi ? "quá hạn " + workingDays + " ngày làm việc (" + days + " ngày)"
          : "overdue by " + count(workingDays, "working day") + " (" + count(days, "day") + ")";
      case PAUSED -> vi ? "tạm dừng do tạm đình chỉ" : "paused by a suspension";
      case ENDED -> vi ? "vụ việc đã kết thúc" : "ended with the case";
    };
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof StepStatus other)) {
      return false;
    }
    return kind == other.kind && workingDays == other.workingDays && days == other.days
        && asOf.equals(other.asOf) && nature == other.nature;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, workingDays, days, asOf, nature);
  }

  /**
   * Returns the English description.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /** "1 day", "2 days": English needs the plural; Vietnamese does not. */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
