package dev.retort.testing.pg;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the PostgreSQL binary archive of one major version on the classpath.
 *
 * <p>Why: Zonky's default resolver takes whichever single binaries artifact is on the classpath, so only
 * one major version could ever be tested. This module's build unpacks the archive of every supported major
 * version under {@code retort-pg/<major>/}, and this resolver picks the one a test asked for.
 */
final class PostgresBinaries implements PgBinaryResolver {

    private final int majorVersion;

    PostgresBinaries(int majorVersion) {
        this.majorVersion = majorVersion;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String resource = "/retort-pg/" + majorVersion + "/postgres-" + system.toLowerCase() + "-"
                + normalise(machineHardware) + ".txz";
        InputStream stream = PostgresBinaries.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("No embedded PostgreSQL " + majorVersion + " binaries for " + system + "/"
                    + machineHardware + " on the classpath (looked for " + resource + ")");
        }
        return stream;
    }

    private static String normalise(String machineHardware) {
        return machineHardware.equals("amd64") ? "x86_64" : machineHardware;
    }
}
