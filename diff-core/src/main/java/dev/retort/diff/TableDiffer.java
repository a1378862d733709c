package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** The changes that turn one table into the target table of the same name: columns, keys, checks, indexes. */
final class TableDiffer {

    private TableDiffer() {
    }

    static void diff(Table current, Table target, Consumer<Change> out, List<RenameCandidate> candidates) {
        QualifiedName name = target.name();
        diffColumns(name, current, target, out, candidates);
        diffPrimaryKey(name, current.primaryKey(), target.primaryKey(), out);
        diffObjects(name, current.uniqueConstraints(), target.uniqueConstraints(), UniqueConstraint::name,
                u -> List.of(u.columns(), u.nullsNotDistinct(), u.deferrability()),
                u -> new Change.DropUnique(name, u), u -> new Change.AddUnique(name, u),
                (from, to) -> new Change.RenameConstraint(name, from, to), out);
        diffObjects(name, current.foreignKeys(), target.foreignKeys(), ForeignKey::name,
                f -> List.of(f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate(),
                        f.match(), f.deferrability(), f.validated()),
                f -> new Change.DropForeignKey(name, f), f -> new Change.AddForeignKey(name, f),
                (from, to) -> new Change.RenameConstraint(name, from, to), out);
        diffObjects(name, current.checks(), target.checks(), CheckConstraint::name,
                c -> List.of(c.expression(), c.validated()),
                c -> new Change.DropCheck(name, c), c -> new Change.AddCheck(name, c),
                (from, to) -> new Change.RenameConstraint(name, from, to), out);
        diffObjects(name, current.indexes(), target.indexes(), Index::name, i -> i.withName("-"),
                i -> new Change.DropIndex(name, i, false), i -> new Change.CreateIndex(name, i, false),
                (from, to) -> new Change.RenameIndex(name, from, to), out);
        if (!current.comment().equals(target.comment())) {
            out.accept(new Change.SetComment(name, Optional.empty(), current.comment(), target.comment()));
        }
    }

    private static void diffColumns(QualifiedName table, Table current, Table target, Consumer<Change> out,
                                    List<RenameCandidate> candidates) {
        // Columns match by name only (the definition includes the name): a column that looks renamed is not
        // assumed to be one without a hint; it becomes a rename candidate, reported as a drop and an add.
        Matching<Column> columns = Matching.of(current.columns(), target.columns(), Column::name, c -> c);
        for (Matching.Pair<Column> pair : columns.sameName) {
            ColumnDiffer.diff(table, pair.current(), pair.target(), out);
        }
        List<Column> unpairedAdds = new ArrayList<>(columns.added);
        for (Column drop : columns.dropped) {
            Change dropChange = new Change.DropColumn(table, drop);
            out.accept(dropChange);
            unpairedAdds.stream().filter(add -> ColumnDiffer.renameCompatible(drop, add)).findFirst().ifPresent(add -> {
                unpairedAdds.remove(add);
                candidates.add(new RenameCandidate(dropChange, new Change.AddColumn(table, add),
                        table + "." + drop.name(), table + "." + add.name()));
            });
        }
        for (Column add : columns.added) {
            out.accept(new Change.AddColumn(table, add));
        }
    }

    private static void diffPrimaryKey(QualifiedName table, Optional<PrimaryKey> current, Optional<PrimaryKey> target,
                                       Consumer<Change> out) {
        if (current.equals(target)) {
            return;
        }
        if (current.isPresent() && target.isPresent()
                && current.get().columns().equals(target.get().columns())
                && current.get().deferrability() == target.get().deferrability()) {
            out.accept(new Change.RenameConstraint(table, current.get().name(), target.get().name()));
            return;
        }
        current.ifPresent(pk -> out.accept(new Change.DropPrimaryKey(table, pk)));
        target.ifPresent(pk -> out.accept(new Change.AddPrimaryKey(table, pk)));
    }

    /** Name-then-definition matching for one kind of table object, emitting drops, adds and renames. */
    private static <T> void diffObjects(QualifiedName table, List<T> current, List<T> target,
                                        Function<T, String> name, Function<T, Object> definition,
                                        Function<T, Change> drop, Function<T, Change> add,
                                        BiFunction<String, String, Change> rename,
                                        Consumer<Change> out) {
        Matching<T> matching = Matching.of(current, target, name, definition);
        for (Matching.Pair<T> pair : matching.sameName) {
            if (!pair.current().equals(pair.target())) {
                out.accept(drop.apply(pair.current()));
                out.accept(add.apply(pair.target()));
            }
        }
        for (Matching.Pair<T> pair : matching.renamed) {
            out.accept(rename.apply(name.apply(pair.current()), name.apply(pair.target())));
        }
        matching.dropped.forEach(d -> out.accept(drop.apply(d)));
        matching.added.forEach(a -> out.accept(add.apply(a)));
    }
}
