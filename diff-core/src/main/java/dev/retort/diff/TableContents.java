package dev.retort.diff;

import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes that accompany a new table's {@code create_table}: its indexes and foreign keys, which are
 * separate operations (CONTRACT.md section 6: a new table's columns and PK, unique and check constraints are
 * part of its create_table; indexes and foreign keys are not).
 */
final class TableContents {

    private TableContents() {
    }

    static List<Change> additions(Table table) {
        List<Change> changes = new ArrayList<>();
        table.indexes().forEach(i -> changes.add(new Change.CreateIndex(table.name(), i, false)));
        table.foreignKeys().forEach(f -> changes.add(new Change.AddForeignKey(table.name(), f)));
        return changes;
    }

    /**
     * The explicit drops that precede a dropped table's {@code drop_table}: its foreign keys and indexes. They
     * would go with the table anyway, but naming them makes the reversed plan rebuild them.
     */
    static List<Change> removals(Table table) {
        List<Change> changes = new ArrayList<>();
        table.foreignKeys().forEach(f -> changes.add(new Change.DropForeignKey(table.name(), f)));
        table.indexes().forEach(i -> changes.add(new Change.DropIndex(table.name(), i, false)));
        return changes;
    }
}
