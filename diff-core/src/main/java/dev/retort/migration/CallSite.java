package dev.retort.migration;

import java.util.Optional;

/** Where in a migration's source an operation was recorded, for messages that name the file and line. */
public record CallSite(String fileName, int line) {

    /** The first caller outside this package: the migration's own line. */
    static Optional<CallSite> ofCaller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(Operations.class.getPackageName() + "."))
                .findFirst()
                .map(f -> new CallSite(f.getFileName() == null ? f.getClassName() : f.getFileName(),
                        f.getLineNumber())));
    }

    @Override
    public String toString() {
        return fileName + ":" + line;
    }
}
