package io.github.boithuong.rules;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.AcceptanceRefused;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.AdvancePaid;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DossierReceived;
import io.github.boithuong.core.claim.CaseEvent.FiledWithDepartmentOfJustice;
import io.github.boithuong.core.claim.CaseEvent.Paid;
import io.github.boithuong.core.claim.CaseEvent.ProcessingStopped;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.RecourseRepaid;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of a report on state compensation over a period (Thông tư 08/2019/TT-BTP Điều 24–25;
 * Nghị định 68/2018 Điều 35): claims received and accepted, resolved by an effective decision,
 * terminated, pending (of which overdue, with the steps), amounts decided, advanced and paid,
 * recourse decided and collected, negotiations held without the state-management agency, documents
 * not sent to it. Every figure lists the cases it counts, so that a reporter can check it.
 *
 * <pre>
 *   Report report = Report.compile(cases, period.from(), period.to(), WorkingCalendar.vietnam());
 *   Files.writeString(path, report.toCsv(Locale.forLanguageTag("vi")));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report {

  /** One line of a report: a figure, its amount when it counts money, and the cases behind it. */
  public static final class Figure {
    private final String code;
    private final BilingualText label;
    private final List<Item> items;
    private final boolean money;

    Figure(String code, BilingualText label, List<Item> items, boolean money) {
      this.code = code;
      this.label = label;
      this.items = List.copyOf(items);
      this.money = money;
    }

    /**
     * Gets the stable code of the figure, e.g. {@code ACCEPTED}.
     *
     * @return the code, not null
     */
    public String code() {
      return code;
    }

    /**
     * Gets the name of the figure in the language of the locale.
     *
     * @param locale Vietnamese for {@code vi}, English otherwise; not null
     * @return the name, not null
     */
    public String label(Locale locale) {
      return label.in(locale);
    }

    /**
     * Gets the number of cases counted.
     *
     * @return the count
     */
    public int count() {
      return items.size();
    }

    /**
     * Gets the total amount in đồng, for a figure that counts money. The sum is exact: a report may
     * add up more than a {@code long} holds, so it is a {@link BigInteger}.
     *
     * @return the sum of the cases' amounts, empty for a figure that counts cases only
     */
    public Optional<BigInteger> amount() {
      if (!money) {
        return Optional.empty();
      }
      BigInteger sum = BigInteger.ZERO;
      for (Item i : items) {
        sum = sum.add(i.amount);
      }
      return Optional.of(sum);
    }

    /**
     * Gets the identifiers of the cases counted, in the order of the collection given.
     *
     * @return the case ids, unmodifiable, not null
     */
    public List<String> caseIds() {
      return items.stream().map(i -> i.caseId).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Gets the amount counted for one case.
     *
     * @param caseId the case's id, not null
     * @return the amount in đồng, exact; empty if the case is not counted or the figure counts no
     *     money
     */
    public Optional<BigInteger> amountOf(String caseId) {
      return money ? items.stream().filter(i -> i.caseId.equals(caseId)).map(i -> i.amount).findFirst()
          : Optional.empty();
    }

    /**
     * Gets the note on one case, such as the overdue steps of a pending case.
     *
     * @param caseId the case's id, not null
     * @param locale Vietnamese for {@code vi}, English otherwise; not null
     * @return the note, empty if none
     */
    public Optional<String> noteOf(String caseId, Locale locale) {
      return items.stream().filter(i -> i.caseId.equals(caseId) && i.note != null)
          .map(i -> i.note.in(locale)).findFirst();
    }

    /**
     * Returns e.g. {@code "ACCEPTED: 3 [A, B, C]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
      return code + ": " + count() + amount().map(a -> " (" + a + ")").orElse("") + " " + caseIds();
    }
  }

  /** One case counted in a figure. */
  static final class Item {
    final String caseId;
    final BigInteger amount;
    final BilingualText note;

    Item(String caseId, BigInteger amount, BilingualText note) {
      this.caseId = caseId;
      this.amount = amount;
      this.note = note;
    }
  }

  private static final List<Citation> CITATIONS = List.of(Citation.of(LegalText.CIRCULAR_08_2019, 24),
      Citation.of(LegalText.CIRCULAR_08_2019, 25), Citation.of(LegalText.DECREE_68_2018, 35));

  private final LocalDate from;
  private final LocalDate to;
  private final List<Figure> figures;

  private Report(LocalDate from, LocalDate to, List<Figure> figures) {
    this.from = from;
    this.to = to;
    this.figures = List.copyOf(figures);
  }

  /**
   * Compiles the figures of a collection of cases over a period.
   *
   * @param claims the cases, not null
   * @param fromInclusive the first day of the period, not null
   * @param toInclusive the last day of the period, not null
   * @param calendar the working-day calendar, not null
   * @return the report, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period ends before it starts, or ends outside the
   *     calendar's range (the status of each case is taken on the last day)
   */
  public static Report compile(Collection<Claim> claims, LocalDate fromInclusive, LocalDate toInclusive,
      WorkingCalendar calendar) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    Objects.requireNonNull(calendar, "calendar");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException("toInclusive " + toInclusive + " is before fromInclusive " + fromInclusive);
    }
    if (toInclusive.isBefore(calendar.minDate()) || toInclusive.isAfter(calendar.maxDate())) {
      throw new IllegalArgumentException("toInclusive " + toInclusive + " is outside the calendar's range "
          + calendar.minDate() + " to " + calendar.maxDate());
    }
    Compiler c = new Compiler(fromInclusive, toInclusive, calendar);
    for (Claim claim : claims) {
      c.add(Objects.requireNonNull(claim, "claim"));
    }
    return new Report(fromInclusive, toInclusive, c.figures());
  }

  /**
   * Compiles the report of a reporting period.
   *
   * @param claims the cases, not null
   * @param period the period, not null
   * @param calendar the working-day calendar, not null
   * @return the report, not null
   */
  public static Report compile(Collection<Claim> claims, ReportingPeriod period, WorkingCalendar calendar) {
    return compile(claims, period.from(), period.to(), calendar);
  }

  /**
   * Gets the first day of the period.
   *
   * @return the date, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Gets the last day of the period.
   *
   * @return the date, not null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Gets the figures, in a stable order.
   *
   * @return the figures, unmodifiable, not null
   */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * Gets one figure by its code.
   *
   * @param code the code, not null
   * @return the figure, not null
   * @throws IllegalArgumentException if no figure has the code
   */
  public Figure figure(String code) {
    return figures.stream().filter(f -> f.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + code));
  }

  /**
   * Gets the provisions the report answers to.
   *
   * @return Thông tư 08/2019/TT-BTP Điều 24, 25; Nghị định 68/2018 Điều 35; not null
   */
  public List<Citation> citations() {
    return CITATIONS;
  }

  /**
   * Exports the report as CSV (RFC 4180, UTF-8 text, CRLF): one row per figure with its code,
   * label, number of cases, amount in đồng (empty when it counts no money) and the cases' ids
   * separated by semicolons.
   *
   * @param locale the language of the labels and header, not null
   * @return the CSV text, not null
   */
  public String toCsv(Locale locale) {
    boolean vi = "vi".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    out.append(Csv.record(vi ? List.of("ma_chi_tieu", "chi_tieu", "so_vu_viec", "so_tien_dong", "vu_viec")
        : List.of("figure", "label", "cases", "amount_vnd", "case_ids")));
    for (Figure f : figures) {
      out.append(Csv.record(List.of(Csv.text(f.code), Csv.text(f.label(locale)), Csv.number(f.count()),
          f.amount().map(Csv::number).orElse(""), Csv.text(String.join(";", f.caseIds())))));
    }
    return out.toString();
  }

  /** Sorts cases into figures. */
  private static final class Compiler {
    private final LocalDate from;
    private final LocalDate to;
    private final WorkingCalendar calendar;
    private final List<Item> received = new ArrayList<>();
    private final List<Item> accepted = new ArrayList<>();
    private final List<Item> effective = new ArrayList<>();
    private final List<Item> terminated = new ArrayList<>();
    private final List<Item> pending = new ArrayList<>();
    private final List<Item> overdue = new ArrayList<>();
    private final List<Item> decided = new ArrayList<>();
    private final List<Item> advanced = new ArrayList<>();
    private final List<Item> paid = new ArrayList<>();
    private final List<Item> recourseDecided = new ArrayList<>();
    private final List<Item> recourseCollected = new ArrayList<>();
    private final List<Item> withoutStateManagement = new ArrayList<>();
    private final List<Item> documentsNotSent = new ArrayList<>();

    Compiler(LocalDate from, LocalDate to, WorkingCalendar calendar) {
      this.from = from;
      this.to = to;
      this.calendar = calendar;
    }

    private boolean in(LocalDate d) {
      return !d.isBefore(from) && !d.isAfter(to);
    }

    void add(Claim claim) {
      String id = claim.id();
      claim.events().stream().filter(e -> e instanceof DossierReceived || e instanceof FiledWithDepartmentOfJustice)
          .findFirst().filter(e -> in(e.date())).ifPresent(e -> received.add(new Item(id, BigInteger.ZERO, null)));
      claim.first(Accepted.class).filter(e -> in(e.date())).ifPresent(e -> accepted.add(new Item(id, BigInteger.ZERO, null)));
      Optional<LocalDate> ended = claim.events().stream()
          .filter(e -> e instanceof Terminated || e instanceof ProcessingStopped || e instanceof AcceptanceRefused)
          .map(CaseEvent::date).findFirst();
      claim.first(Terminated.class).filter(e -> in(e.date())).ifPresent(e -> terminated.add(new Item(id, BigInteger.ZERO, null)));
      Timetable timetable = Timetable.of(claim, calendar);
      Optional<LocalDate> inForce = timetable.entry(Step.DECISION_TAKES_EFFECT).map(e -> e.dueDate().plusDays(1));
      inForce.filter(this::in).ifPresent(d -> effective.add(new Item(id, BigInteger.ZERO, null)));
      boolean acceptedByEnd = claim.first(Accepted.class).filter(e -> !e.date().isAfter(to)).isPresent();
      boolean endedByEnd = ended.filter(d -> !d.isAfter(to)).isPresent();
      boolean inForceByEnd = inForce.filter(d -> !d.isAfter(to)).isPresent();
      if (acceptedByEnd && !endedByEnd && !inForceByEnd) {
        pending.add(new Item(id, BigInteger.ZERO, null));
        List<TimetableEntry> late = timetable.entries().stream()
            .filter(e -> e.step().nature() == Step.Nature.DUTY
                && e.status(to).kind() == StepStatus.Kind.OVERDUE)
            .collect(Collectors.toList());
        if (!late.isEmpty()) {
          overdue.add(new Item(id, BigInteger.ZERO, BilingualText.of(
              late.stream().map(e -> e.step().label(Show.VI) + " (hạn " + e.dueDate() + ")").collect(Collectors.joining("; ")),
              late.stream().map(e -> e.step().label(Locale.ENGLISH) + " (due " + e.dueDate() + ")")
                  .collect(Collectors.joining("; ")))));
        }
      }
      sum(decided, id, claim.events(DecisionIssued.class).stream().filter(e -> in(e.date()))
          .reduce((a, b) -> b).map(e -> BigInteger.valueOf(e.amount().amount())));
      sum(advanced, id, total(claim.events(AdvancePaid.class).stream().filter(e -> in(e.date()))
          .map(AdvancePaid::amount).collect(Collectors.toList())));
      sum(paid, id, total(claim.events(Paid.class).stream().filter(e -> in(e.date()))
          .map(Paid::amount).collect(Collectors.toList())));
      if (claim.events(RecourseDecided.class).stream().anyMatch(e -> in(e.date()))) {
        recourseDecided.add(new Item(id, BigInteger.ZERO, null));
      }
      sum(recourseCollected, id, total(claim.events(RecourseRepaid.class).stream().filter(e -> in(e.date()))
          .map(RecourseRepaid::amount).collect(Collectors.toList())));
      NegotiationReview review = NegotiationReview.of(claim, RuleContext.of(to, calendar));
      boolean missingSma = review.findings.stream().anyMatch(f -> f.code().equals("NEGOTIATION_MISSING_PARTICIPANT")
          && "STATE_MANAGEMENT_AGENCY".equals(f.facts().get("role")) && in(LocalDate.parse(f.facts().get("session"))));
      if (missingSma) {
        withoutStateManagement.add(new Item(id, BigInteger.ZERO, null));
      }
      Verdict documents = new DocumentsToStateManagementRule().evaluate(claim, RuleContext.of(to, calendar));
      List<Finding> unsent = documents.findings().stream()
          .filter(f -> f.code().startsWith("DOCUMENT_NOT_SENT") && in(LocalDate.parse(f.facts().get("date"))))
          .collect(Collectors.toList());
      if (!unsent.isEmpty()) {
        documentsNotSent.add(new Item(id, BigInteger.ZERO, BilingualText.of(
            unsent.stream().map(f -> f.message(Show.VI)).collect(Collectors.joining("; ")),
            unsent.stream().map(f -> f.message(Locale.ENGLISH)).collect(Collectors.joining("; ")))));
      }
    }

    private static Optional<BigInteger> total(List<Vnd> amounts) {
      if (amounts.isEmpty()) {
        return Optional.empty();
      }
      BigInteger sum = BigInteger.ZERO;
      for (Vnd a : amounts) {
        sum = sum.add(BigInteger.valueOf(a.amount()));
      }
      return Optional.of(sum);
    }

    private static void sum(List<Item> figure, String id, Optional<BigInteger> amount) {
      amount.ifPresent(a -> figure.add(new Item(id, a, null)));
    }

    List<Figure> figures() {
      return List.of(
          new Figure("RECEIVED", BilingualText.of("Số vụ việc nhận hồ sơ", "Claims received"), received, false),
          new Figure("ACCEPTED", BilingualText.of("Số vụ việc thụ lý", "Claims accepted"), accepted, false),
          new Figure("RESOLVED_EFFECTIVE", BilingualText.of("Số vụ việc có quyết định giải quyết bồi thường có hiệu lực",
              "Claims resolved by an effective decision"), effective, false),
          new Figure("TERMINATED", BilingualText.of("Số vụ việc đình chỉ", "Claims terminated"), terminated, false),
          new Figure("PENDING", BilingualText.of("Số vụ việc đang giải quyết", "Claims pending"), pending, false),
          new Figure("PENDING_OVERDUE", BilingualText.of("Trong đó: có bước quá hạn", "Of which with overdue steps"),
              overdue, false),
          new Figure("AMOUNT_DECIDED", BilingualText.of("Số tiền quyết định bồi thường", "Amount decided"), decided, true),
          new Figure("AMOUNT_ADVANCED", BilingualText.of("Số tiền đã tạm ứng", "Amount advanced"), advanced, true),
          new Figure("AMOUNT_PAID", BilingualText.of("Số tiền đã chi trả", "Amount paid"), paid, true),
          new Figure("RECOURSE_DECIDED", BilingualText.of("Số vụ việc có quyết định hoàn trả", "Recourse decisions"),
              recourseDecided, false),
          new Figure("RECOURSE_COLLECTED", BilingualText.of("Số tiền hoàn trả đã thu", "Recourse collected"),
              recourseCollected, true),
          new Figure("NEGOTIATION_WITHOUT_STATE_MANAGEMENT", BilingualText.of(
              "Số vụ việc thương lượng không có đại diện cơ quan quản lý nhà nước",
              "Negotiations without the state-management agency"), withoutStateManagement, false),
          new Figure("DOCUMENTS_NOT_SENT", BilingualText.of(
              "Số vụ việc chưa gửi văn bản cho cơ quan quản lý nhà nước",
              "Cases with documents not sent to the state-management agency"), documentsNotSent, false));
    }
  }
}
