package dev.retort.migration.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Operations;
import dev.retort.migration.Step;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which steps run outside a transaction, and the idempotent form of concurrent index statements. */
class StepSqlTest {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    @Test
    void concurrentIndexBuildsAndDropsAreIdempotentAndNonTransactional() {
        Operations ops = new Operations();
        Step create = ops.createIndexConcurrently(ORDERS, Index.on("orders_code_key", "code").asUnique());
        Step drop = ops.dropIndexConcurrently(ORDERS, Index.on("orders_code_key", "code").asUnique());

        assertThat(StepSql.statements(create)).containsExactly("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS"
                + " orders_code_key ON public.orders USING btree (code)");
        assertThat(StepSql.statements(drop)).containsExactly("DROP INDEX CONCURRENTLY IF EXISTS"
                + " public.orders_code_key");
        assertThat(List.of(StepSql.nonTransactional(create), StepSql.nonTransactional(drop))).containsOnly(true);
        assertThat(StepSql.concurrentlyBuiltIndex(create)).contains(QualifiedName.of("public", "orders_code_key"));
        assertThat(StepSql.concurrentlyBuiltIndex(drop)).isEmpty();
    }

    @Test
    void plainIndexesAndEnumLabelsRunInTheMigrationsTransaction() {
        Operations ops = new Operations();
        Step create = ops.createIndex(ORDERS, Index.on("orders_code_idx", "code"));
        Step label = ops.addEnumValue(QualifiedName.of("public", "status"), "archived");

        assertThat(StepSql.nonTransactional(create)).isFalse();
        assertThat(StepSql.nonTransactional(label)).isFalse();
        assertThat(StepSql.statements(create)).containsExactly("CREATE INDEX orders_code_idx ON public.orders"
                + " USING btree (code)");
    }

    @Test
    void recognisesRawSqlThatPostgresRefusesInATransactionBlock() {
        for (String sql : List.of("create index concurrently i on t (a)", "CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)",
                "  DROP INDEX CONCURRENTLY i", "REINDEX INDEX CONCURRENTLY i", "VACUUM ANALYZE t",
                "CREATE DATABASE other", "DROP DATABASE other", "ALTER SYSTEM SET work_mem = '64MB'")) {
            assertThat(StepSql.nonTransactional(new Operations().execute(sql))).as(sql).isTrue();
        }
        for (String sql : List.of("CREATE INDEX i ON t (a)", "SELECT 'CONCURRENTLY'", "UPDATE t SET vacuum = 1",
                "ALTER TYPE public.status ADD VALUE 'x'", "REINDEX INDEX i")) {
            assertThat(StepSql.nonTransactional(new Operations().execute(sql))).as(sql).isFalse();
        }
        assertThat(StepSql.statements(new Operations().jdbc("data", connection -> { }))).isEmpty();
        assertThat(StepSql.concurrentlyBuiltIndex(new Operations().execute("VACUUM"))).isEqualTo(Optional.empty());
    }
}
