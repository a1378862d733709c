package dev.retort.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migrations folder with a branch and a merge, written as sources with fixed ids and times: A creates
 * {@code users}, B adds {@code email} (with a JDBC step) and is the branch point, C drops {@code name} (DATA_LOSS
 * accepted; its downgrade is irreversible), D makes {@code email} NOT NULL with a backfill still to write and an
 * index, and E merges C and D. C and D share the id prefix {@code c3}.
 */
final class GraphMigrations {

    static final String A = "a1b2c3d4e5f6";
    static final String B = "b7c8d9e0f1a2";
    static final String C = "c3d4e5f6a7b8";
    static final String D = "c3f0e1d2c3b4";
    static final String E = "e5f6a7b8c9d0";

    static final String FILE_A = "V20260101_100000__CreateUsers.java";
    static final String FILE_B = "V20260101_101000__AddEmail.java";
    static final String FILE_C = "V20260101_102000__DropName.java";
    static final String FILE_D = "V20260101_103000__RequireEmail.java";
    static final String FILE_E = "V20260101_104000__MergeBranches.java";

    private GraphMigrations() {
    }

    /** A to D: two heads, C and D. */
    static void writeBranched(Path dir) throws IOException {
        write(dir, FILE_A, A, "", "create users", "10:00", """
                        ops.createTable(Table.of(USERS, List.of(Column.of("id", "bigint").notNull(),
                                Column.of("name", "text"))).withPrimaryKey(PrimaryKey.of("users_pkey", "id")));""",
                """
                        ops.dropTable(Table.of(USERS, List.of(Column.of("id", "bigint").notNull(),
                                Column.of("name", "text"))).withPrimaryKey(PrimaryKey.of("users_pkey", "id")));""");
        write(dir, FILE_B, B, "\"" + A + "\"", "add email", "10:10", """
                        ops.addColumn(USERS, Column.of("email", "character varying(255)"));
                        ops.jdbc("copy legacy emails", connection -> { });""", """
                        ops.dropColumn(USERS, Column.of("email", "character varying(255)"));""");
        write(dir, FILE_C, C, "\"" + B + "\"", "drop name", "10:20", """
                        ops.dropColumn(USERS, Column.of("name", "text"))
                                .accept(Hazard.DATA_LOSS, "nobody reads it");""", """
                        throw new IrreversibleMigrationException("the dropped names are gone");""");
        write(dir, FILE_D, D, "\"" + B + "\"", "require email", "10:30", """
                        ops.backfillToBeWritten(USERS, "email");
                        ops.setNotNull(USERS, "email");
                        ops.createIndex(USERS, Index.on("users_email_idx", "email"));""", """
                        ops.dropIndex(USERS, Index.on("users_email_idx", "email"));
                        ops.dropNotNull(USERS, "email");""");
    }

    /** A to D, and E merging C and D: one head. */
    static void writeMerged(Path dir) throws IOException {
        writeBranched(dir);
        write(dir, FILE_E, E, "\"" + C + "\", \"" + D + "\"", "merge branches", "10:40", "", "");
    }

    private static void write(Path dir, String file, String id, String parents, String message, String time,
                              String upgrade, String downgrade) throws IOException {
        String className = file.substring(0, file.length() - ".java".length());
        String source = """
                package db.migrations;

                import dev.retort.hazard.Hazard;
                import dev.retort.migration.IrreversibleMigrationException;
                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;
                import dev.retort.model.Column;
                import dev.retort.model.Index;
                import dev.retort.model.PrimaryKey;
                import dev.retort.model.QualifiedName;
                import dev.retort.model.Table;
                import java.util.List;

                @Revision(id = "%s", parents = {%s}, message = "%s", created = "2026-01-01T%s:00Z")
                public final class %s implements Migration {
                    private static final QualifiedName USERS = QualifiedName.of("public", "users");

                    @Override
                    public void upgrade(Operations ops) {
                %s
                    }

                    @Override
                    public void downgrade(Operations ops) {
                %s
                    }
                }
                """.formatted(id, parents, message, time, className, upgrade, downgrade);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), source, StandardCharsets.UTF_8);
    }
}
