package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes Liquibase {@code <column>} elements: type, default kind, identity and constraints. */
final class LiquibaseColumns {
  private static final Pattern LITERAL =
      Pattern.compile("^'((?:[^']|'')*)'(::[\\w\\s.\"\\[\\]()]+)?$");
  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

  private LiquibaseColumns() {}

  static void write(XmlWriter xml, Table table, Column column) {
    boolean identity = column.identity() != Identity.NONE;
    xml.start("column")
        .attribute("name", column.name())
        .attribute("type", column.dataType())
        .attribute("remarks", column.comment());
    if (identity) {
      xml.attribute("autoIncrement", "true");
      if (column.identity() == Identity.ALWAYS) {
        xml.attribute("generationType", "ALWAYS");
      } else if (column.identity() == Identity.BY_DEFAULT) {
        xml.attribute("generationType", "BY DEFAULT");
      }
    }
    String value = column.defaultValue();
    if (value != null && !(identity && value.startsWith("nextval("))) {
      defaultValue(xml, value.strip());
    }
    boolean primary =
        table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
    UniqueConstraint unique = singleUnique(table, column);
    xml.start("constraints");
    if (primary) {
      xml.attribute("primaryKey", "true").attribute("primaryKeyName", table.primaryKey().name());
    }
    xml.attribute("nullable", column.nullable() ? "true" : "false");
    if (unique != null) {
      xml.attribute("unique", "true").attribute("uniqueConstraintName", unique.name());
    }
    xml.end();
    xml.end();
  }

  private static void defaultValue(XmlWriter xml, String value) {
    Matcher literal = LITERAL.matcher(value);
    if (literal.matches()) {
      xml.attribute("defaultValue", literal.group(1).replace("''", "'"));
    } else if (NUMBER.matcher(value).matches()) {
      xml.attribute("defaultValueNumeric", value);
    } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      xml.attribute("defaultValueBoolean", value.toLowerCase(java.util.Locale.ROOT));
    } else {
      xml.attribute("defaultValueComputed", value);
    }
  }

  private static UniqueConstraint singleUnique(Table table, Column column) {
    return table.uniqueConstraints().stream()
        .filter(u -> u.columns().equals(List.of(column.name())))
        .findFirst()
        .orElse(null);
  }

  /** Indexes to create: those backing the primary key or a UNIQUE constraint come with it. */
  static List<Index> ownIndexes(Table table) {
    return table.indexes().stream().filter(index -> !backsConstraint(table, index)).toList();
  }

  private static boolean backsConstraint(Table table, Index index) {
    if (index.primary()) {
      return true;
    }
    if (!index.unique() || index.predicate() != null) {
      return false;
    }
    return table.uniqueConstraints().stream()
        .anyMatch(
            u -> Objects.equals(u.name(), index.name()) || u.columns().equals(index.columns()));
  }
}
