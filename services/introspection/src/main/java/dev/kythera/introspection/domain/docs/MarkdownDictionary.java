package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import java.util.List;

/**
 * A Markdown data dictionary: title, summary counts, an ER diagram, then per schema a table list
 * and per table its comment, columns, keys, indexes, checks and the foreign keys pointing at it.
 */
public final class MarkdownDictionary {
  private final DictionaryFacts facts;
  private final StringBuilder out = new StringBuilder();

  private MarkdownDictionary(SchemaModel model) {
    this.facts = new DictionaryFacts(model);
  }

  public static String render(SchemaModel model) {
    return render(model, "Data dictionary: " + model.database());
  }

  public static String render(SchemaModel model, String title) {
    MarkdownDictionary dictionary = new MarkdownDictionary(model);
    dictionary.write(title);
    return dictionary.out.toString();
  }

  private void write(String title) {
    SchemaModel model = facts.model();
    out.append("# ").append(Markdown.text(title)).append("\n\n");
    out.append("Engine: ").append(Markdown.text(model.engine()));
    out.append(' ').append(Markdown.text(model.serverVersion()));
    out.append(" · Database: ").append(Markdown.code(model.database())).append("\n\n");
    summary();
    diagram();
    for (String schema : facts.schemas()) {
      schema(schema);
    }
    enums();
    sequences();
  }

  private void summary() {
    SchemaModel model = facts.model();
    out.append("## Summary\n\n");
    out.append(
        Markdown.header(
            "Schemas",
            "Tables",
            "Views",
            "Columns",
            "Foreign keys",
            "Indexes",
            "Enums",
            "Sequences"));
    out.append(
        Markdown.row(
            List.of(
                String.valueOf(facts.schemas().size()),
                String.valueOf(facts.tableCount()),
                String.valueOf(facts.viewCount()),
                String.valueOf(facts.columnCount()),
                String.valueOf(model.foreignKeyCount()),
                String.valueOf(facts.indexCount()),
                String.valueOf(model.enums().size()),
                String.valueOf(model.sequences().size()))));
    out.append('\n');
  }

  private void diagram() {
    if (facts.tableCount() == 0) {
      return;
    }
    out.append("## Diagram\n\n");
    int shown = MermaidEr.shownTables(facts.model(), MermaidEr.DEFAULT_MAX_TABLES).size();
    if (shown < facts.tableCount()) {
      out.append("The diagram shows the ").append(shown).append(" most connected of ");
      out.append(facts.tableCount()).append(" tables.\n\n");
    }
    out.append(Markdown.fence("mermaid", MermaidEr.render(facts.model())));
  }

  private void schema(String schema) {
    out.append("## Schema ").append(Markdown.code(schema)).append("\n\n");
    out.append(Markdown.header("Table", "Kind", "Columns", "Rows (est.)", "Comment"));
    for (Table table : facts.tablesIn(schema)) {
      String link = "[" + Markdown.text(table.name().name()) + "](#" + anchor(table) + ")";
      out.append(
          Markdown.row(
              List.of(
                  link,
                  table.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                  String.valueOf(table.columns().size()),
                  table.rowEstimate() < 0 ? "" : String.valueOf(table.rowEstimate()),
                  Markdown.text(table.comment()))));
    }
    out.append('\n');
    facts.tablesIn(schema).forEach(this::table);
  }

  private static String anchor(Table table) {
    return Markdown.anchor(table.name().schema(), table.name().name());
  }

  private void table(Table table) {
    out.append("<a id=\"").append(anchor(table)).append("\"></a>\n\n");
    out.append("### ").append(Markdown.code(table.name().toString()));
    out.append(table.isView() ? " (view)" : "").append("\n\n");
    if (table.comment() != null) {
      out.append(Markdown.text(table.comment())).append("\n\n");
    }
    columns(table);
    if (table.primaryKey() != null) {
      out.append("**Primary key:** ");
      out.append(
          table.primaryKey().name() == null ? "" : Markdown.code(table.primaryKey().name()) + " ");
      out.append('(').append(codes(table.primaryKey().columns())).append(")\n\n");
    }
    foreignKeys(table);
    indexes(table);
    checks(table);
    referencedBy(table);
    if (table.isView() && table.viewDefinition() != null) {
      out.append("**Definition**\n\n")
          .append(Markdown.fence("sql", table.viewDefinition().strip()));
    }
  }

  private void columns(Table table) {
    out.append(Markdown.header("#", "Column", "Type", "Null", "Default", "Keys", "Comment"));
    for (Column column : table.columns()) {
      out.append(
          Markdown.row(
              List.of(
                  String.valueOf(column.position()),
                  Markdown.code(column.name()),
                  Markdown.code(DictionaryFacts.type(column)),
                  column.nullable() ? "yes" : "no",
                  Markdown.code(DictionaryFacts.defaultText(column)),
                  String.join(" ", facts.keyFlags(table, column)),
                  Markdown.text(column.comment()))));
    }
    out.append('\n');
  }

  private void foreignKeys(Table table) {
    if (table.foreignKeys().isEmpty()) {
      return;
    }
    out.append("**Foreign keys**\n\n");
    out.append(Markdown.header("Name", "Columns", "References", "On delete", "On update"));
    for (ForeignKey key : table.foreignKeys()) {
      out.append(
          Markdown.row(
              List.of(
                  Markdown.code(key.name()),
                  codes(key.columns()),
                  Markdown.code(DictionaryFacts.foreignKeyTarget(key)),
                  DictionaryFacts.action(key.onDelete()),
                  DictionaryFacts.action(key.onUpdate()))));
    }
    out.append('\n');
  }

  private void indexes(Table table) {
    if (table.indexes().isEmpty()) {
      return;
    }
    out.append("**Indexes**\n\n");
    out.append(Markdown.header("Name", "Columns", "Unique", "Method", "Predicate"));
    for (Index index : table.indexes()) {
      out.append(
          Markdown.row(
              List.of(
                  Markdown.code(index.name()),
                  codes(index.columns()),
                  index.primary() ? "primary" : index.unique() ? "yes" : "no",
                  Markdown.text(index.method()),
                  Markdown.code(index.predicate()))));
    }
    out.append('\n');
  }

  private void checks(Table table) {
    if (table.checks().isEmpty()) {
      return;
    }
    out.append("**Checks**\n\n");
    out.append(Markdown.header("Name", "Expression"));
    for (CheckConstraint check : table.checks()) {
      out.append(
          Markdown.row(List.of(Markdown.code(check.name()), Markdown.code(check.expression()))));
    }
    out.append('\n');
  }

  private void referencedBy(Table table) {
    List<DictionaryFacts.Reference> references = facts.referencedBy(table);
    if (references.isEmpty()) {
      return;
    }
    out.append("**Referenced by**\n\n");
    for (DictionaryFacts.Reference reference : references) {
      out.append("- ").append(Markdown.code(reference.child().name().toString()));
      out.append(" (").append(codes(reference.key().columns())).append(')');
      if (reference.key().name() != null) {
        out.append(" via ").append(Markdown.code(reference.key().name()));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private void enums() {
    if (facts.model().enums().isEmpty()) {
      return;
    }
    out.append("## Enums\n\n").append(Markdown.header("Enum", "Values"));
    for (EnumType type : facts.model().enums()) {
      out.append(
          Markdown.row(List.of(Markdown.code(type.name().toString()), codes(type.values()))));
    }
    out.append('\n');
  }

  private void sequences() {
    if (facts.model().sequences().isEmpty()) {
      return;
    }
    out.append("## Sequences\n\n");
    out.append(
        Markdown.header("Sequence", "Type", "Last value", "Max value", "Increment", "Owned by"));
    for (Sequence sequence : facts.model().sequences()) {
      out.append(
          Markdown.row(
              List.of(
                  Markdown.code(sequence.name().toString()),
                  Markdown.text(sequence.dataType()),
                  sequence.lastValue() == null ? "" : String.valueOf(sequence.lastValue()),
                  String.valueOf(sequence.maxValue()),
                  String.valueOf(sequence.increment()),
                  Markdown.code(sequence.ownedBy()))));
    }
    out.append('\n');
  }

  private static String codes(List<String> names) {
    return String.join(", ", names.stream().map(Markdown::code).toList());
  }
}
