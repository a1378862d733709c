package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/** The SQL of created, dropped and renamed free-standing indexes. */
final class IndexChangeSql {

    private IndexChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.CreateIndex c) {
            return one(IndexDdl.createIndex(c.table(), c.index(), c.concurrently()));
        }
        if (change instanceof Change.DropIndex c) {
            // Why qualified with the table's schema: an index always lives there, and DROP INDEX looks an
            // unqualified name up on the search_path, not next to the table.
            QualifiedName index = QualifiedName.of(c.table().schema(), c.index().name());
            return one("DROP INDEX " + (c.concurrently() ? "CONCURRENTLY " : "") + quote(index));
        }
        if (change instanceof Change.RenameIndex c) {
            return one("ALTER INDEX " + quote(QualifiedName.of(c.table().schema(), c.index())) + " RENAME TO "
                    + quote(c.newName()));
        }
        return Optional.empty();
    }
}
