package dev.retort.migration.runner;

import dev.retort.migration.Step;
import dev.retort.model.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** One thing the runner does in a segment: a statement, a JDBC data step, or the repair before a re-build. */
public sealed interface ScriptAction {

    /** A statement executed as written; {@code step} is the operation it belongs to, if any. */
    record Sql(String text, Optional<Step> step) implements ScriptAction {
        public Sql {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(step, "step");
        }

        static Sql of(String text) {
            return new Sql(text, Optional.empty());
        }
    }

    /** A JDBC data step: Java code on the migration's connection, inside its transaction. */
    record Data(Step step) implements ScriptAction {
        public Data {
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * Drops the index if a failed concurrent build left it INVALID. Why only then: a valid index of that name
     * means an earlier run built it and stopped before recording it, and {@code IF NOT EXISTS} keeps it.
     */
    record RepairInvalidIndex(QualifiedName index) implements ScriptAction {
        public RepairInvalidIndex {
            Objects.requireNonNull(index, "index");
        }
    }
}
