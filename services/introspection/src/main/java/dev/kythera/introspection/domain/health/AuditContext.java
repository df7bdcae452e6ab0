package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every health rule reads: the model plus lookups computed once per audit (tables by name,
 * inbound foreign keys, the FK graph, sequence feeds), so rules stay cheap on 1,000+ tables.
 */
public final class AuditContext {
  private final SchemaModel model;
  private final List<Table> tables;
  private final List<Table> views;
  private final Map<QualifiedName, Table> byName;
  private final Map<QualifiedName, List<Reference>> inbound = new HashMap<>();
  private final SequenceFeeds feeds;
  private FkGraph graph;

  /** A foreign key seen from the referenced table: which child points here, and how. */
  public record Reference(Table child, ForeignKey key) {}

  private AuditContext(SchemaModel model) {
    this.model = model;
    this.tables = model.tables().stream().filter(table -> !table.isView()).toList();
    this.views = model.tables().stream().filter(Table::isView).toList();
    this.byName = model.tablesByName();
    for (Table table : tables) {
      for (ForeignKey key : table.foreignKeys()) {
        inbound
            .computeIfAbsent(key.referencedTable(), name -> new ArrayList<>())
            .add(new Reference(table, key));
      }
    }
    this.feeds = new SequenceFeeds(model, byName);
  }

  public static AuditContext of(SchemaModel model) {
    return new AuditContext(model);
  }

  public SchemaModel model() {
    return model;
  }

  /** Base tables only (views and materialized views left out). */
  public List<Table> tables() {
    return tables;
  }

  /** Views and materialized views. */
  public List<Table> views() {
    return views;
  }

  public Optional<Table> table(QualifiedName name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Foreign keys of other (or the same) tables that reference {@code table}. */
  public List<Reference> referencesTo(QualifiedName table) {
    return inbound.getOrDefault(table, List.of());
  }

  /** The referenced column paired with the {@code i}-th column of {@code key}, when known. */
  public Optional<Column> referencedColumn(ForeignKey key, int i) {
    return table(key.referencedTable()).flatMap(t -> t.column(key.referencedColumns().get(i)));
  }

  /** The FK graph, built on first use. */
  public FkGraph graph() {
    if (graph == null) {
      graph = FkGraph.of(model);
    }
    return graph;
  }

  /** The sequence that fills {@code column} of {@code table}, when one can be told. */
  public Optional<Sequence> sequenceFeeding(Table table, Column column) {
    return feeds.feeding(table, column);
  }

  /** The table column a sequence fills, when one can be told. */
  public Optional<SequenceFeeds.Target> targetOf(Sequence sequence) {
    return feeds.targetOf(sequence);
  }
}
