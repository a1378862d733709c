package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.Change;

/** Calls for schemas, tables as a whole, enum types, sequences, comments and raw SQL. */
final class ObjectCalls {

    private ObjectCalls() {
    }

    static void register(OperationCalls calls, ModelCode m) {
        calls.on(Change.CreateSchema.class, c -> CodeBlock.of("ops.createSchema($S)", c.schema()));
        calls.on(Change.DropSchema.class, c -> CodeBlock.of("ops.dropSchema($S)", c.schema()));
        calls.on(Change.CreateTable.class, c -> CodeBlock.of("ops.createTable($L)", m.table(c.table())));
        calls.on(Change.DropTable.class, c -> CodeBlock.of("ops.dropTable($L)", m.table(c.table())));
        calls.on(Change.RenameTable.class, c -> CodeBlock.of("ops.renameTable($L,$W$S)", m.name(c.table()),
                c.newName()));
        calls.on(Change.CreateEnum.class, c -> CodeBlock.of("ops.createEnum($L)", m.enumType(c.type())));
        calls.on(Change.DropEnum.class, c -> CodeBlock.of("ops.dropEnum($L)", m.enumType(c.type())));
        calls.on(Change.AddEnumValue.class, c -> c.before()
                .map(before -> CodeBlock.of("ops.addEnumValueBefore($L,$W$S,$W$S)", m.name(c.type()), c.value(),
                        before))
                .orElseGet(() -> CodeBlock.of("ops.addEnumValue($L,$W$S)", m.name(c.type()), c.value())));
        calls.on(Change.DropEnumValue.class, c -> CodeBlock.of("ops.dropEnumValue($L,$W$S,$W$L)", m.name(c.type()),
                c.value(), ModelCode.optionalString(c.before())));
        calls.on(Change.CreateSequence.class, c -> CodeBlock.of("ops.createSequence($L)", m.sequence(c.sequence())));
        calls.on(Change.DropSequence.class, c -> CodeBlock.of("ops.dropSequence($L)", m.sequence(c.sequence())));
        calls.on(Change.AlterSequence.class, c -> CodeBlock.of("ops.alterSequence($L,$W$L,$W$L)", m.name(c.sequence()),
                SequenceOptionsCode.of(c.from()), SequenceOptionsCode.of(c.to())));
        calls.on(Change.RenameSequence.class, c -> CodeBlock.of("ops.renameSequence($L,$W$S)", m.name(c.sequence()),
                c.newName()));
        calls.on(Change.SetSequenceOwner.class, c -> CodeBlock.of("ops.setSequenceOwner($L,$W$L,$W$L)",
                m.name(c.sequence()), ModelCode.optional(c.from(), m::columnReference),
                ModelCode.optional(c.to(), m::columnReference)));
        calls.on(Change.SetComment.class, c -> setComment(c, m));
        calls.on(Change.Execute.class, ObjectCalls::execute);
    }

    private static CodeBlock setComment(Change.SetComment c, ModelCode m) {
        if (c.column().isPresent()) {
            return CodeBlock.of("ops.setColumnComment($L,$W$S,$W$L,$W$L)", m.name(c.table()), c.column().get(),
                    ModelCode.optionalString(c.from()), ModelCode.optionalString(c.to()));
        }
        return CodeBlock.of("ops.setTableComment($L,$W$L,$W$L)", m.name(c.table()), ModelCode.optionalString(c.from()),
                ModelCode.optionalString(c.to()));
    }

    /** {@code ops.execute(sql)} records only SQL without a reverse; anything else is the full change. */
    private static CodeBlock execute(Change.Execute c) {
        if (c.sql().isPresent() && c.reverseSql().isEmpty()) {
            return CodeBlock.of("ops.execute($S)", c.sql().get());
        }
        return CodeBlock.of("ops.apply(new $T($L,$W$L))", Change.Execute.class, ModelCode.optionalString(c.sql()),
                ModelCode.optionalString(c.reverseSql()));
    }
}
