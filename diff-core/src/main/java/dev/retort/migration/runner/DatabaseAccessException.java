package dev.retort.migration.runner;

import dev.retort.migration.MigrationException;
import java.sql.SQLException;

/** The runner could not read or lock the database outside any migration's statements (exit 3). */
public final class DatabaseAccessException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public DatabaseAccessException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    @Override
    public Category category() {
        return Category.DATABASE;
    }
}
