package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;

@Revision(id = "c1d2e3f4a5b6", parents = "b1c2d3e4f5a6", message = "create orders",
        created = "2026-11-20T10:02:00Z")
public class V20261120_100200__CreateOrders implements Migration {

    static final Table ORDERS = Table.of(QualifiedName.of("public", "orders"),
            List.of(Column.of("id", "bigint"), Column.of("account_id", "bigint")));

    @Override
    public void upgrade(Operations ops) {
        ops.createTable(ORDERS);
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable(ORDERS);
    }
}
