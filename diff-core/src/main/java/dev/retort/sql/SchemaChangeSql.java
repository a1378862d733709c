package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.literal;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/** The SQL of schema and enum-type changes. */
final class SchemaChangeSql {

    private SchemaChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.CreateSchema c) {
            // Why no IF NOT EXISTS: the change says the schema is missing; if it is not, the plan is stale.
            return one("CREATE SCHEMA " + quote(c.schema()));
        }
        if (change instanceof Change.DropSchema c) {
            return one("DROP SCHEMA " + quote(c.schema()));
        }
        if (change instanceof Change.CreateEnum c) {
            return one(SequenceDdl.createEnum(c.type()));
        }
        if (change instanceof Change.DropEnum c) {
            return one("DROP TYPE " + quote(c.type().name()));
        }
        if (change instanceof Change.AddEnumValue c) {
            return one("ALTER TYPE " + quote(c.type()) + " ADD VALUE " + literal(c.value())
                    + c.before().map(before -> " BEFORE " + literal(before)).orElse(""));
        }
        if (change instanceof Change.DropEnumValue c) {
            throw new UnsupportedChangeException(c, dropEnumValueAdvice(c));
        }
        return Optional.empty();
    }

    /**
     * Why refused: PostgreSQL has no {@code ALTER TYPE ... DROP VALUE}. The rebuild (HAZARDS.md R12) must
     * convert every column that uses the type, which this change does not know, and map the rows that hold
     * the label, which only the reviewer can decide.
     */
    private static String dropEnumValueAdvice(Change.DropEnumValue change) {
        QualifiedName type = change.type();
        String rebuilt = quote(QualifiedName.of(type.schema(), type.name() + "_new"));
        return "PostgreSQL cannot remove the label " + literal(change.value()) + " from enum type " + quote(type)
                + " in place. Write the rebuild (HAZARDS.md R12) as an execute step: UPDATE every row that holds "
                + literal(change.value()) + " to another label; CREATE TYPE " + rebuilt
                + " AS ENUM (the remaining labels, in order); for each column of type " + quote(type)
                + ": ALTER COLUMN ... DROP DEFAULT, ALTER COLUMN ... TYPE " + rebuilt + " USING <column>::text::"
                + rebuilt + ", SET DEFAULT again; recreate the views and functions that use the type; DROP TYPE "
                + quote(type) + "; ALTER TYPE " + rebuilt + " RENAME TO " + quote(type.name()) + ".";
    }
}
