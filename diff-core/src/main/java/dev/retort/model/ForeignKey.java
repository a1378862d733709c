package dev.retort.model;

import java.util.List;

/**
 * A FOREIGN KEY constraint: referencing columns, the referenced table and columns, ON DELETE and ON UPDATE
 * actions, MATCH type, deferrability, and whether it has been validated (false after {@code NOT VALID}).
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         MatchType match, Deferrability deferrability, boolean validated) {

    public ForeignKey {
        Canonical.name(name, "foreign key name");
        columns = Canonical.nameList(columns, "foreign key ", name);
        Canonical.required(referencedTable, "referenced table of ", name);
        referencedColumns = Canonical.nameList(referencedColumns, "referenced columns of foreign key ", name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        Canonical.required(onDelete, "ON DELETE of ", name);
        Canonical.required(onUpdate, "ON UPDATE of ", name);
        Canonical.required(match, "MATCH of ", name);
        Canonical.required(deferrability, "deferrability of ", name);
    }

    /** A validated, not deferrable {@code MATCH SIMPLE} foreign key with {@code NO ACTION} on both events. */
    public static ForeignKey of(String name, List<String> columns, QualifiedName referencedTable,
                                List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, MatchType.SIMPLE, Deferrability.NOT_DEFERRABLE, true);
    }

    public ForeignKey withActions(ReferentialAction newOnDelete, ReferentialAction newOnUpdate) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, newOnDelete, newOnUpdate, match,
                deferrability, validated);
    }

    public ForeignKey withMatch(MatchType newMatch) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newMatch,
                deferrability, validated);
    }

    public ForeignKey withDeferrability(Deferrability newDeferrability) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match,
                newDeferrability, validated);
    }

    public ForeignKey withValidated(boolean newValidated) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match,
                deferrability, newValidated);
    }
}
