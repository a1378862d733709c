package dev.retort.sql;

import static dev.retort.sql.SqlIdentifiers.literal;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code CREATE TABLE} with its columns and inline constraints, column definitions, and comments. */
final class TableDdl {

    private TableDdl() {
    }

    /**
     * {@code CREATE TABLE} with one element per line: the columns, then the primary key, the unique
     * constraints and the validated CHECK constraints. Foreign keys, NOT VALID checks, indexes and comments
     * are separate statements.
     */
    static String createTable(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(columnDefinition(Optional.of(table.name()), column)));
        table.primaryKey().ifPresent(pk -> elements.add(ConstraintDdl.primaryKeyClause(pk)));
        table.uniqueConstraints().forEach(unique -> elements.add(ConstraintDdl.uniqueClause(unique)));
        table.checks().stream().filter(CheckConstraint::validated)
                .forEach(check -> elements.add(ConstraintDdl.checkClause(check)));
        String head = "CREATE TABLE " + quote(table.name()) + " (";
        if (elements.isEmpty()) {
            return head + ")";
        }
        return head + "\n    " + String.join(",\n    ", elements) + "\n)";
    }

    /**
     * {@code name type [COLLATE c] [GENERATED ... | DEFAULT expr] [NOT NULL]}; the table is needed for an
     * identity column, whose sequence lives in the table's schema.
     */
    static String columnDefinition(Optional<QualifiedName> table, Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        column.collation().ifPresent(collation -> sql.append(" COLLATE ").append(quote(collation)));
        column.generated().ifPresent(generated -> sql.append(generatedClause(generated)));
        column.identity().ifPresent(identity -> sql.append(identityClause(requireTable(table, column), identity)));
        column.defaultExpression().ifPresent(expression -> sql.append(" DEFAULT ").append(expression));
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code COMMENT ON TABLE} for the table's comment, then {@code COMMENT ON COLUMN} for each column's. */
    static List<String> comments(Table table) {
        List<String> statements = new ArrayList<>();
        table.comment().ifPresent(comment -> statements.add("COMMENT ON TABLE " + quote(table.name()) + " IS "
                + literal(comment)));
        for (Column column : table.columns()) {
            column.comment().ifPresent(comment -> statements.add("COMMENT ON COLUMN " + quote(table.name()) + "."
                    + quote(column.name()) + " IS " + literal(comment)));
        }
        return statements;
    }

    private static QualifiedName requireTable(Optional<QualifiedName> table, Column column) {
        return table.orElseThrow(() -> new IllegalArgumentException("identity column " + column.name()
                + " needs its table to name its sequence: use columnDefinition(QualifiedName, Column)"));
    }

    private static String generatedClause(GeneratedColumn generated) {
        return " GENERATED ALWAYS AS (" + generated.expression() + ") " + generated.kind().name();
    }

    /**
     * Why no {@code AS type}: the identity sequence always takes the column's type, and PostgreSQL 14 to 18
     * reject an explicit {@code AS} in the identity options ("conflicting or redundant options"), even the
     * column's own type. Why the sequence name is qualified with the table's schema: an unqualified
     * {@code SEQUENCE NAME} is created in the first schema of {@code search_path}, not the table's, and one in
     * any other schema is refused (PostgreSQL looks the table up in the sequence's schema).
     */
    private static String identityClause(QualifiedName table, Identity identity) {
        QualifiedName sequence = QualifiedName.of(table.schema(), identity.sequenceName());
        return " GENERATED " + identity.generation().sql() + " AS IDENTITY (SEQUENCE NAME " + quote(sequence) + " "
                + SequenceDdl.options(identity.options()) + ")";
    }
}
