package dev.retort.sql;

import java.util.Objects;

/**
 * One lexical token of PostgreSQL SQL text: its kind, its text exactly as written, and the offset where it starts
 * in the lexed text. The tokens of a text are contiguous, so their texts concatenated give the text back.
 */
public record SqlToken(Kind kind, String text, int start) {

    public SqlToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** What a token is. */
    public enum Kind {
        /**
         * A bare word: an identifier or a key word. The lexer does not tell them apart because whether a word is
         * a key word depends on where it stands ({@code name}, {@code default} and {@code time} are both).
         */
        IDENTIFIER,
        /** A double-quoted identifier ({@code "Odd ""Name"""}); {@link SqlToken#identifier()} unquotes it. */
        QUOTED_IDENTIFIER,
        /** A string constant: {@code '...'}, one with an E, B, X or N prefix, or a dollar-quoted one. */
        STRING,
        /** A numeric constant such as {@code 42}, {@code 1.5}, {@code .5} or {@code 1.5e-3}. */
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAMETER,
        /**
         * An operator: a run of operator characters such as {@code <>} or {@code ||}, the cast {@code ::}, or the
         * range {@code ..} (as in PL/pgSQL's {@code FOR i IN 1..10}).
         */
        OPERATOR,
        /** Any other single character: {@code ( ) [ ] , ; . :} and anything the lexer has no rule for. */
        PUNCTUATION,
        /** A run of white space. */
        WHITESPACE,
        /** A {@code --} line comment (without its line break) or a block comment, which may nest. */
        COMMENT
    }

    /** The offset just after the token. */
    public int end() {
        return start + text.length();
    }

    /** Whether the token is white space or a comment, which separate tokens but mean nothing else. */
    public boolean isTrivia() {
        return kind == Kind.WHITESPACE || kind == Kind.COMMENT;
    }

    /** Whether the token is a bare or a quoted identifier. */
    public boolean isIdentifier() {
        return kind == Kind.IDENTIFIER || kind == Kind.QUOTED_IDENTIFIER;
    }

    /**
     * The name an identifier token stands for: a quoted one without its quotes and with doubled quotes undone, a
     * bare one as written (not case-folded: callers fold as their context requires).
     */
    public String identifier() {
        if (kind != Kind.QUOTED_IDENTIFIER) {
            return text;
        }
        StringBuilder name = new StringBuilder(text.length());
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '"') {
                name.append(c);
            } else if (i < text.length()) {
                name.append(c);
                i++;
            }
        }
        return name.toString();
    }

    /** Whether the token is the given operator or punctuation character, such as {@code ::} or {@code (}. */
    public boolean isSymbol(String symbol) {
        return (kind == Kind.OPERATOR || kind == Kind.PUNCTUATION) && text.equals(symbol);
    }

    /** Whether the token is the given bare word, in any letter case (how PostgreSQL reads key words). */
    public boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }
}
