package dev.retort.scan;

import java.util.Objects;

/**
 * Something the scanner could not represent faithfully in the schema model, such as a hand-written
 * {@code columnDefinition} it cannot parse: where ({@code subject}, e.g. a table, column or class) and what.
 */
public record ScanWarning(String subject, String message) {

    public ScanWarning {
        Objects.requireNonNull(subject, "warning subject must not be null");
        Objects.requireNonNull(message, "warning message must not be null");
    }

    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
