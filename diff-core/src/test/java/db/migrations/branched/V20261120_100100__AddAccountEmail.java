package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

@Revision(id = "b1c2d3e4f5a6", parents = "a1b2c3d4e5f6", message = "add account email",
        created = "2026-11-20T10:01:00Z")
public class V20261120_100100__AddAccountEmail implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.addColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
    }
}
