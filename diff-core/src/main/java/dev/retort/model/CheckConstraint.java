package dev.retort.model;

/**
 * A CHECK constraint: its name, its boolean expression as {@code pg_get_constraintdef} prints it inside
 * {@code CHECK (...)}, and whether it has been validated (false after {@code NOT VALID}).
 */
public record CheckConstraint(String name, String expression, boolean validated) {

    public CheckConstraint {
        Canonical.name(name, "check constraint name");
        Canonical.name(expression, "expression of check constraint ", name);
    }

    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, true);
    }
}
