package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.VI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.Explanation;
import io.github.boithuong.core.law.LegalText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Finding}: a code, a severity, the provisions, the facts, a message in both languages. The
 * expected messages are the bundle texts of {@code messages_vi/en.properties} with the facts filled
 * in by hand.
 */
class FindingTest {

  /** Luật TNBTCNN 2017 Điều 48.5: the cancellation is sent immediately. */
  private static final Citation ART_48_5 = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 5);
  private static final Citation ART_48_3_B = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 3, "b");

  private static Finding sendToday() {
    return Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(ART_48_5)
        .fact("date", "2024-03-26", BilingualText.of("26/03/2024", "26 March 2024")).build();
  }

  @Test
  void accessors_giveWhatWasBuilt() {
    Finding f = sendToday();
    assertEquals("CANCELLATION_SEND_TODAY", f.code());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.of(ART_48_5), f.citations());
    assertEquals(Map.of("date", "2024-03-26"), f.facts());
    assertEquals("Quyết định hủy, sửa chữa ngày 26/03/2024 phải được gửi ngay cho người yêu cầu bồi thường"
        + " và cơ quan quản lý nhà nước", f.message(VI));
    assertEquals("The cancellation or correction decision of 26 March 2024 must be sent immediately to the"
        + " claimant and the state-management agency", f.message(Locale.ENGLISH));
    assertThrows(UnsupportedOperationException.class, () -> f.citations().add(ART_48_3_B));
    assertThrows(UnsupportedOperationException.class, () -> f.facts().put("x", "y"));
  }

  @Test
  void render_isTheMessageThenTheProvisions_inEachLanguage() {
    Finding f = Finding.of("CANCELLATION_WHO_48_3B", Severity.INFO).cite(ART_48_3_B, ART_48_5).build();
    assertEquals(f.message(VI) + " — " + ART_48_3_B.formatShort(VI) + "; " + ART_48_5.formatShort(VI),
        f.render(VI));
    assertEquals(f.message(Locale.ENGLISH) + " — " + ART_48_3_B.formatShort(Locale.ENGLISH) + "; "
        + ART_48_5.formatShort(Locale.ENGLISH), f.render(Locale.ENGLISH));
    assertTrue(f.render(VI).startsWith("Chỉ hủy theo đề nghị của người yêu cầu bồi thường"));
  }

  @Test
  void render_withoutProvisions_isTheMessageAlone() {
    Finding f = Finding.of("CANCELLATION_NO_GROUND", Severity.INFO).build();
    assertEquals("No ground to cancel or correct the compensation decision is recorded", f.render(Locale.ENGLISH));
    assertEquals("Không có căn cứ hủy, sửa chữa quyết định giải quyết bồi thường được ghi nhận", f.render(VI));
    assertEquals(f.code() + " INFO: " + f.render(Locale.ENGLISH), f.toString());
  }

  @Test
  void explain_isOneStepWithTheProvisions() {
    Finding f = sendToday();
    Explanation e = f.explain();
    assertEquals(List.of(ART_48_5), e.citations());
    assertEquals(f.message(VI), e.text().vietnamese());
    assertEquals(f.message(Locale.ENGLISH), e.text().english());
    assertTrue(e.children().isEmpty());
  }

  @Test
  void toString_givesCodeSeverityAndEnglishRendering() {
    Finding f = sendToday();
    assertEquals("CANCELLATION_SEND_TODAY WARNING: The cancellation or correction decision of 26 March 2024 must"
        + " be sent immediately to the claimant and the state-management agency — " + ART_48_5.formatShort(Locale.ENGLISH),
        f.toString());
  }

  @Test
  void equals_comparesEveryPart() {
    Finding f = sendToday();
    assertEquals(f, sendToday());
    assertEquals(f.hashCode(), sendToday().hashCode());
    assertEquals(f, f);
    assertNotEquals(f, null);
    assertNotEquals(f, (Object) "CANCELLATION_SEND_TODAY");
    // another code with the same placeholders
    assertNotEquals(f, Finding.of("CANCELLATION_NOT_SENT_IMMEDIATELY", Severity.WARNING).cite(ART_48_5)
        .fact("date", "2024-03-26", BilingualText.of("26/03/2024", "26 March 2024")).build());
    // another severity
    assertNotEquals(f, Finding.of("CANCELLATION_SEND_TODAY", Severity.ERROR).cite(ART_48_5)
        .fact("date", "2024-03-26", BilingualText.of("26/03/2024", "26 March 2024")).build());
    // another citation
    assertNotEquals(f, Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(ART_48_3_B)
        .fact("date", "2024-03-26", BilingualText.of("26/03/2024", "26 March 2024")).build());
    // another fact value, same message
    assertNotEquals(f, Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(ART_48_5)
        .fact("date", "26/03/2024", BilingualText.of("26/03/2024", "26 March 2024")).build());
    // same fact, another message
    Finding otherMessage = Finding.of("CANCELLATION_SEND_TODAY", Severity.WARNING).cite(ART_48_5)
        .fact("date", "2024-03-26", BilingualText.of("26/03/2024", "2024-03-26")).build();
    assertNotEquals(f, otherMessage);
    assertNotEquals(f.hashCode(), otherMessage.hashCode());
  }

  @Test
  void builder_citesEachProvisionOnce_andKeepsTheOrder() {
    Finding f = Finding.of("CANCELLATION_WHO_48_3B", Severity.INFO).cite(ART_48_3_B)
        .cite(List.of(ART_48_5, ART_48_3_B)).cite(ART_48_5).build();
    assertEquals(List.of(ART_48_3_B, ART_48_5), f.citations());
  }

  @Test
  void builder_plainFact_isBothTheFactAndTheArgument_blankShownAsNotGiven() {
    Finding f = Finding.of("CANCELLATION_CONSEQUENCE_RECOVER_PAYMENT", Severity.INFO).fact("recourse", true).build();
    assertEquals("true", f.facts().get("recourse"));
    assertTrue(f.message(Locale.ENGLISH).endsWith("(recourse decided: true)"), f.message(Locale.ENGLISH));
    Finding blank = Finding.of("CANCELLATION_CONSEQUENCE_RECOVER_PAYMENT", Severity.INFO).fact("recourse", " ").build();
    assertEquals(" ", blank.facts().get("recourse"));
    assertTrue(blank.message(Locale.ENGLISH).endsWith("(recourse decided: (not given))"), blank.message(Locale.ENGLISH));
    assertTrue(blank.message(VI).endsWith("(hoàn trả đã quyết định: (không ghi))"), blank.message(VI));
    assertThrows(NullPointerException.class, () -> Finding.of(null, Severity.INFO));
    assertThrows(NullPointerException.class, () -> Finding.of("CANCELLATION_NO_GROUND", null));
  }
}
