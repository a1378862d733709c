package dev.retort.diff;

import java.util.Objects;

/**
 * A dropped and an added object (column or table) that look like one object renamed. Without a rename hint
 * the plan keeps both changes and flags them; the candidate names the other half for the reviewer.
 */
public record RenameCandidate(Change drop, Change add, String droppedName, String addedName) {

    public RenameCandidate {
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(droppedName, "droppedName");
        Objects.requireNonNull(addedName, "addedName");
    }
}
