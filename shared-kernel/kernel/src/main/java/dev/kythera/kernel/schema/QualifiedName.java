package dev.kythera.kernel.schema;

import java.util.Objects;

/**
 * A table's (or type's) name within its database: schema plus name. MySQL/MariaDB use the database
 * name as schema, SQLite uses {@code main}.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  /** Parses {@code schema.name}; without a dot the schema is {@code defaultSchema}. */
  public static QualifiedName parse(String text, String defaultSchema) {
    int dot = text.indexOf('.');
    return dot < 0
        ? new QualifiedName(defaultSchema, text)
        : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
  }

  @Override
  public int compareTo(QualifiedName other) {
    int bySchema = schema.compareTo(other.schema);
    return bySchema != 0 ? bySchema : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
