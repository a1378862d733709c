package dev.retort.scan.mapping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names already taken in one schema while Hibernate's DDL runs, and PostgreSQL's rules for choosing the
 * name of an unnamed primary key, unique or check constraint, index or identity sequence
 * ({@code ChooseRelationName}, {@code ChooseConstraintName} and {@code makeObjectName} in PostgreSQL's source).
 */
final class NamespaceNames {

    private final Set<String> relations = new HashSet<>();
    private final Set<String> constraints = new HashSet<>();

    /** Records a table, index or sequence name. */
    void claimRelation(String name) {
        relations.add(name);
    }

    /** Records a constraint name. */
    void claimConstraint(String name) {
        constraints.add(name);
    }

    /**
     * A relation name free in this schema: {@code name1_name2_label}, then {@code label1}, {@code label2}...; for
     * an index behind a constraint the name must also be free among the schema's constraint names.
     */
    String chooseRelationName(String name1, String name2, String label, boolean forConstraint) {
        for (int pass = 0; ; pass++) {
            String candidate = makeObjectName(name1, name2, pass == 0 ? label : label + pass);
            if (!relations.contains(candidate) && !(forConstraint && constraints.contains(candidate))) {
                return candidate;
            }
        }
    }

    /** A constraint name free in this schema and among the table's constraints named so far ({@code others}). */
    String chooseConstraintName(String name1, String name2, String label, List<String> others) {
        for (int pass = 0; ; pass++) {
            String candidate = makeObjectName(name1, name2, pass == 0 ? label : label + pass);
            if (!constraints.contains(candidate) && !others.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * {@code name1_name2_label} cut to 63 bytes by shortening the longer of the two names first, exactly as
     * PostgreSQL's makeObjectName does, so generated names stay distinct in their suffix.
     */
    static String makeObjectName(String name1, String name2, String label) {
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : label.length() + 1);
        int available = PgIdentifiers.MAX_BYTES - overhead;
        int name1Bytes = PgIdentifiers.byteLength(name1);
        int name2Bytes = name2 == null ? 0 : PgIdentifiers.byteLength(name2);
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) {
                name1Bytes--;
            } else {
                name2Bytes--;
            }
        }
        StringBuilder name = new StringBuilder(PgIdentifiers.clip(name1, name1Bytes));
        if (name2 != null) {
            name.append('_').append(PgIdentifiers.clip(name2, name2Bytes));
        }
        if (label != null) {
            name.append('_').append(label);
        }
        return name.toString();
    }

    /** PostgreSQL's ChooseIndexNameAddition: column names joined by underscores, stopping past 63 bytes. */
    static String columnAddition(List<String> columns) {
        StringBuilder addition = new StringBuilder();
        for (String column : columns) {
            if (addition.length() > 0) {
                addition.append('_');
            }
            addition.append(column);
            if (PgIdentifiers.byteLength(addition.toString()) > PgIdentifiers.MAX_BYTES) {
                break;
            }
        }
        return addition.toString();
    }
}
