package dev.retort.migration.runner;

import dev.retort.migration.MigrationException;

/**
 * The database's history does not fit the migrations or the command: a revision applied that no migration
 * declares, a migration stopped part way in the other direction, or a migration body that refuses to record
 * (exit 2).
 */
public class MigrationStateException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public MigrationStateException(String message) {
        super(message);
    }

    public MigrationStateException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Category category() {
        return Category.INVALID;
    }
}
