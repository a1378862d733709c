package dev.retort.migration.graph;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.util.List;
import java.util.Optional;

/**
 * A graph with a branch and a merge, as plain sources: A, B, then C and D on one branch and E on the other,
 * merged by M, then G. Created times follow that order.
 */
final class TestGraphs {

    static final String A = "a1b2c3d4e5f6";
    static final String B = "b1c2d3e4f5a6";
    static final String C = "c1d2e3f4a5b6";
    static final String D = "c9d8e7f6a5b4";
    static final String E = "e1f2a3b4c5d6";
    static final String M = "f0e1d2c3b4a5";
    static final String G = "0a1b2c3d4e5f";

    private TestGraphs() {
    }

    static List<MigrationSource> branchedWithMerge() {
        return List.of(source(G, 6, M), source(M, 5, D, E), source(E, 4, B), source(D, 3, C), source(C, 2, B),
                source(B, 1, A), source(A, 0));
    }

    /** The same without the merge and what follows it: two heads, D and E. */
    static List<MigrationSource> twoHeads() {
        return branchedWithMerge().stream().filter(s -> !s.id().equals(M) && !s.id().equals(G)).toList();
    }

    static MigrationSource source(String id, int minute, String... parents) {
        return new MigrationSource(id, List.of(parents), "revision " + id, "2026-11-20T10:0" + minute + ":00Z",
                Optional.empty(), "V" + id + ".java", () -> new Migration() {
                    @Override
                    public void upgrade(Operations ops) {
                    }

                    @Override
                    public void downgrade(Operations ops) {
                    }
                });
    }
}
