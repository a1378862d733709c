package dev.retort.scan.mapping;

import dev.retort.model.CheckConstraint;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlToken;
import dev.retort.sql.SqlTokens;
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
        List<SqlToken> tokens = SqlLexer.significant(expression);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            boolean function = SqlTokens.isSymbolAt(tokens, i + 1, "(");
            boolean typeName = SqlTokens.isSymbolAt(tokens, i - 1, "::");
            if (token.isIdentifier() && !function && !typeName) {
                String identifier = token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER ? token.identifier()
                        : PgIdentifiers.lowerAscii(token.text());
                if (columns.contains(identifier)) {
                    mentioned.add(identifier);
                }
            }
        }
        return mentioned.size() == 1 ? Optional.of(mentioned.iterator().next()) : Optional.empty();
    }
}
