package io.github.boithuong.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the library modules, checked on the compiled classes of {@code core}
 * and {@code rules} (this module sees both).
 */
class ArchitectureTest {

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.boithuong.core", "io.github.boithuong.rules");
  }

  @Test
  void theLibraryIsImported() {
    // Guards the rules below against passing on an empty import.
    org.junit.jupiter.api.Assertions.assertTrue(
        library.contain("io.github.boithuong.core.calendar.WorkingCalendar"));
  }

  @Test
  void coreNeverDependsOnRulesOrExamples() {
    noClasses().that().resideInAPackage("io.github.boithuong.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.github.boithuong.rules..", "io.github.boithuong.examples..")
        .check(library);
  }

  @Test
  void rulesNeverDependOnExamples() {
    noClasses().that().resideInAPackage("io.github.boithuong.rules..")
        .should().dependOnClassesThat().resideInAPackage("io.github.boithuong.examples..")
        .allowEmptyShould(true)
        .check(library);
  }

  @Test
  void noPublicMutableFields() {
    fields().that().arePublic().should().beFinal().check(library);
  }

  @Test
  void noSystemOut() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(library);
  }

  @Test
  void noLegacyDateTypes() {
    noClasses().should().dependOnClassesThat()
        .areAssignableTo(java.util.Date.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.util.Calendar.class)
        .check(library);
  }

  /** No static mutable state: every static field is final. */
  @Test
  void staticFieldsAreFinal() {
    fields().that().areStatic().should().beFinal().check(library);
  }

  /**
   * A static final field of a mutable type (an array, a mutable collection, a builder, an atomic)
   * could still be changed or observed: such fields must be private, computed once in their
   * class's static initializer (the lunar month table) and never handed out. Fields the compiler
   * generates (switch maps) are not ours and are left out.
   */
  @Test
  void staticFieldsOfMutableTypesArePrivate() {
    fields().that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
        .and(haveMutableType()).should(bePrivate()).check(library);
  }

  /** Rule classes do not depend on each other; shared analyses live in package-private helpers. */
  @Test
  void ruleClassesDoNotDependOnEachOther() {
    noClasses().that().implement(Rule.class)
        .should().dependOnClassesThat(new DescribedPredicate<>("implement Rule (another rule)") {
          @Override
          public boolean test(com.tngtech.archunit.core.domain.JavaClass other) {
            return other.isAssignableTo(Rule.class) && !other.isEquivalentTo(Rule.class)
                && !other.getName().equals(RuleSet.class.getName());
          }
        })
        .check(library);
  }

  /** Every public rule is public, final, and part of the standard set (which checks its citations). */
  @Test
  void everyRuleIsPublicFinalAndInTheStandardSet() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().implement(Rule.class)
        .should().bePublic().andShould().haveModifier(JavaModifier.FINAL).check(library);
    java.util.Set<String> inSet = new java.util.HashSet<>();
    RuleSet.standard().rules().forEach(r -> inSet.add(r.getClass().getName()));
    library.stream().filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface())
        .forEach(c -> org.junit.jupiter.api.Assertions.assertTrue(inSet.contains(c.getName()), c.getName()));
  }

  private static DescribedPredicate<JavaField> haveMutableType() {
    return new DescribedPredicate<>("have a mutable type") {
      @Override
      public boolean test(JavaField field) {
        String name = field.getRawType().getName();
        return field.getRawType().isArray()
            || field.getRawType().isAssignableTo(Collection.class)
            || field.getRawType().isAssignableTo(Map.class)
            || name.startsWith("java.util.concurrent.atomic.")
            || name.equals(StringBuilder.class.getName());
      }
    };
  }

  private static ArchCondition<JavaField> bePrivate() {
    return new ArchCondition<>("be private") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        boolean ok = field.getModifiers().contains(JavaModifier.PRIVATE);
        events.add(new SimpleConditionEvent(field, ok, field.getFullName() + " is not private"));
      }
    };
  }
}
