package io.github.boithuong.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of the {@code law} package written to kill mutants: value semantics, argument names in
 * error messages, and both languages of every rendering.
 */
class LawEdgeCasesTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Locale VI_VN = Locale.forLanguageTag("vi-VN");

  // ---------------------------------------------------------------- BilingualText

  @Test
  void bilingualText_selectsLanguageByLocale() {
    BilingualText t = BilingualText.of("bồi thường", "compensation");
    assertEquals("bồi thường", t.in(VI));
    assertEquals("bồi thường", t.in(VI_VN));
    assertEquals("compensation", t.in(Locale.ENGLISH));
    assertEquals("compensation", t.in(Locale.FRENCH));
    assertEquals("bồi thường", t.vietnamese());
    assertEquals("compensation", t.english());
    assertEquals("bồi thường", t.toString());
  }

  @Test
  void bilingualText_valueSemantics() {
    BilingualText a = BilingualText.of("một", "one");
    assertEquals(a, BilingualText.of("một", "one"));
    assertEquals(a.hashCode(), BilingualText.of("một", "one").hashCode());
    assertNotEquals(a, BilingualText.of("một", "uno"));
    assertNotEquals(a, BilingualText.of("hai", "one"));
    assertNotEquals(a, "một");
    assertNotEquals(a.hashCode(), BilingualText.of("một", "uno").hashCode());
    assertNotEquals(a.hashCode(), BilingualText.of("hai", "one").hashCode());
  }

  @Test
  void bilingualText_rejectsNullOrBlank_namingTheArgument() {
    assertEquals("vietnamese",
        assertThrows(NullPointerException.class, () -> BilingualText.of(null, "x")).getMessage());
    assertEquals("english",
        assertThrows(NullPointerException.class, () -> BilingualText.of("x", null)).getMessage());
    assertEquals("vietnamese must not be blank",
        assertThrows(IllegalArgumentException.class, () -> BilingualText.of(" ", "x")).getMessage());
    assertEquals("english must not be blank",
        assertThrows(IllegalArgumentException.class, () -> BilingualText.of("x", "\t")).getMessage());
    assertThrows(NullPointerException.class, () -> BilingualText.of("x", "y").in(null));
  }

  // ---------------------------------------------------------------- LegalText

  @Test
  void legalText_namesInBothLanguages() {
    LegalText law = LegalText.STATE_COMPENSATION_LAW_2017;
    assertEquals("10/2017/QH14", law.number());
    assertEquals("Luật Trách nhiệm bồi thường của Nhà nước 2017", law.name(VI));
    assertEquals("Luật TNBTCNN 2017", law.shortName(VI));
    assertEquals("Law on State Compensation Liability 2017", law.name(Locale.ENGLISH));
    assertEquals("Law on State Compensation Liability 2017", law.shortName(Locale.ENGLISH));
    assertEquals("Luật Trách nhiệm bồi thường của Nhà nước 2017", law.toString());

    LegalText custom = LegalText.of("1/2024/X", "Tên đầy đủ", "Tên ngắn", "Full name", "Short name");
    assertEquals("1/2024/X", custom.number());
    assertEquals("Tên đầy đủ", custom.name(VI));
    assertEquals("Tên ngắn", custom.shortName(VI));
    assertEquals("Full name", custom.name(Locale.ENGLISH));
    assertEquals("Short name", custom.shortName(Locale.ENGLISH));
    assertEquals("Tên đầy đủ", custom.toString());
  }

  @Test
  void legalText_valueSemantics() {
    LegalText a = LegalText.of("1/2024/X", "Tên", "T", "Name", "N");
    LegalText sameKey = LegalText.of("1/2024/X", "Tên", "khác", "Other", "O");
    assertEquals(a, a);
    assertEquals(a, sameKey);
    assertEquals(a.hashCode(), sameKey.hashCode());
    assertEquals("1/2024/X".hashCode() * 31 + "Tên".hashCode(), a.hashCode());
    assertNotEquals(a, LegalText.of("2/2024/X", "Tên", "T", "Name", "N"));
    assertNotEquals(a, LegalText.of("1/2024/X", "Tên khác", "T", "Name", "N"));
    assertNotEquals(a, "1/2024/X");
    assertNotEquals(LegalText.CIVIL_CODE_2015, LegalText.DECREE_68_2018);
  }

  @Test
  void legalText_rejectsEachBlankArgumentByName() {
    String[] names = {"number", "vietnameseName", "vietnameseShortName", "englishName",
        "englishShortName"};
    for (int i = 0; i < names.length; i++) {
      String[] args = {"a", "b", "c", "d", "e"};
      args[i] = "  ";
      String[] a = args;
      assertEquals(names[i] + " must not be blank",
          assertThrows(IllegalArgumentException.class,
              () -> LegalText.of(a[0], a[1], a[2], a[3], a[4])).getMessage());
      String[] n = {"a", "b", "c", "d", "e"};
      n[i] = null;
      assertEquals(names[i],
          assertThrows(NullPointerException.class,
              () -> LegalText.of(n[0], n[1], n[2], n[3], n[4])).getMessage());
    }
  }

  // ---------------------------------------------------------------- Citation

  @Test
  void citation_accessors() {
    Citation whole = Citation.of(LegalText.CIVIL_CODE_2015, 147);
    assertSame(LegalText.CIVIL_CODE_2015, whole.text());
    assertEquals(147, whole.article());
    assertEquals(OptionalInt.empty(), whole.clause());
    assertEquals(Optional.empty(), whole.point());

    Citation clause = Citation.of(LegalText.CIVIL_CODE_2015, 148, 1);
    assertEquals(OptionalInt.of(1), clause.clause());
    assertEquals(Optional.empty(), clause.point());

    Citation point = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "đ");
    assertEquals(OptionalInt.of(3), point.clause());
    assertEquals(Optional.of("đ"), point.point());
  }

  /** Vietnamese form of a whole article: "Điều 147 BLDS 2015"; English "Art. 147, Civil Code 2015". */
  @Test
  void citation_formatsWholeArticle() {
    Citation c = Citation.of(LegalText.CIVIL_CODE_2015, 147);
    assertEquals("Điều 147 BLDS 2015", c.formatShort(VI));
    assertEquals("Điều 147 Bộ luật Dân sự 2015", c.format(VI));
    assertEquals("Art. 147, Civil Code 2015", c.format(Locale.ENGLISH));
    assertEquals("Art. 147, Civil Code 2015", c.formatShort(Locale.ENGLISH));
    assertEquals("Điều 147 BLDS 2015", c.toString());
    assertEquals("khoản 1 Điều 148 BLDS 2015", Citation.of(LegalText.CIVIL_CODE_2015, 148, 1).toString());
  }

  @Test
  void citation_boundaryArguments() {
    assertEquals(1, Citation.of(LegalText.CIVIL_CODE_2015, 1).article());
    assertEquals(OptionalInt.of(1), Citation.of(LegalText.CIVIL_CODE_2015, 1, 1).clause());
    assertEquals("article must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, 0)).getMessage());
    assertEquals("article must be at least 1, but was -3",
        assertThrows(IllegalArgumentException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, -3, 1, "a")).getMessage());
    assertEquals("clause must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 0)).getMessage());
    assertEquals("clause must be at least 1, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 0, "a")).getMessage());
    assertEquals("point",
        assertThrows(NullPointerException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, null)).getMessage());
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> Citation.of(null, 1, 1)).getMessage());
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> Citation.of(null, 1, 1, "a")).getMessage());
    assertEquals(
        "point must be one letter of the Vietnamese alphabet (a, b, c, d, đ, e, g, …), but was 'j'",
        assertThrows(IllegalArgumentException.class,
            () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, "j")).getMessage());
  }

  /**
   * Points use the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v x y (point k
   * follows i in long lists of points; it was once refused by mistake).
   */
  @Test
  void citation_acceptsOnlyVietnameseAlphabetLetters() {
    for (String p : List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y")) {
      assertEquals(Optional.of(p), Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, p).point(), p);
    }
    for (String p : List.of("f", "j", "w", "z", "A", "", "dd")) {
      assertThrows(IllegalArgumentException.class,
          () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, p), p);
    }
  }

  @Test
  void citation_englishPointOtherThanDd() {
    assertEquals("Art. 26(1)(a), Decree 68/2018/ND-CP",
        Citation.of(LegalText.DECREE_68_2018, 26, 1, "a").formatShort(Locale.ENGLISH));
  }

  @Test
  void citation_valueSemantics() {
    Citation a = Citation.of(LegalText.DECREE_68_2018, 26, 1, "a");
    assertEquals(a, a);
    assertEquals(a, Citation.of(LegalText.DECREE_68_2018, 26, 1, "a"));
    assertNotEquals(a, Citation.of(LegalText.CIVIL_CODE_2015, 26, 1, "a"));
    assertNotEquals(a, Citation.of(LegalText.DECREE_68_2018, 27, 1, "a"));
    assertNotEquals(a, Citation.of(LegalText.DECREE_68_2018, 26, 2, "a"));
    assertNotEquals(a, Citation.of(LegalText.DECREE_68_2018, 26, 1, "b"));
    assertNotEquals(a, Citation.of(LegalText.DECREE_68_2018, 26, 1));
    assertNotEquals(a, "Điều 26");
    assertNotEquals(a.hashCode(), Citation.of(LegalText.DECREE_68_2018, 26, 1, "b").hashCode());
    assertNotEquals(a.hashCode(), Citation.of(LegalText.DECREE_68_2018, 26, 2, "a").hashCode());
    assertNotEquals(a.hashCode(), Citation.of(LegalText.DECREE_68_2018, 25, 1, "a").hashCode());
  }

  @Test
  void citation_orderByTextNumberArticleClausePoint() {
    Citation base = Citation.of(LegalText.DECREE_68_2018, 26, 2, "b");
    assertEquals(0, base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 2, "b")));
    // "68/2018/NĐ-CP" > "10/2017/QH14" as strings
    assertTrue(base.compareTo(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 99, 9, "y")) > 0);
    assertTrue(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 99, 9, "y").compareTo(base) < 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 27, 1, "a")) < 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 25, 9, "y")) > 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 3, "a")) < 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 1, "y")) > 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 2, "c")) < 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 2, "a")) > 0);
    assertTrue(base.compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 2)) > 0);
    assertTrue(Citation.of(LegalText.DECREE_68_2018, 26, 2).compareTo(base) < 0);
    assertTrue(Citation.of(LegalText.DECREE_68_2018, 26).compareTo(Citation.of(LegalText.DECREE_68_2018, 26, 1)) < 0);
  }

  // ---------------------------------------------------------------- Explanation

  @Test
  void explanation_accessorsAndNullChecks() {
    BilingualText text = BilingualText.of("gốc", "root");
    Citation c = Citation.of(LegalText.CIVIL_CODE_2015, 147);
    Explanation child = Explanation.of(BilingualText.of("con", "child"), List.of());
    Explanation e = Explanation.of(text, List.of(c), List.of(child));
    assertSame(text, e.text());
    assertEquals(List.of(c), e.citations());
    assertEquals(List.of(child), e.children());
    assertEquals(List.of(), child.children());
    assertThrows(UnsupportedOperationException.class, () -> e.citations().add(c));
    assertEquals("text",
        assertThrows(NullPointerException.class, () -> Explanation.of(null, List.of())).getMessage());
    assertEquals("citations",
        assertThrows(NullPointerException.class, () -> Explanation.of(text, null)).getMessage());
    assertEquals("children",
        assertThrows(NullPointerException.class,
            () -> Explanation.of(text, List.of(), null)).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class, () -> e.render(null)).getMessage());
  }

  @Test
  void explanation_rendersSeveralCitationsAndDeepChildren() {
    Explanation grandChild = Explanation.of(BilingualText.of("cháu", "grandchild"),
        List.of(Citation.of(LegalText.CIVIL_CODE_2015, 148, 1)));
    Explanation child1 = Explanation.of(BilingualText.of("con 1", "child 1"), List.of(),
        List.of(grandChild));
    Explanation child2 = Explanation.of(BilingualText.of("con 2", "child 2"), List.of());
    Explanation root = Explanation.of(BilingualText.of("gốc", "root"),
        List.of(Citation.of(LegalText.CIVIL_CODE_2015, 147),
            Citation.of(LegalText.DECREE_68_2018, 26, 1, "a")),
        List.of(child1, child2));
    assertEquals("- gốc [Điều 147 BLDS 2015; điểm a khoản 1 Điều 26 Nghị định 68/2018/NĐ-CP]\n"
        + "  - con 1\n"
        + "    - cháu [khoản 1 Điều 148 BLDS 2015]\n"
        + "  - con 2", root.render(VI));
    assertEquals("- root [Art. 147, Civil Code 2015; Art. 26(1)(a), Decree 68/2018/ND-CP]\n"
        + "  - child 1\n"
        + "    - grandchild [Art. 148(1), Civil Code 2015]\n"
        + "  - child 2", root.render(Locale.ENGLISH));
    assertEquals(root.render(VI), root.toString());
  }

  @Test
  void explanation_valueSemantics() {
    BilingualText t = BilingualText.of("gốc", "root");
    List<Citation> cs = List.of(Citation.of(LegalText.CIVIL_CODE_2015, 147));
    List<Explanation> kids = List.of(Explanation.of(BilingualText.of("con", "child"), List.of()));
    Explanation a = Explanation.of(t, cs, kids);
    Explanation same = Explanation.of(BilingualText.of("gốc", "root"), cs, kids);
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, Explanation.of(BilingualText.of("khác", "other"), cs, kids));
    assertNotEquals(a, Explanation.of(t, List.of(), kids));
    assertNotEquals(a, Explanation.of(t, cs, List.of()));
    assertNotEquals(a, "gốc");
    assertNotEquals(a.hashCode(), Explanation.of(t, List.of(), kids).hashCode());
    assertFalse(a.equals(null));
  }
}
