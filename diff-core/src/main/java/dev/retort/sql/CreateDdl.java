package dev.retort.sql;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL {@code CREATE} DDL for a schema model, as a whole in dependency order or one object at a time.
 * Statements carry no trailing semicolon; every identifier is quoted by {@link SqlIdentifiers}.
 */
public final class CreateDdl {

    private CreateDdl() {
    }

    /**
     * Every statement that builds the model on an empty database, in dependency order: schemas (except
     * {@code public}), enum types, sequences, tables, sequence ownership, NOT VALID checks, indexes, foreign
     * keys, comments. The same model always gives the same text.
     */
    public static List<String> createAll(SchemaModel model) {
        return CreateOrder.createAll(model);
    }

    /** {@code CREATE SCHEMA IF NOT EXISTS name}. */
    public static String createSchema(String schema) {
        return SequenceDdl.createSchema(schema);
    }

    /** {@code CREATE TYPE name AS ENUM ('a', 'b')}. */
    public static String createEnum(EnumType type) {
        return SequenceDdl.createEnum(type);
    }

    /** {@code CREATE SEQUENCE} with every option written, without {@code OWNED BY}. */
    public static String createSequence(Sequence sequence) {
        return SequenceDdl.createSequence(sequence);
    }

    /** {@code ALTER SEQUENCE name OWNED BY table.column}, or {@code OWNED BY NONE} when no column owns it. */
    public static String alterSequenceOwnedBy(Sequence sequence) {
        return SequenceDdl.alterSequenceOwnedBy(sequence);
    }

    /** {@code CREATE TABLE} with columns, primary key, unique constraints and validated CHECKs inline. */
    public static String createTable(Table table) {
        return TableDdl.createTable(table);
    }

    /** {@code CREATE [UNIQUE] INDEX name ON table USING method (keys) ...}. */
    public static String createIndex(QualifiedName table, Index index) {
        return IndexDdl.createIndex(table, index);
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT name FOREIGN KEY ...}, with only the non-default clauses. */
    public static String addForeignKey(QualifiedName table, ForeignKey fk) {
        return ConstraintDdl.addForeignKey(table, fk);
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT name CHECK (expr)}, with {@code NOT VALID} when not validated. */
    public static String addCheck(QualifiedName table, CheckConstraint check) {
        return ConstraintDdl.addCheck(table, check);
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT name UNIQUE ...}. */
    public static String addUnique(QualifiedName table, UniqueConstraint unique) {
        return ConstraintDdl.addUnique(table, unique);
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT name PRIMARY KEY ...}. */
    public static String addPrimaryKey(QualifiedName table, PrimaryKey pk) {
        return ConstraintDdl.addPrimaryKey(table, pk);
    }

    /** {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN} statements for the comments the table has. */
    public static List<String> comments(Table table) {
        return TableDdl.comments(table);
    }

    /**
     * A column definition, {@code name type [COLLATE c] [GENERATED ... | DEFAULT expr] [NOT NULL]}, for a
     * column that is not an identity column.
     *
     * @throws IllegalArgumentException for an identity column: its sequence goes into the table's schema, so
     *     use {@link #columnDefinition(QualifiedName, Column)}
     */
    public static String columnDefinition(Column column) {
        return TableDdl.columnDefinition(Optional.empty(), column);
    }

    /** A column definition of a column of the given table, identity columns included. */
    public static String columnDefinition(QualifiedName table, Column column) {
        return TableDdl.columnDefinition(Optional.of(table), column);
    }
}
