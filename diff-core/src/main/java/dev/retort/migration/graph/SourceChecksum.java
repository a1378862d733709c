package dev.retort.migration.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
        return ofUtf8(sourceText.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The checksum of a source file's bytes, read as UTF-8. The line endings are normalised on the bytes: in
     * UTF-8, CR and LF never occur inside another character's encoding, so this equals {@link #of} of the text
     * without decoding and re-encoding it.
     */
    public static String ofUtf8(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(withLfLineEndings(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static byte[] withLfLineEndings(byte[] content) {
        int firstCr = indexOfCr(content);
        if (firstCr < 0) {
            return content;
        }
        byte[] normalised = new byte[content.length];
        System.arraycopy(content, 0, normalised, 0, firstCr);
        int length = firstCr;
        for (int i = firstCr; i < content.length; i++) {
            if (content[i] != '\r') {
                normalised[length++] = content[i];
            } else if (i + 1 >= content.length || content[i + 1] != '\n') {
                normalised[length++] = '\n';
            }
        }
        return Arrays.copyOf(normalised, length);
    }

    private static int indexOfCr(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}
