package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.Change;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code ops.xxx(...)} call that records a change, through the typed method of
 * {@link dev.retort.migration.Operations} that records exactly that change. One table per migration class, since
 * the calls name that class's constants.
 */
final class OperationCalls {

    private final Map<Class<?>, Function<Change, CodeBlock>> calls = new HashMap<>();

    OperationCalls(ModelCode model) {
        ObjectCalls.register(this, model);
        ColumnCalls.register(this, model);
        ConstraintCalls.register(this, model);
    }

    <T extends Change> void on(Class<T> kind, Function<T, CodeBlock> call) {
        calls.put(kind, change -> call.apply(kind.cast(change)));
    }

    /** The call expression, without the statement's semicolon. */
    CodeBlock call(Change change) {
        Function<Change, CodeBlock> call = calls.get(change.getClass());
        if (call == null) {
            throw new IllegalArgumentException("no operation call for change kind " + change.op());
        }
        return call.apply(change);
    }

    /** Whether a change kind has a call; every permitted kind of {@link Change} must. */
    boolean handles(Class<?> kind) {
        return calls.containsKey(kind);
    }
}
