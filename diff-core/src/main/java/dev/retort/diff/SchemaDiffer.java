package dev.retort.diff;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparator: the changes that turn the current schema into the target schema, given the user's rename
 * hints. Both models must be in PostgreSQL's canonical spelling (see the model package); the result is in no
 * particular order (the planner orders it).
 */
public final class SchemaDiffer {

    private SchemaDiffer() {
    }

    public static SchemaDiff diff(SchemaModel current, SchemaModel target, RenameHints hints) {
        List<Change> changes = new ArrayList<>();
        List<RenameCandidate> candidates = new ArrayList<>();
        target.schemas().stream().filter(s -> !current.schemas().contains(s))
                .forEach(s -> changes.add(new Change.CreateSchema(s)));
        SchemaModel renamed = applyHints(current, hints, changes);
        EnumDiffer.diff(renamed.enums(), target.enums(), changes::add);
        List<Change> sequenceChanges = new ArrayList<>();
        SequenceDiffer.diff(renamed.sequences(), target.sequences(), sequenceChanges::add);
        changes.addAll(sequenceChanges);
        diffTables(withRenamedSequences(renamed, sequenceChanges), target, changes, candidates);
        current.schemas().stream().filter(s -> !target.schemas().contains(s))
                .forEach(s -> changes.add(new Change.DropSchema(s)));
        return new SchemaDiff(changes, candidates);
    }

    private static SchemaModel applyHints(SchemaModel current, RenameHints hints, List<Change> changes) {
        SchemaModel model = current;
        for (RenameHints.ColumnRename rename : hints.columns()) {
            changes.add(new Change.RenameColumn(rename.table(), rename.from(), rename.to()));
            model = ModelRenamer.renameColumn(model, rename.table(), rename.from(), rename.to());
        }
        for (RenameHints.TableRename rename : hints.tables()) {
            changes.add(new Change.RenameTable(rename.from(), rename.to()));
            model = ModelRenamer.renameTable(model, rename.from(), rename.to());
        }
        return model;
    }

    /** The model as it stands after the sequence renames among the changes. */
    private static SchemaModel withRenamedSequences(SchemaModel model, List<Change> sequenceChanges) {
        SchemaModel result = model;
        for (Change change : sequenceChanges) {
            if (change instanceof Change.RenameSequence rename) {
                result = ModelRenamer.renameSequenceReferences(result, rename.sequence(),
                        QualifiedName.of(rename.sequence().schema(), rename.newName()));
            }
        }
        return result;
    }

    private static void diffTables(SchemaModel current, SchemaModel target, List<Change> changes,
                                   List<RenameCandidate> candidates) {
        Matching<Table> matching = Matching.of(current.tables(), target.tables(), t -> t.name().toString(), t -> t);
        for (Matching.Pair<Table> pair : matching.sameName) {
            TableDiffer.diff(pair.current(), pair.target(), changes::add, candidates);
        }
        List<Table> unpairedAdds = new ArrayList<>(matching.added);
        for (Table dropped : matching.dropped) {
            Change drop = new Change.DropTable(dropped);
            TableContents.removals(dropped).forEach(changes::add);
            changes.add(drop);
            unpairedAdds.stream().filter(added -> looksRenamed(dropped, added)).findFirst().ifPresent(added -> {
                unpairedAdds.remove(added);
                candidates.add(new RenameCandidate(drop, new Change.CreateTable(added), dropped.name().toString(),
                        added.name().toString()));
            });
        }
        for (Table added : matching.added) {
            changes.add(new Change.CreateTable(added));
            TableContents.additions(added).forEach(changes::add);
        }
    }

    /**
     * A dropped and an added table with the same column names and types, in the same schema (renamed) or under
     * the same name in another schema (moved, which a rename hint cannot express: the move needs a human too).
     */
    private static boolean looksRenamed(Table dropped, Table added) {
        boolean sameSchema = dropped.name().schema().equals(added.name().schema());
        boolean sameName = dropped.name().name().equals(added.name().name());
        return (sameSchema || sameName) && columnShape(dropped).equals(columnShape(added));
    }

    private static Set<String> columnShape(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
    }
}
