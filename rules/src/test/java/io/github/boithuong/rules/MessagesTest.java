package io.github.boithuong.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages, with the same placeholders, and every code has one. */
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  @Test
  void bothLanguages_sameKeys_nonEmpty_samePlaceholders() {
    Set<String> vi = new TreeSet<>(Messages.keys("vi"));
    Set<String> en = new TreeSet<>(Messages.keys("en"));
    assertEquals(vi, en);
    assertFalse(vi.isEmpty());
    for (String key : vi) {
      String v = Messages.raw("vi", key);
      String e = Messages.raw("en", key);
      assertFalse(v.isBlank(), key);
      assertFalse(e.isBlank(), key);
      assertEquals(placeholders(v), placeholders(e), key);
    }
  }

  /** Vietnamese messages are written with full diacritics. */
  @Test
  void vietnamese_hasDiacritics() {
    for (String key : Messages.keys("vi")) {
      assertTrue(Messages.raw("vi", key).matches("(?s).*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*"),
          key);
    }
  }

  /** Every code a rule can emit, read from the sources, has a message. */
  @Test
  void everyCodeInTheSources_hasAMessage() throws IOException {
    Set<String> codes = new TreeSet<>();
    Pattern literal = Pattern.compile("Finding\\.of\\(\\s*(?:[a-z]+ \\? )?\"([A-Z0-9_]+)\"(?:\\s*:\\s*\"([A-Z0-9_]+)\")?");
    Pattern ternary = Pattern.compile("\\? \"([A-Z0-9_]+)\"\\s*:\\s*\"([A-Z0-9_]+)\"");
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/github/boithuong/rules"))) {
      for (Path file : files.toList()) {
        String source = Files.readString(file);
        for (Pattern p : new Pattern[] {literal, ternary}) {
          Matcher m = p.matcher(source);
          while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
              if (m.group(g) != null && !m.group(g).startsWith("_")) {
                codes.add(m.group(g));
              }
            }
          }
        }
      }
    }
    for (String prefix : new String[] {"CANCELLATION", "CORRECTION"}) {
      for (String suffix : new String[] {"_DUE", "_OVERDUE", "_ON_TIME", "_LATE"}) {
        codes.add(prefix + suffix);
      }
    }
    for (String prefix : new String[] {"SUIT_DIRECT", "SUIT_AFTER_PROCEDURE"}) {
      for (String suffix : new String[] {"_OPEN", "_CLOSED", "_FILED_IN_TIME", "_FILED_LATE"}) {
        codes.add(prefix + suffix);
      }
    }
    assertTrue(codes.size() > 60, codes.toString());
    Set<String> missing = new TreeSet<>(codes);
    missing.removeAll(Messages.keys("vi"));
    assertEquals(Set.of(), missing);
  }

  private static Set<String> placeholders(String s) {
    Set<String> result = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }
}
