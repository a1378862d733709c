package dev.retort.migration.graph;

import dev.retort.migration.MigrationException;

/** A revision graph that cannot be built, or a target that does not name what a command needs (exit 2). */
public final class RevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /** The specific problem, for callers and tests that need more than the message. */
    public enum Problem {
        /** No revision has this id or id prefix. */
        UNKNOWN,
        /** An id prefix matches several revisions. */
        AMBIGUOUS,
        /** Parents lead back to a revision itself. */
        CYCLE,
        /** A parent that no migration declares. */
        MISSING_PARENT,
        /** Two migrations declare one id. */
        DUPLICATE_ID,
        /** A revision id that cannot be told apart from a target expression. */
        INVALID_ID,
        /** One revision is needed but there are several heads (of the graph or of the database). */
        MULTIPLE_HEADS,
        /** A relative step up or down meets a branch point or a merge, or runs past a head or base. */
        RELATIVE_STEP,
        /** A target or range that does not parse. */
        SYNTAX
    }

    private final Problem problem;

    public RevisionException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public Category category() {
        return Category.INVALID;
    }
}
