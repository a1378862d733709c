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

class TargetResolverTest {

    private final TargetResolver merged = new TargetResolver(RevisionGraph.of(TestGraphs.branchedWithMerge()));
    private final TargetResolver unmerged = new TargetResolver(RevisionGraph.of(TestGraphs.twoHeads()));

    @Test
    void resolvesNamedTargets() {
        assertThat(merged.resolve("head", List.of())).isEqualTo(new Target("head", List.of(G)));
        assertThat(merged.resolve("heads", List.of())).isEqualTo(new Target("heads", List.of(G)));
        assertThat(merged.resolve("base", List.of(D))).isEqualTo(new Target("base", List.of()));
        assertThat(unmerged.resolve("heads", List.of())).isEqualTo(new Target("heads", List.of(D, E)));
    }

    @Test
    void resolvesFullIdsAndUniquePrefixes() {
        assertThat(merged.resolve(E, List.of()).revisions()).containsExactly(E);
        assertThat(merged.resolve("e1", List.of()).revisions()).containsExactly(E);
        assertThat(merged.resolve(" c9 ", List.of()).revisions()).containsExactly(D);
    }

    @Test
    void refusesAnAmbiguousPrefixListingTheCandidates() {
        assertThatThrownBy(() -> merged.resolve("c", List.of()))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.AMBIGUOUS))
                .hasMessage("'c' is a prefix of several revisions (c1d2e3f4a5b6, c9d8e7f6a5b4): give more"
                        + " characters");
    }

    @Test
    void refusesAnUnknownRevision() {
        assertThatThrownBy(() -> merged.resolve("ddd", List.of()))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.UNKNOWN))
                .hasMessage("no revision 'ddd': name a revision id or a unique prefix of one, head, heads, base,"
                        + " +N, -N, REV+N or REV-N");
    }

    @Test
    void refusesHeadWhenThereAreSeveralAndNamesThem() {
        assertThatThrownBy(() -> unmerged.resolve("head", List.of()))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.MULTIPLE_HEADS))
                .hasMessage("there are several heads (c9d8e7f6a5b4 \"revision c9d8e7f6a5b4\", e1f2a3b4c5d6"
                        + " \"revision e1f2a3b4c5d6\"): use 'heads' to apply every branch, or write a merge"
                        + " revision with 'merge -m MSG heads'");
    }

    @Test
    void stepsRelativeToTheDatabase() {
        assertThat(merged.resolve("+1", List.of()).revisions()).containsExactly(A);
        assertThat(merged.resolve("+2", List.of()).revisions()).containsExactly(B);
        assertThat(merged.resolve("+2", List.of(C)).revisions()).containsExactly(M);
        assertThat(merged.resolve("-2", List.of(D)).revisions()).containsExactly(B);
        assertThat(merged.resolve("-1", List.of(A)).revisions()).isEmpty();
        assertThat(merged.resolve("+0", List.of(E)).revisions()).containsExactly(E);
    }

    @Test
    void stepsRelativeToANamedRevision() {
        assertThat(merged.resolve("c1+1", List.of()).revisions()).containsExactly(D);
        assertThat(merged.resolve("head-1", List.of()).revisions()).containsExactly(M);
        assertThat(merged.resolve("base+2", List.of()).revisions()).containsExactly(B);
        assertThat(merged.resolve(A + "+1", List.of(G)).revisions()).containsExactly(B);
        assertThat(merged.resolve(D + "-3", List.of()).revisions()).containsExactly(A);
    }

    @Test
    void refusesRelativeStepsThatAreAmbiguousOrLeaveTheGraph() {
        assertRelativeStep(() -> merged.resolve("+3", List.of()), "cannot go up from b1c2d3e4f5a6: it branches"
                + " into c1d2e3f4a5b6, e1f2a3b4c5d6; name the branch, e.g. c1d2e3f4a5b6");
        assertRelativeStep(() -> merged.resolve("+4", List.of()), "cannot go up from b1c2d3e4f5a6: it branches"
                + " into c1d2e3f4a5b6, e1f2a3b4c5d6; name the branch, e.g. c1d2e3f4a5b6+1");
        assertRelativeStep(() -> merged.resolve("head-2", List.of()), "cannot go down from f0e1d2c3b4a5: it"
                + " merges c9d8e7f6a5b4, e1f2a3b4c5d6; name the parent, e.g. c9d8e7f6a5b4");
        assertRelativeStep(() -> merged.resolve("-3", List.of(B)), "-3 goes below base, reached after 2 step(s)");
        assertRelativeStep(() -> merged.resolve("+2", List.of(M)), "+2 goes past the head 0a1b2c3d4e5f, reached"
                + " after 1 step(s)");
    }

    @Test
    void refusesARelativeStepFromSeveralCurrentHeads() {
        assertThatThrownBy(() -> unmerged.resolve("-1", List.of(D, E)))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.MULTIPLE_HEADS))
                .hasMessage("the database is at several heads (c9d8e7f6a5b4 \"revision c9d8e7f6a5b4\","
                        + " e1f2a3b4c5d6 \"revision e1f2a3b4c5d6\"): a relative step needs one; write it from a"
                        + " revision, e.g. c9d8e7f6a5b4-1, or use 'heads'");
    }

    @Test
    void resolvesRangesWithTheEndRelativeToTheStart() {
        assertThat(merged.resolveRange("base:head")).isEqualTo(new RevisionRange(new Target("base", List.of()),
                new Target("head", List.of(G))));
        assertThat(merged.resolveRange("c1:+1")).isEqualTo(new RevisionRange(new Target("c1", List.of(C)),
                new Target("+1", List.of(D))));
        assertThat(unmerged.resolveRange("b1:heads").to().revisions()).containsExactly(D, E);
    }

    @Test
    void refusesMalformedRanges() {
        for (String range : List.of("head", "a1:", ":head", "a1:b1:c1")) {
            assertThatThrownBy(() -> merged.resolveRange(range))
                    .as(range)
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(Problem.SYNTAX))
                    .hasMessage("'" + range + "' is not a range: write FROM:TO, e.g. base:head or 3f9a1c:head");
        }
    }

    private static void assertRelativeStep(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                           String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                        .isEqualTo(Problem.RELATIVE_STEP))
                .hasMessage(message);
    }
}
