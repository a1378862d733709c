package dev.retort.scan.discovery;

import dev.retort.scan.ScanWarning;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.hibernate.Version;

/**
 * Splits a user's class path into the entries to load classes from and the jars that are copies of Hibernate
 * ORM or Jakarta Persistence: those are left out (Retort's own are used) and reported when their major
 * version differs from Retort's.
 */
public final class PersistenceCopies {

    private static final String HIBERNATE_MARKER = "org/hibernate/Version.class";
    private static final String PERSISTENCE_MARKER = "jakarta/persistence/Entity.class";

    private final List<Path> userEntries;
    private final List<ScanWarning> warnings;

    private PersistenceCopies(List<Path> userEntries, List<ScanWarning> warnings) {
        this.userEntries = List.copyOf(userEntries);
        this.warnings = List.copyOf(warnings);
    }

    /** Examines every jar of the class path; directories are always user entries. */
    public static PersistenceCopies examine(List<Path> classpath) {
        List<Path> user = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>();
        for (Path entry : classpath) {
            Optional<String> copy = Files.isRegularFile(entry) ? copyIn(entry, warnings) : Optional.empty();
            if (copy.isEmpty()) {
                user.add(entry);
            }
        }
        return new PersistenceCopies(user, warnings);
    }

    public List<Path> userEntries() {
        return userEntries;
    }

    public List<ScanWarning> warnings() {
        return warnings;
    }

    private static Optional<String> copyIn(Path jar, List<ScanWarning> warnings) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(HIBERNATE_MARKER) != null) {
                compare(jar, "Hibernate ORM", version(file), Version.getVersionString(), warnings);
                return Optional.of("Hibernate ORM");
            }
            if (file.getEntry(PERSISTENCE_MARKER) != null) {
                compare(jar, "Jakarta Persistence", version(file), ownPersistenceVersion(), warnings);
                return Optional.of("Jakarta Persistence");
            }
            return Optional.empty();
        } catch (IOException e) {
            // Why: a corrupt or non-jar file is reported by the class path scan itself with its own message.
            return Optional.empty();
        }
    }

    private static void compare(Path jar, String library, String theirs, String ours, List<ScanWarning> warnings) {
        if (!major(theirs).equals(major(ours))) {
            warnings.add(new ScanWarning(jar.toString(), "the class path holds " + library + " " + theirs
                    + "; Retort maps the entities with its own " + library + " " + ours
                    + ", whose major version differs"));
        }
    }

    private static String version(JarFile file) throws IOException {
        Manifest manifest = file.getManifest();
        if (manifest == null) {
            return "unknown";
        }
        Attributes attributes = manifest.getMainAttributes();
        String version = attributes.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        if (version == null) {
            version = attributes.getValue("Bundle-Version");
        }
        return version == null ? "unknown" : version;
    }

    private static String ownPersistenceVersion() {
        try {
            Path own = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(own)) {
                try (JarFile file = new JarFile(own.toFile())) {
                    return version(file);
                }
            }
        } catch (IOException | java.net.URISyntaxException | SecurityException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
