package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.Set;
import java.util.regex.Pattern;

/** The rule for revision ids: anything a target expression can name without being mistaken for one. */
final class RevisionIds {

    /** Words that are targets of their own. */
    static final Set<String> KEYWORDS = Set.of("head", "heads", "base");

    /**
     * Why these characters are refused: ':' separates a range, whitespace splits arguments, and an id ending in
     * {@code +N} or {@code -N} would read as a relative step.
     */
    private static final Pattern UNUSABLE = Pattern.compile("[:\\s]|[+-]\\d+$");

    private RevisionIds() {
    }

    static void check(MigrationSource source) {
        String id = source.id();
        if (id.isEmpty() || KEYWORDS.contains(id) || UNUSABLE.matcher(id).find()) {
            throw new RevisionException(Problem.INVALID_ID, source.location() + " declares the revision id '" + id
                    + "', which cannot be told apart from a target: use letters and digits (12 hex characters by"
                    + " default), not head/heads/base, no ':' or spaces, not ending in +N or -N");
        }
        if (source.parents().contains(id)) {
            throw new RevisionException(Problem.CYCLE, source.describe() + " names itself as its parent");
        }
    }
}
