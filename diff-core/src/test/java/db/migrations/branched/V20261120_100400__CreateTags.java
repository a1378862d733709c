package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;

@Revision(id = "e1f2a3b4c5d6", parents = "b1c2d3e4f5a6", message = "create tags",
        created = "2026-11-20T10:04:00Z")
public class V20261120_100400__CreateTags implements Migration {

    static final Table TAGS = Table.of(QualifiedName.of("public", "tags"),
            List.of(Column.of("id", "bigint"), Column.of("label", "text")));

    @Override
    public void upgrade(Operations ops) {
        ops.createTable(TAGS);
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable(TAGS);
    }
}
