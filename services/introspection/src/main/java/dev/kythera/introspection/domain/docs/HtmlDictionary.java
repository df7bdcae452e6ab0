package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data dictionary as one self-contained HTML page (inline CSS, no scripts, nothing fetched),
 * with the same content as {@link MarkdownDictionary} and the Mermaid source of the ER diagram.
 */
public final class HtmlDictionary {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;\
      padding:0 1rem;color:#1f2328;line-height:1.45}
      h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}
      h3{margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
      th{background:#f6f8fa}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;\
      font-size:.85em;background:#f6f8fa;padding:.1rem .25rem;border-radius:4px}
      pre{background:#f6f8fa;padding:1rem;overflow:auto;border-radius:6px}
      .muted{color:#656d76}.keys{font-weight:600;color:#0969da}nav ul{columns:3}
      """;

  private final DictionaryFacts facts;
  private final StringBuilder out = new StringBuilder();

  private HtmlDictionary(SchemaModel model) {
    this.facts = new DictionaryFacts(model);
  }

  public static String render(SchemaModel model) {
    return render(model, "Data dictionary: " + model.database());
  }

  public static String render(SchemaModel model, String title) {
    HtmlDictionary page = new HtmlDictionary(model);
    page.write(title);
    return page.out.toString();
  }

  private void write(String title) {
    SchemaModel model = facts.model();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(Html.escape(title)).append("</title>\n");
    out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    out.append("<p class=\"muted\">Engine: ").append(Html.escape(model.engine())).append(' ');
    out.append(Html.escape(model.serverVersion())).append(" · Database: ");
    out.append(Html.code(model.database())).append("</p>\n");
    summary();
    navigation();
    diagram();
    facts.schemas().forEach(this::schema);
    enums();
    sequences();
    out.append("</body>\n</html>\n");
  }

  private void summary() {
    SchemaModel model = facts.model();
    out.append("<h2 id=\"summary\">Summary</h2>\n");
    out.append(
        Html.table(
            List.of(
                "Schemas",
                "Tables",
                "Views",
                "Columns",
                "Foreign keys",
                "Indexes",
                "Enums",
                "Sequences"),
            List.of(
                List.of(
                    String.valueOf(facts.schemas().size()),
                    String.valueOf(facts.tableCount()),
                    String.valueOf(facts.viewCount()),
                    String.valueOf(facts.columnCount()),
                    String.valueOf(model.foreignKeyCount()),
                    String.valueOf(facts.indexCount()),
                    String.valueOf(model.enums().size()),
                    String.valueOf(model.sequences().size())))));
  }

  private void navigation() {
    out.append("<nav>\n<ul>\n");
    for (Table table : facts.model().tables()) {
      out.append("<li><a href=\"#").append(anchor(table)).append("\">");
      out.append(Html.escape(table.name().toString())).append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n");
  }

  private void diagram() {
    if (facts.tableCount() == 0) {
      return;
    }
    out.append("<h2 id=\"diagram\">Diagram</h2>\n");
    int shown = MermaidEr.shownTables(facts.model(), MermaidEr.DEFAULT_MAX_TABLES).size();
    if (shown < facts.tableCount()) {
      out.append("<p class=\"muted\">The diagram shows the ").append(shown);
      out.append(" most connected of ").append(facts.tableCount()).append(" tables.</p>\n");
    }
    out.append("<!-- Mermaid ER source: viewers that load Mermaid render this block as a diagram;");
    out.append(" elsewhere it reads as text. -->\n");
    out.append("<pre class=\"mermaid\">\n").append(Html.escape(MermaidEr.render(facts.model())));
    out.append("</pre>\n");
  }

  private void schema(String schema) {
    out.append("<h2>Schema ").append(Html.code(schema)).append("</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (Table table : facts.tablesIn(schema)) {
      rows.add(
          List.of(
              "<a href=\"#" + anchor(table) + "\">" + Html.escape(table.name().name()) + "</a>",
              Html.escape(table.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
              String.valueOf(table.columns().size()),
              table.rowEstimate() < 0 ? "" : String.valueOf(table.rowEstimate()),
              Html.escape(table.comment())));
    }
    out.append(Html.table(List.of("Table", "Kind", "Columns", "Rows (est.)", "Comment"), rows));
    facts.tablesIn(schema).forEach(this::table);
  }

  private static String anchor(Table table) {
    return Markdown.anchor(table.name().schema(), table.name().name());
  }

  private void table(Table table) {
    out.append("<section>\n<h3 id=\"").append(anchor(table)).append("\">");
    out.append(Html.code(table.name().toString())).append(table.isView() ? " (view)" : "");
    out.append("</h3>\n");
    if (table.comment() != null) {
      out.append("<p>").append(Html.escape(table.comment())).append("</p>\n");
    }
    columns(table);
    if (table.primaryKey() != null) {
      out.append("<p><strong>Primary key:</strong> ").append(Html.code(table.primaryKey().name()));
      out.append(" (").append(Html.codes(table.primaryKey().columns())).append(")</p>\n");
    }
    foreignKeys(table);
    indexes(table);
    checks(table);
    referencedBy(table);
    if (table.isView() && table.viewDefinition() != null) {
      out.append("<p><strong>Definition</strong></p>\n<pre>");
      out.append(Html.escape(table.viewDefinition().strip())).append("</pre>\n");
    }
    out.append("</section>\n");
  }

  private void columns(Table table) {
    List<List<String>> rows = new ArrayList<>();
    for (Column column : table.columns()) {
      rows.add(
          List.of(
              String.valueOf(column.position()),
              Html.code(column.name()),
              Html.code(DictionaryFacts.type(column)),
              column.nullable() ? "yes" : "no",
              Html.code(DictionaryFacts.defaultText(column)),
              "<span class=\"keys\">" + String.join(" ", facts.keyFlags(table, column)) + "</span>",
              Html.escape(column.comment())));
    }
    out.append(
        Html.table(List.of("#", "Column", "Type", "Null", "Default", "Keys", "Comment"), rows));
  }

  private void foreignKeys(Table table) {
    if (table.foreignKeys().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ForeignKey key : table.foreignKeys()) {
      rows.add(
          List.of(
              Html.code(key.name()),
              Html.codes(key.columns()),
              Html.code(DictionaryFacts.foreignKeyTarget(key)),
              Html.escape(DictionaryFacts.action(key.onDelete())),
              Html.escape(DictionaryFacts.action(key.onUpdate()))));
    }
    out.append("<p><strong>Foreign keys</strong></p>\n");
    out.append(
        Html.table(List.of("Name", "Columns", "References", "On delete", "On update"), rows));
  }

  private void indexes(Table table) {
    if (table.indexes().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Index index : table.indexes()) {
      rows.add(
          List.of(
              Html.code(index.name()),
              Html.codes(index.columns()),
              index.primary() ? "primary" : index.unique() ? "yes" : "no",
              Html.escape(index.method()),
              Html.code(index.predicate())));
    }
    out.append("<p><strong>Indexes</strong></p>\n");
    out.append(Html.table(List.of("Name", "Columns", "Unique", "Method", "Predicate"), rows));
  }

  private void checks(Table table) {
    if (table.checks().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (CheckConstraint check : table.checks()) {
      rows.add(List.of(Html.code(check.name()), Html.code(check.expression())));
    }
    out.append("<p><strong>Checks</strong></p>\n");
    out.append(Html.table(List.of("Name", "Expression"), rows));
  }

  private void referencedBy(Table table) {
    List<DictionaryFacts.Reference> references = facts.referencedBy(table);
    if (references.isEmpty()) {
      return;
    }
    out.append("<p><strong>Referenced by</strong></p>\n<ul>\n");
    for (DictionaryFacts.Reference reference : references) {
      out.append("<li><a href=\"#").append(anchor(reference.child())).append("\">");
      out.append(Html.escape(reference.child().name().toString())).append("</a> (");
      out.append(Html.codes(reference.key().columns())).append(')');
      if (reference.key().name() != null) {
        out.append(" via ").append(Html.code(reference.key().name()));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void enums() {
    if (facts.model().enums().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (EnumType type : facts.model().enums()) {
      rows.add(List.of(Html.code(type.name().toString()), Html.codes(type.values())));
    }
    out.append("<h2 id=\"enums\">Enums</h2>\n").append(Html.table(List.of("Enum", "Values"), rows));
  }

  private void sequences() {
    if (facts.model().sequences().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Sequence sequence : facts.model().sequences()) {
      rows.add(
          List.of(
              Html.code(sequence.name().toString()),
              Html.escape(sequence.dataType()),
              sequence.lastValue() == null ? "" : String.valueOf(sequence.lastValue()),
              String.valueOf(sequence.maxValue()),
              String.valueOf(sequence.increment()),
              Html.code(sequence.ownedBy())));
    }
    out.append("<h2 id=\"sequences\">Sequences</h2>\n");
    out.append(
        Html.table(
            List.of("Sequence", "Type", "Last value", "Max value", "Increment", "Owned by"), rows));
  }
}
