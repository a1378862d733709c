package db.migrations.gated;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

/** A NOT NULL column in its safe shape whose backfill value the reviewer has not written yet. */
@Revision(id = "7d0000000002", parents = "b1c2d3e4f5a6", message = "add account code",
        created = "2026-11-22T08:01:00Z")
public class V20261122_080100__AddAccountCode implements Migration {

    private static final QualifiedName ACCOUNTS = QualifiedName.of("public", "accounts");

    @Override
    public void upgrade(Operations ops) {
        ops.addColumn(ACCOUNTS, Column.of("code", "text"));
        ops.backfillToBeWritten(ACCOUNTS, "code");
        ops.setNotNull(ACCOUNTS, "code");
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn(ACCOUNTS, Column.of("code", "text"));
    }
}
