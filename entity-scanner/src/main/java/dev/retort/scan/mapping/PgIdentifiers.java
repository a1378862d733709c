package dev.retort.scan.mapping;

import java.nio.charset.StandardCharsets;
import org.hibernate.boot.model.naming.Identifier;

/** PostgreSQL's treatment of identifiers: case folding and truncation to 63 bytes (quoting is SqlIdentifiers'). */
final class PgIdentifiers {

    /** NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes. */
    static final int MAX_BYTES = 63;

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
}
