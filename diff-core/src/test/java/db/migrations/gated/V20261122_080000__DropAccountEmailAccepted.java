package db.migrations.gated;

import dev.retort.hazard.Hazard;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

/** The same revision once reviewed: the DATA_LOSS of the drop is accepted with a reason. */
@Revision(id = "7d0000000001", parents = "b1c2d3e4f5a6", message = "drop account email",
        created = "2026-11-22T08:00:00Z")
public class V20261122_080000__DropAccountEmailAccepted implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.dropColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"))
                .accept(Hazard.DATA_LOSS, "emails moved to the contacts service; the column is unused");
    }

    @Override
    public void downgrade(Operations ops) {
        ops.addColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
    }
}
