package dev.retort.migration.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a database's history table says: whether it exists, and its rows in the order they were applied. */
public record History(boolean tableExists, List<HistoryEntry> entries) {

    public History {
        entries = List.copyOf(entries);
    }

    /** The history of a database that has never been migrated (or that an offline range starts at base). */
    public static History none() {
        return new History(false, List.of());
    }

    /**
     * The history a database at exactly these revisions would have, for offline SQL over an explicit range:
     * complete rows without checksums (so nothing counts as edited), the table present unless at base.
     */
    public static History assumed(Collection<String> revisions) {
        List<HistoryEntry> entries = revisions.stream().sorted().map(id -> new HistoryEntry(id, Optional.empty(),
                OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "offline", HistoryEntry.State.APPLIED, 0))
                .toList();
        return new History(!entries.isEmpty(), entries);
    }

    public Optional<HistoryEntry> entry(String revision) {
        return Optional.ofNullable(byRevision().get(revision));
    }

    /** Revisions applied completely. */
    public Set<String> applied() {
        return revisions(e -> e.state() == HistoryEntry.State.APPLIED);
    }

    /**
     * Revisions whose changes are (at least partly) in the database: applied ones, and those a failed downgrade
     * left part way.
     */
    public Set<String> present() {
        return revisions(e -> e.state() != HistoryEntry.State.UPGRADING);
    }

    /** Rows of revisions stopped part way. */
    public List<HistoryEntry> partial() {
        return entries.stream().filter(HistoryEntry::isPartial).toList();
    }

    private Map<String, HistoryEntry> byRevision() {
        return entries.stream().collect(Collectors.toMap(HistoryEntry::revision, Function.identity()));
    }

    private Set<String> revisions(java.util.function.Predicate<HistoryEntry> filter) {
        return entries.stream().filter(filter).map(HistoryEntry::revision).collect(Collectors.toUnmodifiableSet());
    }
}
