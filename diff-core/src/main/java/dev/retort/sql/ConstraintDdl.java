package dev.retort.sql;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Table constraints, both as the {@code CONSTRAINT name ...} clause that goes inside {@code CREATE TABLE} and
 * as {@code ALTER TABLE ... ADD} statements.
 */
final class ConstraintDdl {

    private ConstraintDdl() {
    }

    static String primaryKeyClause(PrimaryKey pk) {
        return "CONSTRAINT " + quote(pk.name()) + " PRIMARY KEY " + columnList(pk.columns())
                + deferrability(pk.deferrability());
    }

    static String uniqueClause(UniqueConstraint unique) {
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE "
                + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + columnList(unique.columns()) + deferrability(unique.deferrability());
    }

    /** The CHECK clause, with {@code NOT VALID} when the constraint is not validated. */
    static String checkClause(CheckConstraint check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")"
                + notValid(check.validated());
    }

    /** The FOREIGN KEY clause with only its non-default parts: MATCH FULL, actions other than NO ACTION, etc. */
    static String foreignKeyClause(ForeignKey fk) {
        return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY " + columnList(fk.columns())
                + " REFERENCES " + quote(fk.referencedTable()) + " " + columnList(fk.referencedColumns())
                + match(fk.match())
                + action("ON UPDATE", fk.onUpdate())
                + action("ON DELETE", fk.onDelete())
                + deferrability(fk.deferrability())
                + notValid(fk.validated());
    }

    static String addPrimaryKey(QualifiedName table, PrimaryKey pk) {
        return alterTableAdd(table, primaryKeyClause(pk));
    }

    static String addUnique(QualifiedName table, UniqueConstraint unique) {
        return alterTableAdd(table, uniqueClause(unique));
    }

    static String addCheck(QualifiedName table, CheckConstraint check) {
        return alterTableAdd(table, checkClause(check));
    }

    static String addForeignKey(QualifiedName table, ForeignKey fk) {
        return alterTableAdd(table, foreignKeyClause(fk));
    }

    /** {@code (a, b)} with each column quoted as needed. */
    static String columnList(List<String> columns) {
        return columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String alterTableAdd(QualifiedName table, String clause) {
        return "ALTER TABLE " + quote(table) + " ADD " + clause;
    }

    private static String deferrability(Deferrability deferrability) {
        return switch (deferrability) {
            case NOT_DEFERRABLE -> "";
            case DEFERRABLE_INITIALLY_IMMEDIATE -> " DEFERRABLE INITIALLY IMMEDIATE";
            case DEFERRABLE_INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
        };
    }

    private static String match(MatchType match) {
        return match == MatchType.SIMPLE ? "" : " MATCH " + match.name();
    }

    private static String action(String event, ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? "" : " " + event + " " + action.sql();
    }

    private static String notValid(boolean validated) {
        return validated ? "" : " NOT VALID";
    }
}
