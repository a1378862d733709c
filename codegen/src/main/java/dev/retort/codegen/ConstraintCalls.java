package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.Change;

/** Calls for primary keys, unique, foreign key and check constraints, indexes, and their renames. */
final class ConstraintCalls {

    private ConstraintCalls() {
    }

    static void register(OperationCalls calls, ModelCode m) {
        ConstraintCode k = m.constraints();
        calls.on(Change.AddPrimaryKey.class, c -> CodeBlock.of("ops.addPrimaryKey($L,$W$L)", m.name(c.table()),
                k.primaryKey(c.primaryKey())));
        calls.on(Change.DropPrimaryKey.class, c -> CodeBlock.of("ops.dropPrimaryKey($L,$W$L)", m.name(c.table()),
                k.primaryKey(c.primaryKey())));
        calls.on(Change.AddUnique.class, c -> CodeBlock.of("ops.addUnique($L,$W$L)", m.name(c.table()),
                k.unique(c.unique())));
        calls.on(Change.DropUnique.class, c -> CodeBlock.of("ops.dropUnique($L,$W$L)", m.name(c.table()),
                k.unique(c.unique())));
        calls.on(Change.AddForeignKey.class, c -> CodeBlock.of("ops.addForeignKey($L,$W$L)", m.name(c.table()),
                k.foreignKey(c.foreignKey())));
        calls.on(Change.DropForeignKey.class, c -> CodeBlock.of("ops.dropForeignKey($L,$W$L)", m.name(c.table()),
                k.foreignKey(c.foreignKey())));
        calls.on(Change.AddCheck.class, c -> CodeBlock.of("ops.addCheck($L,$W$L)", m.name(c.table()),
                k.check(c.check())));
        calls.on(Change.DropCheck.class, c -> CodeBlock.of("ops.dropCheck($L,$W$L)", m.name(c.table()),
                k.check(c.check())));
        calls.on(Change.CreateIndex.class, c -> CodeBlock.of("ops.$L($L,$W$L)",
                c.concurrently() ? "createIndexConcurrently" : "createIndex", m.name(c.table()), k.index(c.index())));
        calls.on(Change.DropIndex.class, c -> CodeBlock.of("ops.$L($L,$W$L)",
                c.concurrently() ? "dropIndexConcurrently" : "dropIndex", m.name(c.table()), k.index(c.index())));
        calls.on(Change.RenameConstraint.class, c -> CodeBlock.of("ops.renameConstraint($L,$W$S,$W$S)",
                m.name(c.table()), c.constraint(), c.newName()));
        calls.on(Change.RenameIndex.class, c -> CodeBlock.of("ops.renameIndex($L,$W$S,$W$S)", m.name(c.table()),
                c.index(), c.newName()));
    }
}
