package io.github.boithuong.examples;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseProblem;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.Official;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.examples.json.CaseFormat;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.RuleContext;
import io.github.boithuong.rules.RuleSet;
import io.github.boithuong.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A readable report of a case on a date, in Vietnamese or English: the case, its events, its
 * timetable with due dates and status, what is overdue or due that day, and every rule's verdict
 * with its provisions.
 *
 * <pre>
 *   String text = CaseReport.of(claim, LocalDate.of(2024, 4, 22), WorkingCalendar.vietnam())
 *       .render(Locale.forLanguageTag("vi"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseReport {

  private static final String RULE =
      "══════════════════════════════════════════════════════════════════════════════";

  private final Claim claim;
  private final LocalDate asOf;
  private final Assessment assessment;

  private CaseReport(Claim claim, LocalDate asOf, Assessment assessment) {
    this.claim = claim;
    this.asOf = asOf;
    this.assessment = assessment;
  }

  /**
   * Assesses a case on a date with the standard rules.
   *
   * @param claim the case, not null
   * @param asOf the date, not null
   * @param calendar the working-day calendar, not null
   * @return the report, not null
   * @throws io.github.boithuong.core.calendar.CalendarException if a date of the case is outside
   *     the calendar's range
   */
  public static CaseReport of(Claim claim, LocalDate asOf, WorkingCalendar calendar) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calendar, "calendar");
    return new CaseReport(claim, asOf, RuleSet.standard().assess(claim, RuleContext.of(asOf, calendar)));
  }

  /**
   * Gets the assessment the report shows.
   *
   * @return the assessment, not null
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Renders the whole report: case, events, timetable, overdue steps and verdicts.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, lines separated by {@code \n}, not null
   */
  public String render(Locale locale) {
    List<String> lines = new ArrayList<>();
    boolean vi = vi(locale);
    lines.add(RULE);
    lines.add((vi ? "Vụ việc " : "Case ") + claim.id() + (vi ? " — tình hình ngày " : " — as of ")
        + date(asOf, locale));
    lines.add(RULE);
    lines.addAll(caseLines(locale));
    lines.add("");
    lines.add(vi ? "Diễn biến" : "Events");
    lines.addAll(eventLines(locale));
    lines.add("");
    lines.addAll(timetableLines(locale));
    lines.add("");
    lines.addAll(overdueLines(locale));
    lines.add("");
    lines.addAll(verdictLines(locale));
    return String.join("\n", lines);
  }

  /**
   * Renders the case: parties, agency, field, basis document, claim and dossier.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, not null
   */
  public List<String> caseLines(Locale locale) {
    boolean vi = vi(locale);
    List<String> lines = new ArrayList<>();
    lines.add((vi ? "Người yêu cầu bồi thường: " : "Claimant: ") + party(claim.claimant().party(), locale)
        + " — " + claim.claimant().standing().label(locale) + " ["
        + claim.claimant().standing().citation().formatShort(locale) + "]");
    claim.injuredPerson().ifPresent(p ->
        lines.add((vi ? "Người bị thiệt hại: " : "Injured person: ") + party(p, locale)));
    ResolvingAgency agency = claim.resolvingAgency();
    lines.add((vi ? "Cơ quan giải quyết bồi thường: " : "Resolving agency: ") + agency.name() + " ("
        + agency.kind().label(locale) + ", " + agency.level().label(locale)
        + agency.province().map(p -> ", " + p).orElse("") + ") [" + agency.kind().citation().formatShort(locale)
        + "]");
    lines.add((vi ? "Cơ quan quản lý nhà nước về công tác bồi thường: "
        : "State-management agency: ")
        + agency.stateManagementAgency().map(s -> s.name(locale)
            + " [" + s.negotiationDuty().formatShort(locale) + "]")
            .orElse(vi ? "chưa xác định (thiếu tỉnh)" : "unknown (no province)"));
    lines.add((vi ? "Lĩnh vực: " : "Field: ") + claim.field().label(locale) + " ["
        + claim.field().citation().formatShort(locale) + "]");
    if (!claim.officials().isEmpty()) {
      lines.add((vi ? "Người thi hành công vụ gây thiệt hại: " : "Officials who caused the damage: ")
          + claim.officials().stream().map(CaseReport::official).collect(Collectors.joining("; ")));
    }
    claim.basisDocument().ifPresent(b -> lines.add(basis(b, locale)));
    List<String> damages = new ArrayList<>();
    for (ClaimedDamage d : claim.content().damages()) {
      damages.add(d.type().label(locale) + " " + d.amount().format(locale));
    }
    lines.add((vi ? "Yêu cầu: " : "Claimed: ") + String.join("; ", damages)
        + (vi ? "; tổng cộng " : "; total ") + total(locale)
        + (claim.content().advanceRequested() ? (vi ? "; đề nghị tạm ứng" : "; advance requested") : "")
        + (claim.content().honourRestorationRequested()
            ? (vi ? "; yêu cầu phục hồi danh dự" : "; honour restoration requested") : ""));
    if (!claim.dossierItems().isEmpty()) {
      lines.add((vi ? "Hồ sơ gồm: " : "Dossier: ") + claim.dossierItems().stream().sorted()
          .map(i -> i.label(locale)).collect(Collectors.joining("; ")));
    }
    for (ExcludedPeriod p : claim.excludedPeriods()) {
      lines.add((vi ? "Không tính vào " : "Not counted in ") + p.scope().label(locale) + ": "
          + date(p.startInclusive(), locale) + "–" + date(p.endInclusive(), locale) + " (" + p.reason()
          + ") [" + p.scope().citation().formatShort(locale) + "]");
    }
    return lines;
  }

  /**
   * Renders the events, one per line, in date order.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, not null
   */
  public List<String> eventLines(Locale locale) {
    List<String> lines = new ArrayList<>();
    for (CaseEvent e : claim.events()) {
      String details = CaseFormat.details(e, locale);
      lines.add("  " + date(e.date(), locale) + "  " + e.label(locale)
          + (details.isEmpty() ? "" : " — " + details));
    }
    if (lines.isEmpty()) {
      lines.add(vi(locale) ? "  (chưa có sự kiện)" : "  (no event yet)");
    }
    return lines;
  }

  /**
   * Renders the timetable: every step with its start, due date, status on the date and provision.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, with a heading, not null
   */
  public List<String> timetableLines(Locale locale) {
    return timetableLines(assessment.timetable(), asOf, locale);
  }

  /**
   * Renders a timetable on a date: every step with its start, due date, status and provision, then
   * the problems met while computing it.
   *
   * @param timetable the timetable, not null
   * @param asOf the date of the status, not null
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, with a heading, not null
   */
  public static List<String> timetableLines(Timetable timetable, LocalDate asOf, Locale locale) {
    boolean vi = vi(locale);
    List<String> lines = new ArrayList<>();
    lines.add(vi ? "Tiến độ (thời hạn tính theo lịch làm việc; BLDS 2015 Điều 147–148)"
        : "Timetable (periods counted on the working-day calendar; Civil Code 2015 Art. 147–148)");
    for (TimetableEntry e : timetable.entries()) {
      lines.add("  " + entryLine(e, asOf, locale));
    }
    if (timetable.entries().isEmpty()) {
      lines.add(vi ? "  (chưa có bước nào bắt đầu)" : "  (no step has started)");
    }
    for (CaseProblem p : timetable.problems()) {
      lines.add("  ! " + p.message(locale));
    }
    return lines;
  }

  /**
   * Renders one timetable entry on one line.
   *
   * @param e the entry, not null
   * @param asOf the date of the status, not null
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the line, not null
   */
  public static String entryLine(TimetableEntry e, LocalDate asOf, Locale locale) {
    boolean vi = vi(locale);
    return date(e.startDate(), locale) + " → " + (vi ? "hạn " : "due ") + date(e.dueDate(), locale)
        + (e.deadline().isProvisional() ? (vi ? " (tạm tính)" : " (provisional)") : "") + "  "
        + e.step().label(locale) + " — " + e.status(asOf).describe(locale) + " ["
        + e.step().citation().formatShort(locale) + "]";
  }

  /**
   * Renders the steps that are overdue or due on the date, and the case's problems.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, with a heading, not null
   */
  public List<String> overdueLines(Locale locale) {
    boolean vi = vi(locale);
    List<String> lines = new ArrayList<>();
    lines.add((vi ? "Việc quá hạn hoặc đến hạn ngày " : "Overdue or due on ") + date(asOf, locale));
    for (TimetableEntry e : assessment.dueOrOverdue()) {
      lines.add("  ! " + entryLine(e, asOf, locale));
    }
    if (assessment.dueOrOverdue().isEmpty()) {
      lines.add(vi ? "  (không có)" : "  (none)");
    }
    if (!assessment.caseProblems().isEmpty()) {
      lines.add(vi ? "Vấn đề của hồ sơ vụ việc" : "Problems of the case record");
      for (CaseProblem p : assessment.caseProblems()) {
        lines.add("  ! " + p.message(locale));
      }
    }
    return lines;
  }

  /**
   * Renders every rule's verdict with its provisions, outcome, findings and missing facts.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the lines, with a heading, not null
   */
  public List<String> verdictLines(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(vi(locale) ? "Đánh giá theo từng quy tắc" : "Every rule's verdict");
    for (Verdict v : assessment.verdicts()) {
      v.render(locale).lines().forEach(line -> lines.add("  " + line));
    }
    return lines;
  }

  private static String party(Party p, Locale locale) {
    return p.name() + " (" + (p.kind() == Party.Kind.INDIVIDUAL
        ? (vi(locale) ? "cá nhân" : "individual") : (vi(locale) ? "tổ chức" : "organisation"))
        + p.address().map(a -> ", " + a).orElse("") + ")";
  }

  private static String official(Official o) {
    return o.name() + o.position().map(p -> ", " + p).orElse("");
  }

  private static String basis(BasisDocument b, Locale locale) {
    boolean vi = vi(locale);
    return (vi ? "Văn bản làm căn cứ: " : "Basis document: ") + b.description() + (vi ? ", do " : ", by ")
        + b.issuer() + (vi ? " ban hành ngày " : ", issued ") + date(b.issued(), locale)
        + b.received().map(r -> (vi ? ", người yêu cầu nhận ngày " : ", received by the claimant ")
            + date(r, locale)).orElse(vi ? ", chưa rõ ngày nhận" : ", date of receipt unknown");
  }

  /**
   * Formats a date as officials write it: {@code dd/MM/yyyy} in Vietnamese, ISO in English.
   *
   * @param d the date, not null
   * @param locale Vietnamese for {@code vi}, English otherwise; not null
   * @return the text, not null
   */
  public static String date(LocalDate d, Locale locale) {
    return vi(locale)
        ? String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.toString();
  }

  /**
   * The total claimed, or a note when it is too large to compute: {@link
   * io.github.boithuong.core.claim.ClaimContent#total()} overflows then, and {@link
   * Claim#problems()} reports it, so this is shown only for a case read with its problems allowed.
   */
  private String total(Locale locale) {
    try {
      return claim.content().total().format(locale);
    } catch (ArithmeticException e) {
      return vi(locale) ? "quá lớn để tính" : "too large to compute";
    }
  }

  private static boolean vi(Locale locale) {
    return "vi".equals(locale.getLanguage());
  }
}
