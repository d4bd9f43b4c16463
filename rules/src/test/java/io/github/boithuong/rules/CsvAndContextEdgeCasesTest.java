package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Edges of the CSV export (RFC 4180) and of the rule context's configured lead time. */
class CsvAndContextEdgeCasesTest {

  /** RFC 4180 §2.6: a field containing a comma, quote or line break is quoted, even in first place. */
  @Test
  void rfc4180_specialCharacterInFirstPlace_isQuoted() {
    assertEquals("\",x\"", Csv.quote(",x"));
    assertEquals("\"\"\"x\"", Csv.quote("\"x"));
    assertEquals("\"\nx\"", Csv.quote("\nx"));
    assertEquals("\"\rx\"", Csv.quote("\rx"));
    assertEquals("x", Csv.quote("x"));
  }

  /** A lead time of zero working days is a valid configuration (the session may be the day after). */
  @Test
  void leadTimeOfZero_isConfigured_negativeIsRejected() {
    Citation source = Citation.of(LegalText.DECREE_68_2018, 21);
    RuleContext zero = at(2024, 3, 20).withInvitationLeadTime(0, source);
    assertEquals(OptionalInt.of(0), zero.invitationLeadWorkingDays());
    assertEquals(OptionalInt.empty(), at(2024, 3, 20).invitationLeadWorkingDays());
    assertThrows(IllegalArgumentException.class, () -> at(2024, 3, 20).withInvitationLeadTime(-1, source));
  }
}
