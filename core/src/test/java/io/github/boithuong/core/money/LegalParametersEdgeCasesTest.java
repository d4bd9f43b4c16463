package io.github.boithuong.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A parameter table built by hand (no bundled data, no extensions), so that every expectation
 * comes from the values given here: base salary 1,800,000 from 01/07/2023 (Nghị định 24/2023) and
 * 2,340,000 from 01/07/2024 (Nghị định 73/2024), as in the law digest, section B.
 */
class LegalParametersEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final LocalDate JULY_2023 = LocalDate.of(2023, 7, 1);
  private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);

  private static final ParameterValue V2023 = ParameterValue.of(LegalParameter.BASE_SALARY,
      JULY_2023, BigDecimal.valueOf(1_800_000), ParameterStatus.CONFIRMED, "Nghị định 24/2023/NĐ-CP",
      List.of(), "");
  private static final ParameterValue V2024 = ParameterValue.of(LegalParameter.BASE_SALARY,
      JULY_2024, BigDecimal.valueOf(2_340_000), ParameterStatus.UNCONFIRMED,
      "Nghị định 73/2024/NĐ-CP", List.of(), "");

  private static LegalParameters.Builder handMade() {
    return LegalParameters.builder().bundled(false).classpathExtensions(null);
  }

  @Test
  void find_switchesOnTheEffectiveDay() {
    LegalParameters p = handMade().value(V2023).value(V2024).build();
    assertEquals(V2023, p.find(LegalParameter.BASE_SALARY, JULY_2023).get());
    assertEquals(V2023, p.find(LegalParameter.BASE_SALARY, JULY_2024.minusDays(1)).get());
    assertEquals(V2024, p.find(LegalParameter.BASE_SALARY, JULY_2024).get());
    assertEquals(List.of(V2023, V2024), p.history(LegalParameter.BASE_SALARY));
    assertEquals(List.of(), p.history(LegalParameter.REGIONAL_MINIMUM_WAGE_I));
    assertEquals("LegalParameters[2 values, lenient]", p.toString());
    assertFalse(p.isStrict());
  }

  @Test
  void beforeTheFirstValue_namesTheFirstDate() {
    LegalParameters p = handMade().value(V2023).build();
    MoneyProblem problem = p.find(LegalParameter.BASE_SALARY, JULY_2023.minusDays(1)).getError()
        .head();
    assertEquals(MoneyProblem.Code.BEFORE_FIRST_VALUE, problem.code());
    assertEquals("Không có giá trị của mức lương cơ sở (BASE_SALARY) vào ngày 30/06/2023; giá trị"
        + " đầu tiên có hiệu lực từ 2023-07-01", problem.message(VI));
    assertEquals("No value of the base salary (BASE_SALARY) on 2023-06-30; the first value applies"
        + " from 2023-07-01", problem.message(Locale.ENGLISH));
    MoneyProblem none = p.find(LegalParameter.REGIONAL_MINIMUM_WAGE_II, JULY_2024).getError().head();
    assertEquals("No value of the regional minimum wage, region II (REGIONAL_MINIMUM_WAGE_II) on"
        + " 2024-07-01", none.message(Locale.ENGLISH));
    ParameterException ex = assertThrows(ParameterException.class,
        () -> p.value(LegalParameter.BASE_SALARY, JULY_2023.minusDays(1)));
    assertEquals(List.of(problem), ex.problems());
    assertEquals(V2023, p.value(LegalParameter.BASE_SALARY, JULY_2023));
  }

  @Test
  void strictTable_refusesUnconfirmedValues() {
    LegalParameters lenient = handMade().value(V2023).value(V2024).build();
    assertSame(lenient, lenient.withStrict(false));
    LegalParameters strict = lenient.withStrict(true);
    assertNotSame(lenient, strict);
    assertTrue(strict.isStrict());
    assertEquals("LegalParameters[2 values, strict]", strict.toString());
    assertSame(strict, strict.withStrict(true));
    assertEquals(V2023, strict.find(LegalParameter.BASE_SALARY, JULY_2023).get());
    MoneyProblem problem = strict.find(LegalParameter.BASE_SALARY, JULY_2024).getError().head();
    assertEquals(MoneyProblem.Code.UNCONFIRMED_VALUE, problem.code());
    assertEquals("The value of BASE_SALARY from 2024-07-01 (Nghị định 73/2024/NĐ-CP) is"
        + " UNCONFIRMED; a strict table refuses it", problem.message(Locale.ENGLISH));
    assertEquals("Giá trị BASE_SALARY từ 2024-07-01 (Nghị định 73/2024/NĐ-CP) chưa được xác nhận;"
        + " bảng tham số nghiêm ngặt không dùng giá trị này", problem.message(VI));
    assertTrue(handMade().value(V2024).strict(true).build().isStrict());
    assertTrue(lenient.find(LegalParameter.BASE_SALARY, JULY_2024).isValid());
  }

  @Test
  void builder_refusesTheSameParameterAndDayTwice() {
    LegalParameters.Builder b = handMade().value(V2023);
    ParameterValue again = ParameterValue.of(LegalParameter.BASE_SALARY, JULY_2023,
        BigDecimal.valueOf(1_900_000), ParameterStatus.CONFIRMED, "X", List.of(), "");
    assertEquals("a value of BASE_SALARY from 2023-07-01 was already added (code)",
        assertThrows(IllegalArgumentException.class, () -> b.value(again)).getMessage());
    assertEquals("value", assertThrows(NullPointerException.class, () -> b.value(null))
        .getMessage());
    assertEquals("parameter", assertThrows(NullPointerException.class,
        () -> handMade().build().find(null, JULY_2023)).getMessage());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> handMade().build().find(LegalParameter.BASE_SALARY, null)).getMessage());
    assertEquals("parameter", assertThrows(NullPointerException.class,
        () -> handMade().build().history(null)).getMessage());
    assertEquals("LegalParameters[0 values, lenient]", handMade().build().toString());
  }

  @Test
  void bundledTable_isTheDefault() {
    LegalParameters bundled = LegalParameters.builder().classpathExtensions(null).build();
    assertEquals(0, bundled.value(LegalParameter.BASE_SALARY, JULY_2024).value()
        .compareTo(BigDecimal.valueOf(2_340_000)));
    assertEquals(0, bundled.value(LegalParameter.BASE_SALARY, JULY_2024.minusDays(1)).value()
        .compareTo(BigDecimal.valueOf(1_800_000)));
    assertSame(LegalParameters.vietnam(), LegalParameters.vietnam());
    // a value added by code replaces the bundled one of the same day
    ParameterValue override = ParameterValue.of(LegalParameter.BASE_SALARY, JULY_2024,
        BigDecimal.valueOf(2_000_000), ParameterStatus.CONFIRMED, "X", List.of(), "");
    assertEquals(override, LegalParameters.builder().classpathExtensions(null).value(override)
        .build().value(LegalParameter.BASE_SALARY, JULY_2024));
  }
}
