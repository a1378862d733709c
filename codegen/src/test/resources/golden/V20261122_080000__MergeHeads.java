package com.example.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Merge heads
 *
 * <p>Revision 0000000000aa, merging 000000000005, a1b2c3d4e5f6.
 *
 * <p>A merge revision: it joins its parents' branches and changes nothing.
 */
@Revision(
        id = "0000000000aa",
        parents = {"000000000005", "a1b2c3d4e5f6"},
        message = "Merge heads",
        created = "2026-11-22T08:00:00Z"
)
public final class V20261122_080000__MergeHeads implements Migration {
    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
