package dev.retort.model;

/** The generation expression of a generated column, as {@code pg_get_expr} prints it, and its kind. */
public record GeneratedColumn(String expression, GeneratedKind kind) {

    public GeneratedColumn {
        Canonical.name(expression, "generation expression");
        Canonical.required(kind, "generated column kind");
    }

    public static GeneratedColumn stored(String expression) {
        return new GeneratedColumn(expression, GeneratedKind.STORED);
    }
}
