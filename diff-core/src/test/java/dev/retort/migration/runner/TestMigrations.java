package dev.retort.migration.runner;

import db.migrations.branched.V20261120_100000__CreateAccounts;
import db.migrations.branched.V20261120_100100__AddAccountEmail;
import db.migrations.branched.V20261120_100200__CreateOrders;
import db.migrations.branched.V20261120_100300__IndexOrdersByAccount;
import db.migrations.branched.V20261120_100400__CreateTags;
import db.migrations.branched.V20261120_100500__MergeOrdersAndTags;
import db.migrations.branched.V20261120_100600__AddTagColor;
import dev.retort.migration.Migration;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The hand-written test migrations as the CLI would see them: classes with the checksum of their source file. */
final class TestMigrations {

    static final String A = "a1b2c3d4e5f6";
    static final String B = "b1c2d3e4f5a6";
    static final String C = "c1d2e3f4a5b6";
    static final String D = "c9d8e7f6a5b4";
    static final String E = "e1f2a3b4c5d6";
    static final String M = "f0e1d2c3b4a5";
    static final String G = "0a1b2c3d4e5f";

    private TestMigrations() {
    }

    /** A, B, then C and D (D builds an index concurrently) on one branch, E on the other, merge M, then G. */
    static List<MigrationSource> branched() {
        return Stream.of(V20261120_100000__CreateAccounts.class, V20261120_100100__AddAccountEmail.class,
                        V20261120_100200__CreateOrders.class, V20261120_100300__IndexOrdersByAccount.class,
                        V20261120_100400__CreateTags.class, V20261120_100500__MergeOrdersAndTags.class,
                        V20261120_100600__AddTagColor.class)
                .<MigrationSource>map(TestMigrations::fromSourceFile).toList();
    }

    /** The branched graph before its merge: two heads, D and E. */
    static List<MigrationSource> unmerged() {
        return branched().stream().filter(s -> !s.id().equals(M) && !s.id().equals(G)).toList();
    }

    static RevisionGraph graph(List<MigrationSource> sources) {
        return RevisionGraph.of(sources);
    }

    /** A migration class with the checksum of its file under {@code src/test/java}. */
    static MigrationSource fromSourceFile(Class<? extends Migration> type) {
        return MigrationSource.ofClass(type, Optional.of(SourceChecksum.of(read(sourceFile(type)))));
    }

    static Path sourceFile(Class<?> type) {
        return Path.of("src/test/java", type.getPackageName().replace('.', '/'),
                MigrationSource.sourceFileName(type));
    }

    /** The 1-based line of the first line of a class's source file that contains the text. */
    static int lineOf(Class<?> type, String text) {
        List<String> lines = read(sourceFile(type)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + sourceFile(type));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
