package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NEEDS_HUMAN_INPUT;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.SILENT_DATA_CHANGE;
import static dev.retort.hazard.Hazard.TABLE_REWRITE;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;

import dev.retort.diff.Change;
import dev.retort.sql.SqlIdentifiers;
import java.util.stream.Stream;

/**
 * {@code ALTER COLUMN ... TYPE}: HAZARDS.md C7 to C10. C9 and C10 also carry LOCK_QUEUE_RISK and
 * UNTRACKED_DEPENDENCIES, as C8 does: they take the same ACCESS EXCLUSIVE lock and are blocked by the same views.
 */
final class TypeChangeRules {

    private TypeChangeRules() {
    }

    static void alterColumnType(Change.AlterColumnType change, Findings findings) {
        TypeChangeKind kind = kindOf(change);
        String subject = "ALTER COLUMN " + change.table() + "." + change.column() + " TYPE " + change.toType()
                + " (from " + change.fromType() + ")";
        findings.add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on " + change.table() + ".",
                        Recipes.LOCK_TIMEOUT)
                .add(UNTRACKED_DEPENDENCIES, "A view or rule using " + change.column() + " makes " + subject
                        + " fail.", "Drop and recreate the dependent views around the change.");
        if (kind == TypeChangeKind.NO_REWRITE) {
            noRewrite(change, subject, findings);
        } else {
            rewrite(kind, change, subject, findings);
        }
    }

    /**
     * The type classification, made worse by a USING expression that is not the column itself (PostgreSQL then
     * computes every value anew).
     */
    static TypeChangeKind kindOf(Change.AlterColumnType change) {
        TypeChangeKind kind = TypeChanges.classify(change.fromType(), change.toType());
        boolean computes = change.using().filter(using -> !isPlainColumn(using, change)).isPresent();
        return kind == TypeChangeKind.NO_REWRITE && computes ? TypeChangeKind.REWRITE : kind;
    }

    private static boolean isPlainColumn(String using, Change.AlterColumnType change) {
        String stripped = using.strip();
        Stream<String> spellings = Stream.of(change.column(), SqlIdentifiers.quote(change.column())).distinct();
        return spellings.anyMatch(column -> stripped.equals(column)
                || stripped.equals(column + "::" + change.toType())
                || stripped.equals("(" + column + ")::" + change.toType()));
    }

    /** C7; a collation change also rebuilds the column's indexes under ACCESS EXCLUSIVE. */
    private static void noRewrite(Change.AlterColumnType change, String subject, Findings findings) {
        findings.add(PERFORMANCE_IMPACT, subject + " discards the column's statistics: run ANALYZE afterwards.",
                "Run it with a lock_timeout, then ANALYZE the table.");
        if (!change.fromCollation().equals(change.toCollation())) {
            findings.add(BLOCKS_READS_WRITES, "The collation change rebuilds the indexes on " + change.column()
                    + " under ACCESS EXCLUSIVE, blocking reads and writes.", Recipes.R8);
        }
    }

    private static void rewrite(TypeChangeKind kind, Change.AlterColumnType change, String subject,
                                Findings findings) {
        findings.add(TABLE_REWRITE, subject + " rewrites the table and all its indexes (about twice the disk,"
                        + " heavy WAL).", Recipes.R8)
                .add(BLOCKS_READS_WRITES, subject + " holds ACCESS EXCLUSIVE, blocking reads and writes, for the"
                        + " whole rewrite.", Recipes.R8);
        switch (kind) {
            case REWRITE_NORMALIZES -> findings.add(SILENT_DATA_CHANGE, "jsonb normalizes the stored documents:"
                    + " whitespace, key order and duplicate keys are lost.", Recipes.R8);
            case REWRITE_TIME_ZONE -> timeZone(subject, findings);
            case CONVERSION -> findings.add(BREAKS_RUNNING_APP, "The column's type family changes: the running"
                    + " application binds and reads " + change.column() + " as " + change.fromType() + ".",
                    Recipes.R8);
            case NARROWING -> narrowing(subject, findings);
            case INCOMPATIBLE -> incompatible(change, subject, findings);
            default -> {
            }
        }
    }

    private static void timeZone(String subject, Findings findings) {
        String explanation = subject + " reinterprets every value in the session time zone (no rewrite only in a"
                + " UTC session on PostgreSQL 12+).";
        findings.add(SILENT_DATA_CHANGE, explanation, Recipes.R8)
                .add(BREAKS_RUNNING_APP, "The running application maps the column to a Java type with the other"
                        + " time-zone semantics.", Recipes.R8);
    }

    /** C9. */
    private static void narrowing(String subject, Findings findings) {
        findings.add(MAY_FAIL_ON_DATA, subject + " fails on a value that does not fit (too long, out of range),"
                        + " after holding the lock.", Recipes.NARROWING)
                .add(SILENT_DATA_CHANGE, subject + " may round values (scale, fractional seconds).",
                        Recipes.NARROWING)
                .add(BREAKS_RUNNING_APP, "Writers of the running application producing wider values start"
                        + " failing.", Recipes.NARROWING)
                .add(IRREVERSIBLE, "Widening back does not restore rounded or truncated values.", Recipes.NARROWING);
    }

    /** C10; a USING expression already written by a person settles the human input. */
    private static void incompatible(Change.AlterColumnType change, String subject, Findings findings) {
        findings.add(MAY_FAIL_ON_DATA, subject + " fails on values the conversion cannot parse.", Recipes.USING)
                .add(SILENT_DATA_CHANGE, "What the stored values become depends on the conversion.", Recipes.USING)
                .add(BREAKS_RUNNING_APP, "The column's JDBC type changes under the running application.",
                        Recipes.USING)
                .add(IRREVERSIBLE, "The conversion back is not known to restore the values.", Recipes.USING);
        if (change.using().isEmpty()) {
            findings.add(NEEDS_HUMAN_INPUT, "No assignment cast exists from " + change.fromType() + " to "
                    + change.toType() + ": the conversion needs a USING expression.", Recipes.USING);
        }
    }
}
