package dev.retort.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The example project as the README uses it: where it is, its committed migrations, the README's command. */
final class ExampleProject {

    /** The example module (Maven runs its tests there). */
    static final Path MODULE = Path.of("").toAbsolutePath();

    /** The repository root, where the README's command runs. */
    static final Path REPOSITORY = MODULE.getParent();

    /** The compiled entity classes that example/retort.properties points at. */
    static final Path CLASSES = MODULE.resolve("target/classes");

    /** The migrations folder of example/retort.properties. */
    static final Path MIGRATIONS = MODULE.resolve("src/main/java/db/migrations");

    /** The revision of the committed initial migration. */
    static final String INITIAL_REVISION = "d60d3723194f";

    /**
     * The committed migrations: the initial one (written by {@code revision --autogenerate} from the first version
     * of the entities) and the package's documentation. Files the README's command wrote are not among them.
     */
    static final List<String> COMMITTED = List.of("V20261122_030730__InitialBookstoreSchema.java",
            "package-info.java");

    /** The README's first command, after {@code ./retort}. */
    static final List<String> README_COMMAND = List.of("revision", "--config", "example/retort.properties",
            "--autogenerate", "-m", "Coupons, loyalty points and returns");

    private ExampleProject() {
    }

    /** The README's command as its shell line, the message quoted. */
    static String readmeCommandLine() {
        List<String> words = new ArrayList<>(README_COMMAND);
        int message = words.indexOf("-m") + 1;
        words.set(message, "\"" + words.get(message) + "\"");
        return "./retort " + String.join(" ", words);
    }

    /** The README's command with extra arguments appended. */
    static String[] readmeCommandWith(String... extra) {
        List<String> args = new ArrayList<>(README_COMMAND);
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    /** Copies the committed migrations into {@code directory}, leaving any generated since behind. */
    static Path committedMigrationsIn(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String file : COMMITTED) {
            Files.copy(MIGRATIONS.resolve(file), directory.resolve(file));
        }
        return directory;
    }
}
