package com.example.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Nothing yet
 *
 * <p>Revision 0000000000bb, following 0000000000aa.
 *
 * <p>No operations: there was no change to write.
 */
@Revision(
        id = "0000000000bb",
        parents = {"0000000000aa"},
        message = "Nothing yet",
        created = "2026-11-22T08:05:30Z"
)
public final class V20261122_080530__NothingYet implements Migration {
    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
