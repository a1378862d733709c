package dev.retort.testing.pg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How tests choose their PostgreSQL: which server ({@code RETORT_TEST_PG_URL}, {@code -Dretort.test.pg=docker}
 * or the embedded default) and which major versions ({@code -Dretort.test.pg.version=14}, or a comma list).
 */
public final class PostgresTestSettings {

    /** The oldest and the newest supported major versions: the default suite runs on both. */
    public static final List<Integer> DEFAULT_VERSIONS = List.of(14, 18);
    public static final int OLDEST_SUPPORTED = 14;
    public static final int NEWEST_SUPPORTED = 18;

    private PostgresTestSettings() {
    }

    /** The external server's URL, when the developer named one. */
    public static Optional<String> externalUrl() {
        String fromProperty = System.getProperty("retort.test.pg.url");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty);
        }
        String fromEnvironment = System.getenv("RETORT_TEST_PG_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment);
    }

    /** Whether containers were asked for with {@code -Dretort.test.pg=docker}. */
    public static boolean containersRequested() {
        String mode = System.getProperty("retort.test.pg", "embedded").trim();
        if (!mode.equals("docker") && !mode.equals("embedded")) {
            throw new IllegalArgumentException("-Dretort.test.pg must be 'embedded' or 'docker', not '" + mode + "'");
        }
        return mode.equals("docker");
    }

    /** The major versions to run version-parameterised tests on. */
    public static List<Integer> versions() {
        String value = System.getProperty("retort.test.pg.version");
        if (value == null || value.isBlank()) {
            return DEFAULT_VERSIONS;
        }
        List<Integer> versions = new ArrayList<>();
        for (String part : value.split(",")) {
            versions.add(parseVersion(part.trim()));
        }
        return List.copyOf(versions);
    }

    private static int parseVersion(String text) {
        int version;
        try {
            version = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dretort.test.pg.version takes major versions such as 14 or 14,18, not '"
                    + text + "'");
        }
        if (version < OLDEST_SUPPORTED || version > NEWEST_SUPPORTED) {
            throw new IllegalArgumentException("PostgreSQL " + version + " is not supported; choose "
                    + OLDEST_SUPPORTED + " to " + NEWEST_SUPPORTED);
        }
        return version;
    }
}
