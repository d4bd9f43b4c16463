package io.github.boithuong.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.rules.Assessment;
import io.github.boithuong.rules.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scenarios of issue 6: lawful cases, and each report shows what its scenario is about. */
class ScenariosTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, Scenarios.run(args, new PrintStream(out, true, StandardCharsets.UTF_8)));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyScenario_isALawfulCase() {
    for (Scenario s : ScenarioCases.all()) {
      assertEquals(List.of(), s.claim().problems(), s.file());
      assertEquals(List.of(), Timetable.of(s.claim(), CALENDAR).problems(), s.file());
    }
  }

  /** The default, main example: scenario 1 in Vietnamese. */
  @Test
  void scenario1_wardOfQuangNgai_findingOptionAndFundingReview() {
    String vi = run();
    assertTrue(vi.startsWith("Kịch bản 1 — UBND phường Nghĩa Lộ (Quảng Ngãi, 2024)"), vi);
    assertTrue(vi.contains("Thiếu đại diện Sở Tư pháp tỉnh Quảng Ngãi tại phiên thương lượng ngày 06/03/2024"
        + " — điểm d khoản 3 Điều 46 Luật TNBTCNN 2017"), vi);
    assertTrue(vi.contains("Quyết định có thể bị hủy để giải quyết lại nếu người yêu cầu bồi thường đề nghị"), vi);
    assertTrue(vi.contains("Đề nghị cơ quan giải quyết bồi thường hoàn thiện hồ sơ"), vi);
    assertTrue(vi.contains("Việc quá hạn hoặc đến hạn ngày 22/04/2024\n  ! 01/04/2024 → hạn 16/04/2024"
        + "  cấp kinh phí bồi thường — quá hạn 3 ngày làm việc (6 ngày)"), vi);
    String en = run("1", "--en");
    assertTrue(en.contains("Scenario 1") && en.contains("Art. 48(3)(b)"), en);
    Assessment a = CaseReport.of(ScenarioCases.quangNgaiWard().claim(), ScenarioCases.quangNgaiWard().asOf(),
        CALENDAR).assessment();
    assertEquals(Outcome.DOES_NOT_COMPLY, a.verdict("negotiation-participation").orElseThrow().outcome());
    assertTrue(a.verdict("decision-cancellation").orElseThrow().hasFinding("CANCELLATION_OPEN_TO_CLAIMANT_48_3B"));
    assertTrue(a.verdict("funding-review").orElseThrow().hasFinding("FUNDING_NEGOTIATION_DEFECT"));
  }

  @Test
  void scenario2_binhDuong_completeAndOnTime() {
    Scenario s = ScenarioCases.binhDuongDepartment();
    Assessment a = CaseReport.of(s.claim(), s.asOf(), CALENDAR).assessment();
    assertTrue(a.verdicts().stream().noneMatch(v -> v.outcome() == Outcome.DOES_NOT_COMPLY),
        a.render(VI));
    assertEquals(List.of(), a.dueOrOverdue());
    Timetable t = a.timetable();
    for (var e : t.entries()) {
      StepStatus.Kind k = e.status(s.asOf()).kind();
      assertTrue(k != StepStatus.Kind.OVERDUE || e.step() == Step.SUIT_WINDOW, e.toString());
      assertTrue(k != StepStatus.Kind.DONE_LATE, e.toString());
    }
    assertTrue(run("2").contains("Sở Tư pháp tỉnh Bình Dương"));
  }

  @Test
  void scenario3_criminalProcedure_procuracyAndRecourse() {
    String vi = run("3");
    assertTrue(vi.contains("Viện kiểm sát nhân dân tỉnh Thanh Hóa"), vi);
    assertTrue(vi.contains("quyết định hoàn trả — đã thực hiện đúng hạn"), vi);
    Scenario s = ScenarioCases.criminalProcedureWithRecourse();
    Assessment a = CaseReport.of(s.claim(), s.asOf(), CALENDAR).assessment();
    assertEquals(Outcome.COMPLIES, a.verdict("negotiation-participation").orElseThrow().outcome());
    assertTrue(a.timetable().entry(Step.RECOURSE_DECISION).isPresent());
  }

  @Test
  void scenario4_refusedDecision_andSuspensionEndingInTermination() {
    String en = run("4", "--en");
    assertTrue(en.contains("terminate the resolution — overdue by 1 working day"), en);
    assertTrue(en.contains("send the refused decision — done on time"), en);
    assertTrue(en.contains("ask to continue after suspension — ended with the case"), en);
    assertTrue(en.contains("2022-05-13 → due 2022-05-20  terminate the resolution — done on time"), en);
  }

  @Test
  void all_andTheDeadlinesExample() {
    String all = run("all");
    for (Scenario s : ScenarioCases.all()) {
      assertTrue(all.contains(s.title().in(VI)), s.file());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(2, Scenarios.run(new String[] {"9"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
  }
}
