package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @Table} annotation of one generated entity: its name, its indexes and its unique constraints,
 * including those a {@link ProjectChange} adds or removes in one version.
 */
final class TableAnnotation {

    private final String table;
    private final boolean current;

    TableAnnotation(String table, boolean current) {
        this.table = table;
        this.current = current;
    }

    /** The annotation of entity {@code i}, made in {@code change} (null when none). */
    String entity(int i, ProjectChange change) {
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        if (i % 4 == 0) {
            indexes.add(index("name_idx", "name"));
        }
        if (i % 8 == 2) {
            indexes.add(index("code_amount_idx", "code, amount"));
        }
        if (i % 5 == 0) {
            uniques.add(unique("code_key", "\"code\""));
        }
        if (change == ProjectChange.NEW_INDEX && current) {
            indexes.add(index("code_idx", "code"));
        }
        if (change == ProjectChange.DROPPED_INDEX && !current) {
            indexes.add(index("amount_idx", "amount"));
        }
        if (change == ProjectChange.NEW_UNIQUE && current) {
            uniques.add(unique("name_code_key", "\"name\", \"code\""));
        }
        StringBuilder annotation = new StringBuilder("@Table(name = \"" + table + "\"");
        if (!indexes.isEmpty()) {
            annotation.append(", indexes = {").append(String.join(", ", indexes)).append('}');
        }
        if (!uniques.isEmpty()) {
            annotation.append(", uniqueConstraints = {").append(String.join(", ", uniques)).append('}');
        }
        return annotation.append(')').toString();
    }

    private String index(String suffix, String columns) {
        return "@Index(name = \"" + table + "_" + suffix + "\", columnList = \"" + columns + "\")";
    }

    private String unique(String suffix, String columns) {
        return "@UniqueConstraint(name = \"" + table + "_" + suffix + "\", columnNames = {" + columns + "})";
    }
}
