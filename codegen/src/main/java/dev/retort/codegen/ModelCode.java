package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.model.Column;
import dev.retort.model.ColumnReference;
import dev.retort.model.EnumType;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Java expressions that rebuild model values with the model's own factories and withers, for example
 * {@code Column.of("phone", "character varying(20)").notNull()}; names of tables, sequences and types become the
 * class's constants.
 */
final class ModelCode {

    private final NameConstants names;
    private final ConstraintCode constraints;

    ModelCode(NameConstants names) {
        this.names = names;
        this.constraints = new ConstraintCode(this);
    }

    ConstraintCode constraints() {
        return constraints;
    }

    /** The constants named so far, with the names they stand for, in order of first use. */
    Map<QualifiedName, String> constants() {
        return names.all();
    }

    /** The constant standing for a table, sequence or type name. */
    CodeBlock name(QualifiedName name) {
        return CodeBlock.of("$L", names.constantFor(name));
    }

    /** A name written in place, for collations and operator classes. */
    static CodeBlock inlineName(QualifiedName name) {
        return CodeBlock.of("$T.of($S, $S)", QualifiedName.class, name.schema(), name.name());
    }

    static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }

    static CodeBlock stringList(List<String> values) {
        return CodeBlock.of("$T.of($L)", List.class, strings(values));
    }

    static CodeBlock optionalString(Optional<String> value) {
        return optional(value, v -> CodeBlock.of("$S", v));
    }

    static <T> CodeBlock optional(Optional<T> value, Function<T, CodeBlock> code) {
        return value.map(v -> CodeBlock.of("$T.of($L)", Optional.class, code.apply(v)))
                .orElseGet(() -> CodeBlock.of("$T.empty()", Optional.class));
    }

    /** {@code List.of(a)} on one line, or one element per line when there are several. */
    static CodeBlock list(List<CodeBlock> elements) {
        if (elements.size() <= 1) {
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($>", List.class);
        for (int i = 0; i < elements.size(); i++) {
            code.add("\n$L$L", elements.get(i), i + 1 < elements.size() ? "," : "");
        }
        return code.add("$<)").build();
    }

    CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $S)", Column.class, column.name(), column.type());
        if (!column.nullable() && column.identity().isEmpty()) {
            code.add("$Z.notNull()");
        }
        column.defaultExpression().ifPresent(expression -> code.add("$Z.withDefault($S)", expression));
        column.identity().ifPresent(identity -> code.add("$Z.withIdentity($L)", identity(identity)));
        column.generated().ifPresent(generated -> code.add("$Z.withGenerated($L)", generated(generated)));
        column.collation().ifPresent(collation -> code.add("$Z.withCollation($L)", inlineName(collation)));
        column.comment().ifPresent(comment -> code.add("$Z.withComment($S)", comment));
        return code.build();
    }

    static CodeBlock identity(Identity identity) {
        return CodeBlock.of("new $T($T.$L,$W$S,$W$L)", Identity.class, IdentityGeneration.class,
                identity.generation().name(), identity.sequenceName(), SequenceOptionsCode.of(identity.options()));
    }

    private static CodeBlock generated(GeneratedColumn generated) {
        if (generated.kind() == GeneratedKind.STORED) {
            return CodeBlock.of("$T.stored($S)", GeneratedColumn.class, generated.expression());
        }
        return CodeBlock.of("new $T($S,$W$T.$L)", GeneratedColumn.class, generated.expression(), GeneratedKind.class,
                generated.kind().name());
    }

    /** {@code Table.of(NAME, List.of(columns...))} followed by one wither per line for what else it has. */
    CodeBlock table(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($L, $L)", Table.class, name(table.name()),
                list(table.columns().stream().map(this::column).toList()));
        table.primaryKey().ifPresent(pk -> code.add("\n.withPrimaryKey($L)", constraints.primaryKey(pk)));
        if (!table.uniqueConstraints().isEmpty()) {
            code.add("\n.withUniqueConstraints($L)",
                    list(table.uniqueConstraints().stream().map(constraints::unique).toList()));
        }
        if (!table.foreignKeys().isEmpty()) {
            code.add("\n.withForeignKeys($L)",
                    list(table.foreignKeys().stream().map(constraints::foreignKey).toList()));
        }
        if (!table.checks().isEmpty()) {
            code.add("\n.withChecks($L)", list(table.checks().stream().map(constraints::check).toList()));
        }
        if (!table.indexes().isEmpty()) {
            code.add("\n.withIndexes($L)", list(table.indexes().stream().map(constraints::index).toList()));
        }
        table.comment().ifPresent(comment -> code.add("\n.withComment($S)", comment));
        return code.build();
    }

    CodeBlock enumType(EnumType type) {
        if (type.labels().isEmpty()) {
            return CodeBlock.of("$T.of($L)", EnumType.class, name(type.name()));
        }
        return CodeBlock.of("$T.of($L, $L)", EnumType.class, name(type.name()), strings(type.labels()));
    }

    CodeBlock sequence(Sequence sequence) {
        CodeBlock code = CodeBlock.of("$T.of($L, $L)", Sequence.class, name(sequence.name()),
                SequenceOptionsCode.of(sequence.options()));
        return sequence.ownedBy()
                .map(owner -> CodeBlock.of("$L$Z.ownedBy($L, $S)", code, name(owner.table()), owner.column()))
                .orElse(code);
    }

    CodeBlock columnReference(ColumnReference reference) {
        return CodeBlock.of("new $T($L,$W$S)", ColumnReference.class, name(reference.table()), reference.column());
    }
}
