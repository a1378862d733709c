package dev.retort.scan.mapping;

import dev.retort.model.CheckConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names a table's CHECK constraints as PostgreSQL does when the CREATE TABLE runs: an explicit name is kept
 * (folded), an unnamed check becomes {@code table_column_check} when its expression refers to exactly one
 * column and {@code table_check} otherwise, with a number appended on a clash (AddRelationNewConstraints).
 */
final class CheckNaming {

    private CheckNaming() {
    }

    static List<CheckConstraint> name(String table, List<String> columns, List<CheckSpec> checks,
                                      NamespaceNames names) {
        List<String> taken = new ArrayList<>();
        List<CheckConstraint> named = new ArrayList<>();
        for (CheckSpec check : checks) {
            String name = check.name().map(PgIdentifiers::fold).orElseGet(() -> names.chooseConstraintName(table,
                    soleColumn(check.expression(), columns).orElse(null), "check", taken));
            taken.add(name);
            named.add(CheckConstraint.of(name, check.expression()));
        }
        taken.forEach(names::claimConstraint);
        return named;
    }

    /**
     * The one table column an expression mentions, if it mentions exactly one. Why: PostgreSQL picks the name
     * from the analysed expression's variables; here the expression's identifiers outside literals stand in
     * for them, skipping function names (followed by a parenthesis) and type names (after {@code ::}).
     */
    static Optional<String> soleColumn(String expression, List<String> columns) {
        Set<String> mentioned = new LinkedHashSet<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i = SqlText.skipQuoted(expression, i, c);
            } else if (c == '"') {
                int end = SqlText.skipQuoted(expression, i, c);
                String identifier = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                consider(identifier, expression, i, end, columns, mentioned);
                i = end;
            } else if (SqlText.isWordStart(c) && (i == 0 || !SqlText.isWordPart(expression.charAt(i - 1)))) {
                int end = i;
                while (end < expression.length() && SqlText.isWordPart(expression.charAt(end))) {
                    end++;
                }
                consider(PgIdentifiers.lowerAscii(expression.substring(i, end)), expression, i, end, columns,
                        mentioned);
                i = end;
            } else {
                i++;
            }
        }
        return mentioned.size() == 1 ? Optional.of(mentioned.iterator().next()) : Optional.empty();
    }

    private static void consider(String identifier, String expression, int start, int end, List<String> columns,
                                 Set<String> mentioned) {
        String before = expression.substring(0, start).stripTrailing();
        String after = expression.substring(end).stripLeading();
        boolean function = after.startsWith("(");
        boolean typeName = before.endsWith("::");
        if (!function && !typeName && columns.contains(identifier)) {
            mentioned.add(identifier);
        }
    }
}
