package io.github.boithuong.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.WorkingCalendar;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Proves that {@code rules} runs as a named module on the module path, reading {@code core}. */
class RulesModulePathTest {

  @Test
  void runsAsTheNamedModule() {
    Module rules = getClass().getModule();
    assertTrue(rules.isNamed(), "tests must run on the module path");
    assertEquals("io.github.boithuong.rules", rules.getName());
    Module core = WorkingCalendar.class.getModule();
    assertEquals("io.github.boithuong.core", core.getName());
    assertTrue(rules.canRead(core));
    assertTrue(rules.getDescriptor().requires().stream()
        .anyMatch(r -> r.name().equals("io.github.boithuong.core")
            && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    // At run time: boithuong-core only (and through it Vavr and the SLF4J API; issue 7.4).
    assertEquals(Set.of("java.base", "io.github.boithuong.core"),
        rules.getDescriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(
                ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet()));
  }

  @Test
  void coreResourcesLoadAcrossTheModuleBoundary() {
    // The bundled schedules are read by core from its own module, whoever calls.
    assertFalse(WorkingCalendar.vietnam().isWorkingDay(LocalDate.of(2024, 2, 13)));
  }
}
