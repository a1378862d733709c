package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the entity sources of a generated application in its previous or its current version. Each of the N
 * entities has 10 to 15 columns of varied types (with {@code @ColumnDefault} defaults, unique columns and an
 * enum); every fourth has an index, every fifth a unique constraint, every third a many-to-one to its
 * predecessor and every seventh a second one. The current version differs from the previous one by the
 * {@link ProjectChange}s. The same N and version always give the same sources.
 */
final class GeneratedProject {

    static final String PACKAGE = "bench.project";

    private static final String[] EXTRA_FIELDS = {
        "@ColumnDefault(\"1\") @Column(nullable = false) int quantity;",
        "@ColumnDefault(\"true\") @Column(nullable = false) boolean active;",
        "@ColumnDefault(\"now()\") @Column(nullable = false) java.time.OffsetDateTime created;",
        "java.time.LocalDate due;",
        "@Column(columnDefinition = \"text\") String note;",
        "@Column(unique = true) java.util.UUID ref;",
        "@Enumerated(EnumType.STRING) @Column(length = 16) Level level;",
        "Double ratio;",
        "@Version long version;",
        "Short rank;",
        "java.time.LocalDateTime updated;",
        "@Column(length = 120, unique = true) String email;",
        "@ColumnDefault(\"0\") Integer score;",
        "@ColumnDefault(\"false\") Boolean flag;",
        "Float weight;"};

    private final int entities;
    private final boolean current;
    private final int written;

    private GeneratedProject(int entities, boolean current, int written) {
        if (entities < ProjectChange.MIN_ENTITIES) {
            throw new IllegalArgumentException("at least " + ProjectChange.MIN_ENTITIES + " entities, not " + entities);
        }
        this.entities = entities;
        this.current = current;
        this.written = written;
    }

    static GeneratedProject previous(int entities) {
        return new GeneratedProject(entities, false, entities);
    }

    static GeneratedProject current(int entities) {
        return new GeneratedProject(entities, true, entities);
    }

    /**
     * Only the first {@code count} entities of the previous version; they never refer to a later one, so they
     * map on their own.
     */
    GeneratedProject firstEntities(int count) {
        return new GeneratedProject(entities, current, Math.min(count, entities));
    }

    /** Writes the sources under {@code root} and returns their paths. */
    List<Path> write(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve(PACKAGE.replace('.', '/')));
        List<Path> sources = new ArrayList<>();
        sources.add(Files.writeString(dir.resolve("Level.java"),
                "package " + PACKAGE + ";\n\npublic enum Level { LOW, MEDIUM, HIGH }\n"));
        for (int i = 0; i < written; i++) {
            sources.add(Files.writeString(dir.resolve(className(i) + ".java"), entity(i)));
        }
        if (current && written == entities) {
            sources.add(Files.writeString(dir.resolve("Extra.java"), extra()));
        }
        return sources;
    }

    private String entity(int i) {
        ProjectChange change = ProjectChange.at(i, entities);
        StringBuilder java = header();
        java.append("@Entity\n").append(new TableAnnotation(tableName(i), current).entity(i, change)).append('\n');
        java.append("public class ").append(className(i)).append(" {\n");
        field(java, "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
        field(java, "@Column(length = 80, nullable = false) String name;");
        field(java, "@ColumnDefault(\"'new'\") @Column(length = 32) String code;");
        field(java, "@ColumnDefault(\"0\") @Column(precision = 12, scale = 2) java.math.BigDecimal amount;");
        int extras = 6 + i % 6;
        for (int e = 0; e < extras; e++) {
            field(java, EXTRA_FIELDS[(i + e) % EXTRA_FIELDS.length]);
        }
        if (i % 3 == 1) {
            field(java, "@ManyToOne @JoinColumn(name = \"parent_id\") " + className(i - 1) + " parent;");
        }
        if (i % 7 == 3) {
            field(java, "@ManyToOne @JoinColumn(name = \"owner_id\") " + className(i / 2) + " owner;");
        }
        if (change != null && !change.field(current).isEmpty()) {
            field(java, String.format(Locale.ROOT, change.field(current), className(i - 1)));
        }
        return java.append("}\n").toString();
    }

    /** The table only the current version has: a new entity with a many-to-one to the first one. */
    private String extra() {
        return header().append("@Entity\n@Table(name = \"extra_item\")\npublic class Extra {\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n")
                .append("    @Column(length = 80, nullable = false) String label;\n")
                .append("    @ColumnDefault(\"now()\") java.time.OffsetDateTime added;\n")
                .append("    @ManyToOne @JoinColumn(name = \"entity_id\") ").append(className(0)).append(" entity;\n")
                .append("}\n").toString();
    }

    private static StringBuilder header() {
        return new StringBuilder("package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n")
                .append("import org.hibernate.annotations.ColumnDefault;\n\n");
    }

    private static void field(StringBuilder java, String declaration) {
        java.append("    ").append(declaration).append('\n');
    }

    static String className(int i) {
        return String.format(Locale.ROOT, "Entity%04d", i);
    }

    static String tableName(int i) {
        return String.format(Locale.ROOT, "e%04d", i);
    }
}
