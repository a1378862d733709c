package dev.retort.hazard;

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

    private final List<Token> tokens;
    private int position;

    private ExpressionFunctions(String expression) {
        this.tokens = ExpressionTokens.of(expression);
    }

    /** The functions called by the expression, in order of appearance (a function called twice appears twice). */
    static List<String> calledBy(String expression) {
        return new ExpressionFunctions(expression).scan();
    }

    private List<String> scan() {
        List<String> calls = new ArrayList<>();
        while (position < tokens.size()) {
            Token token = tokens.get(position++);
            if (token.isSymbol("::")) {
                skipTypeName();
            } else if (token.isName()) {
                String name = qualifiedName(token);
                if (peekSymbol("(") && !NOT_FUNCTIONS.contains(name.toLowerCase())) {
                    calls.add(name);
                }
            }
        }
        return calls;
    }

    private String qualifiedName(Token first) {
        String name = first.text();
        while (peekSymbol(".") && position + 1 < tokens.size() && tokens.get(position + 1).isName()) {
            name = name + "." + tokens.get(position + 1).text();
            position += 2;
        }
        return name;
    }

    /** Skips {@code [schema.]name [(modifiers)] [more type words] [[]]} after a cast operator. */
    private void skipTypeName() {
        if (position < tokens.size() && tokens.get(position).isName()) {
            qualifiedName(tokens.get(position++));
        }
        while (position < tokens.size()) {
            Token token = tokens.get(position);
            if (token.isSymbol("(")) {
                skipParentheses();
            } else if (token.isName() && TYPE_WORDS.contains(token.text().toLowerCase())
                    || token.isSymbol("[") || token.isSymbol("]")) {
                position++;
            } else {
                return;
            }
        }
    }

    private void skipParentheses() {
        int depth = 0;
        do {
            Token token = tokens.get(position++);
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
        } while (depth > 0 && position < tokens.size());
    }

    private boolean peekSymbol(String symbol) {
        return position < tokens.size() && tokens.get(position).isSymbol(symbol);
    }

    /** One lexical token: a name (unquoted or quoted, shown unquoted), a literal, or a symbol. */
    record Token(Kind kind, String text) {

        enum Kind {
            NAME,
            LITERAL,
            SYMBOL
        }

        boolean isName() {
            return kind == Kind.NAME;
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }
}
