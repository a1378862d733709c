package dev.retort.migration.runner;

import java.util.List;

/** What a stamp changed in the history: the revisions it removed and those it (re)wrote, nothing run. */
public record StampResult(List<String> removed, List<String> recorded) {

    public StampResult {
        removed = List.copyOf(removed);
        recorded = List.copyOf(recorded);
    }
}
