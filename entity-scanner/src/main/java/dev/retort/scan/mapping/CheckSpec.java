package dev.retort.scan.mapping;

import java.util.Optional;

/** A CHECK constraint as Hibernate's DDL declares it: its explicit name, if any, and its expression text. */
record CheckSpec(Optional<String> name, String expression) {

    static CheckSpec anonymous(String expression) {
        return new CheckSpec(Optional.empty(), expression);
    }
}
