package dev.retort.testing.pg;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the PostgreSQL binary archive of one major version on the classpath.
 *
 * <p>Why: Zonky's default resolver takes whichever single binaries artifact is on the classpath, so only
 * one major version could ever be tested. This module's build unpacks the archive of every supported major
 * version under {@code retort-pg/<major>/}, and this resolver picks the one a test asked for. A record, because
 * Zonky caches unpacked binaries by resolver, so equal versions must be equal resolvers.
 *
 * <p>Why the CLI has a twin ({@code dev.retort.cli.embedded.EmbeddedBinaries}): this module depends on no other
 * module of the build (every module tests with it), and the CLI must not need a test module at run time.
 */
record PostgresBinaries(int majorVersion) implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        // Why: Zonky asks with the JVM's os.arch ("amd64"), the archives are named after uname -m ("x86_64").
        String hardware = machineHardware.equals("amd64") ? "x86_64" : machineHardware;
        String resource = "/retort-pg/" + majorVersion + "/postgres-" + system.toLowerCase() + "-" + hardware + ".txz";
        InputStream stream = PostgresBinaries.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("No embedded PostgreSQL " + majorVersion + " binaries for " + system + "/"
                    + machineHardware + " on the classpath (looked for " + resource + ")");
        }
        return stream;
    }
}
