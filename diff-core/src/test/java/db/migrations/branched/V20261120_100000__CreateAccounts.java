package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;

@Revision(id = "a1b2c3d4e5f6", message = "create accounts", created = "2026-11-20T10:00:00Z")
public class V20261120_100000__CreateAccounts implements Migration {

    static final Table ACCOUNTS = Table.of(QualifiedName.of("public", "accounts"),
            List.of(Column.of("id", "bigint").notNull(), Column.of("name", "text")))
            .withPrimaryKey(PrimaryKey.of("accounts_pkey", "id"));

    @Override
    public void upgrade(Operations ops) {
        ops.createTable(ACCOUNTS);
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropTable(ACCOUNTS);
    }
}
