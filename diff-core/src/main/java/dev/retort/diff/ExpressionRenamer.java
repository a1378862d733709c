package dev.retort.diff;

import dev.retort.model.QualifiedName;
import dev.retort.sql.SqlIdentifiers;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlToken;
import dev.retort.sql.SqlTokens;
import java.util.List;

/**
 * Renames a column, or a relation referenced by a regclass literal, inside an expression as PostgreSQL prints it
 * ({@code pg_get_expr}): after {@code ALTER TABLE ... RENAME COLUMN}, PostgreSQL prints the new name in defaults,
 * checks and index expressions, because they store the column by number. Only column references change: string literals,
 * function names (an identifier followed by '('), qualified names (after '.') and type names (after '::') stay.
 */
final class ExpressionRenamer {

    private ExpressionRenamer() {
    }

    static String renameColumn(String expression, String from, String to) {
        String replacement = SqlIdentifiers.quote(to);
        return replace(expression, (tokens, i) -> {
            SqlToken token = tokens.get(i);
            boolean reference = token.isIdentifier() && token.identifier().equals(from)
                    && !SqlTokens.isSymbolAt(tokens, i - 1, ".") && !SqlTokens.isSymbolAt(tokens, i - 1, "::")
                    && !SqlTokens.isSymbolAt(tokens, i + 1, "(");
            return reference ? replacement : null;
        });
    }

    /**
     * Renames a relation referenced as a regclass literal ({@code 'public.orders_id_seq'::regclass}, as a
     * {@code nextval} default prints it): PostgreSQL stores the relation's OID, so after a RENAME it prints the
     * new name. Other string literals and identifiers stay as they are.
     */
    static String renameRelation(String expression, QualifiedName from, QualifiedName to) {
        String oldLiteral = SqlIdentifiers.literal(SqlIdentifiers.quote(from));
        String replacement = SqlIdentifiers.literal(SqlIdentifiers.quote(to));
        return replace(expression, (tokens, i) -> {
            boolean reference = tokens.get(i).kind() == SqlToken.Kind.STRING
                    && tokens.get(i).text().equals(oldLiteral) && SqlTokens.isSymbolAt(tokens, i + 1, "::")
                    && i + 2 < tokens.size() && tokens.get(i + 2).isWord("regclass");
            return reference ? replacement : null;
        });
    }

    /**
     * The expression with each significant token for which {@code replacement} answers a text replaced by it (null
     * keeps the token); everything between the replaced tokens stays exactly as it was.
     */
    private static String replace(String expression, Replacement replacement) {
        List<SqlToken> tokens = SqlLexer.significant(expression);
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String text = replacement.at(tokens, i);
            if (text != null) {
                out.append(expression, copied, tokens.get(i).start()).append(text);
                copied = tokens.get(i).end();
            }
        }
        return out.append(expression, copied, expression.length()).toString();
    }

    /** The text replacing the significant token at an index, or null to keep it. */
    @FunctionalInterface
    private interface Replacement {
        String at(List<SqlToken> tokens, int index);
    }
}
