package dev.retort.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Class and file names of migrations (CONTRACT.md section 7): {@code V<yyyyMMdd>_<HHmmss>__<Slug>}, the creation
 * time in UTC so that names sort by age, and the message in upper camel case.
 */
public final class MigrationNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SLUG_LENGTH = 60;

    private MigrationNames() {
    }

    /** For example {@code V20261121_143000__AddPhoneToUsers} for "Add phone to users" at 14:30 UTC. */
    public static String className(Instant created, String message) {
        return "V" + STAMP.format(created) + "__" + slug(message);
    }

    /**
     * The message's words (letters and digits, accents removed) with each first letter upper-cased, at most 60
     * characters (whole words); {@code Revision} when the message has no such word.
     */
    public static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder slug = new StringBuilder();
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (slug.length() + word.length() > MAX_SLUG_LENGTH) {
                break;
            }
            if (!word.isEmpty()) {
                slug.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return slug.length() == 0 ? "Revision" : slug.toString();
    }
}
