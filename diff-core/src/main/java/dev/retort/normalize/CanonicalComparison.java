package dev.retort.normalize;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two models without false positives: a first comparison finds what differs, then only that is brought
 * to PostgreSQL's canonical spelling on both sides (through the scratch database) and compared again.
 *
 * <p>Only the involved part of each differing table is spelled ({@link Involvement}: the columns, constraints and
 * indexes the changes name, and what depends on them), and tables whose parts have the same shape share one probe
 * ({@link ProbeBatch}). Why: entities commonly spell a default or a CHECK differently from PostgreSQL on most
 * tables (Hibernate's {@code 'new'} for PostgreSQL's {@code 'new'::character varying}), and rebuilding every such
 * table whole made the scratch round trip the slowest part of a comparison of a large schema.
 */
public final class CanonicalComparison {

    private CanonicalComparison() {
    }

    public static SchemaDiff compare(SchemaModel current, SchemaModel target, RenameHints hints,
                                     ScratchNormalizer normalizer) throws SQLException {
        return compare(SchemaDiffer.diff(current, target, hints), current, target, hints, normalizer);
    }

    /**
     * Like {@link #compare(SchemaModel, SchemaModel, RenameHints, ScratchNormalizer)}, given the textual diff of
     * the two models with the same hints, which a caller that looked at it first need not compute twice.
     */
    public static SchemaDiff compare(SchemaDiff raw, SchemaModel current, SchemaModel target, RenameHints hints,
                                     ScratchNormalizer normalizer) throws SQLException {
        Map<QualifiedName, QualifiedName> oldNames = new HashMap<>();
        hints.tables().forEach(r -> oldNames.put(QualifiedName.of(r.from().schema(), r.to()), r.from()));
        Map<QualifiedName, List<Change>> changed = changedTables(raw.changes(), target);
        // Why tables the current side lacks are left as written: a new table's separate create_index or
        // add_foreign_key names it, but it has nothing to compare with, and its CREATE must keep the entity's own
        // expression text (the canonical reprint of an IN list parses to a different tree than Hibernate's).
        changed.keySet().removeIf(t -> current.table(oldNames.getOrDefault(t, t)).isEmpty());
        if (changed.isEmpty()) {
            return raw;
        }
        ProbeBatch currentBatch = new ProbeBatch(current);
        ProbeBatch targetBatch = new ProbeBatch(target);
        for (Map.Entry<QualifiedName, List<Change>> entry : changed.entrySet()) {
            QualifiedName oldName = oldNames.get(entry.getKey());
            Table before = current.table(oldName == null ? entry.getKey() : oldName).orElseThrow();
            Table after = target.table(entry.getKey()).orElseThrow();
            Optional<Involvement> involvement = oldName != null || TableRenaming.hasLongNames(before)
                    || TableRenaming.hasLongNames(after) ? Optional.empty()
                    : Involvement.of(before, after, entry.getValue());
            if (involvement.isEmpty()) {
                currentBatch.whole(before);
                targetBatch.whole(after);
            } else if (!involvement.get().isEmpty()) {
                currentBatch.reduced(before, involvement.get());
                targetBatch.reduced(after, involvement.get());
            }
        }
        return SchemaDiffer.diff(currentBatch.canonical(normalizer), targetBatch.canonical(normalizer), hints);
    }

    /**
     * The changes of each table that exists on the target side, other than its being created, dropped or renamed.
     */
    private static Map<QualifiedName, List<Change>> changedTables(List<Change> changes, SchemaModel target) {
        Map<QualifiedName, List<Change>> tables = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change instanceof Change.CreateTable || change instanceof Change.DropTable
                    || change instanceof Change.RenameTable) {
                continue;
            }
            Optional<QualifiedName> table = ChangeFields.tableName(change);
            table.filter(t -> target.table(t).isPresent())
                    .ifPresent(t -> tables.computeIfAbsent(t, k -> new ArrayList<>()).add(change));
        }
        return tables;
    }
}
