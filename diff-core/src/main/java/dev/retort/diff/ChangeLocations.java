package dev.retort.diff;

import dev.retort.diff.ChangeFields.Location;
import java.util.Optional;

/** The JSON location of each change kind, one family of kinds per method. */
final class ChangeLocations {

    private ChangeLocations() {
    }

    /** Schemas, enum types and raw SQL: no table. */
    static Optional<Location> ofSchemaObject(Change change) {
        if (change instanceof Change.CreateSchema c) {
            return Optional.of(Location.object(c.schema()));
        }
        if (change instanceof Change.DropSchema c) {
            return Optional.of(Location.object(c.schema()));
        }
        if (change instanceof Change.CreateEnum c) {
            return Optional.of(Location.object(c.type().name()));
        }
        if (change instanceof Change.DropEnum c) {
            return Optional.of(Location.object(c.type().name()));
        }
        if (change instanceof Change.AddEnumValue c) {
            return Optional.of(Location.object(c.type()).withValue(c.value()));
        }
        if (change instanceof Change.DropEnumValue c) {
            return Optional.of(Location.object(c.type()).withValue(c.value()));
        }
        if (change instanceof Change.Execute) {
            return Optional.of(Location.nowhere());
        }
        return Optional.empty();
    }

    /** Indexes (in their table) and standalone sequences (no table). */
    static Optional<Location> ofIndexOrSequence(Change change) {
        if (change instanceof Change.CreateIndex c) {
            return Optional.of(Location.in(c.table(), c.index().name()));
        }
        if (change instanceof Change.DropIndex c) {
            return Optional.of(Location.in(c.table(), c.index().name()));
        }
        if (change instanceof Change.RenameIndex c) {
            return Optional.of(Location.in(c.table(), c.index()).renamedTo(c.newName()));
        }
        if (change instanceof Change.CreateSequence c) {
            return Optional.of(Location.object(c.sequence().name()));
        }
        if (change instanceof Change.DropSequence c) {
            return Optional.of(Location.object(c.sequence().name()));
        }
        if (change instanceof Change.AlterSequence c) {
            return Optional.of(Location.object(c.sequence()));
        }
        if (change instanceof Change.SetSequenceOwner c) {
            return Optional.of(Location.object(c.sequence()));
        }
        if (change instanceof Change.RenameSequence c) {
            return Optional.of(Location.object(c.sequence()).renamedTo(c.newName()));
        }
        return Optional.empty();
    }

    /** Whole tables, added, dropped and renamed columns, and comments. */
    static Optional<Location> ofTable(Change change) {
        if (change instanceof Change.CreateTable c) {
            return Optional.of(Location.table(c.table().name()));
        }
        if (change instanceof Change.DropTable c) {
            return Optional.of(Location.table(c.table().name()));
        }
        if (change instanceof Change.RenameTable c) {
            return Optional.of(Location.table(c.table()).renamedTo(c.newName()));
        }
        if (change instanceof Change.AddColumn c) {
            return Optional.of(Location.in(c.table(), c.column().name()));
        }
        if (change instanceof Change.DropColumn c) {
            return Optional.of(Location.in(c.table(), c.column().name()));
        }
        if (change instanceof Change.RenameColumn c) {
            return Optional.of(Location.in(c.table(), c.column()).renamedTo(c.newName()));
        }
        if (change instanceof Change.SetComment c) {
            return Optional.of(c.column().map(column -> Location.in(c.table(), column))
                    .orElseGet(() -> Location.table(c.table())));
        }
        return Optional.empty();
    }

    /** Changes to one existing column. */
    static Optional<Location> ofColumn(Change change) {
        if (change instanceof Change.AlterColumnType c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.SetNotNull c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.DropNotNull c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.SetDefault c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.DropDefault c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.AddIdentity c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.Backfill c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        if (change instanceof Change.DropIdentity c) {
            return Optional.of(Location.in(c.table(), c.column()));
        }
        return Optional.empty();
    }

    /** Table constraints. */
    static Optional<Location> ofConstraint(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            return Optional.of(Location.in(c.table(), c.primaryKey().name()));
        }
        if (change instanceof Change.DropPrimaryKey c) {
            return Optional.of(Location.in(c.table(), c.primaryKey().name()));
        }
        if (change instanceof Change.AddUnique c) {
            return Optional.of(Location.in(c.table(), c.unique().name()));
        }
        if (change instanceof Change.DropUnique c) {
            return Optional.of(Location.in(c.table(), c.unique().name()));
        }
        if (change instanceof Change.AddForeignKey c) {
            return Optional.of(Location.in(c.table(), c.foreignKey().name()));
        }
        if (change instanceof Change.DropForeignKey c) {
            return Optional.of(Location.in(c.table(), c.foreignKey().name()));
        }
        if (change instanceof Change.AddCheck c) {
            return Optional.of(Location.in(c.table(), c.check().name()));
        }
        if (change instanceof Change.DropCheck c) {
            return Optional.of(Location.in(c.table(), c.check().name()));
        }
        if (change instanceof Change.RenameConstraint c) {
            return Optional.of(Location.in(c.table(), c.constraint()).renamedTo(c.newName()));
        }
        return Optional.empty();
    }
}
