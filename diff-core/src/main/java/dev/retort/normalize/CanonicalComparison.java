package dev.retort.normalize;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two models without false positives: a first comparison finds the tables that differ, then only those
 * tables are brought to PostgreSQL's canonical spelling on both sides (through the scratch database) and
 * compared again. Normalising only what differs keeps the scratch round trip cheap on large schemas.
 */
public final class CanonicalComparison {

    private CanonicalComparison() {
    }

    public static SchemaDiff compare(SchemaModel current, SchemaModel target, RenameHints hints,
                                     ScratchNormalizer normalizer) throws SQLException {
        SchemaDiff raw = SchemaDiffer.diff(current, target, hints);
        Map<QualifiedName, QualifiedName> oldNames = new HashMap<>();
        hints.tables().forEach(r -> oldNames.put(QualifiedName.of(r.from().schema(), r.to()), r.from()));
        Set<QualifiedName> targetTables = changedTables(raw.changes(), target);
        // Why tables the current side lacks are left as written: a new table's separate create_index or
        // add_foreign_key names it, but it has nothing to compare with, and its CREATE must keep the entity's own
        // expression text (the canonical reprint of an IN list parses to a different tree than Hibernate's).
        targetTables.removeIf(t -> current.table(oldNames.getOrDefault(t, t)).isEmpty());
        if (targetTables.isEmpty()) {
            return raw;
        }
        Set<QualifiedName> currentTables = new HashSet<>();
        targetTables.forEach(t -> currentTables.add(oldNames.getOrDefault(t, t)));
        SchemaModel canonicalCurrent = replaceTables(current, normalizer.canonical(subset(current, currentTables)));
        SchemaModel canonicalTarget = replaceTables(target, normalizer.canonical(subset(target, targetTables)));
        return SchemaDiffer.diff(canonicalCurrent, canonicalTarget, hints);
    }

    /** Tables that exist on the target side and have changes other than being created, dropped or renamed. */
    private static Set<QualifiedName> changedTables(List<Change> changes, SchemaModel target) {
        Set<QualifiedName> tables = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.CreateTable || change instanceof Change.DropTable
                    || change instanceof Change.RenameTable) {
                continue;
            }
            Optional<QualifiedName> table = ChangeFields.tableName(change);
            table.filter(t -> target.table(t).isPresent()).ifPresent(tables::add);
        }
        return tables;
    }

    /**
     * The given tables with every enum type and sequence (defaults and types may use them). Sequence owners are
     * left out: the owning tables may not be in the subset, and owners hold no expression.
     */
    private static SchemaModel subset(SchemaModel model, Set<QualifiedName> tables) {
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> new Sequence(s.name(), s.options(), Optional.empty())).toList();
        List<Table> chosen = model.tables().stream().filter(t -> tables.contains(t.name())).toList();
        return new SchemaModel(model.schemas(), model.enums(), sequences, chosen);
    }

    private static SchemaModel replaceTables(SchemaModel model, SchemaModel canonical) {
        return model.withTables(model.tables().stream()
                .map(t -> canonical.table(t.name()).orElse(t)).toList());
    }
}
