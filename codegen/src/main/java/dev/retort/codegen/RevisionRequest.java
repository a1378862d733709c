package dev.retort.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the author asks for besides the plan: the message, the parent revisions (none for the first, several for a
 * merge) and, optionally, the revision id ({@code --rev-id}); without one the generator draws a new id.
 */
public record RevisionRequest(String message, List<String> parents, Optional<String> revisionId) {

    /**
     * Letters, digits and underscores only. Why: ids appear in targets such as {@code REV+2}, {@code REV-1} and
     * ranges {@code FROM:TO}, which any of {@code +-:} would make ambiguous.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final List<String> RESERVED = List.of("head", "heads", "base");

    public RevisionRequest {
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a revision needs a message");
        }
        parents = List.copyOf(parents);
        parents.forEach(RevisionRequest::requireValidId);
        if (new HashSet<>(parents).size() != parents.size()) {
            throw new IllegalArgumentException("a revision names the same parent twice: " + parents);
        }
        Objects.requireNonNull(revisionId, "revisionId");
        revisionId.ifPresent(RevisionRequest::requireValidId);
    }

    public static RevisionRequest of(String message, String... parents) {
        return new RevisionRequest(message, List.of(parents), Optional.empty());
    }

    public RevisionRequest withRevisionId(String id) {
        return new RevisionRequest(message, parents, Optional.of(id));
    }

    /** Refuses an id that targets and ranges could not name unambiguously. */
    public static String requireValidId(String id) {
        Objects.requireNonNull(id, "revision id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("revision id '" + id + "' must consist of letters, digits and"
                    + " underscores only");
        }
        if (RESERVED.contains(id)) {
            throw new IllegalArgumentException("revision id '" + id + "' is a reserved target name");
        }
        return id;
    }
}
