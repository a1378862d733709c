package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;

@Revision(id = "0a1b2c3d4e5f", parents = "f0e1d2c3b4a5", message = "add tag color",
        created = "2026-11-20T10:06:00Z")
public class V20261120_100600__AddTagColor implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.addColumn(QualifiedName.of("public", "tags"), Column.of("color", "text"));
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropColumn(QualifiedName.of("public", "tags"), Column.of("color", "text"));
    }
}
