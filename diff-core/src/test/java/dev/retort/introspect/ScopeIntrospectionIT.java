package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class ScopeIntrospectionIT {

    @PostgresTest
    void readsOnlyTheManagedSchemasThatExist(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE SCHEMA sales;
                CREATE SCHEMA other;
                CREATE TYPE app.kind AS ENUM ('a', 'b');
                CREATE TYPE other.kind AS ENUM ('x');
                CREATE SEQUENCE sales.order_no;
                CREATE SEQUENCE other.order_no;
                CREATE TABLE app.customer (id integer PRIMARY KEY);
                CREATE TABLE sales.orders (id integer, customer_id integer REFERENCES app.customer);
                CREATE TABLE other.audit (id integer, customer_id integer REFERENCES app.customer);
                CREATE INDEX audit_customer ON other.audit (customer_id);
                CREATE TABLE public.stray (id integer);
                """);

        SchemaModel expected = new SchemaModel(List.of("app", "sales"),
                List.of(EnumType.of(name("app", "kind"), "a", "b")),
                List.of(Sequence.of(name("sales", "order_no"), SequenceOptions.defaults("bigint", 1))),
                List.of(Table.of(name("app", "customer"), List.of(Column.of("id", "integer").notNull()))
                                .withPrimaryKey(PrimaryKey.of("customer_pkey", "id")),
                        Table.of(name("sales", "orders"), List.of(
                                        Column.of("id", "integer"), Column.of("customer_id", "integer")))
                                .withForeignKeys(List.of(ForeignKey.of("orders_customer_id_fkey",
                                        List.of("customer_id"), name("app", "customer"), List.of("id"))))));
        assertThat(Introspection.of(db, "app", "sales", "missing")).isEqualTo(expected);
    }

    @PostgresTest
    void ignoresObjectsThatBelongToAnExtension(TestDatabase db) throws SQLException {
        assertThat(availableExtensions(db)).contains("citext", "pg_trgm");
        db.execute("""
                CREATE SCHEMA app;
                CREATE EXTENSION citext SCHEMA app;
                CREATE EXTENSION pg_trgm SCHEMA app;
                CREATE TABLE app.account (login app.citext NOT NULL, name text);
                CREATE INDEX account_name_trgm ON app.account USING gin (name app.gin_trgm_ops);
                CREATE TABLE app.extension_table (id serial PRIMARY KEY);
                CREATE INDEX extension_table_idx ON app.extension_table (id DESC);
                CREATE SEQUENCE app.extension_sequence;
                CREATE TYPE app.extension_enum AS ENUM ('x');
                ALTER EXTENSION citext ADD TABLE app.extension_table;
                ALTER EXTENSION citext ADD SEQUENCE app.extension_sequence;
                ALTER EXTENSION citext ADD TYPE app.extension_enum;
                """);

        // The serial sequence of the extension's table is not itself a member, so it stays.
        SchemaModel expected = new SchemaModel(List.of("app"), List.of(),
                List.of(Sequence.of(name("app", "extension_table_id_seq"), SequenceOptions.defaults("integer", 1))
                        .ownedBy(name("app", "extension_table"), "id")),
                List.of(Table.of(name("app", "account"), List.of(
                                Column.of("login", "app.citext").notNull(),
                                Column.of("name", "text")))
                        .withIndexes(List.of(new Index("account_name_trgm", false, "gin",
                                List.of(IndexKey.column("name").withOpclass(name("app", "gin_trgm_ops"))), List.of(),
                                Optional.empty(), false)))));
        assertThat(Introspection.of(db, "app")).isEqualTo(expected);
    }

    @PostgresTest
    void readsPartitionedTablesButNotTheirPartitionsViewsOrForeignObjects(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.event (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
                    PARTITION BY RANGE (at);
                CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE INDEX event_at ON app.event (at);
                CREATE VIEW app.recent_event AS SELECT id FROM app.event;
                CREATE MATERIALIZED VIEW app.event_count AS SELECT count(*) AS n FROM app.event;
                """);

        Table event = Table.of(name("app", "event"), List.of(
                        Column.of("id", "bigint").notNull(),
                        Column.of("at", "date").notNull()))
                .withPrimaryKey(PrimaryKey.of("event_pkey", "id", "at"))
                .withIndexes(List.of(Index.on("event_at", "at")));
        assertThat(Introspection.of(db, "app")).isEqualTo(SchemaModel.empty("app").withTables(List.of(event)));
    }

    private static List<String> availableExtensions(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM pg_available_extensions")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
