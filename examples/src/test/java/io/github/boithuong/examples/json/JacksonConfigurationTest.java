package io.github.boithuong.examples.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.rules.RuleSet;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON configuration refuses polymorphic typing and unknown properties, and the library has no
 * Jackson and no reflective deserialization at all (issue 7, part 4).
 *
 * <ul>
 *   <li>the one {@link ObjectMapper} of the examples ({@link Json#mapper()}) has no default
 *       typing, fails on unknown properties, duplicate keys and trailing tokens, allows no comments
 *       or other leniency, and limits nesting;
 *   <li>a document naming a class ({@code "@class"}, {@code "@type"}, wrapper arrays and objects,
 *       an event {@code type} naming a class) is only text: the reader reports a typed problem at
 *       its JSONPath, and a canary class named in the documents is never even initialised;
 *   <li>the reader's classes only read trees: no {@code readValue}, {@code treeToValue} or {@code
 *       convertValue}, no call that activates typing, no Jackson typing annotation (ArchUnit);
 *   <li>the library modules {@code core} and {@code rules}: their module descriptors require no
 *       serialization framework and open no package to reflection, and their classes depend on no
 *       Jackson, Gson, JSON-B, JAXB, XStream, {@code ObjectInputStream}, {@code XMLDecoder} or
 *       {@code java.lang.reflect} (ArchUnit).
 * </ul>
 */
class JacksonConfigurationTest {

  private static final String CANARY = RandomJsonDocuments.CANARY;
  private static final Path WARD = Path.of("cases", "quang-ngai-ward-2024.json");
  /** Packages and modules of serialization frameworks that bind by reflection. */
  private static final List<String> FRAMEWORKS = List.of("com.fasterxml", "com.google.gson",
      "org.yaml", "com.thoughtworks.xstream", "jakarta.json", "javax.json", "jakarta.xml.bind",
      "javax.xml.bind", "java.xml.bind", "org.json", "com.owlike.genson", "org.apache.johnzon",
      "com.esotericsoftware.kryo", "org.nustaq", "java.desktop", "java.rmi");

  @AfterEach
  void nothingWasInstantiated() {
    assertEquals(0, RandomJsonDocuments.CANARY_INITIALISED.get(),
        "a class named in a document was initialised");
  }

  // ---------------------------------------------------------------------------------------------
  @Test
  void theMapperHasNoDefaultTyping() {
    ObjectMapper m = Json.mapper();
    for (Class<?> type : List.of(Object.class, JsonNode.class, ObjectNode.class, Claim.class,
        Map.class, List.class)) {
      assertNull(m.getDeserializationConfig().getDefaultTyper(m.constructType(type)),
          type.getName());
      assertNull(m.getSerializationConfig().getDefaultTyper(m.constructType(type)),
          type.getName());
    }
  }

  @Test
  void theMapperIsStrict() {
    ObjectMapper m = Json.mapper();
    assertTrue(m.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertTrue(m.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertTrue(m.isEnabled(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY));
    assertTrue(m.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    for (JsonReadFeature lenient : JsonReadFeature.values()) {
      assertFalse(m.isEnabled(lenient.mappedFeature()), lenient.name());
    }
    StreamReadConstraints limits = m.getFactory().streamReadConstraints();
    assertTrue(limits.getMaxNestingDepth() <= 1_000, "nesting is limited");
    assertTrue(limits.getMaxNumberLength() <= 1_000, "number length is limited");
  }

  /** Bound to plain Java types, a class name is a string like any other. */
  @Test
  void classNamesBindToPlainMapsAndLists() throws IOException {
    ObjectMapper m = Json.mapper();
    assertEquals(Map.of("@class", CANARY, "x", 1),
        m.readValue("{\"@class\":\"" + CANARY + "\",\"x\":1}", Object.class));
    assertEquals(Map.of("@type", "java.lang.ProcessBuilder", "command", List.of("touch", "x")),
        m.readValue("{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"x\"]}",
            Object.class));
    assertEquals(List.of(CANARY, Map.of()), m.readValue("[\"" + CANARY + "\",{}]", Object.class));
    assertEquals(Map.of(CANARY, Map.of()), m.readValue("{\"" + CANARY + "\":{}}", Object.class));
    assertTrue(m.readTree("{\"@class\":\"" + CANARY + "\"}").get("@class").isTextual());
  }

  /** Binding to a class: a typing property is an unknown property like any other, and fails. */
  @Test
  void unknownProperties_failBinding() throws IOException {
    ObjectMapper m = Json.mapper();
    assertEquals(Map.of("name", "a"), m.readValue("{\"name\":\"a\"}", Map.class));
    for (String property : List.of("@class", "@type", "extra")) {
      UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
          () -> m.readValue("{\"" + property + "\":\"" + CANARY + "\"}", Probe.class));
      assertEquals(property, e.getPropertyName());
    }
  }

  /** A bean to bind in {@link #unknownProperties_failBinding()}: it has no property at all. */
  public static final class Probe {
    /** Creates a probe. */
    public Probe() {}
  }

  // ---------------------------------------------------------------------------------------------
  /** Every typing property, in every object of a real case, is an unknown field at its path. */
  @Test
  void theReader_reportsTypingPropertiesAsUnknownFields() throws IOException {
    ObjectNode ward = (ObjectNode) Json.mapper().readTree(Files.readString(WARD));
    Map<String, String> objects = Map.of("$", "", "$.claimant", "claimant",
        "$.resolvingAgency", "resolvingAgency", "$.content", "content",
        "$.basisDocument", "basisDocument", "$.officials[0]", "officials/0",
        "$.content.damages[0]", "content/damages/0", "$.events[6].attendees[0]",
        "events/6/attendees/0", "$.events[0]", "events/0");
    for (String property : List.of("@class", "@type", "@c", "$type", "@id", "@ref", "__type")) {
      for (Map.Entry<String, String> o : objects.entrySet()) {
        ObjectNode doc = ward.deepCopy();
        ObjectNode target = (ObjectNode) (o.getValue().isEmpty() ? doc
            : doc.at("/" + o.getValue()));
        target.put(property, "java.lang.ProcessBuilder");
        List<JsonProblem> problems = problems(Json.pretty(doc));
        assertEquals(List.of(o.getKey() + "." + property + " UNKNOWN_FIELD"),
            problems.stream().map(p -> p.path() + " " + p.code()).toList());
      }
    }
  }

  @Test
  void theReader_refusesGadgetsWrappersAndClassNamedEvents() throws IOException {
    List<JsonProblem> gadget = problems("{\"@class\":\"java.lang.ProcessBuilder\","
        + "\"command\":[\"touch\",\"/tmp/boithuong-pwned\"]}");
    assertTrue(gadget.stream().anyMatch(p -> p.path().equals("$.@class")
        && p.code().equals("UNKNOWN_FIELD")), gadget::toString);
    assertTrue(gadget.stream().anyMatch(p -> p.path().equals("$.command")), gadget::toString);

    String ward = Files.readString(WARD);
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(ward);
    ObjectNode wrapped = tree.deepCopy();
    wrapped.putArray("claimant").add("io.github.boithuong.core.claim.Claimant")
        .add(tree.get("claimant"));
    assertEquals(List.of("$.claimant WRONG_TYPE"), codes(Json.pretty(wrapped)));
    ObjectNode wrapper = tree.deepCopy();
    wrapper.putObject("claimant").set(CANARY, tree.get("claimant"));
    assertTrue(codes(Json.pretty(wrapper)).contains("$.claimant." + CANARY + " UNKNOWN_FIELD"));
    for (String type : List.of("java.lang.ProcessBuilder", CANARY,
        "io.github.boithuong.core.claim.CaseEvent$DossierReceived", "CaseEvent.DossierReceived")) {
      assertEquals(List.of("$.events[0].type INVALID_VALUE"),
          codes(ward.replace("\"DossierReceived\"", "\"" + type + "\"")));
    }
    assertEquals(List.of("$.@class UNKNOWN_FIELD"),
        codes("{\"@class\":\"" + CANARY + "\"," + ward.substring(ward.indexOf('{') + 1)));
  }

  private static List<JsonProblem> problems(String json) {
    Validation<Seq<JsonProblem>, Claim> read = CaseFormat.read(json, "typed.json");
    assertTrue(read.isInvalid(), "read as a claim");
    return read.getError().toJavaList();
  }

  private static List<String> codes(String json) {
    return problems(json).stream().map(p -> p.path() + " " + p.code()).toList();
  }

  /** The reader reads trees only: no binding, no typing, no typing annotation. */
  @Test
  void theExamples_bindNothingByReflection() {
    JavaClasses examples = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.boithuong.examples");
    assertTrue(examples.contain(CaseReader.class.getName()), "the reader is imported");
    assertFalse(examples.contain(JacksonConfigurationTest.class.getName()), "tests are not");
    DescribedPredicate<JavaCall<?>> binding = DescribedPredicate.describe(
        "a Jackson method that binds or activates typing", call ->
            call.getTargetOwner().getPackageName().startsWith("com.fasterxml")
                && BINDING.matcher(call.getName()).matches());
    noClasses().that().resideInAPackage("io.github.boithuong.examples..")
        .should().callMethodWhere(binding)
        .orShould().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.databind.jsontype..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(
            "com.fasterxml.jackson.annotation.JsonTypeInfo")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(
            "com.fasterxml.jackson.annotation.JsonSubTypes")
        .orShould().dependOnClassesThat().areAssignableTo(ObjectInputStream.class)
        .check(examples);
  }

  private static final Pattern BINDING = Pattern.compile("readValue.*|readValues|treeToValue"
      + "|convertValue|updateValue|readerFor.*|activateDefaultTyping.*|enableDefaultTyping.*"
      + "|setDefaultTyping|registerSubtypes|setPolymorphicTypeValidator");

  // ---------------------------------------------------------------------------------------------
  @Test
  void theLibraryModules_requireNoSerializationFramework_andOpenNothing() throws Exception {
    for (Class<?> c : List.of(Claim.class, RuleSet.class)) {
      ModuleDescriptor d = descriptor(c);
      assertTrue(d.name().startsWith("io.github.boithuong."), d.name());
      assertFalse(d.isOpen(), d.name() + " is an open module");
      assertEquals(Set.of(), d.opens(), d.name() + " opens packages to reflection");
      Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name)
          .collect(Collectors.toSet());
      for (String r : requires) {
        assertFalse(FRAMEWORKS.stream().anyMatch(r::startsWith), d.name() + " requires " + r);
      }
      assertTrue(d.uses().isEmpty(), d.name() + " loads services");
    }
  }

  /** The module descriptor of a class's module, from its jar or classes directory. */
  private static ModuleDescriptor descriptor(Class<?> c) throws IOException, URISyntaxException {
    if (c.getModule().isNamed()) {
      return c.getModule().getDescriptor();
    }
    Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    try (JarFile jar = new JarFile(location.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void theLibraryClasses_useNoJacksonNorReflectiveDeserialization() {
    JavaClasses library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.boithuong.core", "io.github.boithuong.rules");
    // Guards the rules below against passing on an empty import.
    assertTrue(library.contain(WorkingCalendar.class.getName()), "core is imported");
    assertTrue(library.contain(RuleSet.class.getName()), "rules is imported");
    assertTrue(library.contain("io.github.boithuong.core.claim.ImmutableClaim"),
        "generated code too");
    noClasses().that().resideInAPackage("io.github.boithuong.core..")
        .or().resideInAPackage("io.github.boithuong.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.google.gson..",
            "org.yaml..", "com.thoughtworks.xstream..", "jakarta.json..", "javax.json..",
            "jakarta.xml.bind..", "javax.xml.bind..", "org.json..", "java.lang.reflect..",
            "java.beans..", "java.rmi..")
        .orShould().dependOnClassesThat().areAssignableTo(ObjectInputStream.class)
        .orShould().dependOnClassesThat().areAssignableTo(ObjectInput.class)
        .orShould().callMethod(Class.class, "forName", String.class)
        .orShould().callMethod(Class.class, "newInstance")
        .check(library);
  }
}
