package db.migrations.gated;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

/** Drops a column (DATA_LOSS) without accepting it. */
@Revision(id = "7d0000000001", parents = "b1c2d3e4f5a6", message = "drop account email",
        created = "2026-11-22T08:00:00Z")
public class V20261122_080000__DropAccountEmail implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.dropColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.addColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
    }
}
