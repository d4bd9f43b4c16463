package io.github.boithuong.examples.cli;

import io.github.boithuong.core.calendar.CalendarException;
import io.github.boithuong.core.calendar.CalendarProblem;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.BilingualText;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code boithuong} command: Vietnam's working-day calendar, legal deadlines, and the
 * timetable, assessment and validation of cases written in the JSON case format
 * (docs/case-format.md), in Vietnamese or English, as text or JSON.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_INTERNAL} internal error (a bug: the
 * message asks to report it); {@value #EXIT_INPUT} a problem of the input (usage, file, JSON, date,
 * a case that is not consistent), every problem listed on standard error with the file and its
 * JSONPath; {@value #EXIT_FINDINGS} the command ran and found what it looks for: {@code assess} a
 * rule that is not complied with, {@code overdue} a step overdue.
 *
 * <pre>
 *   java -jar examples/target/boithuong.jar assess examples/cases/quang-ngai-ward-2024.json --as-of 2024-04-22
 * </pre>
 */
@Command(name = "boithuong", mixinStandardHelpOptions = true,
    versionProvider = BoithuongCli.Version.class,
    description = {
        "Vietnam's Law on State Compensation Liability (10/2017/QH14) on the command line:"
            + " working days, deadlines, timetables and the rules of a case, explained with their"
            + " articles.",
        "Luật Trách nhiệm bồi thường của Nhà nước trên dòng lệnh: ngày làm việc, thời hạn, tiến độ"
            + " và đánh giá vụ việc, kèm điều, khoản của văn bản làm căn cứ."},
    footer = {"", "Exit codes / Mã thoát: 0 ok; 1 internal error (bug); 2 input error (usage, file,"
        + " JSON, dates, inconsistent case); 3 findings (assess: a rule not complied with; overdue:"
        + " a step overdue).", "Case format: docs/case-format.md (version "
        + io.github.boithuong.examples.json.CaseFormat.VERSION + ")."},
    subcommands = {CalendarCommand.class, DeadlineCommand.class, TimetableCommand.class,
        AssessCommand.class, OverdueCommand.class, ValidateCommand.class, SchemaCommand.class,
        ScenarioCommand.class})
public final class BoithuongCli implements Runnable {

  /** Success. */
  public static final int EXIT_OK = 0;
  /** An internal error: a bug of the tool or the library. */
  public static final int EXIT_INTERNAL = 1;
  /** A problem of the input: usage, file, JSON, dates, or a case that is not consistent. */
  public static final int EXIT_INPUT = 2;
  /** The command ran and found non-compliance ({@code assess}) or an overdue step ({@code overdue}). */
  public static final int EXIT_FINDINGS = 3;

  /** The time zone of "today" when no {@code --as-of} is given: Vietnam's. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Spec
  private CommandSpec spec;

  /** The version: the jar's, with the versions of the case and output formats. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BoithuongCli.class.getPackage().getImplementationVersion();
      return new String[] {"boithuong " + (v == null ? "(development build)" : v) + ", case format "
          + io.github.boithuong.examples.json.CaseFormat.VERSION + ", output format "
          + JsonOutput.VERSION};
    }
  }

  private final Clock clock;
  private WorkingCalendar calendar;

  private BoithuongCli(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err, Clock.system(VIETNAM)));
  }

  /**
   * Runs the command without exiting: for tests and for embedding.
   *
   * @param args the arguments, not null
   * @param out standard output, written in UTF-8, not null
   * @param err standard error, written in UTF-8, not null
   * @param clock the clock that gives "today" when no {@code --as-of} is given, not null
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_INTERNAL}, {@link #EXIT_INPUT} or {@link
   *     #EXIT_FINDINGS}
   */
  public static int execute(String[] args, PrintStream out, PrintStream err, Clock clock) {
    Objects.requireNonNull(args, "args");
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(Objects.requireNonNull(clock, "clock"), o, e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * Builds the picocli command line with the tool's exception handling.
   *
   * @param clock the clock of "today", not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the command line, not null
   */
  static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new BoithuongCli(clock));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      Locale locale = locale(parseResult);
      if (ex instanceof UserInputException user) {
        for (BilingualText m : user.messages()) {
          w.println(m.in(locale));
        }
        w.flush();
        return EXIT_INPUT;
      }
      if (ex instanceof CalendarException calendar) {
        for (CalendarProblem p : calendar.problems()) {
          w.println("boithuong: " + p.message(locale));
        }
        w.flush();
        return EXIT_INPUT;
      }
      w.println("boithuong: internal error, please report it with the command and input"
          + " / lỗi nội bộ, xin báo lại kèm lệnh và dữ liệu:");
      ex.printStackTrace(w);
      w.flush();
      return EXIT_INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter w = ex.getCommandLine().getErr();
      w.println("boithuong: " + ex.getMessage());
      w.println("Try / Xem: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      w.flush();
      return EXIT_INPUT;
    });
    return cl;
  }

  private static Locale locale(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    String lang = sub.hasMatchedOption("--lang") ? String.valueOf(sub.matchedOptionValue("--lang", "vi"))
        : "vi";
    return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is needed: calendar, deadline, timetable, assess, overdue, validate, schema"
            + " or scenario");
  }

  /** Today in Vietnam, by the clock given. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The official calendar, built once per run. */
  WorkingCalendar calendar() {
    if (calendar == null) {
      calendar = WorkingCalendar.vietnam();
    }
    return calendar;
  }
}
