package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sequence fills which column: from a sequence's {@code ownedBy} ({@code table.column} or
 * {@code schema.table.column}) or from a column default {@code nextval('name'::regclass)}.
 */
public final class SequenceFeeds {
  private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'");

  private final Map<String, Sequence> byColumn = new HashMap<>();
  private final Map<QualifiedName, Target> bySequence = new HashMap<>();

  /** A table column fed by a sequence. */
  public record Target(Table table, Column column) {}

  SequenceFeeds(SchemaModel model, Map<QualifiedName, Table> tables) {
    Map<QualifiedName, Sequence> sequences = new HashMap<>();
    for (Sequence sequence : model.sequences()) {
      sequences.put(sequence.name(), sequence);
      ownerOf(sequence, tables).ifPresent(target -> link(sequence, target));
    }
    for (Table table : tables.values()) {
      for (Column column : table.columns()) {
        if (column.defaultValue() == null) {
          continue;
        }
        Matcher matcher = NEXTVAL.matcher(column.defaultValue());
        if (matcher.find()) {
          String name = matcher.group(1).replace("\"", "");
          Sequence sequence = sequences.get(QualifiedName.parse(name, table.name().schema()));
          if (sequence != null && !bySequence.containsKey(sequence.name())) {
            link(sequence, new Target(table, column));
          }
        }
      }
    }
  }

  private void link(Sequence sequence, Target target) {
    bySequence.put(sequence.name(), target);
    byColumn.put(key(target.table(), target.column()), sequence);
  }

  private static Optional<Target> ownerOf(Sequence sequence, Map<QualifiedName, Table> tables) {
    if (sequence.ownedBy() == null) {
      return Optional.empty();
    }
    String[] parts = sequence.ownedBy().replace("\"", "").split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String schema = parts.length >= 3 ? parts[parts.length - 3] : sequence.name().schema();
    Table table = tables.get(new QualifiedName(schema, parts[parts.length - 2]));
    return Optional.ofNullable(table)
        .flatMap(t -> t.column(parts[parts.length - 1]).map(c -> new Target(t, c)));
  }

  Optional<Sequence> feeding(Table table, Column column) {
    return Optional.ofNullable(byColumn.get(key(table, column)));
  }

  Optional<Target> targetOf(Sequence sequence) {
    return Optional.ofNullable(bySequence.get(sequence.name()));
  }

  private static String key(Table table, Column column) {
    return table.name() + "." + column.name();
  }
}
