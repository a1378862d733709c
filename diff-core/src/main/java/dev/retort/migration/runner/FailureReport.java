package dev.retort.migration.runner;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.migration.CallSite;
import dev.retort.migration.Step;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The failure of a statement or data step: which migration, which line and statement, the server's message,
 * and what the failure left (nothing of a rolled-back migration, or the steps already done and recorded).
 */
final class FailureReport {

    private FailureReport() {
    }

    static StatementFailedException of(MigrationScript script, Segment segment, ScriptAction action, int doneBefore,
                                       List<String> completed, Exception cause) {
        PathStep path = script.migration().path();
        String what = describe(action);
        String where = step(action).flatMap(Step::callSite).map(CallSite::toString).orElse(path.source().location());
        String origin = cause instanceof SQLException ? "PostgreSQL" : "error";
        StringBuilder message = new StringBuilder(path.source().describe()).append(": ")
                .append(path.direction().verb()).append(" failed at ").append(where).append("\n  statement: ")
                .append(what).append("\n  ").append(origin).append(": ").append(cause.getMessage()).append('\n');
        if (doneBefore == 0 && segment.transactional()) {
            message.append("The migration was rolled back: the database and its history are as they were before"
                    + " it.");
        } else {
            message.append(doneBefore).append(" of ").append(script.totalSteps()).append(" step(s) of this ")
                    .append(path.direction().verb()).append(" ran before and are recorded")
                    .append(segment.transactional() ? "; the failed part was rolled back." : ".")
                    .append(" Fix the cause and run ").append(path.direction().verb())
                    .append(" again: it continues with the step that failed.");
        }
        if (!completed.isEmpty()) {
            message.append("\nCompleted before it in this run: ").append(String.join(", ", completed));
        }
        return new StatementFailedException(message.toString(), path.revision(), what, completed, cause);
    }

    private static Optional<Step> step(ScriptAction action) {
        if (action instanceof ScriptAction.Sql sql) {
            return sql.step();
        }
        if (action instanceof ScriptAction.Data data) {
            return Optional.of(data.step());
        }
        return Optional.empty();
    }

    private static String describe(ScriptAction action) {
        if (action instanceof ScriptAction.Sql sql) {
            return sql.text();
        }
        if (action instanceof ScriptAction.Data data) {
            return "JDBC step \"" + data.step().description() + "\"";
        }
        return "DROP INDEX CONCURRENTLY IF EXISTS " + quote(((ScriptAction.RepairInvalidIndex) action).index());
    }
}
