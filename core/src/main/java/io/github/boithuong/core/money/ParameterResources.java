package io.github.boithuong.core.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled parameter file and the integrators' files from the classpath. */
final class ParameterResources {

  /** The extension folder, outside any package, readable on the module path. */
  static final String EXTENSION_FOLDER = "META-INF/boithuong/parameters/";

  private static final Logger LOG = LoggerFactory.getLogger(ParameterResources.class);
  private static final String BUNDLED = "parameters.txt";

  private ParameterResources() {}

  /** The values shipped with the library. */
  static List<ParameterValue> bundled() {
    InputStream in = LegalParameters.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BUNDLED);
    }
    return ParameterParser.parse(read(in, BUNDLED), BUNDLED);
  }

  /**
   * The names an integrator's file may have: {@code parameters.txt} and one per parameter, e.g.
   * {@code base-salary.txt}.
   */
  static Set<String> extensionNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(EXTENSION_FOLDER + "parameters.txt");
    for (LegalParameter p : LegalParameter.values()) {
      names.add(EXTENSION_FOLDER + p.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt");
    }
    return names;
  }

  /** The values of every extension file on the classpath; conflicting files are an error. */
  static Map<String, ParameterValue> extensions(ClassLoader loader) {
    Map<String, ParameterValue> result = new LinkedHashMap<>();
    List<MoneyProblem> problems = new ArrayList<>();
    for (String name : extensionNames()) {
      Enumeration<URL> urls;
      try {
        urls = loader.getResources(name);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot look up " + name, ex);
      }
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        List<ParameterValue> values;
        try {
          values = ParameterParser.parse(read(url.openStream(), url.toString()), url.toString());
        } catch (IOException ex) {
          throw new UncheckedIOException("cannot read " + url, ex);
        } catch (ParameterException ex) {
          problems.addAll(ex.problems());
          continue;
        }
        for (ParameterValue value : values) {
          String key = LegalParameters.key(value);
          ParameterValue previous = result.putIfAbsent(key, value);
          if (previous != null && !previous.equals(value)) {
            problems.add(MoneyProblem.of(MoneyProblem.Code.MALFORMED_PARAMETERS,
                "hai giá trị khác nhau của " + value.parameter() + " từ " + value.effectiveFrom()
                    + ": " + previous.origin() + " và " + value.origin(),
                "two different values of " + value.parameter() + " from "
                    + value.effectiveFrom() + ": " + previous.origin() + " and " + value.origin()));
          }
        }
        LOG.debug("Legal parameters loaded from {}", url);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterException(problems);
    }
    return result;
  }

  private static String read(InputStream in, String name) {
    try (InputStream stream = in) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + name, ex);
    }
  }
}
