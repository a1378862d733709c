package dev.retort.migration.graph;

import static dev.retort.migration.graph.TestGraphs.A;
import static dev.retort.migration.graph.TestGraphs.B;
import static dev.retort.migration.graph.TestGraphs.C;
import static dev.retort.migration.graph.TestGraphs.D;
import static dev.retort.migration.graph.TestGraphs.E;
import static dev.retort.migration.graph.TestGraphs.G;
import static dev.retort.migration.graph.TestGraphs.M;
import static dev.retort.migration.graph.TestGraphs.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private final RevisionGraph graph = RevisionGraph.of(TestGraphs.branchedWithMerge());

    @Test
    void ordersParentsFirstAndBreaksTiesByCreationTime() {
        assertThat(graph.revisions().stream().map(MigrationSource::id)).containsExactly(A, B, C, D, E, M, G);
    }

    @Test
    void findsHeadsBasesBranchPointsAndMerges() {
        assertThat(graph.heads()).containsExactly(G);
        assertThat(graph.bases()).containsExactly(A);
        assertThat(graph.branchPoints()).containsExactly(B);
        assertThat(graph.merges()).containsExactly(M);
        assertThat(graph.children(B)).containsExactly(C, E);
    }

    @Test
    void anUnmergedBranchHasTwoHeads() {
        RevisionGraph unmerged = RevisionGraph.of(TestGraphs.twoHeads());

        assertThat(unmerged.heads()).containsExactly(D, E);
        assertThat(unmerged.merges()).isEmpty();
    }

    @Test
    void walksAncestorsAndDescendants() {
        assertThat(graph.ancestorsInclusive(List.of(D))).isEqualTo(Set.of(A, B, C, D));
        assertThat(graph.ancestorsInclusive(List.of(M))).isEqualTo(Set.of(A, B, C, D, E, M));
        assertThat(graph.descendantsInclusive(List.of(C))).isEqualTo(Set.of(C, D, M, G));
        assertThat(graph.headsOf(Set.of(A, B, C, E))).containsExactly(C, E);
        assertThat(graph.inOrder(Set.of(G, A, E))).containsExactly(A, E, G);
    }

    @Test
    void refusesTwoMigrationsWithOneId() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(source(A, 0), source(A, 1))))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.DUPLICATE_ID))
                .hasMessage("revision a1b2c3d4e5f6 is declared twice: by Va1b2c3d4e5f6.java and by"
                        + " Va1b2c3d4e5f6.java; give one of them a new id");
    }

    @Test
    void refusesAParentNoMigrationDeclares() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(source(A, 0), source(B, 1, "ffffffffffff"))))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.MISSING_PARENT))
                .hasMessage("Vb1c2d3e4f5a6.java (revision b1c2d3e4f5a6) names parent ffffffffffff, which no"
                        + " migration declares");
    }

    @Test
    void refusesACycleAndNamesIt() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(source(A, 0), source(B, 1, A, D), source(C, 2, B),
                source(D, 3, C))))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.CYCLE))
                .hasMessage("revisions form a cycle through their parents: b1c2d3e4f5a6 -> c9d8e7f6a5b4"
                        + " -> c1d2e3f4a5b6 -> b1c2d3e4f5a6");
    }

    @Test
    void refusesARevisionThatIsItsOwnParent() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(source(A, 0, A))))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.CYCLE))
                .hasMessage("Va1b2c3d4e5f6.java (revision a1b2c3d4e5f6) names itself as its parent");
    }

    @Test
    void refusesIdsThatReadAsTargets() {
        for (String id : List.of("head", "heads", "base", "a:b", "add users", "abc-1", "abc+2", "")) {
            assertThatThrownBy(() -> RevisionGraph.of(List.of(source(id, 0))))
                    .as(id)
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(Problem.INVALID_ID));
        }
        assertThat(RevisionGraph.of(List.of(source("202611211430", 0), source("add-users", 1))).heads())
                .containsExactly("202611211430", "add-users");
    }
}
