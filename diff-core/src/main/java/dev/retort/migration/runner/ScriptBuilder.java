package dev.retort.migration.runner;

import dev.retort.migration.Step;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.migration.history.HistoryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns recorded migrations into the exact statements to execute: one transaction per migration with its
 * history write and {@code SET LOCAL lock_timeout}; a migration with non-transactional steps split into
 * transactions of consecutive transactional steps and single autocommit steps, each followed by a progress
 * write. The history table is created just before the run's first history write when it does not exist, so
 * that a first migration may create the schema it lives in.
 */
final class ScriptBuilder {

    private final HistoryTable history;
    private final String lockTimeout;
    private boolean historyExists;

    ScriptBuilder(RunnerSettings settings, boolean historyExists) {
        this.history = settings.historyTable();
        this.lockTimeout = settings.lockTimeoutSetting();
        this.historyExists = historyExists;
    }

    List<MigrationScript> build(List<RecordedMigration> migrations) {
        return migrations.stream().map(this::build).toList();
    }

    /** Stamping: one transaction that deletes and writes history rows, or nothing when there is nothing to do. */
    List<String> stamp(List<String> deletes, List<StampRecord> records) {
        if (deletes.isEmpty() && records.isEmpty()) {
            return List.of();
        }
        List<String> statements = new ArrayList<>(List.of("BEGIN"));
        deletes.forEach(revision -> statements.add(history.deleteStatement(revision)));
        if (!records.isEmpty()) {
            createHistoryIfMissing().forEach(action -> statements.add(action.text()));
        }
        records.forEach(r -> statements.add(history.recordStatement(r.revision(), r.checksum(),
                HistoryEntry.State.APPLIED, 0)));
        statements.add("COMMIT");
        return statements;
    }

    /** A history row a stamp writes. */
    record StampRecord(String revision, Optional<String> checksum) {
    }

    private MigrationScript build(RecordedMigration migration) {
        List<List<Step>> groups = group(migration.remaining());
        List<Segment> segments = new ArrayList<>();
        int done = migration.path().stepsDone();
        for (int i = 0; i < groups.size(); i++) {
            List<Step> group = groups.get(i);
            done += group.size();
            boolean last = i == groups.size() - 1;
            boolean transactional = group.isEmpty() || !StepSql.nonTransactional(group.get(0));
            List<ScriptAction> actions = transactional ? transaction(group) : autocommit(group.get(0));
            int trailingAt = transactional ? actions.size() - 1 : actions.size();
            actions.addAll(trailingAt, historyWrite(migration, done, last));
            segments.add(new Segment(transactional, actions, done));
        }
        return new MigrationScript(migration, segments);
    }

    /** Consecutive transactional steps together, each non-transactional step alone; one empty group if none. */
    private static List<List<Step>> group(List<Step> steps) {
        List<List<Step>> groups = new ArrayList<>();
        List<Step> current = new ArrayList<>();
        for (Step step : steps) {
            if (StepSql.nonTransactional(step)) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                groups.add(List.of(step));
            } else {
                current.add(step);
            }
        }
        if (!current.isEmpty() || groups.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private List<ScriptAction> transaction(List<Step> steps) {
        List<ScriptAction> actions = new ArrayList<>();
        actions.add(ScriptAction.Sql.of("BEGIN"));
        actions.add(ScriptAction.Sql.of("SET LOCAL lock_timeout = '" + lockTimeout + "'"));
        steps.forEach(step -> actions.addAll(stepActions(step)));
        actions.add(ScriptAction.Sql.of("COMMIT"));
        return actions;
    }

    /**
     * Why a session-level SET and a RESET: SET LOCAL only lasts for a transaction block, and a statement outside
     * one must not leave the setting on a connection the caller gets back.
     */
    private List<ScriptAction> autocommit(Step step) {
        List<ScriptAction> actions = new ArrayList<>();
        actions.add(ScriptAction.Sql.of("SET lock_timeout = '" + lockTimeout + "'"));
        StepSql.concurrentlyBuiltIndex(step)
                .ifPresent(index -> actions.add(new ScriptAction.RepairInvalidIndex(index)));
        actions.addAll(stepActions(step));
        actions.add(ScriptAction.Sql.of("RESET lock_timeout"));
        return actions;
    }

    private static List<ScriptAction> stepActions(Step step) {
        if (step.work().isPresent()) {
            return List.of(new ScriptAction.Data(step));
        }
        return StepSql.statements(step).stream()
                .<ScriptAction>map(sql -> new ScriptAction.Sql(sql, Optional.of(step))).toList();
    }

    private List<ScriptAction> historyWrite(RecordedMigration migration, int done, boolean last) {
        List<ScriptAction> actions = new ArrayList<>(createHistoryIfMissing());
        PathStep path = migration.path();
        Optional<String> checksum = path.source().checksum();
        String statement;
        if (path.direction() == Direction.UPGRADE) {
            statement = last ? history.recordStatement(path.revision(), checksum, HistoryEntry.State.APPLIED, 0)
                    : history.recordStatement(path.revision(), checksum, HistoryEntry.State.UPGRADING, done);
        } else {
            statement = last ? history.deleteStatement(path.revision())
                    : history.recordStatement(path.revision(), checksum, HistoryEntry.State.DOWNGRADING, done);
        }
        actions.add(ScriptAction.Sql.of(statement));
        return actions;
    }

    private List<ScriptAction.Sql> createHistoryIfMissing() {
        if (historyExists) {
            return List.of();
        }
        historyExists = true;
        return List.of(ScriptAction.Sql.of(history.createStatement()));
    }
}
