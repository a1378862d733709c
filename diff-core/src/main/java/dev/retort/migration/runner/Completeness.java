package dev.retort.migration.runner;

import dev.retort.migration.CallSite;
import dev.retort.migration.Step;
import dev.retort.sql.UnsupportedChangeException;
import java.util.ArrayList;
import java.util.List;

/** Finds operations that only the reviewer can complete (they have no SQL yet) before anything runs. */
final class Completeness {

    private Completeness() {
    }

    static void require(List<RecordedMigration> migrations) {
        List<String> problems = problems(migrations);
        if (!problems.isEmpty()) {
            throw new IncompleteMigrationException(problems);
        }
    }

    /** One line per operation the reviewer must still write: {@code File.java:LINE (revision ID, verb) ...}. */
    static List<String> problems(List<RecordedMigration> migrations) {
        List<String> problems = new ArrayList<>();
        for (RecordedMigration migration : migrations) {
            for (Step step : migration.remaining()) {
                try {
                    StepSql.statements(step);
                } catch (UnsupportedChangeException e) {
                    problems.add(step.callSite().map(CallSite::toString).orElse(migration.path().source().location())
                            + " (revision " + migration.path().revision() + ", " + migration.path().direction().verb()
                            + ") " + step.description() + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }
}
