package dev.retort.scan.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;

/** PostgreSQL's treatment of identifiers: case folding, truncation to 63 bytes, quoting where required. */
final class PgIdentifiers {

    /** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
    static final int MAX_BYTES = 63;

    /**
     * Keywords that {@code quote_ident} quotes (every category but the unreserved one), so a name spelled by
     * {@code format_type} or {@code regclass} output is quoted exactly when PostgreSQL quotes it.
     */
    private static final Set<String> QUOTED_KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array",
            "as", "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both",
            "case", "cast", "char", "character", "check", "coalesce", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch",
            "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
            "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is",
            "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime",
            "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
            "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
            "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
            "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
            "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when",
            "where", "window", "with");

    private PgIdentifiers() {
    }

    /** The name PostgreSQL stores for a Hibernate identifier: quoted text as is, unquoted text lower-cased. */
    static String fold(Identifier identifier) {
        return truncate(identifier.isQuoted() ? identifier.getText() : lowerAscii(identifier.getText()));
    }

    /** The name PostgreSQL stores for identifier text as Hibernate writes it into DDL (quotes allowed). */
    static String fold(String text) {
        return fold(Identifier.toIdentifier(text));
    }

    /** Why: PostgreSQL's downcase_identifier folds only ASCII letters in a multi-byte encoding such as UTF-8. */
    static String lowerAscii(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** Cuts a name to 63 bytes without splitting a character, as PostgreSQL's truncate_identifier does. */
    static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    /** The longest prefix of the name that fits in the given number of UTF-8 bytes. */
    static String clip(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    static int byteLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The identifier as {@code quote_ident} prints it: bare when it is a plain lower-case non-keyword. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_')
                && name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
                || c > 127 && Character.isLowerCase(c))
                && !QUOTED_KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
