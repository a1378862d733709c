package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Java sources of a generated entity model: N entities of 10 to 15 columns of varied types, every
 * third with a many-to-one to its predecessor, every tenth with a many-to-many, every fifth with an index and a
 * unique constraint, and a shared enum. The same N always gives the same sources.
 */
final class GeneratedEntities {

    static final String PACKAGE = "bench.model";

    private static final String[] FIELD_TYPES = {
        "@Column(length = 80) String", "Integer", "long", "@Column(precision = 12, scale = 2) java.math.BigDecimal",
        "java.time.LocalDate", "java.time.Instant", "boolean", "@Enumerated(EnumType.STRING) Level", "java.util.UUID",
        "@Column(nullable = false) String", "Double", "java.time.LocalDateTime", "short"};

    private GeneratedEntities() {
    }

    /** Writes the sources under {@code root} and returns their paths. */
    static List<Path> write(Path root, int count) throws IOException {
        Path dir = root.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        List<Path> sources = new ArrayList<>();
        sources.add(Files.writeString(dir.resolve("Level.java"),
                "package " + PACKAGE + ";\npublic enum Level { LOW, MEDIUM, HIGH }\n"));
        for (int i = 0; i < count; i++) {
            sources.add(Files.writeString(dir.resolve(name(i) + ".java"), source(i)));
        }
        return sources;
    }

    private static String name(int i) {
        return String.format("Entity%04d", i);
    }

    private static String source(int i) {
        StringBuilder java = new StringBuilder("package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\n\n@Entity\n");
        if (i % 5 == 0) {
            java.append("@Table(indexes = @Index(columnList = \"field1\"), uniqueConstraints = ")
                    .append("@UniqueConstraint(columnNames = {\"field2\", \"field3\"}))\n");
        }
        java.append("public class ").append(name(i)).append(" {\n");
        java.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n");
        int columns = 10 + i % 6;
        for (int f = 1; f < columns; f++) {
            java.append("    ").append(FIELD_TYPES[(i + f) % FIELD_TYPES.length]).append(" field").append(f)
                    .append(";\n");
        }
        if (i % 3 == 1) {
            java.append("    @ManyToOne ").append(name(i - 1)).append(" parent;\n");
        }
        if (i % 10 == 2) {
            java.append("    @ManyToMany java.util.Set<").append(name(i - 2)).append("> related;\n");
        }
        return java.append("}\n").toString();
    }
}
