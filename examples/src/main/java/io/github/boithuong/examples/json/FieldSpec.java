package io.github.boithuong.examples.json;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One field of an event in the JSON case format: its name (the record component's name), its JSON
 * kind and, for enumerations, the library enum whose constant names are the allowed values.
 *
 * @param name the field name, not null
 * @param kind the JSON kind, not null
 * @param enumType the enumeration for the enum kinds, null otherwise
 * @param description what the field records, in English, not null
 */
record FieldSpec(String name, Kind kind, Class<? extends Enum<?>> enumType, String description) {

  /** How a field is written in JSON. */
  enum Kind {
    /** A string {@code YYYY-MM-DD}. */
    DATE,
    /** A whole number of đồng. */
    AMOUNT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** A string. */
    TEXT,
    /** One constant name of {@link #enumType()}. */
    ENUM,
    /** An array of constant names, in order, repetitions kept. */
    ENUM_LIST,
    /** An array of distinct constant names. */
    ENUM_SET,
    /** An array of participants: {@code {"role", "name", "organisation"}}. */
    PARTICIPANTS
  }

  FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
  }

  /** The allowed constant names, in declaration order. */
  List<String> allowedValues() {
    return enumNames(enumType);
  }

  /** The name of an enumeration as the format documents it, e.g. {@code Party.Kind}. */
  static String enumName(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
  }

  static List<String> enumNames(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The kind as the documentation names it. */
  String kindName() {
    return switch (kind) {
      case DATE -> "date";
      case AMOUNT -> "amount";
      case BOOLEAN -> "boolean";
      case INTEGER -> "integer";
      case TEXT -> "string";
      case ENUM -> enumName(enumType);
      case ENUM_LIST -> "array of " + enumName(enumType);
      case ENUM_SET -> "set of " + enumName(enumType);
      case PARTICIPANTS -> "array of participants";
    };
  }

  @Override
  public String toString() {
    return name + ":" + kind.name().toLowerCase(Locale.ROOT);
  }
}
