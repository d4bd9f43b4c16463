package io.github.boithuong.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CitationTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The form the implementation plans use: điểm d khoản 3 Điều 46. */
  @Test
  void format_pointClauseArticle() {
    Citation c = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "d");
    assertEquals("điểm d khoản 3 Điều 46 Luật Trách nhiệm bồi thường của Nhà nước 2017", c.format(VI));
    assertEquals("Art. 46(3)(d), Law on State Compensation Liability 2017", c.format(Locale.ENGLISH));
    assertEquals("điểm d khoản 3 Điều 46 Luật TNBTCNN 2017", c.formatShort(VI));
    assertEquals(c.formatShort(VI), c.toString());
  }

  @Test
  void format_clauseAndArticle() {
    assertEquals("khoản 2 Điều 21 Nghị định 68/2018/NĐ-CP",
        Citation.of(LegalText.DECREE_68_2018, 21, 2).format(VI));
    assertEquals("Art. 21(2), Decree 68/2018/ND-CP",
        Citation.of(LegalText.DECREE_68_2018, 21, 2).format(Locale.ENGLISH));
    assertEquals("Điều 147 Bộ luật Dân sự 2015", Citation.of(LegalText.CIVIL_CODE_2015, 147).format(VI));
  }

  /** Point đ (Điều 46.3.đ: the procuracy) is written "dd" in English. */
  @Test
  void format_pointDd() {
    Citation c = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "đ");
    assertEquals("điểm đ khoản 3 Điều 46 Luật TNBTCNN 2017", c.formatShort(VI));
    assertEquals("Art. 46(3)(dd), Law on State Compensation Liability 2017", c.format(Locale.ENGLISH));
  }

  @Test
  void rejectsImpossibleCitations() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> Citation.of(null, 1)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Citation.of(LegalText.CIVIL_CODE_2015, 0)).getMessage().contains("article"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 0)).getMessage().contains("clause"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, "f")).getMessage().contains("point"));
    assertThrows(IllegalArgumentException.class, () -> Citation.of(LegalText.CIVIL_CODE_2015, 1, 1, "ab"));
  }

  @Test
  void valueSemantics_andOrder() {
    Citation a = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "d");
    Citation b = Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3, "d");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertTrue(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46).compareTo(a) < 0);
  }

  @Test
  void explanation_rendersATree() {
    Explanation tree = Explanation.of(BilingualText.of("gốc", "root"),
        List.of(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 48, 3, "b")),
        List.of(Explanation.of(BilingualText.of("con", "child"), List.of())));
    assertEquals("- gốc [điểm b khoản 3 Điều 48 Luật TNBTCNN 2017]\n  - con", tree.render(VI));
    assertEquals("- root [Art. 48(3)(b), Law on State Compensation Liability 2017]\n  - child",
        tree.render(Locale.ENGLISH));
  }

  @Test
  void legalText_custom() {
    LegalText local = LegalText.of("15/2024/QĐ-UBND", "Quy chế phối hợp tỉnh X", "Quy chế X",
        "Coordination regulation of province X", "Regulation X");
    assertEquals("Điều 5 Quy chế X", Citation.of(local, 5).formatShort(VI));
    assertThrows(IllegalArgumentException.class, () -> LegalText.of(" ", "a", "a", "a", "a"));
  }
}
