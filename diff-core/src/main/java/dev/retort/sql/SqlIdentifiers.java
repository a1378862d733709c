package dev.retort.sql;

import dev.retort.model.QualifiedName;

/**
 * The one place that turns names and texts into SQL: identifiers quoted exactly when PostgreSQL's
 * {@code quote_ident} would quote them, and standard-conforming string literals.
 */
public final class SqlIdentifiers {

    private SqlIdentifiers() {
    }

    /**
     * The identifier as PostgreSQL's {@code quote_ident} writes it: bare when it starts with a-z or '_', goes
     * on with a-z, 0-9 or '_' only, and is not a keyword outside the UNRESERVED category; otherwise in double
     * quotes with embedded double quotes doubled.
     */
    public static String quote(String identifier) {
        if (isBare(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String quote(QualifiedName name) {
        return quote(name.schema()) + "." + quote(name.name());
    }

    /**
     * A standard-conforming string literal: the text in single quotes with single quotes doubled. Backslashes
     * stay as they are, which is right because {@code standard_conforming_strings} is on by default since
     * PostgreSQL 9.1.
     */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * Why these exact rules: they are {@code quote_identifier} in PostgreSQL's {@code ruleutils.c}; anything
     * else (upper case, digits first, '$', non-ASCII letters) would be folded or rejected by the lexer.
     */
    private static boolean isBare(String identifier) {
        if (identifier.isEmpty() || !isLowerOrUnderscore(identifier.charAt(0))) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            if (!isLowerOrUnderscore(ch) && !(ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return !QuotedKeywords.contains(identifier);
    }

    private static boolean isLowerOrUnderscore(char ch) {
        return (ch >= 'a' && ch <= 'z') || ch == '_';
    }
}
