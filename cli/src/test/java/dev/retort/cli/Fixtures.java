package dev.retort.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the entity fixtures of test-fixtures are compiled, to point {@code --classpath} at. */
public final class Fixtures {

    /** The package prefix of the before/after scenario entities. */
    public static final String SCENARIOS = "dev.retort.fixtures.scenarios.";

    private Fixtures() {
    }

    /** The class path entry (directory or jar) holding the fixture classes. */
    public static Path classpath() {
        try {
            return Path.of(dev.retort.fixtures.scenarios.addfield.before.Customer.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code --classpath FIXTURES --packages dev.retort.fixtures.scenarios.<scenario>.<side>}. */
    public static String[] scenario(String scenario, String side) {
        return new String[] {"--classpath", classpath().toString(), "--packages", SCENARIOS + scenario + "." + side};
    }
}
