package dev.retort.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code --rename} hint as the user wrote it: {@code table=new}, {@code schema.table=new},
 * {@code table.column=new} or {@code schema.table.column=new}. Whether a two-part name means a table in a
 * schema or a column of a table is decided against the current schema by {@link RenameHints}.
 */
public record RenameHint(String spec, List<String> parts, String newName) {

    public RenameHint {
        Objects.requireNonNull(spec, "spec");
        parts = List.copyOf(parts);
        Objects.requireNonNull(newName, "newName");
    }

    /** Parses {@code a.b=c}; names are case-sensitive and may be double-quoted to contain dots. */
    public static RenameHint parse(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--rename " + spec + ": expected OLD=NEW, e.g. users.name=full_name "
                    + "(a column) or users=customers (a table)");
        }
        String newName = unquote(spec.substring(eq + 1).strip(), spec);
        if (newName.contains(".")) {
            throw new IllegalArgumentException("--rename " + spec + ": the new name is a bare name (a rename "
                    + "never moves an object to another table or schema)");
        }
        List<String> parts = splitName(spec.substring(0, eq).strip(), spec);
        if (parts.size() > 3) {
            throw new IllegalArgumentException("--rename " + spec + ": the old name has more than three parts");
        }
        return new RenameHint(spec, parts, newName);
    }

    /** The name this hint's object has as a plain {@code a.b.c} string, for messages. */
    public String oldName() {
        return String.join(".", parts);
    }

    private static List<String> splitName(String name, String spec) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '.' && !quoted) {
                parts.add(requireNonEmpty(current.toString(), spec));
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("--rename " + spec + ": unbalanced double quote");
        }
        parts.add(requireNonEmpty(current.toString(), spec));
        return parts;
    }

    private static String unquote(String name, String spec) {
        String bare = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
        return requireNonEmpty(bare, spec);
    }

    private static String requireNonEmpty(String part, String spec) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("--rename " + spec + ": empty name part");
        }
        return part;
    }
}
