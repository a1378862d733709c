package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;

/**
 * Java expressions for constraints, indexes and index keys: the short factory where it gives the value, then
 * withers; the canonical constructor where no factory fits.
 */
final class ConstraintCode {

    private final ModelCode model;

    ConstraintCode(ModelCode model) {
        this.model = model;
    }

    CodeBlock primaryKey(PrimaryKey pk) {
        if (pk.deferrability() == Deferrability.NOT_DEFERRABLE) {
            return CodeBlock.of("$T.of($S, $L)", PrimaryKey.class, pk.name(), ModelCode.strings(pk.columns()));
        }
        return CodeBlock.of("new $T($S,$W$L,$W$L)", PrimaryKey.class, pk.name(), ModelCode.stringList(pk.columns()),
                constant(pk.deferrability()));
    }

    CodeBlock unique(UniqueConstraint unique) {
        if (!unique.nullsNotDistinct() && unique.deferrability() == Deferrability.NOT_DEFERRABLE) {
            return CodeBlock.of("$T.of($S, $L)", UniqueConstraint.class, unique.name(),
                    ModelCode.strings(unique.columns()));
        }
        return CodeBlock.of("new $T($S,$W$L,$W$L,$W$L)", UniqueConstraint.class, unique.name(),
                ModelCode.stringList(unique.columns()), unique.nullsNotDistinct(), constant(unique.deferrability()));
    }

    CodeBlock foreignKey(ForeignKey fk) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S,$W$L,$W$L,$W$L)", ForeignKey.class, fk.name(),
                ModelCode.stringList(fk.columns()), model.name(fk.referencedTable()),
                ModelCode.stringList(fk.referencedColumns()));
        if (fk.onDelete() != ReferentialAction.NO_ACTION || fk.onUpdate() != ReferentialAction.NO_ACTION) {
            code.add("$Z.withActions($L, $L)", constant(fk.onDelete()), constant(fk.onUpdate()));
        }
        if (fk.match() != MatchType.SIMPLE) {
            code.add("$Z.withMatch($L)", constant(fk.match()));
        }
        if (fk.deferrability() != Deferrability.NOT_DEFERRABLE) {
            code.add("$Z.withDeferrability($L)", constant(fk.deferrability()));
        }
        if (!fk.validated()) {
            code.add("$Z.withValidated(false)");
        }
        return code.build();
    }

    CodeBlock check(CheckConstraint check) {
        if (check.validated()) {
            return CodeBlock.of("$T.of($S, $S)", CheckConstraint.class, check.name(), check.expression());
        }
        return CodeBlock.of("new $T($S,$W$S,$Wfalse)", CheckConstraint.class, check.name(), check.expression());
    }

    /** {@code Index.on(name, columns...)} with withers when every key is a plain ascending column. */
    CodeBlock index(Index index) {
        boolean plainColumns = index.keys().stream().allMatch(k -> k.equals(IndexKey.column(k.value())));
        if (!plainColumns) {
            return CodeBlock.of("new $T($S,$W$L,$W$S,$W$L,$W$L,$W$L,$W$L)", Index.class, index.name(), index.unique(),
                    index.method(), ModelCode.list(index.keys().stream().map(ConstraintCode::indexKey).toList()),
                    ModelCode.stringList(index.include()), ModelCode.optionalString(index.predicate()),
                    index.nullsNotDistinct());
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.on($S, $L)", Index.class, index.name(),
                ModelCode.strings(index.keys().stream().map(IndexKey::value).toList()));
        if (index.nullsNotDistinct()) {
            code.add("$Z.withNullsNotDistinct()");
        } else if (index.unique()) {
            code.add("$Z.asUnique()");
        }
        if (!index.method().equals("btree")) {
            code.add("$Z.withMethod($S)", index.method());
        }
        if (!index.include().isEmpty()) {
            code.add("$Z.withInclude($L)", ModelCode.strings(index.include()));
        }
        index.predicate().ifPresent(predicate -> code.add("$Z.withPredicate($S)", predicate));
        return code.build();
    }

    static CodeBlock indexKey(IndexKey key) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L($S)", IndexKey.class,
                key.kind() == IndexKey.Kind.COLUMN ? "column" : "expression", key.value());
        if (key.descending()) {
            code.add("$Z.sortedDescending()");
        }
        if (!key.hasDefaultNullsOrder()) {
            code.add("$Z.withNullsFirst($L)", key.nullsFirst());
        }
        key.collation().ifPresent(collation -> code.add("$Z.withCollation($L)", ModelCode.inlineName(collation)));
        key.opclass().ifPresent(opclass -> code.add("$Z.withOpclass($L)", ModelCode.inlineName(opclass)));
        return code.build();
    }

    private static CodeBlock constant(Enum<?> value) {
        return CodeBlock.of("$T.$L", value.getDeclaringClass(), value.name());
    }
}
