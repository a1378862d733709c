package dev.retort.cli.embedded;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the PostgreSQL binary archive of one major version inside retort.jar.
 *
 * <p>Why: Zonky's default resolver takes whichever single binaries artifact is on the class path, so only one
 * major version could ever run. The build unpacks the archive of every supported major version under
 * {@code retort-pg/<major>/}, and this resolver picks the one asked for. A record, because Zonky caches unpacked
 * binaries by resolver, so equal versions must be equal resolvers.
 *
 * <p>Why test-fixtures has a twin ({@code dev.retort.testing.pg.PostgresBinaries}): that module depends on no
 * other module of the build (every module tests with it), and the CLI must not need a test module at run time;
 * a shared module for these few lines would cost more than the lines.
 */
record EmbeddedBinaries(int majorVersion) implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        // Why: Zonky asks with the JVM's os.arch ("amd64"), the archives are named after uname -m ("x86_64").
        String hardware = machineHardware.equals("amd64") ? "x86_64" : machineHardware;
        String resource = "/retort-pg/" + majorVersion + "/postgres-" + system.toLowerCase() + "-" + hardware + ".txz";
        InputStream stream = EmbeddedBinaries.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("retort bundles no PostgreSQL " + majorVersion + " binaries for " + system + "/"
                    + machineHardware);
        }
        return stream;
    }
}
