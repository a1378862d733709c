package dev.retort.migration.graph;

import static dev.retort.migration.graph.TestGraphs.A;
import static dev.retort.migration.graph.TestGraphs.B;
import static dev.retort.migration.graph.TestGraphs.C;
import static dev.retort.migration.graph.TestGraphs.D;
import static dev.retort.migration.graph.TestGraphs.E;
import static dev.retort.migration.graph.TestGraphs.G;
import static dev.retort.migration.graph.TestGraphs.M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRangeTest {

    private final RevisionGraph merged = RevisionGraph.of(TestGraphs.branchedWithMerge());
    private final RevisionGraph unmerged = RevisionGraph.of(TestGraphs.twoHeads());

    private List<String> select(RevisionGraph graph, String range, String... currentHeads) {
        return HistoryRange.select(graph, range, List.of(currentHeads));
    }

    @Test
    void openSidesReachBaseAndEveryHead() {
        assertThat(select(merged, ":")).containsExactly(A, B, C, D, E, M, G);
        assertThat(select(merged, "base:head")).containsExactly(A, B, C, D, E, M, G);
        assertThat(select(merged, "c1:")).containsExactly(C, D, M, G);
        assertThat(select(merged, ":c9")).containsExactly(A, B, C, D);
        assertThat(select(unmerged, "heads:")).containsExactly(D, E);
        assertThat(select(RevisionGraph.of(List.of()), ":")).isEmpty();
    }

    @Test
    void bothEndsAreIncludedAndOtherBranchesLeftOut() {
        assertThat(select(merged, "b1:e1")).containsExactly(B, E);
        assertThat(select(merged, "e1:f0")).containsExactly(E, M);
        assertThat(select(merged, "c9:c9")).containsExactly(D);
    }

    @Test
    void relativeStepsCountFromTheStartElseFromTheCurrentHeads() {
        assertThat(select(merged, "c1:+1")).containsExactly(C, D);
        assertThat(select(merged, ":+1", C)).containsExactly(A, B, C, D);
        assertThat(select(merged, "-1:", C)).containsExactly(B, C, D, E, M, G);
        assertThat(select(merged, ":+1")).containsExactly(A);
    }

    @Test
    void refusesWhatIsNotARange() {
        for (String range : List.of("c1", "a1:b1:c1")) {
            assertThatThrownBy(() -> select(merged, range))
                    .as(range)
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(Problem.SYNTAX))
                    .hasMessage("'" + range + "' is not a range: write FROM:TO (either side may be empty), e.g."
                            + " base:head, 3f9a1c: or :head");
        }
    }

    @Test
    void refusesARangeThatSelectsNothing() {
        for (String range : List.of("e1:c1", "c9:base", ":base")) {
            assertThatThrownBy(() -> select(merged, range))
                    .as(range)
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(Problem.SYNTAX))
                    .hasMessage("the range '" + range + "' selects no revision: TO must be FROM or one of its"
                            + " descendants");
        }
    }

    @Test
    void passesOnUnknownAndAmbiguousSides() {
        assertThatThrownBy(() -> select(merged, "zz:"))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.UNKNOWN));
        assertThatThrownBy(() -> select(merged, ":c"))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.AMBIGUOUS));
        assertThatThrownBy(() -> select(unmerged, "b1:head"))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.MULTIPLE_HEADS));
    }
}
