package dev.retort.migration.runner;

import dev.retort.migration.MigrationException;
import java.util.List;

/**
 * A statement of a migration failed on the server (exit 3). The message names the migration, the statement
 * and the server's error, and says what state the database was left in: the failed migration rolled back, or,
 * for a step outside any transaction, its earlier steps kept and recorded so that a re-run continues.
 */
public final class StatementFailedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String statement;
    private final List<String> completed;

    public StatementFailedException(String message, String revision, String statement, List<String> completed,
                                    Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statement = statement;
        this.completed = List.copyOf(completed);
    }

    /** The revision whose statement failed. */
    public String revision() {
        return revision;
    }

    /** The failing statement (or the description of the failing JDBC step). */
    public String statement() {
        return statement;
    }

    /** The revisions this run completed before the failure, in order. */
    public List<String> completed() {
        return completed;
    }

    @Override
    public Category category() {
        return Category.DATABASE;
    }
}
