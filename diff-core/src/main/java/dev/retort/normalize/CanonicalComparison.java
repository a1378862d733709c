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
        // Why in parallel, then added in order: what each table involves and its probe shape are worked out from
        // that table alone (thousands of them in a large schema), while probe numbers follow the tables' order.
        List<TablePair> pairs = changed.entrySet().parallelStream()
                .map(entry -> TablePair.of(entry.getKey(), entry.getValue(), oldNames, current, target)).toList();
        ProbeBatch currentBatch = new ProbeBatch(current);
        ProbeBatch targetBatch = new ProbeBatch(target);
        for (TablePair pair : pairs) {
            if (pair.involvement().isEmpty()) {
                currentBatch.whole(pair.before());
                targetBatch.whole(pair.after());
            } else if (!pair.involvement().get().isEmpty()) {
                currentBatch.add(pair.beforePart().orElseThrow());
                targetBatch.add(pair.afterPart().orElseThrow());
            }
        }
        return SchemaDiffer.diff(currentBatch.canonical(normalizer), targetBatch.canonical(normalizer), hints);
    }

    /**
     * One changed table on both sides, what its changes involve (absent: the whole table is spelled) and, when
     * something is, the reduced part of each side that its probe spells.
     */
    private record TablePair(Table before, Table after, Optional<Involvement> involvement,
                             Optional<ProbeBatch.Part> beforePart, Optional<ProbeBatch.Part> afterPart) {

        static TablePair of(QualifiedName name, List<Change> changes, Map<QualifiedName, QualifiedName> oldNames,
                            SchemaModel current, SchemaModel target) {
            QualifiedName oldName = oldNames.get(name);
            Table before = current.table(oldName == null ? name : oldName).orElseThrow();
            Table after = target.table(name).orElseThrow();
            Optional<Involvement> involvement = oldName != null || TableRenaming.hasLongNames(before)
                    || TableRenaming.hasLongNames(after) ? Optional.empty()
                    : Involvement.of(before, after, changes);
            if (involvement.isEmpty() || involvement.get().isEmpty()) {
                return new TablePair(before, after, involvement, Optional.empty(), Optional.empty());
            }
            return new TablePair(before, after, involvement, Optional.of(ProbeBatch.Part.of(before, involvement.get())),
                    Optional.of(ProbeBatch.Part.of(after, involvement.get())));
        }
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
