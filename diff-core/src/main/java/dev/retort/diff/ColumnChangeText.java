package dev.retort.diff;

import static dev.retort.diff.ChangeText.column;

import dev.retort.model.QualifiedName;
import java.util.Locale;
import java.util.Optional;

/** The review line of changes to one existing column: type, nullability, default and identity. */
final class ColumnChangeText {

    private ColumnChangeText() {
    }

    static Optional<String> describe(Change change) {
        if (change instanceof Change.AlterColumnType c) {
            return Optional.of(alterType(c));
        }
        if (change instanceof Change.SetNotNull c) {
            return Optional.of("set not null on " + column(c.table(), c.column()));
        }
        if (change instanceof Change.DropNotNull c) {
            return Optional.of("drop not null on " + column(c.table(), c.column()));
        }
        if (change instanceof Change.SetDefault c) {
            return Optional.of("set default of " + column(c.table(), c.column()) + ": " + c.from().orElse("none")
                    + " -> " + c.to());
        }
        if (change instanceof Change.DropDefault c) {
            return Optional.of("drop default of " + column(c.table(), c.column()) + " (was " + c.from() + ")");
        }
        if (change instanceof Change.AddIdentity c) {
            return Optional.of("add identity to " + column(c.table(), c.column()) + ": generated "
                    + c.identity().generation().sql().toLowerCase(Locale.ROOT) + ", sequence "
                    + QualifiedName.of(c.table().schema(), c.identity().sequenceName()));
        }
        if (change instanceof Change.Backfill c) {
            return Optional.of("backfill NULLs of " + column(c.table(), c.column()) + " with "
                    + c.value().orElse("(value to be written by the reviewer)"));
        }
        if (change instanceof Change.DropIdentity c) {
            return Optional.of("drop identity from " + column(c.table(), c.column()));
        }
        return Optional.empty();
    }

    private static String alterType(Change.AlterColumnType c) {
        StringBuilder text = new StringBuilder("alter column ").append(column(c.table(), c.column()))
                .append(" type ").append(c.fromType()).append(" -> ").append(c.toType());
        if (!c.fromCollation().equals(c.toCollation())) {
            text.append(", collation ").append(c.fromCollation().map(QualifiedName::toString).orElse("default"))
                    .append(" -> ").append(c.toCollation().map(QualifiedName::toString).orElse("default"));
        }
        c.using().ifPresent(using -> text.append(" using ").append(using));
        return text.toString();
    }
}
