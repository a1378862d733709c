package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnReference;
import dev.retort.model.ForeignKey;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies hinted renames to the current model, giving the schema as it stands right after the RENAME
 * statements ran: the table or column has its new name everywhere PostgreSQL tracks it by number (keys,
 * indexes, foreign keys of other tables, sequence owners, expressions). Objects whose names PostgreSQL derived
 * from the old name (such as {@code old_pkey}) keep them; the comparator then renames those to the target's.
 */
final class ModelRenamer {

    private ModelRenamer() {
    }

    static SchemaModel renameTable(SchemaModel model, QualifiedName from, String to) {
        QualifiedName renamed = QualifiedName.of(from.schema(), to);
        List<Table> tables = model.tables().stream().map(t -> {
            Table table = t.name().equals(from) ? withName(t, renamed) : t;
            return table.withForeignKeys(table.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(from) ? retarget(fk, renamed, fk.referencedColumns()) : fk)
                    .toList());
        }).toList();
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> s.ownedBy().filter(o -> o.table().equals(from)).isPresent()
                        ? s.ownedBy(renamed, s.ownedBy().get().column()) : s)
                .toList();
        return model.withTables(tables).withSequences(sequences);
    }

    static SchemaModel renameColumn(SchemaModel model, QualifiedName table, String from, String to) {
        UnaryOperator<String> name = n -> n.equals(from) ? to : n;
        UnaryOperator<String> expr = e -> ExpressionRenamer.renameColumn(e, from, to);
        List<Table> tables = model.tables().stream().map(t -> {
            Table result = t.name().equals(table) ? renameInOwnTable(t, name, expr) : t;
            return result.withForeignKeys(result.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(table)
                            ? retarget(fk, table, fk.referencedColumns().stream().map(name).toList()) : fk)
                    .toList());
        }).toList();
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> s.ownedBy().filter(o -> o.equals(new ColumnReference(table, from))).isPresent()
                        ? s.ownedBy(table, to) : s)
                .toList();
        return model.withTables(tables).withSequences(sequences);
    }

    /**
     * The model after {@code ALTER SEQUENCE ... RENAME}: column defaults that call the sequence (serial columns'
     * {@code nextval}) name it by its new name, because PostgreSQL stores the sequence's OID in them.
     */
    static SchemaModel renameSequenceReferences(SchemaModel model, QualifiedName from, QualifiedName to) {
        UnaryOperator<String> expr = e -> ExpressionRenamer.renameRelation(e, from, to);
        return model.withTables(model.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> c.withDefault(c.defaultExpression().map(expr))).toList())).toList());
    }

    private static Table renameInOwnTable(Table t, UnaryOperator<String> name, UnaryOperator<String> expr) {
        List<Column> columns = t.columns().stream().map(c -> renameColumnItself(c, name, expr)).toList();
        return new Table(t.name(), columns,
                t.primaryKey().map(pk -> new PrimaryKey(pk.name(), map(pk.columns(), name), pk.deferrability())),
                t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), map(u.columns(), name),
                        u.nullsNotDistinct(), u.deferrability())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), map(f.columns(), name), f.referencedTable(),
                        f.referencedColumns(), f.onDelete(), f.onUpdate(), f.match(), f.deferrability(),
                        f.validated())).toList(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), expr.apply(c.expression()), c.validated()))
                        .toList(),
                t.indexes().stream().map(i -> renameInIndex(i, name, expr)).toList(),
                t.comment());
    }

    private static Column renameColumnItself(Column c, UnaryOperator<String> name, UnaryOperator<String> expr) {
        Column renamed = c.withName(name.apply(c.name())).withDefault(c.defaultExpression().map(expr));
        return c.generated().map(g -> new Column(renamed.name(), renamed.type(), renamed.nullable(),
                renamed.defaultExpression(), renamed.identity(),
                java.util.Optional.of(new GeneratedColumn(expr.apply(g.expression()), g.kind())),
                renamed.collation(), renamed.comment())).orElse(renamed);
    }

    private static Index renameInIndex(Index i, UnaryOperator<String> name, UnaryOperator<String> expr) {
        List<IndexKey> keys = i.keys().stream().map(k -> new IndexKey(k.kind(),
                k.kind() == IndexKey.Kind.COLUMN ? name.apply(k.value()) : expr.apply(k.value()), k.collation(),
                k.opclass(), k.descending(), k.nullsFirst())).toList();
        return new Index(i.name(), i.unique(), i.method(), keys, map(i.include(), name), i.predicate().map(expr),
                i.nullsNotDistinct());
    }

    private static Table withName(Table t, QualifiedName name) {
        return new Table(name, t.columns(), t.primaryKey(), t.uniqueConstraints(), t.foreignKeys(), t.checks(),
                t.indexes(), t.comment());
    }

    private static ForeignKey retarget(ForeignKey fk, QualifiedName table, List<String> columns) {
        return new ForeignKey(fk.name(), fk.columns(), table, columns, fk.onDelete(), fk.onUpdate(), fk.match(),
                fk.deferrability(), fk.validated());
    }

    private static List<String> map(List<String> names, UnaryOperator<String> name) {
        return names.stream().map(name).toList();
    }
}
