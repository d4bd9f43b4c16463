package io.github.boithuong.examples;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import io.github.boithuong.core.time.Deadline;
import io.github.boithuong.core.time.LegalPeriod;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The main example: the first deadlines of a claim received by a ward People's Committee in
 * Quảng Ngãi just before Tết 2024, computed on the official calendar and explained with their
 * articles, in Vietnamese (or English with {@code --en}).
 *
 * <p>Run with {@code mvn -B -ntp -pl examples -am verify exec:java} (add {@code
 * -Dexec.args=--en} for English).
 */
public final class DeadlinesExample {

  private DeadlinesExample() {}

  /**
   * Prints the example report.
   *
   * @param args {@code --en} for English, nothing for Vietnamese
   */
  public static void main(String[] args) {
    Locale locale = List.of(args).contains("--en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean vi = "vi".equals(locale.getLanguage());
    WorkingCalendar calendar = WorkingCalendar.vietnam();

    LocalDate received = LocalDate.of(2024, 2, 6); // Tue, two days before the Tết break
    out.println(vi
        ? "UBND phường (tỉnh Quảng Ngãi) nhận hồ sơ yêu cầu bồi thường ngày 06/02/2024"
        : "A ward People's Committee (Quảng Ngãi province) receives a claim on 2024-02-06");
    out.println();

    report(out, locale, vi ? "Yêu cầu bổ sung hồ sơ (nếu thiếu)" : "Ask for missing documents",
        received,
        LegalPeriod.workingDays(5)
            .withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 42, 2)), calendar);
    report(out, locale, vi ? "Thụ lý hồ sơ (hồ sơ đầy đủ nhận ngày 06/02)"
            : "Accept the claim (complete dossier received on 06/02)",
        received,
        LegalPeriod.workingDays(2)
            .withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 1)), calendar);
    report(out, locale, vi ? "Xác minh thiệt hại (kể từ ngày thụ lý 15/02)"
            : "Verify the damage (from acceptance on 15/02)",
        LocalDate.of(2024, 2, 15),
        LegalPeriod.days(15).withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 45, 2)),
        calendar);
    report(out, locale, vi ? "Thời hiệu yêu cầu bồi thường (văn bản làm căn cứ nhận ngày 15/03/2021)"
            : "Limitation of the claim (basis document received on 2021-03-15)",
        LocalDate.of(2021, 3, 15),
        LegalPeriod.years(3).asLimitationPeriod()
            .withCitation(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 6, 1)), calendar);
    report(out, locale, vi ? "Một hạn chạy sang năm 2027 (chưa có lịch nghỉ chính thức)"
            : "A deadline running into 2027 (no official schedule yet)",
        LocalDate.of(2026, 12, 24), LegalPeriod.workingDays(10), calendar);
  }

  private static void report(PrintStream out, Locale locale, String title, LocalDate event,
      LegalPeriod period, WorkingCalendar calendar) {
    Deadline deadline = Deadline.after(event, period, calendar);
    out.println("== " + title);
    out.println(deadline.explain().render(locale));
    out.println();
  }
}
