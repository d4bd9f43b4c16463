package io.github.boithuong.rules;

import io.github.boithuong.core.law.BilingualText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The messages of the findings, one properties file per language ({@code messages_vi.properties},
 * {@code messages_en.properties}, UTF-8). Placeholders are {@code {name}}, filled from the finding's
 * arguments. Loaded directly rather than through {@code ResourceBundle}, whose fallback to the
 * default locale could answer an English request in Vietnamese.
 */
final class Messages {

  private static final Map<String, Properties> BUNDLES =
      Map.of("vi", load("messages_vi.properties"), "en", load("messages_en.properties"));

  private Messages() {}

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + name, ex);
    }
    return properties;
  }

  static Set<String> keys(String language) {
    return BUNDLES.get(language).stringPropertyNames();
  }

  static String raw(String language, String key) {
    return BUNDLES.get(language).getProperty(key);
  }

  static BilingualText format(String key, Map<String, BilingualText> args) {
    return BilingualText.of(fill(template("vi", key), args, true), fill(template("en", key), args, false));
  }

  private static String template(String language, String key) {
    String template = BUNDLES.get(language).getProperty(key);
    if (template == null || template.isBlank()) {
      throw new IllegalStateException("no " + language + " message for " + key);
    }
    return template;
  }

  private static String fill(String template, Map<String, BilingualText> args, boolean vietnamese) {
    String result = template;
    for (Map.Entry<String, BilingualText> arg : args.entrySet()) {
      String value = vietnamese ? arg.getValue().vietnamese() : arg.getValue().english();
      result = result.replace("{" + arg.getKey() + "}", value);
    }
    if (result.matches("(?s).*\\{[a-zA-Z]+\\}.*")) {
      throw new IllegalStateException("unfilled placeholder in " + result);
    }
    return result;
  }
}
