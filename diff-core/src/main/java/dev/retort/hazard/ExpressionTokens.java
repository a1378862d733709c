package dev.retort.hazard;

import dev.retort.hazard.ExpressionFunctions.Token;
import java.util.ArrayList;
import java.util.List;

/** Splits expression text into names, literals and symbols, enough to find function calls. */
final class ExpressionTokens {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    private ExpressionTokens(String text) {
        this.text = text;
    }

    static List<Token> of(String expression) {
        ExpressionTokens lexer = new ExpressionTokens(expression);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                tokens.add(new Token(Token.Kind.LITERAL, quoted('\'')));
            } else if (c == '"') {
                tokens.add(new Token(Token.Kind.NAME, quoted('"')));
            } else if (Character.isLetter(c) || c == '_') {
                tokens.add(new Token(Token.Kind.NAME, word()));
            } else if (Character.isDigit(c)) {
                tokens.add(new Token(Token.Kind.LITERAL, word()));
            } else if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                tokens.add(new Token(Token.Kind.SYMBOL, "::"));
                i += 2;
            } else {
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
    }

    /**
     * A quoted string or identifier, without its quotes. Why doubling only: PostgreSQL prints a quote inside
     * either form by doubling it, and prints string constants in standard-conforming form (an {@code E'...'}
     * constant lexes as the name {@code E} followed by a literal, which is harmless here).
     */
    private String quoted(char quote) {
        StringBuilder value = new StringBuilder();
        i++;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != quote) {
                value.append(c);
            } else if (i < text.length() && text.charAt(i) == quote) {
                value.append(c);
                i++;
            } else {
                break;
            }
        }
        return value.toString();
    }

    private String word() {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '$' || text.charAt(i) == '.' && Character.isDigit(text.charAt(start)))) {
            i++;
        }
        return text.substring(start, i);
    }
}
