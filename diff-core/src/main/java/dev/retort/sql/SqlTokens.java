package dev.retort.sql;

import java.util.List;

/**
 * Navigation over a list of {@link SqlToken}s, usually the significant ones ({@link SqlLexer#significant}), so
 * that neighbours by index are neighbours in the SQL: symbols at an index and matching parentheses.
 */
public final class SqlTokens {

    private SqlTokens() {
    }

    /** Whether the token at the index is the symbol; false when the index is outside the list. */
    public static boolean isSymbolAt(List<SqlToken> tokens, int index, String symbol) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isSymbol(symbol);
    }

    /** The index of the first token from {@code from} on that is the symbol, or -1. */
    public static int indexOfSymbol(List<SqlToken> tokens, String symbol, int from) {
        for (int i = Math.max(from, 0); i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1 when it is never closed. */
    public static int closingParenthesis(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
