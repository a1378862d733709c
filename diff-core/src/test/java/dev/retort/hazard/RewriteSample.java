package dev.retort.hazard;

import dev.retort.diff.Change;
import java.util.List;

/**
 * One change applied to {@code work.t (id integer NOT NULL, c <columnDefinition>)} holding three rows, the
 * statements that prepare other objects first, and whether PostgreSQL rewrites the table (HAZARDS.md's fact).
 */
record RewriteSample(String columnDefinition, String value, List<String> setup, Change change, boolean rewrites,
                     int minimumVersion) {

    static RewriteSample of(String columnDefinition, String value, Change change, boolean rewrites) {
        return new RewriteSample(columnDefinition, value, List.of(), change, rewrites, 0);
    }

    RewriteSample withSetup(String... statements) {
        return new RewriteSample(columnDefinition, value, List.of(statements), change, rewrites, minimumVersion);
    }

    RewriteSample since(int version) {
        return new RewriteSample(columnDefinition, value, setup, change, rewrites, version);
    }

    @Override
    public String toString() {
        return change.op() + " " + SampleStatements.of(change) + " on c " + columnDefinition;
    }
}
