package db.migrations.failing;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;

/** Creates a table, then fails on a table that does not exist: the whole migration must roll back. */
@Revision(id = "9f0000000001", parents = "a1b2c3d4e5f6", message = "create audit then fail",
        created = "2026-11-21T09:00:00Z")
public class V20261121_090000__CreateAuditThenFail implements Migration {

    private static final Table AUDIT = Table.of(QualifiedName.of("public", "audit"), List.of(Column.of("x", "text")));

    @Override
    public void upgrade(Operations ops) {
        ops.createTable(AUDIT);
        ops.execute("ALTER TABLE public.missing ADD COLUMN x integer");
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable(AUDIT);
    }
}
