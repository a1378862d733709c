package dev.retort.migration.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum recorded for a migration's source text: SHA-256 in lowercase hex of the UTF-8 text with line
 * endings normalised to LF. Why normalised: Git's autocrlf checks the same commit out with CRLF on Windows, and
 * that is not an edit.
 */
public final class SourceChecksum {

    private SourceChecksum() {
    }

    public static String of(String sourceText) {
        String normalised = sourceText.replace("\r\n", "\n").replace('\r', '\n');
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
