package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import java.util.Optional;
import java.util.function.Consumer;

/** The changes that turn one column into another column of the same name in the same table. */
final class ColumnDiffer {

    private ColumnDiffer() {
    }

    static void diff(QualifiedName table, Column current, Column target, Consumer<Change> out) {
        if (!current.generated().equals(target.generated())) {
            // Why: PostgreSQL cannot turn an existing column into a generated one or change a generation
            // expression before 17 (ALTER COLUMN SET EXPRESSION); dropping and re-adding works on every version.
            out.accept(new Change.DropColumn(table, current));
            out.accept(new Change.AddColumn(table, target));
            return;
        }
        String column = current.name();
        if (!current.type().equals(target.type()) || !current.collation().equals(target.collation())) {
            out.accept(new Change.AlterColumnType(table, column, current.type(), target.type(), current.collation(),
                    target.collation(), Optional.empty(), Optional.empty()));
        }
        diffIdentity(table, column, current.identity(), target.identity(), out);
        diffDefault(table, column, current.defaultExpression(), target.defaultExpression(), out);
        if (current.nullable() != target.nullable()) {
            out.accept(target.nullable() ? new Change.DropNotNull(table, column) : new Change.SetNotNull(table, column));
        }
        if (!current.comment().equals(target.comment())) {
            out.accept(new Change.SetComment(table, Optional.of(column), current.comment(), target.comment()));
        }
    }

    private static void diffDefault(QualifiedName table, String column, Optional<String> current,
                                    Optional<String> target, Consumer<Change> out) {
        if (current.equals(target)) {
            return;
        }
        if (target.isPresent()) {
            out.accept(new Change.SetDefault(table, column, current, target.get()));
        } else {
            out.accept(new Change.DropDefault(table, column, current.get()));
        }
    }

    private static void diffIdentity(QualifiedName table, String column, Optional<Identity> current,
                                     Optional<Identity> target, Consumer<Change> out) {
        if (current.equals(target)) {
            return;
        }
        if (current.isPresent() && target.isPresent() && current.get().generation() == target.get().generation()) {
            Identity from = current.get();
            Identity to = target.get();
            if (!from.sequenceName().equals(to.sequenceName())) {
                out.accept(new Change.RenameSequence(QualifiedName.of(table.schema(), from.sequenceName()),
                        to.sequenceName()));
            }
            if (!from.options().equals(to.options())) {
                out.accept(new Change.AlterSequence(QualifiedName.of(table.schema(), to.sequenceName()),
                        from.options(), to.options()));
            }
            return;
        }
        current.ifPresent(identity -> out.accept(new Change.DropIdentity(table, column, identity)));
        target.ifPresent(identity -> out.accept(new Change.AddIdentity(table, column, identity)));
    }

    /** Whether a dropped and an added column could be one column renamed: same type and collation. */
    static boolean renameCompatible(Column dropped, Column added) {
        return dropped.type().equals(added.type()) && dropped.collation().equals(added.collation())
                && dropped.generated().equals(added.generated());
    }
}
