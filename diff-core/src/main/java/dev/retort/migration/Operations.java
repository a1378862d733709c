package dev.retort.migration;

import dev.retort.diff.Change;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a migration's {@code upgrade} and {@code downgrade} bodies call: one typed method per change kind (the
 * comparator's vocabulary), raw SQL, JDBC data steps and backfills. Each call records a {@link Step}; nothing
 * runs until the runner runs the recorded steps, after checking their hazards.
 */
public final class Operations {

    private final List<Step> steps = new ArrayList<>();

    /** The steps recorded so far, in call order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** Records any change; the typed methods below are shorthands for it. */
    public Step apply(Change change) {
        Step step = Step.of(change);
        steps.add(step);
        return step;
    }

    /** Raw SQL, run as written; the rules cannot see what it touches. */
    public Step execute(String sql) {
        return apply(new Change.Execute(Optional.of(sql), Optional.empty()));
    }

    /** A data migration step on the migration's own connection and transaction. */
    public Step jdbc(String description, JdbcWork work) {
        Step step = Step.ofJdbc(description, work);
        steps.add(step);
        return step;
    }

    /** Fills the NULLs of a column with a value (an SQL expression) before it becomes NOT NULL. */
    public Step backfill(QualifiedName table, String column, String valueSql) {
        return apply(new Change.Backfill(table, column, Optional.of(valueSql)));
    }

    /**
     * The generated placeholder for a backfill whose value only the reviewer can choose: a migration that
     * still holds one refuses to run, naming this line, until it is replaced by {@link #backfill}.
     */
    public Step backfillToBeWritten(QualifiedName table, String column) {
        return apply(new Change.Backfill(table, column, Optional.empty()));
    }

    public Step createSchema(String schema) {
        return apply(new Change.CreateSchema(schema));
    }

    public Step dropSchema(String schema) {
        return apply(new Change.DropSchema(schema));
    }

    public Step createTable(Table table) {
        return apply(new Change.CreateTable(table));
    }

    public Step dropTable(Table table) {
        return apply(new Change.DropTable(table));
    }

    public Step renameTable(QualifiedName table, String newName) {
        return apply(new Change.RenameTable(table, newName));
    }

    public Step addColumn(QualifiedName table, Column column) {
        return apply(new Change.AddColumn(table, column));
    }

    public Step dropColumn(QualifiedName table, Column column) {
        return apply(new Change.DropColumn(table, column));
    }

    public Step renameColumn(QualifiedName table, String column, String newName) {
        return apply(new Change.RenameColumn(table, column, newName));
    }

    public Step alterColumnType(QualifiedName table, String column, String fromType, String toType) {
        return apply(new Change.AlterColumnType(table, column, fromType, toType, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    /** A type change with collations and USING conversions for both directions. */
    public Step alterColumnType(Change.AlterColumnType change) {
        return apply(change);
    }

    public Step setNotNull(QualifiedName table, String column) {
        return apply(new Change.SetNotNull(table, column));
    }

    public Step dropNotNull(QualifiedName table, String column) {
        return apply(new Change.DropNotNull(table, column));
    }

    /** Sets a default on a column that had none. */
    public Step setDefault(QualifiedName table, String column, String to) {
        return apply(new Change.SetDefault(table, column, Optional.empty(), to));
    }

    /** Replaces a column's default. */
    public Step changeDefault(QualifiedName table, String column, String from, String to) {
        return apply(new Change.SetDefault(table, column, Optional.of(from), to));
    }

    public Step dropDefault(QualifiedName table, String column, String from) {
        return apply(new Change.DropDefault(table, column, from));
    }

    public Step addIdentity(QualifiedName table, String column, Identity identity) {
        return apply(new Change.AddIdentity(table, column, identity));
    }

    public Step dropIdentity(QualifiedName table, String column, Identity identity) {
        return apply(new Change.DropIdentity(table, column, identity));
    }

    public Step addPrimaryKey(QualifiedName table, PrimaryKey primaryKey) {
        return apply(new Change.AddPrimaryKey(table, primaryKey));
    }

    public Step dropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) {
        return apply(new Change.DropPrimaryKey(table, primaryKey));
    }

    public Step addUnique(QualifiedName table, UniqueConstraint unique) {
        return apply(new Change.AddUnique(table, unique));
    }

    public Step dropUnique(QualifiedName table, UniqueConstraint unique) {
        return apply(new Change.DropUnique(table, unique));
    }

    public Step addForeignKey(QualifiedName table, ForeignKey foreignKey) {
        return apply(new Change.AddForeignKey(table, foreignKey));
    }

    public Step dropForeignKey(QualifiedName table, ForeignKey foreignKey) {
        return apply(new Change.DropForeignKey(table, foreignKey));
    }

    public Step addCheck(QualifiedName table, CheckConstraint check) {
        return apply(new Change.AddCheck(table, check));
    }

    public Step dropCheck(QualifiedName table, CheckConstraint check) {
        return apply(new Change.DropCheck(table, check));
    }

    public Step createIndex(QualifiedName table, Index index) {
        return apply(new Change.CreateIndex(table, index, false));
    }

    /** {@code CREATE INDEX CONCURRENTLY}: runs outside the migration's transaction, on its own. */
    public Step createIndexConcurrently(QualifiedName table, Index index) {
        return apply(new Change.CreateIndex(table, index, true));
    }

    public Step dropIndex(QualifiedName table, Index index) {
        return apply(new Change.DropIndex(table, index, false));
    }

    /** {@code DROP INDEX CONCURRENTLY}: runs outside the migration's transaction, on its own. */
    public Step dropIndexConcurrently(QualifiedName table, Index index) {
        return apply(new Change.DropIndex(table, index, true));
    }

    public Step createEnum(EnumType type) {
        return apply(new Change.CreateEnum(type));
    }

    public Step dropEnum(EnumType type) {
        return apply(new Change.DropEnum(type));
    }

    /** Adds a label at the end of the type's order. */
    public Step addEnumValue(QualifiedName type, String value) {
        return apply(new Change.AddEnumValue(type, value, Optional.empty()));
    }

    /** Adds a label just before an existing one. */
    public Step addEnumValueBefore(QualifiedName type, String value, String before) {
        return apply(new Change.AddEnumValue(type, value, Optional.of(before)));
    }

    /** Removes a label; PostgreSQL cannot do it in place, so this refuses until the reviewer writes the recipe. */
    public Step dropEnumValue(QualifiedName type, String value, Optional<String> before) {
        return apply(new Change.DropEnumValue(type, value, before));
    }

    public Step createSequence(Sequence sequence) {
        return apply(new Change.CreateSequence(sequence));
    }

    public Step dropSequence(Sequence sequence) {
        return apply(new Change.DropSequence(sequence));
    }

    public Step alterSequence(QualifiedName sequence, SequenceOptions from, SequenceOptions to) {
        return apply(new Change.AlterSequence(sequence, from, to));
    }

    public Step setSequenceOwner(QualifiedName sequence, Optional<ColumnReference> from,
                                 Optional<ColumnReference> to) {
        return apply(new Change.SetSequenceOwner(sequence, from, to));
    }

    public Step renameConstraint(QualifiedName table, String constraint, String newName) {
        return apply(new Change.RenameConstraint(table, constraint, newName));
    }

    public Step renameIndex(QualifiedName table, String index, String newName) {
        return apply(new Change.RenameIndex(table, index, newName));
    }

    public Step renameSequence(QualifiedName sequence, String newName) {
        return apply(new Change.RenameSequence(sequence, newName));
    }

    /** Sets, replaces or removes (empty {@code to}) a table's comment. */
    public Step setTableComment(QualifiedName table, Optional<String> from, Optional<String> to) {
        return apply(new Change.SetComment(table, Optional.empty(), from, to));
    }

    /** Sets, replaces or removes (empty {@code to}) a column's comment. */
    public Step setColumnComment(QualifiedName table, String column, Optional<String> from, Optional<String> to) {
        return apply(new Change.SetComment(table, Optional.of(column), from, to));
    }
}
