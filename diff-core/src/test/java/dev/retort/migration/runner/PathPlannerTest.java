package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static dev.retort.migration.runner.TestMigrations.C;
import static dev.retort.migration.runner.TestMigrations.D;
import static dev.retort.migration.runner.TestMigrations.E;
import static dev.retort.migration.runner.TestMigrations.G;
import static dev.retort.migration.runner.TestMigrations.M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.Target;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paths between a history and a target, and how migrations stopped part way are continued or refused. */
class PathPlannerTest {

    private final RevisionGraph graph = TestMigrations.graph(TestMigrations.branched());

    @Test
    void upgradesApplyEveryMissingAncestorAndContinueAPartlyAppliedMigration() {
        History history = history(List.of(A, B, C), new HistoryEntry(D, Optional.empty(), time(), "u",
                HistoryEntry.State.UPGRADING, 1));

        assertThat(steps(PathPlanner.upgrade(graph, history, target(G))))
                .containsExactly("UPGRADE " + D + " after 1", "UPGRADE " + E + " after 0", "UPGRADE " + M + " after 0",
                        "UPGRADE " + G + " after 0");
    }

    @Test
    void downgradesRevertDescendantsOnlyAndContinueAPartlyRevertedMigration() {
        History history = history(List.of(A, B, C, E), new HistoryEntry(D, Optional.empty(), time(), "u",
                HistoryEntry.State.DOWNGRADING, 1));

        assertThat(steps(PathPlanner.downgrade(graph, history, target(B))))
                .containsExactly("DOWNGRADE " + E + " after 0", "DOWNGRADE " + D + " after 1",
                        "DOWNGRADE " + C + " after 0");
        assertThat(steps(PathPlanner.downgrade(graph, history(List.of(A, B, C, E)), target(C))))
                .isEmpty();
    }

    @Test
    void refusesToRunPastAMigrationStoppedInTheOtherDirection() {
        History upgrading = history(List.of(A, B), new HistoryEntry(C, Optional.empty(), time(), "u",
                HistoryEntry.State.UPGRADING, 2));

        assertThatThrownBy(() -> PathPlanner.downgrade(graph, upgrading, new Target("base", List.of())))
                .isInstanceOf(MigrationStateException.class)
                .hasMessage("revision c1d2e3f4a5b6 stopped part way through its upgrade (2 step(s) done), so this"
                        + " downgrade cannot run: upgrade to it (or beyond) to finish it first, or stamp the"
                        + " database once you have repaired it by hand");
        assertThatThrownBy(() -> PathPlanner.upgrade(graph, upgrading, target(B)))
                .isInstanceOf(MigrationStateException.class);
    }

    @Test
    void stampingLeavesWhatAnUpgradeOrDowngradeWouldLeave() {
        History history = history(List.of(A, B, C, D, E, "ffffffffffff"));

        assertThat(PathPlanner.stampedState(graph, history, target(C))).isEqualTo(Set.of(A, B, C, E));
        assertThat(PathPlanner.stampedState(graph, history, target(G))).isEqualTo(Set.of(A, B, C, D, E, M, G));
        assertThat(PathPlanner.stampedState(graph, history, new Target("base", List.of()))).isEmpty();
    }

    private static List<String> steps(List<PathStep> path) {
        return path.stream().map(s -> s.direction() + " " + s.revision() + " after " + s.stepsDone()).toList();
    }

    private static Target target(String revision) {
        return new Target(revision, List.of(revision));
    }

    private static History history(List<String> applied, HistoryEntry... partial) {
        List<HistoryEntry> entries = new ArrayList<>();
        applied.forEach(id -> entries.add(new HistoryEntry(id, Optional.empty(), time(), "u",
                HistoryEntry.State.APPLIED, 0)));
        entries.addAll(List.of(partial));
        return new History(true, entries);
    }

    private static OffsetDateTime time() {
        return OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.UTC);
    }
}
