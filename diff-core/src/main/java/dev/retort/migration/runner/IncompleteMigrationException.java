package dev.retort.migration.runner;

import dev.retort.migration.MigrationException;
import java.util.List;

/**
 * Migrations that still hold an operation only the reviewer can complete (a backfill without a value, an enum
 * label to remove): nothing runs until each is written; every problem names its file and line (exit 2).
 */
public final class IncompleteMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public IncompleteMigrationException(List<String> problems) {
        super("migration(s) not ready to run, nothing was run:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per incomplete operation: {@code File.java:LINE (revision ID): what to write}. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public Category category() {
        return Category.INVALID;
    }
}
