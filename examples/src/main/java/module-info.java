/**
 * Runnable scenarios of boithuong and its command-line tool. Not a library: nothing depends on
 * this module.
 *
 * <ul>
 *   <li>{@code io.github.boithuong.examples}: the scenarios of the implementation plans, each
 *       printing a report (case, timetable, overdue steps, every rule's verdict);
 *   <li>{@code io.github.boithuong.examples.json}: the versioned JSON case format, read into a
 *       tree and mapped explicitly to the library's builders and records;
 *   <li>{@code io.github.boithuong.examples.cli}: the {@code boithuong} command (picocli).
 * </ul>
 *
 * <p>picocli and Jackson are real modules (each jar has a module descriptor): this module requires
 * them on the module path like the library's own modules, and opens only the command package, to
 * picocli alone, for the reflection it does on the annotated command classes. The runnable jar
 * ({@code target/boithuong.jar}) runs them on the class path.
 */
@SuppressWarnings("requires-automatic")
module io.github.boithuong.examples {
  requires transitive io.github.boithuong.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires info.picocli;
  requires static org.immutables.value.annotations;

  exports io.github.boithuong.examples;
  exports io.github.boithuong.examples.json;
  exports io.github.boithuong.examples.cli;

  // picocli reads the annotated command classes reflectively.
  opens io.github.boithuong.examples.cli to info.picocli;
}
