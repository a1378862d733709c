package dev.retort.cli.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Freshly initialised data directories, one per major version, kept in the user's cache and copied into each new
 * server's data directory, so that {@code initdb} (most of an embedded server's start) runs once per version on a
 * machine instead of once per command. Every failure to read or write the cache only means initdb runs.
 */
final class ClusterTemplates {

    /**
     * Files of a cluster that belong to one running server, never to the template: the postmaster's pid and
     * options, and Zonky's lock file.
     */
    private static final Set<String> RUNTIME_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    /** The environment initdb takes the cluster's locale from when given none, as Zonky calls it. */
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_COLLATE", "LC_CTYPE", "LC_MESSAGES",
            "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LANG");

    private final Optional<Path> root;

    ClusterTemplates(Optional<Path> root) {
        this.root = root;
    }

    /** The templates under {@code ${XDG_CACHE_HOME:-~/.cache}/retort}; none when neither is known. */
    static ClusterTemplates standard() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new ClusterTemplates(Optional.of(Path.of(xdg, "retort")));
        }
        String home = System.getProperty("user.home");
        return new ClusterTemplates(home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "retort")));
    }

    /**
     * The template of {@code majorVersion}. Why the locale is in the name: initdb takes the cluster's default
     * collation and character type from the environment, so a template made under another locale would give a
     * different cluster than initdb would now.
     */
    Optional<Path> template(int majorVersion) {
        return root.map(r -> r.resolve("pgdata-" + majorVersion + "-" + localeKey()));
    }

    /** Copies the template of {@code majorVersion} into the empty {@code dataDirectory}; false when there is none. */
    boolean copyInto(int majorVersion, Path dataDirectory) {
        Optional<Path> template = template(majorVersion).filter(t -> Files.isRegularFile(t.resolve("PG_VERSION")));
        if (template.isEmpty()) {
            return false;
        }
        try {
            copy(template.get(), dataDirectory);
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Keeps a copy of the freshly initialised {@code dataDirectory} as the template of {@code majorVersion},
     * unless there is one. Why copy-then-rename: a command running at the same time must see either no template
     * or a complete one; the first rename wins and the others drop their copy.
     */
    void save(int majorVersion, Path dataDirectory) {
        Optional<Path> template = template(majorVersion);
        if (template.isEmpty() || Files.exists(template.get())) {
            return;
        }
        Path staging = null;
        try {
            Files.createDirectories(template.get().getParent());
            staging = Files.createTempDirectory(template.get().getParent(), template.get().getFileName() + ".new-");
            copy(dataDirectory, staging);
            Files.move(staging, template.get(), StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            // Another command saved its template first, or the cache cannot rename atomically: keep none of ours.
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // The cache is not writable: every command runs initdb, as without a cache.
        } finally {
            if (staging != null) {
                DataDirectories.deleteQuietly(staging);
            }
        }
    }

    /** Removes the template of {@code majorVersion}, so that the next initdb replaces it. */
    void discard(int majorVersion) {
        template(majorVersion).ifPresent(DataDirectories::deleteQuietly);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() == 1 && RUNTIME_FILES.contains(relative.toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    if (!Files.isDirectory(target)) {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String localeKey() {
        StringBuilder locale = new StringBuilder();
        for (String variable : LOCALE_VARIABLES) {
            locale.append(variable).append('=').append(System.getenv().getOrDefault(variable, "")).append('\n');
        }
        return String.format("%08x", locale.toString().hashCode());
    }
}
