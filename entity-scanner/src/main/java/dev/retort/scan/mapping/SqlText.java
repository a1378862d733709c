package dev.retort.scan.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lexical helpers for SQL fragments: top-level word positions outside quotes and parentheses. */
final class SqlText {

    private SqlText() {
    }

    /** Start offsets of the words at parenthesis depth 0 and outside quotes, with their lower-case text. */
    static List<Word> topLevelWords(String sql) {
        List<Word> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (isWordStart(c) && (i == 0 || !isWordPart(sql.charAt(i - 1)))) {
                int end = i;
                while (end < sql.length() && isWordPart(sql.charAt(end))) {
                    end++;
                }
                if (depth == 0) {
                    words.add(new Word(i, end, sql.substring(i, end).toLowerCase(Locale.ROOT)));
                }
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** The offset just after a quoted literal or identifier starting at {@code start} (doubled quotes escape). */
    static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** The text inside one pair of outer parentheses, or the text itself when it is not wrapped. */
    static String unwrap(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("(") && closingParen(trimmed, 0) == trimmed.length() - 1) {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    /** The offset of the parenthesis closing the one at {@code open}, or -1. */
    static int closingParen(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A word of SQL text: its offsets and its lower-case spelling. */
    record Word(int start, int end, String text) {
    }
}
