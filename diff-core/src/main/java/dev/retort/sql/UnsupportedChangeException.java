package dev.retort.sql;

import dev.retort.diff.Change;

/**
 * Thrown for a change that PostgreSQL cannot carry out as one operation; the message says what the reviewer
 * must write by hand instead.
 */
public final class UnsupportedChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Change change;

    public UnsupportedChangeException(Change change, String message) {
        super(message);
        this.change = change;
    }

    /** The change that has no SQL of its own. */
    public Change change() {
        return change;
    }
}
