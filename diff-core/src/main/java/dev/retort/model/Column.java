package dev.retort.model;

import java.util.Optional;

/**
 * A table column: its type as {@code format_type} spells it (for example {@code character varying(255)},
 * {@code timestamp(6) with time zone}, {@code public.status[]}), nullability, default expression, identity,
 * generation expression, non-default collation and comment.
 */
public record Column(String name, String type, boolean nullable, Optional<String> defaultExpression,
                     Optional<Identity> identity, Optional<GeneratedColumn> generated,
                     Optional<QualifiedName> collation, Optional<String> comment) {

    public Column {
        Canonical.name(name, "column name");
        Canonical.name(type, "type of column ", name);
        Canonical.required(defaultExpression, "default of column ", name);
        Canonical.required(identity, "identity of column ", name);
        Canonical.required(generated, "generation of column ", name);
        Canonical.required(collation, "collation of column ", name);
        Canonical.required(comment, "comment of column ", name);
        // Why: PostgreSQL rejects each of these combinations (ALTER TABLE / CREATE TABLE documentation),
        // so a model holding one could never be built or read back.
        if (identity.isPresent() && defaultExpression.isPresent()) {
            throw new IllegalArgumentException("column " + name + " cannot be an identity column and have a default");
        }
        if (identity.isPresent() && nullable) {
            throw new IllegalArgumentException("identity column " + name + " must be NOT NULL");
        }
        if (generated.isPresent() && (defaultExpression.isPresent() || identity.isPresent())) {
            throw new IllegalArgumentException("generated column " + name + " cannot have a default or an identity");
        }
    }

    /** A nullable column with nothing else set. */
    public static Column of(String name, String type) {
        return new Column(name, type, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Column notNull() {
        return withNullable(false);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generated, collation, comment);
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generated, collation, comment);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generated, collation, comment);
    }

    public Column withDefault(String expression) {
        return withDefault(Optional.of(expression));
    }

    public Column withDefault(Optional<String> expression) {
        return new Column(name, type, nullable, expression, identity, generated, collation, comment);
    }

    /** This column as an identity column; identity columns are always NOT NULL. */
    public Column withIdentity(Identity newIdentity) {
        return withIdentity(Optional.of(newIdentity));
    }

    public Column withIdentity(Optional<Identity> newIdentity) {
        return new Column(name, type, nullable && newIdentity.isEmpty(), defaultExpression, newIdentity, generated,
                collation, comment);
    }

    public Column withGenerated(GeneratedColumn newGenerated) {
        return new Column(name, type, nullable, defaultExpression, identity, Optional.of(newGenerated), collation,
                comment);
    }

    public Column withCollation(QualifiedName newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generated, Optional.of(newCollation),
                comment);
    }

    public Column withComment(String newComment) {
        return withComment(Optional.of(newComment));
    }

    public Column withComment(Optional<String> newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generated, collation, newComment);
    }
}
