package dev.retort.migration;

/**
 * Thrown by a migration's {@code downgrade} when it cannot be written as operations, for example raw SQL with no
 * known inverse: the downgrade refuses as a whole, before anything runs, until its author writes the reverse.
 */
public class IrreversibleMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IrreversibleMigrationException(String message) {
        super(message);
    }
}
