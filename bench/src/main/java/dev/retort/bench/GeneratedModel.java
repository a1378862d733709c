package dev.retort.bench;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An in-memory schema model of N tables shaped like {@link GeneratedSchema}'s (10 columns, identity key, unique
 * and check constraints, one or two indexes, a foreign key to the previous table), and a copy of it that
 * differs in a given number of places.
 */
final class GeneratedModel {

    private GeneratedModel() {
    }

    static SchemaModel of(int tables) {
        List<Table> result = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) {
            result.add(table(i, tables));
        }
        return new SchemaModel(List.of("public"), List.of(), List.of(), result);
    }

    /**
     * The model with {@code changes} differences spread over it, cycling through kinds: an added column, a
     * dropped column, a widened type, a changed nullability, a changed default, a new index, a dropped index,
     * a new check, a new table and a dropped foreign key.
     */
    static SchemaModel changed(SchemaModel model, int changes) {
        List<Table> tables = new ArrayList<>(model.tables());
        int step = Math.max(1, tables.size() / changes);
        for (int n = 0; n < changes; n++) {
            int i = (n * step) % tables.size();
            Table t = tables.get(i);
            tables.set(i, switch (n % 10) {
                case 0 -> t.withColumns(append(t.columns(), Column.of("extra", "text")));
                case 1 -> t.withColumns(t.columns().stream().filter(c -> !c.name().equals("note")).toList());
                case 2 -> t.withColumns(replace(t, "code", t.column("code").get().withType("character varying(64)")));
                case 3 -> t.withColumns(replace(t, "amount", t.column("amount").get().notNull()));
                case 4 -> t.withColumns(replace(t, "quantity", t.column("quantity").get().withDefault("5")));
                case 5 -> t.withIndexes(append(t.indexes(), Index.on(t.name().name() + "_code_idx", "code")));
                case 6 -> t.withIndexes(List.of());
                case 7 -> t.withChecks(append(t.checks(), CheckConstraint.of(t.name().name() + "_qty_check",
                        "(quantity > 0)")));
                case 8 -> t.withForeignKeys(List.of());
                default -> t.withComment("changed");
            });
        }
        return model.withTables(tables);
    }

    private static Table table(int i, int tables) {
        String name = name(i);
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, name + "_id_seq",
                SequenceOptions.defaults("bigint", 1));
        List<Column> columns = List.of(
                Column.of("id", "bigint").withIdentity(identity),
                Column.of("parent_id", "bigint"),
                Column.of("name", "character varying(255)").notNull(),
                Column.of("code", "character varying(32)").notNull().withDefault("'new'::character varying"),
                Column.of("amount", "numeric(12,2)").withDefault("0"),
                Column.of("quantity", "integer").notNull().withDefault("1"),
                Column.of("active", "boolean").notNull().withDefault("true"),
                Column.of("created_at", "timestamp(6) with time zone").notNull().withDefault("now()"),
                Column.of("note", "text"),
                Column.of("version", "bigint"));
        List<Index> indexes = new ArrayList<>();
        indexes.add(Index.on(name + "_name_idx", "name"));
        if (i % 2 == 0) {
            indexes.add(Index.on(name + "_created_idx", "created_at").withPredicate("active"));
        }
        QualifiedName parent = QualifiedName.of("public", name((i + tables - 1) % tables));
        return Table.of(QualifiedName.of("public", name), columns)
                .withPrimaryKey(PrimaryKey.of(name + "_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of(name + "_code_key", "code")))
                .withChecks(List.of(CheckConstraint.of(name + "_amount_check", "(amount >= (0)::numeric)")))
                .withForeignKeys(List.of(ForeignKey.of(name + "_parent_fk", List.of("parent_id"), parent,
                        List.of("id"))))
                .withIndexes(indexes);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static List<Column> replace(Table table, String column, Column replacement) {
        return table.columns().stream().map(c -> c.name().equals(column) ? replacement : c).toList();
    }
}
