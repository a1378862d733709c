package dev.retort.sql;

import dev.retort.diff.Change;
import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The model object a change creates, next to what the introspector reads back for it: for a create or add
 * change after it ran, and for a drop change (through its reverse) before it ran. Equal pairs prove that the
 * SQL builds exactly the object the change describes, so the reverse of a drop rebuilds what was there.
 */
record CreatedObject(Object expected, Optional<Object> actual) {

    /** Every schema the cases use. */
    private static final List<String> SCHEMAS = List.of("public", "sales", "Sales Dept");

    static SchemaModel introspect(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogIntrospector().introspect(connection, SCHEMAS);
        }
    }

    /** The object the change creates and the model's object of the same name, if the change creates one. */
    static Optional<CreatedObject> of(Change change, SchemaModel model) {
        if (change instanceof Change.CreateTable c) {
            return Optional.of(pair(c.table(), model.table(c.table().name())));
        }
        if (change instanceof Change.AddColumn c) {
            return Optional.of(pair(c.column(), column(model, c.table(), c.column().name())));
        }
        if (change instanceof Change.AddIdentity c) {
            return Optional.of(pair(c.identity(),
                    column(model, c.table(), c.column()).flatMap(Column::identity)));
        }
        if (change instanceof Change.CreateEnum c) {
            return Optional.of(pair(c.type(), model.enumType(c.type().name())));
        }
        if (change instanceof Change.CreateSequence c) {
            return Optional.of(pair(c.sequence(), model.sequence(c.sequence().name())));
        }
        return ofTablePart(change, model);
    }

    private static Optional<CreatedObject> ofTablePart(Change change, SchemaModel model) {
        if (change instanceof Change.AddPrimaryKey c) {
            return Optional.of(pair(c.primaryKey(), model.table(c.table()).flatMap(Table::primaryKey)));
        }
        if (change instanceof Change.AddUnique c) {
            return Optional.of(pair(c.unique(), model.table(c.table()).flatMap(t -> t.uniqueConstraints()
                    .stream().filter(u -> u.name().equals(c.unique().name())).findFirst())));
        }
        if (change instanceof Change.AddForeignKey c) {
            return Optional.of(pair(c.foreignKey(), model.table(c.table()).flatMap(t -> t.foreignKeys()
                    .stream().filter(f -> f.name().equals(c.foreignKey().name())).findFirst())));
        }
        if (change instanceof Change.AddCheck c) {
            return Optional.of(pair(c.check(), model.table(c.table()).flatMap(t -> t.checks()
                    .stream().filter(k -> k.name().equals(c.check().name())).findFirst())));
        }
        if (change instanceof Change.CreateIndex c) {
            return Optional.of(pair(c.index(), model.table(c.table()).flatMap(t -> t.indexes()
                    .stream().filter(i -> i.name().equals(c.index().name())).findFirst())));
        }
        return Optional.empty();
    }

    private static <T> CreatedObject pair(T expected, Optional<T> actual) {
        return new CreatedObject(expected, actual.map(Object.class::cast));
    }

    private static Optional<Column> column(SchemaModel model, QualifiedName table, String column) {
        return model.table(table).flatMap(t -> t.column(column));
    }
}
