package dev.retort.diff;

import static dev.retort.diff.ChangeText.quoted;

import java.util.Optional;
import java.util.stream.Collectors;

/** The review line of schema, enum-type and raw SQL changes. */
final class SchemaChangeText {

    /** Why a limit: the review table shows one line per change, and raw SQL can run to pages. */
    private static final int SQL_WIDTH = 100;

    private SchemaChangeText() {
    }

    static Optional<String> describe(Change change) {
        if (change instanceof Change.CreateSchema c) {
            return Optional.of("create schema " + c.schema());
        }
        if (change instanceof Change.DropSchema c) {
            return Optional.of("drop schema " + c.schema());
        }
        if (change instanceof Change.CreateEnum c) {
            return Optional.of("create enum " + c.type().name() + " "
                    + c.type().labels().stream().map(ChangeText::quoted).collect(Collectors.joining(", ", "(", ")")));
        }
        if (change instanceof Change.DropEnum c) {
            return Optional.of("drop enum " + c.type().name());
        }
        if (change instanceof Change.AddEnumValue c) {
            return Optional.of("add enum value " + quoted(c.value()) + " to " + c.type()
                    + c.before().map(before -> " before " + quoted(before)).orElse(""));
        }
        if (change instanceof Change.DropEnumValue c) {
            return Optional.of("drop enum value " + quoted(c.value()) + " from " + c.type());
        }
        if (change instanceof Change.Execute c) {
            return Optional.of(c.sql().map(sql -> "execute " + oneLine(sql)).orElse("execute nothing"));
        }
        return Optional.empty();
    }

    /** The SQL with its whitespace runs collapsed, cut at {@link #SQL_WIDTH} characters. */
    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= SQL_WIDTH ? line : line.substring(0, SQL_WIDTH - 3) + "...";
    }
}
