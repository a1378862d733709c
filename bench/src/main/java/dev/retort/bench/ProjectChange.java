package dev.retort.bench;

import java.util.List;

/**
 * One difference between the previous and the current version of a {@link GeneratedProject}: the fields and
 * table annotations it gives one entity in each version, and how many migration operations it should produce.
 * Each kind changes one entity of its own, spread evenly over the project.
 */
enum ProjectChange {
    ADDED_COLUMN(1, "", "@Column(length = 40) String nickname;"),
    ADDED_NOT_NULL_COLUMN(1, "", "@ColumnDefault(\"0\") @Column(nullable = false) int stars;"),
    DROPPED_COLUMN(1, "@Column(length = 40) String legacy;", ""),
    WIDENED_VARCHAR(1, "@Column(length = 40) String title;", "@Column(length = 120) String title;"),
    NEW_INDEX(1, "", ""),
    DROPPED_INDEX(1, "", ""),
    NEW_FOREIGN_KEY(2, "", "@ManyToOne @JoinColumn(name = \"manager_id\") %s manager;"),
    NEW_TABLE(2, "", ""),
    CHANGED_DEFAULT(1, "@ColumnDefault(\"'open'\") @Column(length = 16) String state;",
            "@ColumnDefault(\"'draft'\") @Column(length = 16) String state;"),
    SET_NOT_NULL(1, "java.time.LocalDate deadline;", "@Column(nullable = false) java.time.LocalDate deadline;"),
    DROPPED_NOT_NULL(1, "@Column(nullable = false) Integer priority;", "Integer priority;"),
    NEW_UNIQUE(1, "", ""),
    WIDENED_NUMERIC(1, "@Column(precision = 10, scale = 2) java.math.BigDecimal price;",
            "@Column(precision = 14, scale = 2) java.math.BigDecimal price;"),
    INTEGER_TO_BIGINT(1, "Integer hits;", "Long hits;"),
    DROPPED_DEFAULT(1, "@ColumnDefault(\"0\") Integer stock;", "Integer stock;");

    /** The smallest project that gives every change an entity of its own with a predecessor. */
    static final int MIN_ENTITIES = 2 * values().length;

    private final int operations;
    private final String previousField;
    private final String currentField;

    ProjectChange(int operations, String previousField, String currentField) {
        this.operations = operations;
        this.previousField = previousField;
        this.currentField = currentField;
    }

    /** The migration operations the whole set of changes should produce. */
    static int expectedOperations() {
        return List.of(values()).stream().mapToInt(c -> c.operations).sum();
    }

    /** The change made in entity {@code index} of a project of {@code entities}, if any. */
    static ProjectChange at(int index, int entities) {
        for (ProjectChange change : values()) {
            if (change.entity(entities) == index) {
                return change;
            }
        }
        return null;
    }

    /** The entity this change is made in: the middle of its share of the project, never entity 0. */
    int entity(int entities) {
        return (2 * ordinal() + 1) * entities / (2 * values().length);
    }

    /** The field this change adds to its entity in one version ({@code %s}: the predecessor's class). */
    String field(boolean current) {
        return current ? currentField : previousField;
    }
}
