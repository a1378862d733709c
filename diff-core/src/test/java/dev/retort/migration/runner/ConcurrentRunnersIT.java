package dev.retort.migration.runner;

import static org.assertj.core.api.Assertions.assertThat;

import db.migrations.chain.ChainMigrations;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Eight runners started at once on one database at base apply each of 20 migrations exactly once. */
class ConcurrentRunnersIT {

    private static final int RUNNERS = 8;

    @PostgresTest
    void eightRunnersApplyTwentyMigrationsExactlyOnceAndAllSucceed(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.applied_log (revision text NOT NULL, backend_pid integer NOT NULL)");
        RevisionGraph graph = RevisionGraph.of(ChainMigrations.sources(20));
        CountDownLatch connected = new CountDownLatch(RUNNERS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        List<Future<List<String>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < RUNNERS; i++) {
                runs.add(pool.submit(runner(db, graph, connected, start)));
            }
            assertThat(connected.await(60, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                applied.addAll(run.get(120, TimeUnit.SECONDS));
            }

            assertThat(applied).containsExactlyElementsOf(graph.revisions().stream().map(s -> s.id()).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(loggedRevisions(db)).containsExactlyElementsOf(graph.revisions().stream().map(s -> s.id())
                .toList());
        assertThat(DatabaseProbe.revisions(db)).hasSize(20);
    }

    /** Each runner has its own connection, opened before the start signal so that all start together. */
    private static Callable<List<String>> runner(TestDatabase db, RevisionGraph graph, CountDownLatch connected,
                                                 CountDownLatch start) {
        return () -> {
            try (Connection connection = db.connect()) {
                connected.countDown();
                start.await();
                return new MigrationRunner(graph, RunnerSettings.defaults()).upgrade(connection, "head")
                        .revisions();
            }
        };
    }

    private static List<String> loggedRevisions(TestDatabase db) throws Exception {
        List<String> revisions = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT revision FROM public.applied_log ORDER BY revision")) {
            while (rows.next()) {
                revisions.add(rows.getString(1));
            }
        }
        return revisions;
    }
}
