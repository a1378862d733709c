package dev.retort.codegen.compile;

import java.util.List;
import java.util.stream.Collectors;

/** The migration sources do not compile; the message lists every error with its file and line. */
public final class MigrationCompileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CompileError> errors;

    public MigrationCompileException(List<CompileError> errors) {
        super(errors.stream().map(CompileError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CompileError> errors() {
        return errors;
    }
}
