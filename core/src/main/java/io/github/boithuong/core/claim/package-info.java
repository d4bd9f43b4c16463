/**
 * A state-compensation claim (yêu cầu bồi thường) as an immutable case: who, what, and what
 * happened when; its validation; and its legal timetable.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Add no annotations found on the compile path (javax.annotation.processing.Generated, Error
    // Prone's): the module reads neither.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
package io.github.boithuong.core.claim;

import org.immutables.value.Value;
