package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a status reads to an official, in both languages, singular and plural. */
class StepStatusTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void englishCountsAreSingularForOne() {
    assertEquals("overdue by 1 working day (1 day)", status(StepStatus.Kind.OVERDUE, 1, 1)
        .describe(Locale.ENGLISH));
    assertEquals("overdue by 3 working days (5 days)", status(StepStatus.Kind.OVERDUE, 3, 5)
        .describe(Locale.ENGLISH));
    assertEquals("pending, 1 working day left (3 days)", status(StepStatus.Kind.PENDING, 1, 3)
        .describe(Locale.ENGLISH));
    assertEquals("done late by 2 working days (1 day)", status(StepStatus.Kind.DONE_LATE, 2, 1)
        .describe(Locale.ENGLISH));
  }

  @Test
  void vietnameseHasNoPlural() {
    assertEquals("quá hạn 1 ngày làm việc (1 ngày)", status(StepStatus.Kind.OVERDUE, 1, 1).describe(VI));
    assertEquals("đang trong hạn, còn 2 ngày làm việc (4 ngày)",
        status(StepStatus.Kind.PENDING, 2, 4).describe(VI));
  }

  private static StepStatus status(StepStatus.Kind kind, int workingDays, int days) {
    return new StepStatus(kind, workingDays, days, DAY, Step.Nature.DUTY);
  }
}
