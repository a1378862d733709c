package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * One readable line per change for the review table, naming objects unquoted and schema-qualified, for
 * example {@code add column public.users.phone character varying(20) NULL}.
 */
public final class ChangeText {

    private ChangeText() {
    }

    /** The change in one line. */
    public static String describe(Change change) {
        return SchemaChangeText.describe(change)
                .or(() -> TableChangeText.describe(change))
                .or(() -> ColumnChangeText.describe(change))
                .or(() -> ConstraintChangeText.describe(change))
                .or(() -> IndexAndSequenceChangeText.describe(change))
                .orElseThrow(() -> new IllegalArgumentException("no text for change kind " + change.op()));
    }

    /** {@code schema.table.column}. */
    static String column(QualifiedName table, String column) {
        return table + "." + column;
    }

    /** {@code (a, b)}. */
    static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    /** A value in single quotes, as it reads in SQL. */
    static String quoted(String value) {
        return "'" + value + "'";
    }

    /** A quoted value, or {@code none}. */
    static String quotedOrNone(Optional<String> value) {
        return value.map(ChangeText::quoted).orElse("none");
    }

    /** {@code type [COLLATE c] NULL|NOT NULL [DEFAULT expr | GENERATED ...]}, as a column is declared. */
    static String definition(Column column) {
        StringBuilder text = new StringBuilder(column.type());
        column.collation().ifPresent(collation -> text.append(" COLLATE ").append(collation));
        text.append(column.nullable() ? " NULL" : " NOT NULL");
        column.defaultExpression().ifPresent(expression -> text.append(" DEFAULT ").append(expression));
        column.identity().ifPresent(identity -> text.append(" GENERATED ").append(identity.generation().sql())
                .append(" AS IDENTITY"));
        column.generated().ifPresent(generated -> text.append(" GENERATED ALWAYS AS (")
                .append(generated.expression()).append(") ").append(generated.kind().name()));
        column.comment().ifPresent(comment -> text.append(" COMMENT ").append(quoted(comment)));
        return text.toString();
    }
}
