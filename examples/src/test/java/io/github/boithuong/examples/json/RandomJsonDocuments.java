package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.boithuong.core.claim.DossierItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generated JSON documents for the case reader, valid and invalid, each made from one {@code long}
 * seed by a {@link SplittableRandom}: the same seed always gives the same bytes. The documents
 * start from the real example case files ({@code examples/cases/*.json}) and fall in five
 * categories ({@link Category}); each document also names the kind of change made to it.
 *
 * <p>Trees are changed with Jackson's node classes and written by this class's own writer, which
 * can also repeat a key (a duplicate key cannot live in a tree) and write a value verbatim (numbers
 * such as {@code 1e400}, lone surrogate escapes, ten thousand nested arrays), so that every
 * document is exactly the text meant, whatever Jackson's writer would make of it.
 */
final class RandomJsonDocuments {

  /** The categories of documents. */
  enum Category {
    /** A real case, unchanged or only re-formatted: must read to the same claim. */
    VALID,
    /** A real case with one to four structural mutations. */
    MUTATION,
    /** A real case with extreme values: dates, strings, numbers, nesting, long arrays. */
    EXTREME,
    /** Bytes that are not a JSON document: truncated, flipped, trailing, empty, BOM, bad UTF-8. */
    BROKEN,
    /** Attempts at polymorphic typing: properties and wrappers naming Java classes. */
    POLYMORPHIC
  }

  /**
   * One generated document.
   *
   * @param category its category
   * @param kind the change made, e.g. "delete a field"
   * @param bytes the file's bytes
   * @param base the example file it was made from, or null
   */
  record Document(Category category, String kind, byte[] bytes, String base) {
    /** The start of the text, for a failure message. */
    String preview() {
      String s = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
      return category + " / " + kind + " / " + base + " / " + bytes.length + " bytes: " + s;
    }
  }

  /**
   * Counts the initialisations of {@link Canary}, a class the polymorphic documents name: it
   * stays zero unless something instantiated or initialised a class named in a document.
   */
  static final AtomicInteger CANARY_INITIALISED = new AtomicInteger();

  /** A class named by the polymorphic documents; initialising it is counted. */
  static final class Canary {
    static {
      CANARY_INITIALISED.incrementAndGet();
    }

    /** Counts an instantiation too. */
    Canary() {
      CANARY_INITIALISED.incrementAndGet();
    }
  }

  /** The name of {@link Canary}, as a document gives it, without loading the class. */
  static final String CANARY = RandomJsonDocuments.class.getName() + "$Canary";

  /** Class names for typing properties: gadgets of known deserialization exploits and ours. */
  static final List<String> CLASS_NAMES = List.of("java.lang.ProcessBuilder", "java.lang.Runtime",
      "java.net.URL", "java.io.File", "java.util.HashMap", "javax.script.ScriptEngineManager",
      "com.sun.rowset.JdbcRowSetImpl",
      "org.springframework.context.support.ClassPathXmlApplicationContext",
      "ch.qos.logback.core.db.DriverManagerConnectionSource",
      "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "[Ljava.lang.Object;",
      "io.github.boithuong.core.claim.Claim", "io.github.boithuong.core.claim.CaseEvent$Accepted",
      "io.github.boithuong.examples.json.CaseFile", CANARY);

  /** Properties that polymorphic typing uses in Jackson and elsewhere. */
  static final List<String> TYPE_PROPERTIES =
      List.of("@class", "@type", "@c", "$type", "@id", "@ref", "__type", "type", "@JsonTypeInfo");

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> DATE_FIELDS =
      Set.of("date", "issued", "received", "startInclusive", "endInclusive");
  /** Marks a text node written verbatim by {@link #write}: never part of a real document. */
  private static final String RAW = "\uE000raw\uE000";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final List<String> DATES = List.of("0001-01-01", "9999-12-31", "2024-02-29",
      "2023-02-29", "2000-02-29", "1900-02-29", "2100-02-29", "2024-13-45", "2024-00-10",
      "2024-01-00", "2024-02-30", "2024-04-31", "", " ", "2024-1-5", "24-01-05", "2024/01/05",
      "05/01/2024", "+2024-01-01", "-0001-01-01", "+99999-01-01", "2024-01-05T00:00:00",
      "2024-01-05 ", "\u00002024-01-05", "\uFF12\uFF10\uFF12\uFF14-01-05", "1999-12-31",
      "2000-01-01", "2199-12-31", "2200-01-01", "0000-01-01", "9999-02-29", "0004-02-29");
  private static final List<String> NUMBERS = List.of("9223372036854775807",
      "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e30", "1E30",
      "-1e30", "-1", "0", "-0", "1.5", "-1.5", "1.0", "0.0", "1e400", "-1e400", "1e-400", "2E+1",
      "2147483647", "2147483648", "-2147483648", "100000000000000000000000000000000000000000",
      "0.1e1", "15", "16", "10", "11", "1e2", "123456789012345678901234567890.5");
  private static final List<String> BAD_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "01",
      "0x10", "1.", ".5", "+1", "1e", "--1", "1_000");
  private static final List<String> TRAILING = List.of("}", "{}", "x", ",", " null", "[]", "\"\"",
      "// comment", "/* comment */", "\u0000", "#", "\n\n{", "garbage", " 1", "]");
  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF},
      {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}};

  private final List<String> names;
  private final List<byte[]> texts;
  private final List<ObjectNode> trees;
  private final List<String> enumConstants;

  private RandomJsonDocuments(List<String> names, List<byte[]> texts, List<ObjectNode> trees) {
    this.names = names;
    this.texts = texts;
    this.trees = trees;
    List<String> constants = new ArrayList<>();
    for (ObjectNode t : trees) {
      for (Slot s : slots(t)) {
        if (s.value().isTextual() && ENUM.matcher(s.value().textValue()).matches()
            && !constants.contains(s.value().textValue())) {
          constants.add(s.value().textValue());
        }
      }
    }
    this.enumConstants = List.copyOf(constants);
  }

  /**
   * Loads the example case files.
   *
   * @param directory the directory of the files, e.g. {@code cases}
   * @return the generator
   */
  static RandomJsonDocuments of(Path directory) {
    List<String> names = new ArrayList<>();
    List<byte[]> texts = new ArrayList<>();
    List<ObjectNode> trees = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        names.add(f.getFileName().toString());
        byte[] bytes = Files.readAllBytes(f);
        texts.add(bytes);
        trees.add((ObjectNode) Json.mapper().readTree(bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (trees.isEmpty()) {
      throw new IllegalStateException("no example case in " + directory.toAbsolutePath());
    }
    return new RandomJsonDocuments(List.copyOf(names), List.copyOf(texts), List.copyOf(trees));
  }

  /**
   * Gets the example file names.
   *
   * @return the names, in the order of {@link #exampleText(int)}
   */
  List<String> exampleNames() {
    return names;
  }

  /**
   * Gets an example file's bytes.
   *
   * @param i the index
   * @return the bytes
   */
  byte[] exampleText(int i) {
    return texts.get(i).clone();
  }

  /**
   * Generates one document.
   *
   * @param seed the seed
   * @return the document
   */
  Document generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int base = r.nextInt(trees.size());
    Gen g = new Gen(r, trees.get(base).deepCopy(), names.get(base));
    int c = r.nextInt(100);
    if (c < 6) {
      return g.valid(texts.get(base));
    } else if (c < 44) {
      return g.mutation();
    } else if (c < 70) {
      return g.extreme();
    } else if (c < 90) {
      return g.broken();
    }
    return g.polymorphic();
  }

  // ---------------------------------------------------------------------------------------------

  /** A place in a tree: an object's field or an array's element. */
  record Slot(JsonNode parent, String field, int index, JsonNode value) {
    /** The name of the field, or of the array that holds the element. */
    String name() {
      return field;
    }

    void set(JsonNode v) {
      if (parent instanceof ObjectNode o) {
        o.set(field, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  static List<Slot> slots(JsonNode root) {
    List<Slot> result = new ArrayList<>();
    collect(root, null, result);
    return result;
  }

  private static void collect(JsonNode node, String name, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        out.add(new Slot(o, e.getKey(), -1, e.getValue()));
        collect(e.getValue(), e.getKey(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, name, i, a.get(i)));
        collect(a.get(i), name, out);
      }
    }
  }

  private static List<ObjectNode> objects(JsonNode root) {
    List<ObjectNode> result = new ArrayList<>();
    if (root instanceof ObjectNode o) {
      result.add(o);
    }
    for (Slot s : slots(root)) {
      if (s.value() instanceof ObjectNode o) {
        result.add(o);
      }
    }
    return result;
  }

  private static TextNode raw(String text) {
    return TextNode.valueOf(RAW + text);
  }

  private static String repeat(String s, int n) {
    return s.repeat(Math.max(0, n));
  }

  /** The generation of one document: its random source, tree and writer options. */
  private final class Gen {
    private final SplittableRandom r;
    private final ObjectNode tree;
    private final String base;
    /** Keys to write twice: object, field, value of the second occurrence. */
    private final Map<JsonNode, Object[]> duplicates = new IdentityHashMap<>();
    private boolean pretty;
    private String eol = "\n";
    private String indent = "  ";
    private boolean escapeNonAscii;

    Gen(SplittableRandom r, ObjectNode tree, String base) {
      this.r = r;
      this.tree = tree;
      this.base = base;
      this.pretty = r.nextBoolean();
    }

    private <T> T pick(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    /** Any slot of the tree; the root gets a field first if it has none. */
    private Slot anySlot() {
      if (tree.isEmpty()) {
        tree.put("id", word());
      }
      return pick(slots(x -> true));
    }

    private Document doc(Category category, String kind) {
      return new Document(category, kind, text().getBytes(StandardCharsets.UTF_8), base);
    }

    private Document doc(Category category, String kind, byte[] bytes) {
      return new Document(category, kind, bytes, base);
    }

    private String text() {
      StringBuilder b = new StringBuilder();
      write(tree, b, 0);
      return b.append(eol).toString();
    }

    private List<Slot> slots(java.util.function.Predicate<Slot> filter) {
      return RandomJsonDocuments.slots(tree).stream().filter(filter).toList();
    }

    private ArrayNode events() {
      JsonNode e = tree.get("events");
      return e instanceof ArrayNode a ? a : tree.putArray("events");
    }

    // -------------------------------------------------------------------------------------------
    Document valid(byte[] original) {
      switch (r.nextInt(5)) {
        case 0:
          return doc(Category.VALID, "example file as is", original.clone());
        case 1:
          pretty = false;
          return doc(Category.VALID, "compact");
        case 2:
          pretty = true;
          eol = "\r\n";
          indent = r.nextBoolean() ? "\t" : "    ";
          return doc(Category.VALID, "CRLF and other indentation");
        case 3:
          escapeNonAscii = true;
          return doc(Category.VALID, "non-ASCII as \\u escapes");
        default:
          for (ObjectNode o : objects(tree)) {
            Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
            o.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            List<String> keys = new ArrayList<>(fields.keySet());
            shuffle(keys);
            o.removeAll();
            keys.forEach(k -> o.set(k, fields.get(k)));
          }
          return doc(Category.VALID, "fields in another order");
      }
    }

    // -------------------------------------------------------------------------------------------
    Document mutation() {
      int n = r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(3);
      String kind = null;
      for (int i = 0; i < n; i++) {
        kind = mutate();
      }
      return doc(Category.MUTATION, n == 1 ? kind : "several mutations");
    }

    private String mutate() {
      switch (r.nextInt(9)) {
        case 0: {
          List<Slot> s = slots(x -> x.parent() instanceof ObjectNode);
          if (!s.isEmpty()) {
            pick(s).remove();
          }
          return "delete a field";
        }
        case 1: {
          Slot slot = anySlot();
          slot.set(otherType(slot.value()));
          return "change a value's type";
        }
        case 2:
          anySlot().set(NullNode.getInstance());
          return "set null";
        case 3: {
          anySlot();
          List<ObjectNode> objects = objects(tree).stream().filter(o -> o.size() > 0).toList();
          ObjectNode o = pick(objects);
          List<String> keys = new ArrayList<>();
          o.fieldNames().forEachRemaining(keys::add);
          String key = pick(keys);
          JsonNode value = r.nextBoolean() ? o.get(key) : otherType(o.get(key));
          duplicates.put(o, new Object[] {key, value, r.nextInt(keys.size() + 1)});
          return "duplicate key";
        }
        case 4: {
          ObjectNode o = pick(objects(tree));
          o.set(unknownName(o), randomValue());
          return "unknown field";
        }
        case 5: {
          ArrayNode events = events();
          if (events.isEmpty() || !(events.get(r.nextInt(events.size())) instanceof ObjectNode e)) {
            return "unknown event type";
          }
          e.put("type", eventTypeVariant(e.path("type").asText("")));
          return "unknown event type";
        }
        case 6: {
          List<Slot> s = slots(x -> x.value().isTextual()
              && ENUM.matcher(x.value().textValue()).matches());
          if (!s.isEmpty()) {
            Slot slot = pick(s);
            slot.set(TextNode.valueOf(enumVariant(slot.value().textValue())));
          }
          return "wrong enum constant";
        }
        case 7: {
          ArrayNode events = events();
          List<JsonNode> list = new ArrayList<>();
          events.forEach(list::add);
          switch (r.nextInt(3)) {
            case 0 -> shuffle(list);
            case 1 -> java.util.Collections.reverse(list);
            default -> {
              if (list.size() > 1) {
                java.util.Collections.swap(list, r.nextInt(list.size()), r.nextInt(list.size()));
              }
            }
          }
          events.removeAll();
          list.forEach(events::add);
          return "reordered events";
        }
        default: {
          ArrayNode events = events();
          int remove = events.isEmpty() ? 0 : 1 + r.nextInt(events.size());
          for (int i = 0; i < remove; i++) {
            events.remove(r.nextInt(events.size()));
          }
          return "events removed";
        }
      }
    }

    private JsonNode otherType(JsonNode value) {
      for (int tries = 0; tries < 8; tries++) {
        JsonNode v = switch (r.nextInt(9)) {
          case 0 -> TextNode.valueOf(value == null || value.isContainerNode() ? "7"
              : value.asText());
          case 1 -> IntNode.valueOf(r.nextInt(-3, 30));
          case 2 -> DoubleNode.valueOf(1.5);
          case 3 -> BooleanNode.valueOf(r.nextBoolean());
          case 4 -> NODES.arrayNode().add(copy(value));
          case 5 -> NODES.objectNode().set("value", copy(value));
          case 6 -> TextNode.valueOf("");
          case 7 -> LongNode.valueOf(Long.MAX_VALUE);
          default -> NODES.arrayNode();
        };
        if (value == null || v.getNodeType() != value.getNodeType()) {
          return v;
        }
      }
      return NullNode.getInstance();
    }

    private JsonNode copy(JsonNode value) {
      return value == null ? NullNode.getInstance() : value.deepCopy();
    }

    private JsonNode randomValue() {
      return switch (r.nextInt(6)) {
        case 0 -> TextNode.valueOf(word());
        case 1 -> IntNode.valueOf(r.nextInt());
        case 2 -> BooleanNode.TRUE;
        case 3 -> NullNode.getInstance();
        case 4 -> NODES.objectNode().put(word(), word());
        default -> NODES.arrayNode().add(word()).add(1);
      };
    }

    private String unknownName(ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      return switch (r.nextInt(7)) {
        case 0 -> keys.isEmpty() ? "x" : typo(pick(keys));
        case 1 -> keys.isEmpty() ? "X" : pick(keys).toUpperCase(java.util.Locale.ROOT);
        case 2 -> "";
        case 3 -> pick(List.of("__proto__", "constructor", "$schema", "type", "id", "events",
            "formatVersion", "name"));
        case 4 -> " " + (keys.isEmpty() ? "id" : pick(keys));
        default -> word();
      };
    }

    private String eventTypeVariant(String type) {
      return switch (r.nextInt(8)) {
        case 0 -> typo(type);
        case 1 -> type.toLowerCase(java.util.Locale.ROOT);
        case 2 -> type + " ";
        case 3 -> "";
        case 4 -> "CaseEvent." + type;
        case 5 -> pick(enumConstants);
        case 6 -> word();
        default -> new StringBuilder(type).reverse().toString();
      };
    }

    private String enumVariant(String constant) {
      return switch (r.nextInt(7)) {
        case 0 -> constant.toLowerCase(java.util.Locale.ROOT);
        case 1 -> typo(constant);
        case 2 -> pick(enumConstants);
        case 3 -> "";
        case 4 -> " " + constant;
        case 5 -> constant.replace('_', '-');
        default -> word().toUpperCase(java.util.Locale.ROOT);
      };
    }

    private String typo(String s) {
      if (s.isEmpty()) {
        return "x";
      }
      StringBuilder b = new StringBuilder(s);
      int i = r.nextInt(s.length());
      switch (r.nextInt(3)) {
        case 0 -> b.deleteCharAt(i);
        case 1 -> b.insert(i, (char) ('a' + r.nextInt(26)));
        default -> b.setCharAt(i, (char) ('a' + r.nextInt(26)));
      }
      return b.toString();
    }

    private String word() {
      int n = 1 + r.nextInt(12);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      return b.toString();
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        java.util.Collections.swap(list, i, r.nextInt(i + 1));
      }
    }

    // -------------------------------------------------------------------------------------------
    Document extreme() {
      // Weights: dates 20, shifted dates 10, strings 20, numbers 18, nesting 14, long arrays 4,
      // field names 14 (long arrays are the costly documents: a few hundred in 50,000).
      int w = r.nextInt(100);
      int op = w < 20 ? 0 : w < 30 ? 1 : w < 50 ? 2 : w < 68 ? 3 : w < 82 ? 4 : w < 86 ? 5 : 6;
      switch (op) {
        case 0: {
          List<Slot> s = slots(x -> x.value().isTextual()
              && (DATE.matcher(x.value().textValue()).matches() || DATE_FIELDS.contains(x.name())));
          int n = s.isEmpty() ? 0 : 1 + r.nextInt(Math.min(3, s.size()));
          for (int i = 0; i < n; i++) {
            pick(s).set(TextNode.valueOf(pick(DATES)));
          }
          return doc(Category.EXTREME, "extreme or impossible date");
        }
        case 1:
          return doc(Category.EXTREME, "every date shifted to " + shiftDates());
        case 2: {
          List<Slot> s = slots(x -> x.value().isTextual());
          (s.isEmpty() ? anySlot() : pick(s)).set(extremeString());
          return doc(Category.EXTREME, "empty, long or control-character string");
        }
        case 3: {
          List<Slot> s = slots(x -> x.value().isNumber());
          if (s.isEmpty() || r.nextInt(4) == 0) {
            s = slots(x -> true);
          }
          if (r.nextInt(5) == 0) {
            for (Slot slot : slots(x -> x.value().isNumber())) {
              slot.set(raw(pick(List.of("9223372036854775807", "-1", "1e30", "1.5"))));
            }
            return doc(Category.EXTREME, "huge, negative or fractional number");
          }
          pick(s).set(raw(r.nextInt(8) == 0 ? pick(BAD_NUMBERS) : r.nextInt(10) == 0
              ? repeat("9", 900 + r.nextInt(200)) : pick(NUMBERS)));
          return doc(Category.EXTREME, "huge, negative or fractional number");
        }
        case 4:
          return deepNesting();
        case 5:
          return longArray();
        default: {
          ObjectNode o = pick(objects(tree));
          String name = r.nextBoolean() ? repeat("k", r.nextInt(40) == 0 ? 1_000_000 : 10_000)
              : "\u0000\u001b[31m\u202e";
          o.set(name, randomValue());
          return doc(Category.EXTREME, "long or control-character field name");
        }
      }
    }

    private String shiftDates() {
      List<Slot> dates = slots(x -> x.value().isTextual()
          && DATE.matcher(x.value().textValue()).matches());
      LocalDate min = LocalDate.MAX;
      LocalDate max = LocalDate.MIN;
      for (Slot s : dates) {
        try {
          LocalDate d = LocalDate.parse(s.value().textValue());
          min = d.isBefore(min) ? d : min;
          max = d.isAfter(max) ? d : max;
        } catch (DateTimeParseException e) {
          // not a date after all
        }
      }
      if (dates.isEmpty() || min.equals(LocalDate.MAX)) {
        return "nothing (no dates)";
      }
      String target = pick(List.of("year 1", "year 9999", "1999", "2199", "2200", "leap days"));
      long years = switch (target) {
        case "year 1" -> 1 - min.getYear();
        case "year 9999" -> 9999 - max.getYear();
        case "1999" -> 1999 - min.getYear();
        case "2199" -> 2199 - max.getYear();
        case "2200" -> 2200 - min.getYear();
        default -> 2028 - min.getYear();
      };
      for (Slot s : dates) {
        try {
          LocalDate d = LocalDate.parse(s.value().textValue()).plusYears(years);
          boolean leap = target.equals("leap days") && r.nextInt(3) == 0;
          // 29 February of the date's year, a leap year or not (2028 is; 2029 and 2030 are not)
          s.set(TextNode.valueOf(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d",
              d.getYear(), leap ? 2 : d.getMonthValue(), leap ? 29 : d.getDayOfMonth())));
        } catch (java.time.DateTimeException e) {
          // left as it is
        }
      }
      return target;
    }

    private JsonNode extremeString() {
      return switch (r.nextInt(12)) {
        case 0 -> TextNode.valueOf("");
        case 1 -> TextNode.valueOf(" \t\n ");
        case 2 -> TextNode.valueOf(repeat("a", r.nextInt(40) == 0 ? 1_000_000 : 10_000));
        case 3 -> TextNode.valueOf(repeat("Nguyễn Thị Ánh ", 700));
        case 4 -> TextNode.valueOf(controls(1 + r.nextInt(50)));
        case 5 -> TextNode.valueOf(controls(10_000));
        case 6 -> TextNode.valueOf("\u2028\u2029\uFEFF\u202E\u200B");
        case 7 -> TextNode.valueOf("\uD83D\uDE00 \u0301 \u0000 emoji and NUL");
        case 8 -> raw("\"\\ud800\"");
        case 9 -> raw("\"\\udfff\\ud800x\"");
        case 10 -> raw("\"\\u00\"");
        default -> raw("\"" + repeat("\\\\", 5_000) + "\"");
      };
    }

    private String controls(int n) {
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append((char) (r.nextInt(5) == 0 ? 0x7F + r.nextInt(0x21) : r.nextInt(0x20)));
      }
      return b.toString();
    }

    private Document deepNesting() {
      int depth = r.nextInt(20) == 0 ? 50_000 : pick(List.of(64, 999, 1_000, 1_001, 10_000));
      String open;
      String close;
      switch (r.nextInt(3)) {
        case 0 -> {
          open = "[";
          close = "]";
        }
        case 1 -> {
          open = "{\"a\":";
          close = "}";
        }
        default -> {
          open = "[{\"events\":";
          close = "}]";
        }
      }
      String nested = repeat(open, depth) + (r.nextBoolean() ? "1" : "[]") + repeat(close, depth);
      if (r.nextInt(3) == 0) {
        return doc(Category.EXTREME, "deep nesting",
            nested.getBytes(StandardCharsets.UTF_8));
      }
      anySlot().set(raw(nested));
      return doc(Category.EXTREME, "deep nesting");
    }

    private Document longArray() {
      switch (r.nextInt(5)) {
        case 0: {
          ArrayNode events = events();
          List<JsonNode> copy = new ArrayList<>();
          events.forEach(copy::add);
          int n = 100 + r.nextInt(900);
          for (int i = 0; events.size() < n && !copy.isEmpty(); i++) {
            events.add(copy.get(i % copy.size()).deepCopy());
          }
          return doc(Category.EXTREME, "very long array");
        }
        case 1: {
          ArrayNode items = tree.putArray("dossierItems");
          int n = r.nextInt(20) == 0 ? 100_000 : 1_000 + r.nextInt(9_000);
          DossierItem[] all = DossierItem.values();
          for (int i = 0; i < n; i++) {
            items.add(r.nextInt(50) == 0 ? word() : all[r.nextInt(all.length)].name());
          }
          return doc(Category.EXTREME, "very long array");
        }
        case 2: {
          JsonNode content = tree.get("content");
          if (content instanceof ObjectNode c) {
            ArrayNode damages = c.putArray("damages");
            int n = r.nextInt(20) == 0 ? 20_000 : 1_000 + r.nextInt(4_000);
            for (int i = 0; i < n; i++) {
              damages.addObject().put("type", "PROPERTY").put("amount",
                  r.nextInt(100) == 0 ? Long.MAX_VALUE : 1 + r.nextInt(1_000_000));
            }
          }
          return doc(Category.EXTREME, "very long array");
        }
        default: {
          int n = r.nextInt(10) == 0 ? 100_000 : 10_000 + r.nextInt(20_000);
          String element = pick(List.of("0", "null", "{}", "[]", "\"x\"", "true"));
          StringBuilder b = new StringBuilder(n * (element.length() + 1) + 2).append('[');
          for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(element);
          }
          Slot s = anySlot();
          s.set(raw(b.append(']').toString()));
          return doc(Category.EXTREME, "very long array");
        }
      }
    }

    // -------------------------------------------------------------------------------------------
    Document broken() {
      if (r.nextInt(4) == 0) {
        mutate();
      }
      byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
      switch (r.nextInt(9)) {
        case 0:
          return doc(Category.BROKEN, "truncated at a random byte",
              java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length)));
        case 1: {
          int n = 1 + r.nextInt(8);
          for (int i = 0; i < n; i++) {
            int at = r.nextInt(bytes.length);
            bytes[at] = r.nextBoolean() ? (byte) (bytes[at] ^ (1 << r.nextInt(8)))
                : (byte) r.nextInt(256);
          }
          return doc(Category.BROKEN, "random byte flips", bytes);
        }
        case 2: {
          String trailing = r.nextInt(5) == 0 ? new String(bytes, StandardCharsets.UTF_8)
              : pick(TRAILING);
          return doc(Category.BROKEN, "trailing content",
              concat(bytes, trailing.getBytes(StandardCharsets.UTF_8)));
        }
        case 3:
          return doc(Category.BROKEN, "empty input", new byte[0]);
        case 4: {
          StringBuilder b = new StringBuilder();
          int n = 1 + r.nextInt(1_000);
          String ws = r.nextInt(4) == 0 ? " \t\r\n\u000b\u000c\u00a0\u3000" : " \t\r\n";
          for (int i = 0; i < n; i++) {
            b.append(ws.charAt(r.nextInt(ws.length())));
          }
          return doc(Category.BROKEN, "only whitespace",
              b.toString().getBytes(StandardCharsets.UTF_8));
        }
        case 5: {
          byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
          return switch (r.nextInt(4)) {
            case 0 -> doc(Category.BROKEN, "byte order mark", bom);
            case 1 -> doc(Category.BROKEN, "byte order mark",
                new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
            case 2 -> doc(Category.BROKEN, "byte order mark",
                new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
            default -> doc(Category.BROKEN, "byte order mark", concat(bom, bytes));
          };
        }
        case 6: {
          int at = r.nextInt(bytes.length + 1);
          byte[] bad = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
          byte[] result = concat(concat(java.util.Arrays.copyOf(bytes, at), bad),
              java.util.Arrays.copyOfRange(bytes, at, bytes.length));
          return doc(Category.BROKEN, "invalid UTF-8", result);
        }
        case 7: {
          String t = new String(bytes, StandardCharsets.UTF_8);
          String changed = switch (r.nextInt(6)) {
            case 0 -> t.replaceFirst("\"id\"", "id");
            case 1 -> t.replace('"', '\'');
            case 2 -> t.replaceFirst("\\]", ",]");
            case 3 -> t.replaceFirst("\\{", "{ // comment\n");
            case 4 -> t.replaceFirst("\"formatVersion\": ?1", "\"formatVersion\": NaN");
            default -> t.replaceFirst(":", "=");
          };
          return doc(Category.BROKEN, "not JSON (comments, quotes, commas)",
              changed.getBytes(StandardCharsets.UTF_8));
        }
        default: {
          byte[] garbage = new byte[1 + r.nextInt(2_000)];
          for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) r.nextInt(256);
          }
          return doc(Category.BROKEN, "random bytes", garbage);
        }
      }
    }

    private byte[] concat(byte[] a, byte[] b) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
      out.writeBytes(a);
      out.writeBytes(b);
      return out.toByteArray();
    }

    // -------------------------------------------------------------------------------------------
    Document polymorphic() {
      String property = pick(TYPE_PROPERTIES);
      String type = pick(CLASS_NAMES);
      switch (r.nextInt(6)) {
        case 0: {
          ObjectNode gadget = NODES.objectNode().put(property, type);
          gadget.putArray("command").add("touch").add("/tmp/boithuong-pwned");
          gadget.put("dataSourceName", "ldap://127.0.0.1:1389/x").put("autoCommit", true);
          if (r.nextBoolean()) {
            tree.removeAll();
            tree.setAll(gadget);
          } else {
            anySlot().set(gadget);
          }
          return doc(Category.POLYMORPHIC, "object naming a class");
        }
        case 1: {
          List<ObjectNode> objects = objects(tree);
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            ObjectNode o = pick(objects);
            if (property.equals("type") && o.has("type")) {
              o.put("type", type);
            } else {
              o.put(property, type);
            }
          }
          return doc(Category.POLYMORPHIC, "typing property added");
        }
        case 2: {
          List<Slot> s = slots(x -> x.value().isObject());
          Slot slot = s.isEmpty() ? anySlot() : pick(s);
          slot.set(NODES.arrayNode().add(type).add(slot.value()));
          return doc(Category.POLYMORPHIC, "wrapper array [class, value]");
        }
        case 3: {
          List<Slot> s = slots(x -> x.value().isObject());
          Slot slot = s.isEmpty() ? anySlot() : pick(s);
          slot.set(NODES.objectNode().set(type, slot.value()));
          return doc(Category.POLYMORPHIC, "wrapper object {class: value}");
        }
        case 4: {
          ArrayNode events = events();
          if (!events.isEmpty() && events.get(r.nextInt(events.size())) instanceof ObjectNode e) {
            e.put("type", type);
          }
          return doc(Category.POLYMORPHIC, "event type naming a class");
        }
        default: {
          ObjectNode o = pick(objects(tree));
          o.put("@id", 1);
          pick(objects(tree)).put("@ref", 1);
          return doc(Category.POLYMORPHIC, "object identity @id/@ref");
        }
      }
    }

    // -------------------------------------------------------------------------------------------
    private void write(JsonNode node, StringBuilder b, int depth) {
      if (node instanceof ObjectNode o) {
        List<Object[]> fields = new ArrayList<>();
        o.properties().forEach(e -> fields.add(new Object[] {e.getKey(), e.getValue()}));
        Object[] dup = duplicates.get(o);
        if (dup != null) {
          fields.add(Math.min((Integer) dup[2], fields.size()), new Object[] {dup[0], dup[1]});
        }
        b.append('{');
        for (int i = 0; i < fields.size(); i++) {
          b.append(i == 0 ? "" : ",");
          newline(b, depth + 1);
          string((String) fields.get(i)[0], b);
          b.append(pretty ? ": " : ":");
          write((JsonNode) fields.get(i)[1], b, depth + 1);
        }
        if (!fields.isEmpty()) {
          newline(b, depth);
        }
        b.append('}');
      } else if (node instanceof ArrayNode a) {
        b.append('[');
        for (int i = 0; i < a.size(); i++) {
          b.append(i == 0 ? "" : ",");
          newline(b, depth + 1);
          write(a.get(i), b, depth + 1);
        }
        if (!a.isEmpty()) {
          newline(b, depth);
        }
        b.append(']');
      } else if (node.isTextual()) {
        String t = node.textValue();
        if (t.startsWith(RAW)) {
          b.append(t, RAW.length(), t.length());
        } else {
          string(t, b);
        }
      } else {
        b.append(node.toString());
      }
    }

    private void newline(StringBuilder b, int depth) {
      if (pretty) {
        b.append(eol);
        for (int i = 0; i < depth; i++) {
          b.append(indent);
        }
      }
    }

    private void string(String s, StringBuilder b) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20 || (escapeNonAscii && c > 0x7E)) {
          b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
              .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        } else {
          b.append(c);
        }
      }
      b.append('"');
    }
  }
}
