package dev.retort.cli.embedded;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the PostgreSQL binary archive of one major version inside retort.jar.
 *
 * <p>Why: Zonky's default resolver takes whichever single binaries artifact is on the class path, so only one
 * major version could ever run. The build unpacks the archive of every supported major version under
 * {@code retort-pg/<major>/}, and this resolver picks the one asked for.
 */
final class EmbeddedBinaries implements PgBinaryResolver {

    private final int majorVersion;

    EmbeddedBinaries(int majorVersion) {
        this.majorVersion = majorVersion;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String resource = "/retort-pg/" + majorVersion + "/postgres-" + system.toLowerCase() + "-"
                + normalise(machineHardware) + ".txz";
        InputStream stream = EmbeddedBinaries.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("retort bundles no PostgreSQL " + majorVersion + " binaries for " + system + "/"
                    + machineHardware);
        }
        return stream;
    }

    // Why: Zonky asks with the JVM's os.arch ("amd64"), the archives are named after uname -m ("x86_64").
    private static String normalise(String machineHardware) {
        return machineHardware.equals("amd64") ? "x86_64" : machineHardware;
    }

    /** Zonky compares resolvers when it caches unpacked binaries, so equal versions must be equal resolvers. */
    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedBinaries binaries && binaries.majorVersion == majorVersion;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(majorVersion);
    }
}
