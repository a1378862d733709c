package dev.retort.diff;

import dev.retort.model.QualifiedName;
import dev.retort.sql.SqlIdentifiers;

/**
 * Renames a column, or a relation referenced by a regclass literal, inside an expression as PostgreSQL prints it
 * ({@code pg_get_expr}): after {@code ALTER TABLE ... RENAME COLUMN}, PostgreSQL prints the new name in defaults, checks and index
 * expressions, because they store the column by number. Only column references change: string literals,
 * function names (an identifier followed by '('), qualified names (after '.') and type names (after '::') stay.
 */
final class ExpressionRenamer {

    private static final String REGCLASS_CAST = "::regclass";

    private ExpressionRenamer() {
    }

    static String renameColumn(String expression, String from, String to) {
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char ch = expression.charAt(i);
            if (ch == '\'') {
                int end = endOfQuoted(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
            } else if (ch == '"' || isIdentifierStart(ch)) {
                int end = ch == '"' ? endOfQuoted(expression, i, '"') : endOfBare(expression, i);
                String token = expression.substring(i, end);
                String name = ch == '"' ? token.substring(1, token.length() - 1).replace("\"\"", "\"") : token;
                boolean isColumnReference = name.equals(from) && !precededByDotOrCast(expression, i)
                        && !followedByParenthesis(expression, end);
                out.append(isColumnReference ? SqlIdentifiers.quote(to) : token);
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Renames a relation referenced as a regclass literal ({@code 'public.orders_id_seq'::regclass}, as a
     * {@code nextval} default prints it): PostgreSQL stores the relation's OID, so after a RENAME it prints the
     * new name. Other string literals and identifiers stay as they are.
     */
    static String renameRelation(String expression, QualifiedName from, QualifiedName to) {
        String oldLiteral = SqlIdentifiers.literal(SqlIdentifiers.quote(from));
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        while (i < expression.length()) {
            char ch = expression.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = endOfQuoted(expression, i, ch);
                String token = expression.substring(i, end);
                boolean reference = token.equals(oldLiteral) && expression.startsWith(REGCLASS_CAST, end);
                out.append(reference ? SqlIdentifiers.literal(SqlIdentifiers.quote(to)) : token);
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** End (exclusive) of a quoted token; a doubled quote character inside is an escaped one. */
    private static int endOfQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static int endOfBare(String s, int start) {
        int i = start + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    private static boolean isIdentifierStart(char ch) {
        return Character.isLetter(ch) || ch == '_';
    }

    private static boolean precededByDotOrCast(String s, int index) {
        int i = index - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (s.charAt(i) == '.' || s.charAt(i) == ':');
    }

    private static boolean followedByParenthesis(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '(';
    }
}
