package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

@Revision(id = "f0e1d2c3b4a5", parents = {"c9d8e7f6a5b4", "e1f2a3b4c5d6"}, message = "merge orders and tags",
        created = "2026-11-20T10:05:00Z")
public class V20261120_100500__MergeOrdersAndTags implements Migration {

    @Override
    public void upgrade(Operations ops) {
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
