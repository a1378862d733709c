package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.Change;

/** Calls for columns: add, drop, rename, type, nullability, defaults, identity and backfills. */
final class ColumnCalls {

    private ColumnCalls() {
    }

    static void register(OperationCalls calls, ModelCode m) {
        calls.on(Change.AddColumn.class, c -> CodeBlock.of("ops.addColumn($L,$W$L)", m.name(c.table()),
                m.column(c.column())));
        calls.on(Change.DropColumn.class, c -> CodeBlock.of("ops.dropColumn($L,$W$L)", m.name(c.table()),
                m.column(c.column())));
        calls.on(Change.RenameColumn.class, c -> CodeBlock.of("ops.renameColumn($L,$W$S,$W$S)", m.name(c.table()),
                c.column(), c.newName()));
        calls.on(Change.AlterColumnType.class, c -> alterColumnType(c, m));
        calls.on(Change.SetNotNull.class, c -> CodeBlock.of("ops.setNotNull($L,$W$S)", m.name(c.table()), c.column()));
        calls.on(Change.DropNotNull.class, c -> CodeBlock.of("ops.dropNotNull($L,$W$S)", m.name(c.table()),
                c.column()));
        calls.on(Change.SetDefault.class, c -> c.from()
                .map(from -> CodeBlock.of("ops.changeDefault($L,$W$S,$W$S,$W$S)", m.name(c.table()), c.column(), from,
                        c.to()))
                .orElseGet(() -> CodeBlock.of("ops.setDefault($L,$W$S,$W$S)", m.name(c.table()), c.column(), c.to())));
        calls.on(Change.DropDefault.class, c -> CodeBlock.of("ops.dropDefault($L,$W$S,$W$S)", m.name(c.table()),
                c.column(), c.from()));
        calls.on(Change.AddIdentity.class, c -> CodeBlock.of("ops.addIdentity($L,$W$S,$W$L)", m.name(c.table()),
                c.column(), ModelCode.identity(c.identity())));
        calls.on(Change.DropIdentity.class, c -> CodeBlock.of("ops.dropIdentity($L,$W$S,$W$L)", m.name(c.table()),
                c.column(), ModelCode.identity(c.identity())));
        calls.on(Change.Backfill.class, c -> c.value()
                .map(value -> CodeBlock.of("ops.backfill($L,$W$S,$W$S)", m.name(c.table()), c.column(), value))
                .orElseGet(() -> CodeBlock.of("ops.backfillToBeWritten($L,$W$S)", m.name(c.table()), c.column())));
    }

    /** The short form for a plain type change; the whole change when collations or USING conversions are set. */
    private static CodeBlock alterColumnType(Change.AlterColumnType c, ModelCode m) {
        if (c.fromCollation().isEmpty() && c.toCollation().isEmpty() && c.using().isEmpty()
                && c.reverseUsing().isEmpty()) {
            return CodeBlock.of("ops.alterColumnType($L,$W$S,$W$S,$W$S)", m.name(c.table()), c.column(), c.fromType(),
                    c.toType());
        }
        return CodeBlock.of("ops.alterColumnType(new $T($L,$W$S,$W$S,$W$S,$W$L,$W$L,$W$L,$W$L))",
                Change.AlterColumnType.class, m.name(c.table()), c.column(), c.fromType(), c.toType(),
                ModelCode.optional(c.fromCollation(), ModelCode::inlineName),
                ModelCode.optional(c.toCollation(), ModelCode::inlineName), ModelCode.optionalString(c.using()),
                ModelCode.optionalString(c.reverseUsing()));
    }
}
