package io.github.boithuong.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.boithuong.core.calendar.LunarDate;
import io.github.boithuong.core.calendar.WorkingCalendar;
import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Proves that {@code core} runs as a named module on the module path, with its real descriptor. */
class ModulePathTest {

  @Test
  void runsAsTheNamedModule() {
    Module module = WorkingCalendar.class.getModule();
    assertTrue(module.isNamed(), "tests must run on the module path");
    assertEquals("io.github.boithuong.core", module.getName());
  }

  @Test
  void exportsOnlyThePublicPackages() {
    ModuleDescriptor descriptor = WorkingCalendar.class.getModule().getDescriptor();
    Set<String> exports =
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("io.github.boithuong.core.calendar", "io.github.boithuong.core.claim",
        "io.github.boithuong.core.law", "io.github.boithuong.core.money",
        "io.github.boithuong.core.time"), exports);
    // At run time: Vavr and the SLF4J API only (README, issue 7.4); static = compile time only.
    Set<String> runtimeRequires = descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "io.vavr", "org.slf4j"), runtimeRequires);
  }

  @Test
  void bundledDataLoadsInsideTheModule() {
    assertFalse(WorkingCalendar.vietnam().isWorkingDay(LocalDate.of(2026, 2, 16)));
    assertEquals(LocalDate.of(2026, 2, 17), LunarDate.of(2026, 1, 1, false).toLocalDate());
  }
}
