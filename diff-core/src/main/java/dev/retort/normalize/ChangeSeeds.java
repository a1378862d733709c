package dev.retort.normalize;

import dev.retort.diff.Change;
import java.util.Set;

/** The column or the constraint or index that one change of a table names, where {@link Involvement} starts. */
final class ChangeSeeds {

    private ChangeSeeds() {
    }

    /** Adds what {@code change} names; false for a change this does not follow. */
    static boolean add(Change change, Set<String> columns, Set<String> objects) {
        if (change instanceof Change.AddForeignKey || change instanceof Change.DropForeignKey) {
            // Why nothing: foreign keys hold no expression and are never built in the scratch database.
            return true;
        }
        if (change instanceof Change.SetComment comment) {
            comment.column().ifPresent(columns::add);
            return true;
        }
        String column = column(change);
        if (column != null) {
            columns.add(column);
            return true;
        }
        String object = object(change);
        if (object != null) {
            objects.add(object);
            return true;
        }
        return false;
    }

    private static String column(Change change) {
        if (change instanceof Change.AddColumn c) {
            return c.column().name();
        } else if (change instanceof Change.DropColumn c) {
            return c.column().name();
        } else if (change instanceof Change.AlterColumnType c) {
            return c.column();
        } else if (change instanceof Change.SetNotNull c) {
            return c.column();
        } else if (change instanceof Change.DropNotNull c) {
            return c.column();
        } else if (change instanceof Change.SetDefault c) {
            return c.column();
        } else if (change instanceof Change.DropDefault c) {
            return c.column();
        } else if (change instanceof Change.AddIdentity c) {
            return c.column();
        } else if (change instanceof Change.DropIdentity c) {
            return c.column();
        }
        return null;
    }

    private static String object(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            return c.primaryKey().name();
        } else if (change instanceof Change.DropPrimaryKey c) {
            return c.primaryKey().name();
        } else if (change instanceof Change.AddUnique c) {
            return c.unique().name();
        } else if (change instanceof Change.DropUnique c) {
            return c.unique().name();
        } else if (change instanceof Change.AddCheck c) {
            return c.check().name();
        } else if (change instanceof Change.DropCheck c) {
            return c.check().name();
        } else if (change instanceof Change.CreateIndex c) {
            return c.index().name();
        } else if (change instanceof Change.DropIndex c) {
            return c.index().name();
        }
        return null;
    }
}
