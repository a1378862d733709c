package dev.retort.cli.output;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code history --indicate-current} learnt from the database besides per-revision marks: how output
 * names it, the revisions it is at, and those it has applied that no migration declares. Without a database
 * (not asked) the name is empty.
 */
public record DatabaseContext(Optional<String> database, List<String> current, List<String> unknown) {

    public DatabaseContext {
        Objects.requireNonNull(database, "database");
        current = List.copyOf(current);
        unknown = List.copyOf(unknown);
    }

    /** The database was not asked. */
    public static DatabaseContext none() {
        return new DatabaseContext(Optional.empty(), List.of(), List.of());
    }
}
