package dev.retort.bench;

import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.testing.pg.PostgresServers;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.util.List;

/**
 * Times catalog introspection of a generated schema of 1,000 tables (about 10,000 columns, 1,500 indexes and
 * 1,000 foreign keys) on a warm JVM against the embedded PostgreSQL.
 *
 * <p>Arguments: {@code [tables] [major version] [runs]}, default {@code 1000 17 15}.
 */
public final class IntrospectionBenchmark {

    private IntrospectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int major = args.length > 1 ? Integer.parseInt(args[1]) : 17;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        try (TestDatabase db = TestDatabase.create(PostgresServers.forVersion(major))) {
            long start = System.nanoTime();
            db.execute(GeneratedSchema.ddl(tables));
            System.out.printf("built %d tables on PostgreSQL %d in %.1f s%n", tables, db.majorVersion(),
                    (System.nanoTime() - start) / 1e9);
            try (Connection connection = db.connect()) {
                CatalogIntrospector introspector = new CatalogIntrospector();
                SchemaModel[] last = new SchemaModel[1];
                Timings timings = Timings.measure(
                        () -> last[0] = introspector.introspect(connection, List.of("public")), 5, runs);
                SchemaModel model = last[0];
                System.out.printf("read %d tables, %d columns, %d indexes, %d foreign keys%n", model.tables().size(),
                        model.tables().stream().mapToInt(t -> t.columns().size()).sum(),
                        model.tables().stream().mapToInt(t -> t.indexes().size()).sum(),
                        model.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
                System.out.println("introspection: " + timings.summary());
            }
        }
        System.exit(0);
    }
}
