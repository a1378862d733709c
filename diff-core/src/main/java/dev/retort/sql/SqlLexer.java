package dev.retort.sql;

import dev.retort.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL SQL text into {@link SqlToken}s by the rules of PostgreSQL's own lexer ({@code scan.l}), with
 * {@code standard_conforming_strings} on. It never fails: unterminated quotes and comments run to the end of the
 * text and unknown characters become punctuation, so every text lexes and its tokens give it back unchanged.
 */
public final class SqlLexer {

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** Characters that let a multi-character operator end in + or - (see {@link #operator()}). */
    private static final String SIGN_KEEPING_CHARS = "~!@#%^&|`?";
    /** Letters that, right before a quote, make a prefixed string: escape (E), bit (B, X) and national (N). */
    private static final String STRING_PREFIXES = "eEbBxXnN";

    private final String sql;
    private int position;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** All tokens of the text, white space and comments included. */
    public static List<SqlToken> tokenize(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        List<SqlToken> tokens = new ArrayList<>();
        while (lexer.position < sql.length()) {
            int start = lexer.position;
            Kind kind = lexer.next();
            tokens.add(new SqlToken(kind, sql.substring(start, lexer.position), start));
        }
        return tokens;
    }

    /** The tokens of the text without white space and comments. */
    public static List<SqlToken> significant(String sql) {
        return tokenize(sql).stream().filter(token -> !token.isTrivia()).toList();
    }

    private Kind next() {
        char c = sql.charAt(position);
        if (Character.isWhitespace(c)) {
            return whitespace();
        } else if (sql.startsWith("--", position)) {
            return lineComment();
        } else if (sql.startsWith("/*", position)) {
            return blockComment();
        } else if (c == '\'' || c == '"') {
            quoted(c, false);
            return c == '"' ? Kind.QUOTED_IDENTIFIER : Kind.STRING;
        } else if (STRING_PREFIXES.indexOf(c) >= 0 && charAt(position + 1) == '\'') {
            position++;
            quoted('\'', c == 'e' || c == 'E');
            return Kind.STRING;
        } else if (isIdentifierStart(c)) {
            return identifier();
        } else if (isDigit(c) || c == '.' && isDigit(charAt(position + 1))) {
            return number();
        } else if (c == '$') {
            return dollar();
        } else if (sql.startsWith("::", position) || sql.startsWith("..", position)) {
            position += 2;
            return Kind.OPERATOR;
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        position++;
        return Kind.PUNCTUATION;
    }

    private Kind whitespace() {
        while (position < sql.length() && Character.isWhitespace(sql.charAt(position))) {
            position++;
        }
        return Kind.WHITESPACE;
    }

    private Kind lineComment() {
        while (position < sql.length() && sql.charAt(position) != '\n' && sql.charAt(position) != '\r') {
            position++;
        }
        return Kind.COMMENT;
    }

    /** Why depth: unlike the SQL standard's, PostgreSQL's block comments nest. */
    private Kind blockComment() {
        int depth = 0;
        do {
            if (sql.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (sql.startsWith("*/", position)) {
                depth--;
                position += 2;
            } else {
                position++;
            }
        } while (depth > 0 && position < sql.length());
        return Kind.COMMENT;
    }

    /**
     * A quoted string or identifier from its opening quote; a doubled quote stands for one. With backslash escapes
     * (an {@code E'...'} string) a backslash also escapes the character after it, so {@code E'it\'s'} is one string.
     */
    private void quoted(char quote, boolean backslashEscapes) {
        position++;
        while (position < sql.length()) {
            char c = sql.charAt(position++);
            if (backslashEscapes && c == '\\') {
                position = Math.min(position + 1, sql.length());
            } else if (c == quote) {
                if (charAt(position) != quote) {
                    return;
                }
                position++;
            }
        }
    }

    private Kind identifier() {
        while (position < sql.length() && isIdentifierPart(sql.charAt(position))) {
            position++;
        }
        return Kind.IDENTIFIER;
    }

    /**
     * Digits, an optional fraction and an optional exponent, then any identifier characters that follow. Why those:
     * PostgreSQL 15 and later reject a number followed directly by a letter as trailing junk rather than reading a
     * name there, and PostgreSQL 16 writes hexadecimal, octal and binary integers (0x1F, 0o17, 0b101) that way.
     */
    private Kind number() {
        digits();
        // Why not before a second dot: PostgreSQL reads 1..2 as 1, the range operator .. and 2 (PL/pgSQL's FOR).
        if (charAt(position) == '.' && charAt(position + 1) != '.') {
            position++;
            digits();
        }
        char sign = charAt(position + 1);
        boolean signed = sign == '+' || sign == '-';
        if ((charAt(position) == 'e' || charAt(position) == 'E')
                && isDigit(charAt(position + (signed ? 2 : 1)))) {
            position += signed ? 2 : 1;
            digits();
        }
        while (position < sql.length() && isIdentifierPart(sql.charAt(position))) {
            position++;
        }
        return Kind.NUMBER;
    }

    /** Digits, with the underscores PostgreSQL 16 allows between them (1_000_000). */
    private void digits() {
        while (isDigit(charAt(position)) || charAt(position) == '_') {
            position++;
        }
    }

    /** A dollar-quoted string ({@code $$...$$}, {@code $tag$...$tag$}), a parameter ({@code $1}) or a lone $. */
    private Kind dollar() {
        int tagEnd = position + 1;
        if (isIdentifierStart(charAt(tagEnd))) {
            while (tagEnd < sql.length() && isTagPart(sql.charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (charAt(tagEnd) == '$') {
            String delimiter = sql.substring(position, tagEnd + 1);
            int close = sql.indexOf(delimiter, tagEnd + 1);
            position = close < 0 ? sql.length() : close + delimiter.length();
            return Kind.STRING;
        }
        position++;
        if (!isDigit(charAt(position))) {
            return Kind.PUNCTUATION;
        }
        while (isDigit(charAt(position))) {
            position++;
        }
        return Kind.PARAMETER;
    }

    /**
     * The longest run of operator characters, stopping before a comment start, then trimmed as PostgreSQL trims
     * it. Why trim: a multi-character operator cannot end in + or - unless it holds one of ~!@#%^&|`?, so that
     * {@code a<-1} reads as {@code a < -1} rather than as an operator {@code <-}.
     */
    private Kind operator() {
        int end = position;
        while (end < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0
                && !sql.startsWith("--", end) && !sql.startsWith("/*", end)) {
            end++;
        }
        if (end - position > 1 && sql.substring(position, end).chars().noneMatch(ch ->
                SIGN_KEEPING_CHARS.indexOf(ch) >= 0)) {
            while (end - position > 1 && (sql.charAt(end - 1) == '+' || sql.charAt(end - 1) == '-')) {
                end--;
            }
        }
        position = end;
        return Kind.OPERATOR;
    }

    /** The character at the offset, or NUL past the end (NUL never starts or continues any token rule). */
    private char charAt(int offset) {
        return offset < sql.length() ? sql.charAt(offset) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isTagPart(c) || c == '$';
    }

    /** A dollar quote's tag is an identifier without $ in it. */
    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
