package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

class ConstraintIntrospectionIT {

    @PostgresTest
    void readsCompositePrimaryKeysAndUniqueConstraints(TestDatabase db) throws SQLException {
        boolean nullsNotDistinct = db.majorVersion() >= 15;
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.line (
                    order_id bigint,
                    line_no integer,
                    sku text,
                    batch text,
                    CONSTRAINT line_pk PRIMARY KEY (line_no, order_id),
                    CONSTRAINT line_sku_batch_uq UNIQUE (sku, batch),
                    CONSTRAINT line_batch_deferred UNIQUE (batch) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT line_sku_deferrable UNIQUE (sku) DEFERRABLE
                );
                CREATE TABLE app.slot (id integer CONSTRAINT slot_pk PRIMARY KEY DEFERRABLE);
                """ + (nullsNotDistinct
                ? "ALTER TABLE app.line ADD CONSTRAINT line_nnd UNIQUE NULLS NOT DISTINCT (batch, sku);" : ""));

        List<UniqueConstraint> uniques = new ArrayList<>(List.of(
                UniqueConstraint.of("line_sku_batch_uq", "sku", "batch"),
                new UniqueConstraint("line_batch_deferred", List.of("batch"), false,
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED),
                new UniqueConstraint("line_sku_deferrable", List.of("sku"), false,
                        Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)));
        if (nullsNotDistinct) {
            uniques.add(new UniqueConstraint("line_nnd", List.of("batch", "sku"), true, Deferrability.NOT_DEFERRABLE));
        }
        // PRIMARY KEY makes its columns NOT NULL; on PostgreSQL 18 that adds not-null constraints, which the
        // model leaves out because nullability already says it.
        Table line = Table.of(name("app", "line"), List.of(
                        Column.of("order_id", "bigint").notNull(),
                        Column.of("line_no", "integer").notNull(),
                        Column.of("sku", "text"),
                        Column.of("batch", "text")))
                .withPrimaryKey(PrimaryKey.of("line_pk", "line_no", "order_id"))
                .withUniqueConstraints(uniques);
        Table slot = Table.of(name("app", "slot"), List.of(Column.of("id", "integer").notNull()))
                .withPrimaryKey(new PrimaryKey("slot_pk", List.of("id"), Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE));
        assertThat(Introspection.of(db, "app")).isEqualTo(SchemaModel.empty("app").withTables(List.of(line, slot)));
    }

    @PostgresTest
    void readsForeignKeysWithActionsMatchDeferrabilityAndValidation(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE SCHEMA sales;
                CREATE TABLE app.parent (
                    id integer CONSTRAINT parent_pk PRIMARY KEY,
                    code text NOT NULL,
                    region text NOT NULL,
                    CONSTRAINT parent_code_region_uq UNIQUE (code, region)
                );
                CREATE TABLE sales.child (
                    p1 integer, p2 integer, p3 integer, p4 integer, p5 integer, code text, region text,
                    CONSTRAINT fk_no_action FOREIGN KEY (p1) REFERENCES app.parent (id),
                    CONSTRAINT fk_restrict FOREIGN KEY (p2) REFERENCES app.parent (id)
                        ON DELETE RESTRICT ON UPDATE RESTRICT,
                    CONSTRAINT fk_cascade FOREIGN KEY (p3) REFERENCES app.parent ON DELETE CASCADE ON UPDATE CASCADE,
                    CONSTRAINT fk_set_null FOREIGN KEY (p4) REFERENCES app.parent (id)
                        ON DELETE SET NULL ON UPDATE SET DEFAULT,
                    CONSTRAINT fk_deferred FOREIGN KEY (p5) REFERENCES app.parent (id) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT fk_multi FOREIGN KEY (region, code) REFERENCES app.parent (region, code)
                        MATCH FULL ON DELETE SET DEFAULT
                );
                ALTER TABLE sales.child ADD CONSTRAINT fk_not_valid FOREIGN KEY (p2) REFERENCES app.parent (id)
                    DEFERRABLE NOT VALID;
                """);

        Table parent = Table.of(name("app", "parent"), List.of(
                        Column.of("id", "integer").notNull(),
                        Column.of("code", "text").notNull(),
                        Column.of("region", "text").notNull()))
                .withPrimaryKey(PrimaryKey.of("parent_pk", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("parent_code_region_uq", "code", "region")));
        Table child = Table.of(name("sales", "child"), List.of(
                        Column.of("p1", "integer"), Column.of("p2", "integer"), Column.of("p3", "integer"),
                        Column.of("p4", "integer"), Column.of("p5", "integer"), Column.of("code", "text"),
                        Column.of("region", "text")))
                .withForeignKeys(List.of(
                        reference("fk_no_action", "p1"),
                        reference("fk_restrict", "p2")
                                .withActions(ReferentialAction.RESTRICT, ReferentialAction.RESTRICT),
                        reference("fk_cascade", "p3").withActions(ReferentialAction.CASCADE, ReferentialAction.CASCADE),
                        reference("fk_set_null", "p4")
                                .withActions(ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT),
                        reference("fk_deferred", "p5").withDeferrability(Deferrability.DEFERRABLE_INITIALLY_DEFERRED),
                        ForeignKey.of("fk_multi", List.of("region", "code"), name("app", "parent"),
                                        List.of("region", "code"))
                                .withMatch(MatchType.FULL)
                                .withActions(ReferentialAction.SET_DEFAULT, ReferentialAction.NO_ACTION),
                        reference("fk_not_valid", "p2").withValidated(false)
                                .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)));
        SchemaModel expected = SchemaModel.empty("app", "sales").withTables(List.of(parent, child));
        assertThat(Introspection.of(db, "app", "sales")).isEqualTo(expected);
    }

    @PostgresTest
    void readsLocalCheckConstraintsIncludingNotValidOnes(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.product (
                    price numeric(10,2),
                    qty integer,
                    CONSTRAINT price_positive CHECK (price > 0),
                    CONSTRAINT qty_range CHECK (qty BETWEEN 0 AND 100)
                );
                ALTER TABLE app.product ADD CONSTRAINT qty_not_huge CHECK (qty < 1000) NOT VALID;
                CREATE TABLE app.special_product (extra text CONSTRAINT extra_short CHECK (length(extra) < 10))
                    INHERITS (app.product);
                """);

        Table product = Table.of(name("app", "product"), List.of(
                        Column.of("price", "numeric(10,2)"),
                        Column.of("qty", "integer")))
                .withChecks(List.of(
                        CheckConstraint.of("price_positive", "(price > (0)::numeric)"),
                        CheckConstraint.of("qty_range", "((qty >= 0) AND (qty <= 100))"),
                        new CheckConstraint("qty_not_huge", "(qty < 1000)", false)));
        // The inherited checks are the parent's; only the child's own check is its constraint.
        Table special = Table.of(name("app", "special_product"), List.of(
                        Column.of("price", "numeric(10,2)"),
                        Column.of("qty", "integer"),
                        Column.of("extra", "text")))
                .withChecks(List.of(CheckConstraint.of("extra_short", "(length(extra) < 10)")));
        assertThat(Introspection.of(db, "app"))
                .isEqualTo(SchemaModel.empty("app").withTables(List.of(product, special)));
    }

    private static ForeignKey reference(String name, String column) {
        return ForeignKey.of(name, List.of(column), name("app", "parent"), List.of("id"));
    }
}
