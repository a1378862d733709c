package dev.retort.migration;

/**
 * A migration command that did not complete, with the {@link Category} of its cause, so that a caller (the CLI)
 * maps every failure of the runtime to its exit code without knowing each exception type.
 */
public abstract class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms of CONTRACT.md section 4. */
    public enum Category {
        /** The answer is "no": blocking hazards that are not accepted (exit 1). */
        REFUSED,
        /** Bad input: an unknown or ambiguous revision, a broken graph, an edited or incomplete migration (exit 2). */
        INVALID,
        /** The database failed: a statement failed, or the connection did (exit 3). */
        DATABASE
    }

    protected MigrationException(String message) {
        super(message);
    }

    protected MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The category of this failure. */
    public abstract Category category();
}
