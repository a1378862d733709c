package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnReference;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema change operation. Reading this file teaches the vocabulary: every kind Retort can plan, apply
 * and revert. Create/add operations carry the whole object and alter operations carry both sides, so every
 * change has an exact {@link #reverse()} and {@code reverse().reverse()} equals the original. One change is
 * about one DDL statement and one set of hazards.
 */
public sealed interface Change {

    /** The stable operation name used in JSON output and reviews (CONTRACT.md section 6). */
    String op();

    /** The change that undoes this one (structure only: dropped data does not come back). */
    Change reverse();

    record CreateSchema(String schema) implements Change {
        public CreateSchema {
            Objects.requireNonNull(schema, "schema");
        }

        public String op() {
            return "create_schema";
        }

        public Change reverse() {
            return new DropSchema(schema);
        }
    }

    record DropSchema(String schema) implements Change {
        public DropSchema {
            Objects.requireNonNull(schema, "schema");
        }

        public String op() {
            return "drop_schema";
        }

        public Change reverse() {
            return new CreateSchema(schema);
        }
    }

    /** Creates a table with its columns, primary key, unique and check constraints (not indexes or FKs). */
    record CreateTable(Table table) implements Change {
        public CreateTable {
            Objects.requireNonNull(table, "table");
        }

        public String op() {
            return "create_table";
        }

        public Change reverse() {
            return new DropTable(table);
        }
    }

    record DropTable(Table table) implements Change {
        public DropTable {
            Objects.requireNonNull(table, "table");
        }

        public String op() {
            return "drop_table";
        }

        public Change reverse() {
            return new CreateTable(table);
        }
    }

    record RenameTable(QualifiedName table, String newName) implements Change {
        public RenameTable {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(newName, "newName");
        }

        public String op() {
            return "rename_table";
        }

        public Change reverse() {
            return new RenameTable(QualifiedName.of(table.schema(), newName), table.name());
        }
    }

    record AddColumn(QualifiedName table, Column column) implements Change {
        public AddColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        public String op() {
            return "add_column";
        }

        public Change reverse() {
            return new DropColumn(table, column);
        }
    }

    record DropColumn(QualifiedName table, Column column) implements Change {
        public DropColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        public String op() {
            return "drop_column";
        }

        public Change reverse() {
            return new AddColumn(table, column);
        }
    }

    record RenameColumn(QualifiedName table, String column, String newName) implements Change {
        public RenameColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(newName, "newName");
        }

        public String op() {
            return "rename_column";
        }

        public Change reverse() {
            return new RenameColumn(table, newName, column);
        }
    }

    /**
     * Changes a column's type and/or collation. {@code using} converts existing values on the way up,
     * {@code reverseUsing} on the way down; empty means PostgreSQL's implicit assignment cast.
     */
    record AlterColumnType(QualifiedName table, String column, String fromType, String toType,
                           Optional<QualifiedName> fromCollation, Optional<QualifiedName> toCollation,
                           Optional<String> using, Optional<String> reverseUsing) implements Change {
        public AlterColumnType {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(fromType, "fromType");
            Objects.requireNonNull(toType, "toType");
            Objects.requireNonNull(fromCollation, "fromCollation");
            Objects.requireNonNull(toCollation, "toCollation");
            Objects.requireNonNull(using, "using");
            Objects.requireNonNull(reverseUsing, "reverseUsing");
        }

        public String op() {
            return "alter_column_type";
        }

        public Change reverse() {
            return new AlterColumnType(table, column, toType, fromType, toCollation, fromCollation, reverseUsing,
                    using);
        }
    }

    record SetNotNull(QualifiedName table, String column) implements Change {
        public SetNotNull {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        public String op() {
            return "set_not_null";
        }

        public Change reverse() {
            return new DropNotNull(table, column);
        }
    }

    record DropNotNull(QualifiedName table, String column) implements Change {
        public DropNotNull {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        public String op() {
            return "drop_not_null";
        }

        public Change reverse() {
            return new SetNotNull(table, column);
        }
    }

    /** Sets a column default; {@code from} is the default it replaces, if any. */
    record SetDefault(QualifiedName table, String column, Optional<String> from, String to) implements Change {
        public SetDefault {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public String op() {
            return "set_default";
        }

        public Change reverse() {
            return from.<Change>map(previous -> new SetDefault(table, column, Optional.of(to), previous))
                    .orElseGet(() -> new DropDefault(table, column, to));
        }
    }

    record DropDefault(QualifiedName table, String column, String from) implements Change {
        public DropDefault {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
        }

        public String op() {
            return "drop_default";
        }

        public Change reverse() {
            return new SetDefault(table, column, Optional.empty(), from);
        }
    }

    record AddIdentity(QualifiedName table, String column, Identity identity) implements Change {
        public AddIdentity {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(identity, "identity");
        }

        public String op() {
            return "add_identity";
        }

        public Change reverse() {
            return new DropIdentity(table, column, identity);
        }
    }

    record DropIdentity(QualifiedName table, String column, Identity identity) implements Change {
        public DropIdentity {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(identity, "identity");
        }

        public String op() {
            return "drop_identity";
        }

        public Change reverse() {
            return new AddIdentity(table, column, identity);
        }
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public AddPrimaryKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(primaryKey, "primaryKey");
        }

        public String op() {
            return "add_primary_key";
        }

        public Change reverse() {
            return new DropPrimaryKey(table, primaryKey);
        }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public DropPrimaryKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(primaryKey, "primaryKey");
        }

        public String op() {
            return "drop_primary_key";
        }

        public Change reverse() {
            return new AddPrimaryKey(table, primaryKey);
        }
    }

    record AddUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public AddUnique {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(unique, "unique");
        }

        public String op() {
            return "add_unique";
        }

        public Change reverse() {
            return new DropUnique(table, unique);
        }
    }

    record DropUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public DropUnique {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(unique, "unique");
        }

        public String op() {
            return "drop_unique";
        }

        public Change reverse() {
            return new AddUnique(table, unique);
        }
    }

    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public AddForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        public String op() {
            return "add_foreign_key";
        }

        public Change reverse() {
            return new DropForeignKey(table, foreignKey);
        }
    }

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public DropForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        public String op() {
            return "drop_foreign_key";
        }

        public Change reverse() {
            return new AddForeignKey(table, foreignKey);
        }
    }

    record AddCheck(QualifiedName table, CheckConstraint check) implements Change {
        public AddCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        public String op() {
            return "add_check";
        }

        public Change reverse() {
            return new DropCheck(table, check);
        }
    }

    record DropCheck(QualifiedName table, CheckConstraint check) implements Change {
        public DropCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        public String op() {
            return "drop_check";
        }

        public Change reverse() {
            return new AddCheck(table, check);
        }
    }

    /** Creates an index; {@code concurrently} builds it without blocking writes, outside a transaction. */
    record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements Change {
        public CreateIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        public String op() {
            return "create_index";
        }

        public Change reverse() {
            return new DropIndex(table, index, concurrently);
        }
    }

    record DropIndex(QualifiedName table, Index index, boolean concurrently) implements Change {
        public DropIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        public String op() {
            return "drop_index";
        }

        public Change reverse() {
            return new CreateIndex(table, index, concurrently);
        }
    }

    record CreateEnum(EnumType type) implements Change {
        public CreateEnum {
            Objects.requireNonNull(type, "type");
        }

        public String op() {
            return "create_enum";
        }

        public Change reverse() {
            return new DropEnum(type);
        }
    }

    record DropEnum(EnumType type) implements Change {
        public DropEnum {
            Objects.requireNonNull(type, "type");
        }

        public String op() {
            return "drop_enum";
        }

        public Change reverse() {
            return new CreateEnum(type);
        }
    }

    /**
     * Adds a label to an enum type, placed before the label it precedes in the target order (or last when
     * {@code before} is empty).
     */
    record AddEnumValue(QualifiedName type, String value, Optional<String> before) implements Change {
        public AddEnumValue {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(before, "before");
        }

        public String op() {
            return "add_enum_value";
        }

        public Change reverse() {
            return new DropEnumValue(type, value, before);
        }
    }

    /**
     * Removes a label from an enum type. PostgreSQL cannot do this in place: it takes the rebuild recipe
     * (R12 in HAZARDS.md), so the change is flagged and its SQL refuses until a reviewer writes the recipe.
     */
    record DropEnumValue(QualifiedName type, String value, Optional<String> before) implements Change {
        public DropEnumValue {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(before, "before");
        }

        public String op() {
            return "drop_enum_value";
        }

        public Change reverse() {
            return new AddEnumValue(type, value, before);
        }
    }

    record CreateSequence(Sequence sequence) implements Change {
        public CreateSequence {
            Objects.requireNonNull(sequence, "sequence");
        }

        public String op() {
            return "create_sequence";
        }

        public Change reverse() {
            return new DropSequence(sequence);
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        public DropSequence {
            Objects.requireNonNull(sequence, "sequence");
        }

        public String op() {
            return "drop_sequence";
        }

        public Change reverse() {
            return new CreateSequence(sequence);
        }
    }

    record AlterSequence(QualifiedName sequence, SequenceOptions from, SequenceOptions to) implements Change {
        public AlterSequence {
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public String op() {
            return "alter_sequence";
        }

        public Change reverse() {
            return new AlterSequence(sequence, to, from);
        }
    }

    record RenameConstraint(QualifiedName table, String constraint, String newName) implements Change {
        public RenameConstraint {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(constraint, "constraint");
            Objects.requireNonNull(newName, "newName");
        }

        public String op() {
            return "rename_constraint";
        }

        public Change reverse() {
            return new RenameConstraint(table, newName, constraint);
        }
    }

    /** Renames an index of a table (an index lives in its table's schema). */
    record RenameIndex(QualifiedName table, String index, String newName) implements Change {
        public RenameIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(newName, "newName");
        }

        public String op() {
            return "rename_index";
        }

        public Change reverse() {
            return new RenameIndex(table, newName, index);
        }
    }

    /**
     * Sets or removes the column that owns a standalone sequence ({@code OWNED BY}). A separate change, so that
     * the sequence can exist before the column whose default uses it, and be disowned before that column is
     * dropped (dropping a column drops the sequences it owns).
     */
    record SetSequenceOwner(QualifiedName sequence, Optional<ColumnReference> from, Optional<ColumnReference> to)
            implements Change {
        public SetSequenceOwner {
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public String op() {
            return "set_sequence_owner";
        }

        public Change reverse() {
            return new SetSequenceOwner(sequence, to, from);
        }
    }

    /**
     * Fills the NULLs of a column before it becomes NOT NULL, with a value the reviewer writes: the middle step
     * of adding a NOT NULL column without a default to an existing table. An empty {@code value} is the
     * generated placeholder, which refuses to run. Its own reverse: once the column is NOT NULL again no row
     * can be NULL, so the update finds nothing to do on the way down.
     */
    record Backfill(QualifiedName table, String column, Optional<String> value) implements Change {
        public Backfill {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }

        public String op() {
            return "backfill";
        }

        public Change reverse() {
            return this;
        }
    }

    record RenameSequence(QualifiedName sequence, String newName) implements Change {
        public RenameSequence {
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(newName, "newName");
        }

        public String op() {
            return "rename_sequence";
        }

        public Change reverse() {
            return new RenameSequence(QualifiedName.of(sequence.schema(), newName), sequence.name());
        }
    }

    /** Sets or removes the comment of a table ({@code column} empty) or of one of its columns. */
    record SetComment(QualifiedName table, Optional<String> column, Optional<String> from, Optional<String> to)
            implements Change {
        public SetComment {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public String op() {
            return "set_comment";
        }

        public Change reverse() {
            return new SetComment(table, column, to, from);
        }
    }

    /**
     * Raw SQL written by hand in a migration, with the SQL that undoes it when the author gave one. An empty
     * {@code sql} does nothing (it is the reverse of a statement that has no known inverse).
     */
    record Execute(Optional<String> sql, Optional<String> reverseSql) implements Change {
        public Execute {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(reverseSql, "reverseSql");
        }

        public String op() {
            return "execute";
        }

        public Change reverse() {
            return new Execute(reverseSql, sql);
        }
    }
}
