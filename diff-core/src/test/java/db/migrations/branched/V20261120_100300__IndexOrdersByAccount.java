package db.migrations.branched;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;

/** Builds its index concurrently: a migration with a non-transactional step. */
@Revision(id = "c9d8e7f6a5b4", parents = "c1d2e3f4a5b6", message = "index orders by account",
        created = "2026-11-20T10:03:00Z")
public class V20261120_100300__IndexOrdersByAccount implements Migration {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Index BY_ACCOUNT = Index.on("orders_account_id_idx", "account_id");

    @Override
    public void upgrade(Operations ops) {
        ops.execute("COMMENT ON TABLE public.orders IS 'orders of accounts'");
        ops.createIndexConcurrently(ORDERS, BY_ACCOUNT);
    }

    @Override
    public void downgrade(Operations ops) {
        ops.dropIndexConcurrently(ORDERS, BY_ACCOUNT);
        ops.execute("COMMENT ON TABLE public.orders IS NULL");
    }
}
