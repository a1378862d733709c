package dev.retort.hazard;

import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlToken;
import dev.retort.sql.SqlTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The functions an expression calls, read from its text as {@code pg_get_expr} prints it: string literals are
 * skipped, quoted identifiers unquoted, and a type name after {@code ::} (which may carry a modifier, as in
 * {@code ::character varying(20)}) is not mistaken for a call. Each call is returned as written: {@code name} for
 * a built-in (printed unqualified under an empty search_path) or {@code schema.name} for any other function.
 */
final class ExpressionFunctions {

    /** Words that PostgreSQL prints before a parenthesis without calling a function. */
    private static final Set<String> NOT_FUNCTIONS = Set.of("and", "or", "not", "in", "any", "all", "some",
            "exists", "coalesce", "nullif", "greatest", "least", "row", "array", "is", "between", "like", "ilike",
            "similar", "overlaps", "distinct", "from", "current_timestamp", "current_time", "localtimestamp",
            "localtime", "when", "then", "else", "case");
    /** Words that continue a multi-word type name after {@code ::}, as in {@code ::timestamp(6) with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone",
            "year", "month", "day", "hour", "minute", "second", "to");

    private final List<SqlToken> tokens;
    private int position;

    private ExpressionFunctions(String expression) {
        this.tokens = SqlLexer.significant(expression);
    }

    /** The functions called by the expression, in order of appearance (a function called twice appears twice). */
    static List<String> calledBy(String expression) {
        return new ExpressionFunctions(expression).scan();
    }

    private List<String> scan() {
        List<String> calls = new ArrayList<>();
        while (position < tokens.size()) {
            SqlToken token = tokens.get(position++);
            if (token.isSymbol("::")) {
                skipTypeName();
            } else if (token.isIdentifier()) {
                String name = qualifiedName(token);
                if (peekSymbol("(") && !NOT_FUNCTIONS.contains(name.toLowerCase())) {
                    calls.add(name);
                }
            }
        }
        return calls;
    }

    private String qualifiedName(SqlToken first) {
        String name = first.identifier();
        while (peekSymbol(".") && position + 1 < tokens.size() && tokens.get(position + 1).isIdentifier()) {
            name = name + "." + tokens.get(position + 1).identifier();
            position += 2;
        }
        return name;
    }

    /** Skips {@code [schema.]name [(modifiers)] [more type words] [[]]} after a cast operator. */
    private void skipTypeName() {
        if (position < tokens.size() && tokens.get(position).isIdentifier()) {
            qualifiedName(tokens.get(position++));
        }
        while (position < tokens.size()) {
            SqlToken token = tokens.get(position);
            if (token.isSymbol("(")) {
                skipParentheses();
            } else if (token.isIdentifier() && TYPE_WORDS.contains(token.identifier().toLowerCase())
                    || token.isSymbol("[") || token.isSymbol("]")) {
                position++;
            } else {
                return;
            }
        }
    }

    /** Moves past the parenthesised group starting at the current token (to the end when it is never closed). */
    private void skipParentheses() {
        int close = SqlTokens.closingParenthesis(tokens, position);
        position = close < 0 ? tokens.size() : close + 1;
    }

    private boolean peekSymbol(String symbol) {
        return SqlTokens.isSymbolAt(tokens, position, symbol);
    }
}
