package dev.kythera.introspection.domain.diff;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static Change only(SchemaDiffResult result, ObjectType type) {
    List<Change> matching = result.changes().stream().filter(c -> c.objectType() == type).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  @Test
  void identicalModelsHaveNoChanges() {
    SchemaDiffResult result = SchemaDiff.between(ShopModel.shop(), ShopModel.shop());

    assertThat(result.changes()).isEmpty();
    assertThat(result.isEmpty()).isTrue();
    assertThat(result.summary()).isEqualTo(new SchemaDiffResult.Summary(0, 0, 0));
    assertThat(result.delta().tableChanges()).isEmpty();
  }

  @Test
  void addedAndRemovedTablesAreReportedByQualifiedName() {
    SchemaModel from = model(table("a").id(), table("b").id());
    SchemaModel to = model(table("a").id(), table("sales.c").id().text("x", 10, true));

    SchemaDiffResult result = SchemaDiff.between(from, to);

    assertThat(result.changes())
        .containsExactly(
            new Change(ObjectType.TABLE, ChangeType.REMOVED, "public.b", "b", "1 columns", null),
            new Change(ObjectType.TABLE, ChangeType.ADDED, "sales.c", "c", null, "2 columns"));
    assertThat(result.summary()).isEqualTo(new SchemaDiffResult.Summary(1, 1, 0));
  }

  @Test
  void columnTypeNullabilityAndDefaultChangesAreDescribed() {
    SchemaModel from =
        model(
            table("t")
                .id()
                .text("name", 40, true)
                .text("code", 10, false)
                .integer("gone", true)
                .text("status", 20, false)
                .columnDefault("status", "'new'::character varying"));
    SchemaModel to =
        model(
            table("t")
                .id()
                .text("name", 40, false)
                .text("code", 20, false)
                .text("status", 20, false)
                .columnDefault("status", "'open'::character varying")
                .integer("added", true));

    SchemaDiffResult result = SchemaDiff.between(from, to);

    assertThat(result.changes())
        .containsExactly(
            new Change(ObjectType.COLUMN, ChangeType.ADDED, "public.t", "added", null, "integer"),
            new Change(
                ObjectType.COLUMN,
                ChangeType.CHANGED,
                "public.t",
                "code",
                "character varying(10) NOT NULL",
                "character varying(20) NOT NULL"),
            new Change(ObjectType.COLUMN, ChangeType.REMOVED, "public.t", "gone", "integer", null),
            new Change(
                ObjectType.COLUMN,
                ChangeType.CHANGED,
                "public.t",
                "name",
                "character varying(40)",
                "character varying(40) NOT NULL"),
            new Change(
                ObjectType.COLUMN,
                ChangeType.CHANGED,
                "public.t",
                "status",
                "character varying(20) NOT NULL DEFAULT 'new'::character varying",
                "character varying(20) NOT NULL DEFAULT 'open'::character varying"));
    assertThat(result.summary()).isEqualTo(new SchemaDiffResult.Summary(1, 1, 3));
  }

  @Test
  void identityGeneratedAndCommentChangesCount() {
    Column plain = ShopModel.column("n", "integer", null, false, null, null, null);
    Column generated = ShopModel.column("n", "integer", null, false, null, null, "(a + 1)");
    SchemaModel from = model(table("t").column(plain).columnComment("n", "old"));
    SchemaModel to = model(table("t").column(generated).columnComment("n", "new"));

    Change change = only(SchemaDiff.between(from, to), ObjectType.COLUMN);

    assertThat(change.before()).isEqualTo("integer NOT NULL COMMENT 'old'");
    assertThat(change.after())
        .isEqualTo("integer GENERATED ALWAYS AS ((a + 1)) NOT NULL COMMENT 'new'");
  }

  @Test
  void foreignKeysAddedRemovedAndChanged() {
    SchemaModel from =
        model(
            table("p").id(),
            table("q").id(),
            table("c")
                .id()
                .bigint("p_id", false)
                .bigint("q_id", true)
                .foreignKey("p", "p_id")
                .foreignKey("q", "q_id"));
    SchemaModel to =
        model(
            table("p").id(),
            table("q").id(),
            table("c")
                .id()
                .bigint("p_id", false)
                .bigint("q_id", true)
                .bigint("r_id", true)
                .foreignKey(
                    ShopModel.foreignKey(
                        "c_p_id_fkey",
                        List.of("p_id"),
                        "p",
                        List.of("id"),
                        ReferentialAction.CASCADE))
                .foreignKey("q", "r_id"));

    List<Change> keys =
        SchemaDiff.between(from, to).changes().stream()
            .filter(c -> c.objectType() == ObjectType.FOREIGN_KEY)
            .toList();

    assertThat(keys)
        .containsExactly(
            new Change(
                ObjectType.FOREIGN_KEY,
                ChangeType.CHANGED,
                "public.c",
                "c_p_id_fkey",
                "(p_id) REFERENCES public.p (id)",
                "(p_id) REFERENCES public.p (id) ON DELETE CASCADE"),
            new Change(
                ObjectType.FOREIGN_KEY,
                ChangeType.REMOVED,
                "public.c",
                "c_q_id_fkey",
                "(q_id) REFERENCES public.q (id)",
                null),
            new Change(
                ObjectType.FOREIGN_KEY,
                ChangeType.ADDED,
                "public.c",
                "c_r_id_fkey",
                null,
                "(r_id) REFERENCES public.q (id)"));
  }

  @Test
  void indexesAddedRemovedAndChangedButNotThoseBackingKeys() {
    SchemaModel from =
        model(
            table("t")
                .id()
                .text("a", 10, false)
                .text("b", 10, false)
                .unique("a")
                .index("t_a_key", true, "a")
                .index("t_b_idx", false, "b")
                .index("t_old_idx", false, "a", "b"));
    SchemaModel to =
        model(
            table("t")
                .id()
                .text("a", 10, false)
                .text("b", 10, false)
                .unique("a")
                .index("t_a_key", true, "a")
                .index("t_b_idx", true, "b")
                .index(
                    ShopModel.index(
                        "t_new_idx", List.of("lower((a)::text)"), false, "(b IS NOT NULL)")));

    List<Change> indexes =
        SchemaDiff.between(from, to).changes().stream()
            .filter(c -> c.objectType() == ObjectType.INDEX)
            .toList();

    assertThat(indexes)
        .containsExactly(
            new Change(
                ObjectType.INDEX,
                ChangeType.CHANGED,
                "public.t",
                "t_b_idx",
                "USING btree (b)",
                "UNIQUE USING btree (b)"),
            new Change(
                ObjectType.INDEX,
                ChangeType.ADDED,
                "public.t",
                "t_new_idx",
                null,
                "USING btree (lower((a)::text)) WHERE (b IS NOT NULL)"),
            new Change(
                ObjectType.INDEX,
                ChangeType.REMOVED,
                "public.t",
                "t_old_idx",
                "USING btree (a, b)",
                null));
  }

  @Test
  void enumsAddedRemovedAndGainingValues() {
    EnumType mood = new EnumType(new QualifiedName("public", "mood"), List.of("sad", "ok"));
    EnumType moreMood =
        new EnumType(new QualifiedName("public", "mood"), List.of("sad", "ok", "happy"));
    EnumType size = new EnumType(new QualifiedName("public", "size"), List.of("s", "m"));
    EnumType colour = new EnumType(new QualifiedName("public", "colour"), List.of("red"));

    SchemaDiffResult result =
        SchemaDiff.between(
            model(List.of(mood, size), List.of(), table("t").id()),
            model(List.of(moreMood, colour), List.of(), table("t").id()));

    assertThat(result.changes())
        .containsExactly(
            new Change(ObjectType.ENUM, ChangeType.ADDED, null, "public.colour", null, "'red'"),
            new Change(
                ObjectType.ENUM,
                ChangeType.CHANGED,
                null,
                "public.mood",
                "'sad', 'ok'",
                "'sad', 'ok', 'happy'"),
            new Change(ObjectType.ENUM, ChangeType.REMOVED, null, "public.size", "'s', 'm'", null));
  }

  @Test
  void autoNamedConstraintsWithEqualDefinitionsAreUnchanged() {
    SchemaModel from =
        model(
            table("p").id(),
            table("c")
                .id()
                .bigint("p_id", false)
                .integer("qty", false)
                .foreignKey("p", "p_id")
                .unique("p_id", "qty")
                .check("c_qty_check", "(qty   > 0)")
                .index("c_qty_idx", false, "qty"));
    SchemaModel to =
        model(
            table("p").id(),
            table("c")
                .id()
                .bigint("p_id", false)
                .integer("qty", false)
                .foreignKey(
                    new ForeignKey(
                        "fk_c_1",
                        List.of("p_id"),
                        TestSchemas.name("p"),
                        List.of("id"),
                        null,
                        null,
                        false,
                        false))
                .column(ShopModel.column("dummy", "integer", null, true, null, null, null))
                .check("CONSTRAINT_7", "(qty > 0)")
                .index("idx_4711", false, "qty"));
    // the UNIQUE keeps its columns but has a generated name on the other side
    SchemaModel toRenamedUnique =
        new SchemaModel(
            to.engine(),
            to.serverVersion(),
            to.database(),
            to.schemas(),
            to.tables().stream()
                .map(
                    t ->
                        t.name().name().equals("c")
                            ? withUnique(t, "uq_c_99", List.of("p_id", "qty"))
                            : t)
                .toList(),
            to.enums(),
            to.sequences());

    SchemaDiffResult result = SchemaDiff.between(from, toRenamedUnique);

    assertThat(result.changes())
        .containsExactly(
            new Change(ObjectType.COLUMN, ChangeType.ADDED, "public.c", "dummy", null, "integer"));
  }

  private static dev.kythera.kernel.schema.Table withUnique(
      dev.kythera.kernel.schema.Table t, String name, List<String> columns) {
    return new dev.kythera.kernel.schema.Table(
        t.name(),
        t.kind(),
        t.columns(),
        t.primaryKey(),
        t.foreignKeys(),
        List.of(new dev.kythera.kernel.schema.UniqueConstraint(name, columns)),
        t.checks(),
        t.indexes(),
        t.comment(),
        t.rowEstimate(),
        t.sizeBytes(),
        t.viewDefinition(),
        t.statistics());
  }

  @Test
  void sameNameWithAnotherDefinitionIsAChange() {
    SchemaModel from = model(table("t").id().integer("n", false).check("t_n_check", "(n > 0)"));
    SchemaModel to = model(table("t").id().integer("n", false).check("t_n_check", "(n > 10)"));

    Change change = only(SchemaDiff.between(from, to), ObjectType.CHECK);

    assertThat(change)
        .isEqualTo(
            new Change(
                ObjectType.CHECK,
                ChangeType.CHANGED,
                "public.t",
                "t_n_check",
                "CHECK ((n > 0))",
                "CHECK ((n > 10))"));
  }

  @Test
  void primaryKeyAndTableCommentChanges() {
    SchemaModel from =
        model(table("t").integer("a", false).integer("b", false).primaryKey("a").comment("old"));
    SchemaModel to = model(table("t").integer("a", false).integer("b", false).primaryKey("a", "b"));

    SchemaDiffResult result = SchemaDiff.between(from, to);

    assertThat(result.changes())
        .containsExactly(
            new Change(
                ObjectType.TABLE, ChangeType.CHANGED, "public.t", "t", "COMMENT 'old'", null),
            new Change(
                ObjectType.PRIMARY_KEY,
                ChangeType.CHANGED,
                "public.t",
                "t_pkey",
                "PRIMARY KEY (a)",
                "PRIMARY KEY (a, b)"));
  }

  @Test
  void viewsCompareTheirQueryIgnoringWhitespace() {
    SchemaModel base = model(table("t").id());
    SchemaModel from = withView(base, ShopModel.view("v", " SELECT id\n   FROM t;"));
    SchemaModel same = withView(base, ShopModel.view("v", "SELECT id FROM t"));
    SchemaModel other = withView(base, ShopModel.view("v", "SELECT id FROM t WHERE id > 1"));

    assertThat(SchemaDiff.between(from, same).changes()).isEmpty();
    assertThat(only(SchemaDiff.between(from, other), ObjectType.VIEW))
        .isEqualTo(
            new Change(
                ObjectType.VIEW,
                ChangeType.CHANGED,
                "public.v",
                "v",
                "AS SELECT id FROM t",
                "AS SELECT id FROM t WHERE id > 1"));
  }

  private static SchemaModel withView(SchemaModel model, dev.kythera.kernel.schema.Table view) {
    List<dev.kythera.kernel.schema.Table> tables = new java.util.ArrayList<>(model.tables());
    tables.add(view);
    return new SchemaModel(
        model.engine(),
        model.serverVersion(),
        model.database(),
        model.schemas(),
        tables,
        model.enums(),
        model.sequences());
  }

  @Test
  void sequencesCompareDefinitionNotLastValue() {
    var a =
        new dev.kythera.kernel.schema.Sequence(
            new QualifiedName("public", "s"), "bigint", 5L, 100, 1, null);
    var b =
        new dev.kythera.kernel.schema.Sequence(
            new QualifiedName("public", "s"), "bigint", 50L, 100, 1, null);
    var c =
        new dev.kythera.kernel.schema.Sequence(
            new QualifiedName("public", "s"), "bigint", 50L, 100, 10, null);

    assertThat(
            SchemaDiff.between(model(List.of(), List.of(a)), model(List.of(), List.of(b)))
                .changes())
        .isEmpty();
    assertThat(
            SchemaDiff.between(model(List.of(), List.of(a)), model(List.of(), List.of(c)))
                .changes())
        .containsExactly(
            new Change(
                ObjectType.SEQUENCE,
                ChangeType.CHANGED,
                null,
                "public.s",
                "bigint INCREMENT BY 1 MAXVALUE 100",
                "bigint INCREMENT BY 10 MAXVALUE 100"));
  }

  @Test
  void orderIsDeterministicEnumsFirstThenByTableAndType() {
    SchemaDiffResult result = SchemaDiff.between(ShopModel.before(), ShopModel.after());
    SchemaDiffResult again = SchemaDiff.between(ShopModel.before(), ShopModel.after());

    assertThat(result.changes()).isEqualTo(again.changes());
    assertThat(result.changes().get(0).objectType()).isEqualTo(ObjectType.ENUM);
    List<String> tables =
        result.changes().stream().map(Change::table).filter(t -> t != null).toList();
    assertThat(tables).isSorted();
    assertThat(result.changes())
        .extracting(c -> c.objectType() + " " + c.change() + " " + c.table() + " " + c.name())
        .containsExactly(
            "ENUM CHANGED null public.order_status",
            "COLUMN CHANGED public.customers email",
            "COLUMN REMOVED public.customers legacy_code",
            "COLUMN CHANGED public.customers name",
            "COLUMN ADDED public.customers phone",
            "CHECK ADDED public.customers customers_email_check",
            "TABLE REMOVED public.legacy_log legacy_log",
            "TABLE ADDED public.order_notes order_notes",
            "COLUMN CHANGED public.orders note",
            "FOREIGN_KEY CHANGED public.orders orders_customer_id_fkey",
            "INDEX REMOVED public.orders orders_note_idx",
            "INDEX ADDED public.orders orders_status_idx");
    assertThat(result.summary()).isEqualTo(new SchemaDiffResult.Summary(4, 3, 5));
  }

  @Test
  void deltaKeepsTheFullObjects() {
    SchemaDiffResult result = SchemaDiff.between(ShopModel.before(), ShopModel.after());

    TableDelta customers =
        result.delta().tableChanges().stream()
            .filter(t -> t.after().name().name().equals("customers"))
            .findFirst()
            .orElseThrow();
    Delta<Column> email =
        customers.columns().stream()
            .filter(c -> c.current().name().equals("email"))
            .findFirst()
            .orElseThrow();
    assertThat(email.before().dataType()).isEqualTo("character varying(100)");
    assertThat(email.after().dataType()).isEqualTo("character varying(254)");
    assertThat(result.delta().from()).isEqualTo(ShopModel.before());
    assertThat(result.delta().tables())
        .extracting(d -> d.change())
        .containsExactly(ChangeType.REMOVED, ChangeType.ADDED);
  }
}
