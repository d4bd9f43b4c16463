package io.github.boithuong.examples.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration of the examples: strict reading into a tree, and a stable pretty
 * printer.
 *
 * <p>Reading is into {@link JsonNode} only: no polymorphic default typing (never activated), no
 * binding into the library's types. Unknown properties fail ({@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, for any binding; the case reader checks every
 * field name itself and reports all of them), duplicate keys fail ({@link
 * StreamReadFeature#STRICT_DUPLICATE_DETECTION}), and so does anything after the document ({@link
 * DeserializationFeature#FAIL_ON_TRAILING_TOKENS}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .deactivateDefaultTyping()
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /**
   * Gets the strict mapper.
   *
   * @return the mapper, not null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Creates an empty object node.
   *
   * @return the node, not null
   */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Writes a tree as indented JSON with {@code \n} line ends and a final line end.
   *
   * @param node the tree, not null
   * @return the text, not null
   */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
