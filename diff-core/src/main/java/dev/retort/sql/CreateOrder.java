package dev.retort.sql;

import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the CREATE statements of a whole model in an order that PostgreSQL accepts on an empty database:
 * every object is created after everything it needs.
 */
final class CreateOrder {

    /**
     * Why skipped: it exists in every new database, and even {@code CREATE SCHEMA IF NOT EXISTS public} needs
     * the CREATE privilege on the database, which an application's role often lacks.
     */
    private static final String PUBLIC = "public";

    private CreateOrder() {
    }

    /**
     * Schemas, enum types, sequences (column defaults call them), tables, sequence ownership (needs the
     * column), NOT VALID checks, indexes, foreign keys (after every table and index, so that cycles between
     * tables and keys that reference a unique index just work) and finally comments.
     */
    static List<String> createAll(SchemaModel model) {
        List<String> statements = new ArrayList<>();
        model.schemas().stream().filter(schema -> !schema.equals(PUBLIC))
                .forEach(schema -> statements.add(SequenceDdl.createSchema(schema)));
        model.enums().forEach(type -> statements.add(SequenceDdl.createEnum(type)));
        model.sequences().forEach(sequence -> statements.add(SequenceDdl.createSequence(sequence)));
        model.tables().forEach(table -> statements.add(TableDdl.createTable(table)));
        model.sequences().stream().filter(sequence -> sequence.ownedBy().isPresent())
                .forEach(sequence -> statements.add(SequenceDdl.alterSequenceOwnedBy(sequence)));
        model.tables().forEach(table -> addNotValidChecks(table, statements));
        model.tables().forEach(table -> table.indexes()
                .forEach(index -> statements.add(IndexDdl.createIndex(table.name(), index))));
        model.tables().forEach(table -> table.foreignKeys()
                .forEach(fk -> statements.add(ConstraintDdl.addForeignKey(table.name(), fk))));
        model.tables().forEach(table -> statements.addAll(TableDdl.comments(table)));
        return List.copyOf(statements);
    }

    /** Why separate: a CHECK written inside CREATE TABLE is always validated; only ALTER TABLE can skip it. */
    private static void addNotValidChecks(Table table, List<String> statements) {
        table.checks().stream().filter(check -> !check.validated())
                .forEach(check -> statements.add(ConstraintDdl.addCheck(table.name(), check)));
    }
}
