package dev.retort.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-written migrations on a {@code customers} table for the review tests: each is one Java source written into
 * a migrations folder, as {@code revision} would leave it after a reviewer's edits.
 */
final class ReviewMigrations {

    static final String CUSTOMERS = "aaaaaaaaaaaa";
    static final String DROP_NAME = "bbbbbbbbbbbb";
    static final String ADD_CODE = "cccccccccccc";
    static final String REQUIRE_CODE = "dddddddddddd";

    static final String CUSTOMERS_FILE = "V20260101_000000__Customers.java";
    static final String DROP_NAME_FILE = "V20260102_000000__DropName.java";
    static final String ADD_CODE_FILE = "V20260103_000000__AddCode.java";
    static final String REQUIRE_CODE_FILE = "V20260104_000000__RequireCode.java";

    private ReviewMigrations() {
    }

    /** The first migration: creates {@code customers (id bigint PRIMARY KEY, name varchar(255))}. */
    static void customers(Path dir) {
        write(dir, CUSTOMERS_FILE, CUSTOMERS, List.of(), "customers",
                "ops.createTable(Table.of(CUSTOMERS, List.of(Column.of(\"id\", \"bigint\").notNull(),\n"
                        + "                Column.of(\"name\", \"character varying(255)\")))\n"
                        + "                .withPrimaryKey(PrimaryKey.of(\"customers_pkey\", \"id\")));",
                "ops.execute(\"DROP TABLE customers\");");
    }

    /** Drops {@code customers.name}; {@code acceptance} is appended to the operation (empty: not accepted). */
    static void dropName(Path dir, String acceptance) {
        write(dir, DROP_NAME_FILE, DROP_NAME, List.of(CUSTOMERS), "drop name",
                "ops.dropColumn(CUSTOMERS, Column.of(\"name\", \"character varying(255)\"))" + acceptance + ";",
                "ops.addColumn(CUSTOMERS, Column.of(\"name\", \"character varying(255)\"));");
    }

    /** Adds a NOT NULL {@code code} whose backfill value is still to be written. */
    static void addCode(Path dir, String parent) {
        write(dir, ADD_CODE_FILE, ADD_CODE, List.of(parent), "add code",
                "ops.addColumn(CUSTOMERS, Column.of(\"code\", \"text\"));\n"
                        + "        ops.backfillToBeWritten(CUSTOMERS, \"code\");\n"
                        + "        ops.setNotNull(CUSTOMERS, \"code\");",
                "ops.dropColumn(CUSTOMERS, Column.of(\"code\", \"text\"));");
    }

    /** Adds a NOT NULL {@code code}, backfilled with {@code 'none'}. */
    static void requireCode(Path dir, String parent) {
        write(dir, REQUIRE_CODE_FILE, REQUIRE_CODE, List.of(parent), "require code",
                "ops.addColumn(CUSTOMERS, Column.of(\"code\", \"text\"));\n"
                        + "        ops.backfill(CUSTOMERS, \"code\", \"'none'\");\n"
                        + "        ops.setNotNull(CUSTOMERS, \"code\");",
                "ops.dropColumn(CUSTOMERS, Column.of(\"code\", \"text\"));");
    }

    /** The 1-based line of a migration file that contains the text. */
    static int lineOf(Path dir, String file, String text) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(text + " is not in " + file);
    }

    private static void write(Path dir, String file, String id, List<String> parents, String message, String upgrade,
                              String downgrade) {
        String className = file.substring(0, file.length() - ".java".length());
        String parentList = parents.isEmpty() ? "" : ", parents = \"" + parents.get(0) + "\"";
        String source = """
                package db.migrations;

                import dev.retort.hazard.Hazard;
                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;
                import dev.retort.model.Column;
                import dev.retort.model.PrimaryKey;
                import dev.retort.model.QualifiedName;
                import dev.retort.model.Table;
                import java.util.List;

                @Revision(id = "%s"%s, message = "%s", created = "2026-01-01T00:00:00Z")
                public class %s implements Migration {

                    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");

                    @Override
                    public void upgrade(Operations ops) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations ops) {
                        %s
                    }
                }
                """.formatted(id, parentList, message, className, upgrade, downgrade);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
