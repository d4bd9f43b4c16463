package io.github.boithuong.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary of the claim package: every enum constant and every event has a name in both
 * languages and, where it has one, a citation of a legal text; small value types keep their value
 * semantics.
 */
class ClaimVocabularyEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(AgencyKind.class,
      AgencyLevel.class, CancellationGround.class, ClaimantStanding.class, ComplexityGround.class,
      CourtRoute.class, DamageType.class, DossierItem.class, ExclusionScope.class,
      FilingMethod.class, FundingDossierItem.class, HonourAnswer.class, LiabilityField.class,
      NegotiationContentItem.class, NonAcceptanceGround.class, ParticipantRole.class,
      PublicationChannel.class, SessionStep.class, StateManagementDocument.class, Step.class,
      SuspensionGround.class, TerminationGround.class);

  private static final Set<LegalText> TEXTS = Set.of(LegalText.STATE_COMPENSATION_LAW_2017,
      LegalText.DECREE_68_2018, LegalText.CIRCULAR_04_2018, LegalText.CIRCULAR_08_2019,
      LegalText.CIVIL_CODE_2015, LegalText.LABOUR_CODE_2019, LegalText.LABOUR_CODE_2012,
      LegalText.LABOUR_CODE_1994, LegalText.LAW_84_2007, LegalText.DECISION_188_1999);

  @Test
  void everyEnumConstant_hasBothLabels_andACitationOfAKnownText() throws Exception {
    for (Class<? extends Enum<?>> type : LABELLED) {
      Method label = type.getMethod("label", Locale.class);
      Method citation = hasCitation(type) ? type.getMethod("citation") : null;
      Set<String> vietnamese = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String vi = (String) label.invoke(constant, VI);
        String en = (String) label.invoke(constant, Locale.ENGLISH);
        String where = type.getSimpleName() + "." + constant.name();
        assertNotNull(vi, where);
        assertFalse(vi.isBlank(), where);
        assertNotNull(en, where);
        assertFalse(en.isBlank(), where);
        assertTrue(vietnamese.add(vi), "Vietnamese labels are distinct: " + where);
        if (citation != null) {
          Citation c = (Citation) citation.invoke(constant);
          assertNotNull(c, where);
          assertTrue(TEXTS.contains(c.text()), where);
        }
      }
    }
  }

  private static boolean hasCitation(Class<?> type) {
    try {
      type.getMethod("citation");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** A few labels and citations checked against the law text they name. */
  @Test
  void selectedLabelsAndCitations() {
    assertEquals("thiệt hại về tinh thần", DamageType.MENTAL.label(VI));
    assertEquals("mental damage", DamageType.MENTAL.label(Locale.ENGLISH));
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 27), DamageType.MENTAL.citation());
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 23), DamageType.PROPERTY.citation());
    // Nghị định 68/2018 Điều 19.1.b: a claim above 5 billion đồng is complex
    assertEquals(Citation.of(LegalText.DECREE_68_2018, 19, 1, "b"),
        ComplexityGround.CLAIM_ABOVE_FIVE_BILLION.citation());
    assertEquals("yêu cầu bồi thường trên 05 tỷ đồng",
        ComplexityGround.CLAIM_ABOVE_FIVE_BILLION.label(VI));
    assertEquals(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 45, 2),
        ComplexityGround.SEVERAL_LOCATIONS.citation());
  }

  @Test
  void stepsHaveActorAndNature() {
    for (Step step : Step.values()) {
      assertNotNull(step.actor(), step.name());
      assertNotNull(step.nature(), step.name());
    }
  }

  @Test
  void everyEventType_hasItsOwnNameInBothLanguages() {
    Set<String> vietnamese = new HashSet<>();
    Set<String> english = new HashSet<>();
    for (Class<?> type : CaseEvent.class.getPermittedSubclasses()) {
      BilingualText name = EventNames.of(type);
      assertNotNull(name, type.getSimpleName());
      assertTrue(vietnamese.add(name.vietnamese()), "distinct: " + type.getSimpleName());
      assertTrue(english.add(name.english()), "distinct: " + type.getSimpleName());
    }
    CaseEvent accepted = new CaseEvent.Accepted(LocalDate.of(2024, 2, 15));
    assertEquals(EventNames.of(CaseEvent.Accepted.class).vietnamese(), accepted.label(VI));
    assertEquals(EventNames.of(CaseEvent.Accepted.class).english(), accepted.label(Locale.ENGLISH));
    assertNotEquals(accepted.label(VI), accepted.label(Locale.ENGLISH));
  }

  // ---------------------------------------------------------------- Vnd

  @Test
  void vnd_arithmeticFormattingAndOrder() {
    assertEquals(Vnd.ZERO, Vnd.of(0));
    assertEquals(Vnd.of(3), Vnd.of(1).plus(Vnd.of(2)));
    assertThrows(ArithmeticException.class, () -> Vnd.of(Long.MAX_VALUE).plus(Vnd.of(1)));
    assertTrue(Vnd.of(-1).isNegative());
    assertFalse(Vnd.ZERO.isNegative());
    assertFalse(Vnd.of(1).isNegative());
    assertEquals("1.234.567 đồng", Vnd.of(1_234_567).format(VI));
    assertEquals("VND 1,234,567", Vnd.of(1_234_567).format(Locale.ENGLISH));
    assertEquals("0 đồng", Vnd.ZERO.format(VI));
    assertEquals("1234567 VND", Vnd.of(1_234_567).toString());
    assertTrue(Vnd.of(1).compareTo(Vnd.of(2)) < 0);
    assertTrue(Vnd.of(2).compareTo(Vnd.of(1)) > 0);
    assertEquals(0, Vnd.of(2).compareTo(Vnd.of(2)));
    assertEquals(Vnd.of(5).hashCode(), Vnd.of(5).hashCode());
    assertNotEquals(Vnd.of(5).hashCode(), Vnd.of(6).hashCode());
    assertNotEquals(Vnd.of(5), Vnd.of(6));
    assertNotEquals(Vnd.of(5), 5L);
  }

  // ---------------------------------------------------------------- CaseProblem

  @Test
  void caseProblem_messageWithAndWithoutCitation() {
    Citation c = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 43, 1);
    LocalDate day = LocalDate.of(2024, 2, 15);
    CaseProblem p = CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER,
        BilingualText.of("sai thứ tự", "out of order"), c, day);
    assertEquals(CaseProblem.Code.OUT_OF_ORDER, p.code());
    assertEquals("sai thứ tự (khoản 1 Điều 43 Luật TNBTCNN 2017)", p.message(VI));
    assertEquals("out of order (Art. 43(1), Law on State Compensation Liability 2017)",
        p.message(Locale.ENGLISH));
    assertEquals(Optional.of(c), p.citation());
    assertEquals(Optional.of(day), p.date());
    assertEquals("OUT_OF_ORDER: out of order (Art. 43(1), Law on State Compensation Liability 2017)",
        p.toString());
    CaseProblem bare = CaseProblem.of(CaseProblem.Code.NEGATIVE_AMOUNT,
        BilingualText.of("số âm", "negative"), null, null);
    assertEquals("số âm", bare.message(VI));
    assertEquals("negative", bare.message(Locale.ENGLISH));
    assertEquals(Optional.empty(), bare.citation());
    assertEquals(Optional.empty(), bare.date());

    CaseProblem same = CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER,
        BilingualText.of("sai thứ tự", "out of order"), c, day);
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertNotEquals(p, CaseProblem.of(CaseProblem.Code.AFTER_END,
        BilingualText.of("sai thứ tự", "out of order"), c, day));
    assertNotEquals(p, CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER,
        BilingualText.of("khác", "other"), c, day));
    assertNotEquals(p, CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER,
        BilingualText.of("sai thứ tự", "out of order"), null, day));
    assertNotEquals(p, CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER,
        BilingualText.of("sai thứ tự", "out of order"), c, day.plusDays(1)));
    assertNotEquals(p, "OUT_OF_ORDER");
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> CaseProblem.of(null, BilingualText.of("a", "b"), null, null)).getMessage());
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> CaseProblem.of(CaseProblem.Code.OUT_OF_ORDER, null, null, null)).getMessage());
  }

  // ---------------------------------------------------------------- ClaimContent

  @Test
  void claimContent_totalAndDefaults() {
    ClaimContent empty = ClaimContent.builder().build();
    assertEquals(Vnd.ZERO, empty.total());
    assertFalse(empty.advanceRequested());
    assertFalse(empty.honourRestorationRequested());
    assertFalse(empty.basisDocumentCollectionRequested());
    ClaimContent two = ClaimContent.builder()
        .addDamages(ClaimedDamage.of(DamageType.PROPERTY, Vnd.of(100)))
        .addDamages(ClaimedDamage.of(DamageType.MENTAL, Vnd.of(23)))
        .build();
    assertEquals(Vnd.of(123), two.total());
  }
}
