package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact SQL of schema, table, column, comment and raw SQL changes; constraints and objects are in their own tests. */
class ChangeSqlTest {

    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName ORDERS = QualifiedName.of("sales", "Orders");

    @Test
    void createsAndDropsSchemasWithoutIfNotExistsOrCascade() {
        assertThat(ChangeSql.statements(new Change.CreateSchema("Sales"))).containsExactly("CREATE SCHEMA \"Sales\"");
        assertThat(ChangeSql.statements(new Change.DropSchema("sales"))).containsExactly("DROP SCHEMA sales");
    }

    @Test
    void createTableAddsNotValidChecksAndCommentsButNeitherIndexesNorForeignKeys() {
        Table users = Table.of(USERS, List.of(Column.of("id", "bigint").notNull(),
                        Column.of("email", "character varying(255)").withComment("it's primary")))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"))
                .withChecks(List.of(CheckConstraint.of("users_id_check", "(id > 0)"),
                        new CheckConstraint("users_email_check", "(length((email)::text) > 3)", false)))
                .withIndexes(List.of(Index.on("users_email_idx", "email")))
                .withForeignKeys(List.of(ForeignKey.of("users_self_fk", List.of("id"), USERS, List.of("id"))))
                .withComment("People");
        assertThat(ChangeSql.statements(new Change.CreateTable(users))).containsExactly(
                "CREATE TABLE public.users (\n"
                        + "    email character varying(255),\n"
                        + "    id bigint NOT NULL,\n"
                        + "    CONSTRAINT users_pkey PRIMARY KEY (id),\n"
                        + "    CONSTRAINT users_id_check CHECK ((id > 0))\n"
                        + ")",
                "ALTER TABLE public.users ADD CONSTRAINT users_email_check CHECK ((length((email)::text) > 3))"
                        + " NOT VALID",
                "COMMENT ON TABLE public.users IS 'People'",
                "COMMENT ON COLUMN public.users.email IS 'it''s primary'");
    }

    @Test
    void dropsAndRenamesTables() {
        Table orders = Table.of(ORDERS, List.of(Column.of("id", "bigint")));
        assertThat(ChangeSql.statements(new Change.DropTable(orders))).containsExactly("DROP TABLE sales.\"Orders\"");
        assertThat(ChangeSql.statements(new Change.RenameTable(ORDERS, "Order")))
                .containsExactly("ALTER TABLE sales.\"Orders\" RENAME TO \"Order\"");
    }

    @Test
    void addsAPlainColumn() {
        assertThat(ChangeSql.statements(new Change.AddColumn(USERS, Column.of("phone", "character varying(20)"))))
                .containsExactly("ALTER TABLE public.users ADD COLUMN phone character varying(20)");
    }

    @Test
    void addsAColumnWithDefaultNotNullAndItsComment() {
        Column status = Column.of("Status", "text").withDefault("'new'::text").notNull().withComment("state");
        assertThat(ChangeSql.statements(new Change.AddColumn(ORDERS, status))).containsExactly(
                "ALTER TABLE sales.\"Orders\" ADD COLUMN \"Status\" text DEFAULT 'new'::text NOT NULL",
                "COMMENT ON COLUMN sales.\"Orders\".\"Status\" IS 'state'");
    }

    @Test
    void addsAnIdentityColumnWithItsSequenceInTheTablesSchema() {
        Column id = Column.of("id", "bigint").withIdentity(new Identity(IdentityGeneration.ALWAYS, "orders_id_seq",
                SequenceOptions.defaults("bigint", 1).withStart(100)));
        assertThat(ChangeSql.statements(new Change.AddColumn(ORDERS, id))).containsExactly(
                "ALTER TABLE sales.\"Orders\" ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME"
                        + " sales.orders_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100"
                        + " CACHE 1 NO CYCLE) NOT NULL");
    }

    @Test
    void dropsAndRenamesColumns() {
        assertThat(ChangeSql.statements(new Change.DropColumn(USERS, Column.of("user", "text"))))
                .containsExactly("ALTER TABLE public.users DROP COLUMN \"user\"");
        assertThat(ChangeSql.statements(new Change.RenameColumn(USERS, "name", "Full Name")))
                .containsExactly("ALTER TABLE public.users RENAME COLUMN name TO \"Full Name\"");
    }

    @Test
    void altersAColumnTypeWithTheImplicitCast() {
        Change change = new Change.AlterColumnType(USERS, "email", "character varying(100)",
                "character varying(255)", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(ChangeSql.statements(change))
                .containsExactly("ALTER TABLE public.users ALTER COLUMN email TYPE character varying(255)");
    }

    @Test
    void altersAColumnTypeWithCollationAndUsingAndReversesWithTheReverseUsing() {
        Change change = new Change.AlterColumnType(ORDERS, "Code", "integer", "text", Optional.empty(),
                Optional.of(QualifiedName.of("pg_catalog", "C")), Optional.of("(\"Code\")::text"),
                Optional.of("(\"Code\")::integer"));
        assertThat(ChangeSql.statements(change)).containsExactly("ALTER TABLE sales.\"Orders\" ALTER COLUMN \"Code\""
                + " TYPE text COLLATE pg_catalog.\"C\" USING (\"Code\")::text");
        assertThat(ChangeSql.statements(change.reverse())).containsExactly("ALTER TABLE sales.\"Orders\""
                + " ALTER COLUMN \"Code\" TYPE integer USING (\"Code\")::integer");
    }

    @Test
    void setsAndDropsNotNull() {
        assertThat(ChangeSql.statements(new Change.SetNotNull(USERS, "email")))
                .containsExactly("ALTER TABLE public.users ALTER COLUMN email SET NOT NULL");
        assertThat(ChangeSql.statements(new Change.DropNotNull(ORDERS, "Code")))
                .containsExactly("ALTER TABLE sales.\"Orders\" ALTER COLUMN \"Code\" DROP NOT NULL");
    }

    @Test
    void setsAndDropsDefaults() {
        assertThat(ChangeSql.statements(new Change.SetDefault(USERS, "email", Optional.of("'a'::text"), "'b'::text")))
                .containsExactly("ALTER TABLE public.users ALTER COLUMN email SET DEFAULT 'b'::text");
        assertThat(ChangeSql.statements(new Change.DropDefault(USERS, "email", "'b'::text")))
                .containsExactly("ALTER TABLE public.users ALTER COLUMN email DROP DEFAULT");
    }

    @Test
    void addsIdentityToAnExistingColumnNamingItsSequenceAndDropsIt() {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "Orders_id_seq",
                SequenceOptions.defaults("integer", 1).withStart(1000).withCache(10));
        assertThat(ChangeSql.statements(new Change.AddIdentity(ORDERS, "id", identity))).containsExactly(
                "ALTER TABLE sales.\"Orders\" ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME"
                        + " sales.\"Orders_id_seq\" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000"
                        + " CACHE 10 NO CYCLE)");
        assertThat(ChangeSql.statements(new Change.DropIdentity(ORDERS, "id", identity)))
                .containsExactly("ALTER TABLE sales.\"Orders\" ALTER COLUMN id DROP IDENTITY");
    }

    @Test
    void setsAndRemovesTableAndColumnComments() {
        assertThat(ChangeSql.statements(new Change.SetComment(ORDERS, Optional.empty(), Optional.empty(),
                Optional.of("Orders' lines"))))
                .containsExactly("COMMENT ON TABLE sales.\"Orders\" IS 'Orders'' lines'");
        assertThat(ChangeSql.statements(new Change.SetComment(USERS, Optional.of("email"), Optional.of("old"),
                Optional.empty()))).containsExactly("COMMENT ON COLUMN public.users.email IS NULL");
        assertThat(ChangeSql.statements(new Change.SetComment(USERS, Optional.empty(), Optional.of("old"),
                Optional.empty()))).containsExactly("COMMENT ON TABLE public.users IS NULL");
    }

    @Test
    void executeRunsItsSqlVerbatimAndNothingWhenEmpty() {
        Change change = new Change.Execute(Optional.of("UPDATE users SET email = lower(email)"), Optional.empty());
        assertThat(ChangeSql.statements(change)).containsExactly("UPDATE users SET email = lower(email)");
        assertThat(ChangeSql.statements(change.reverse())).isEmpty();
    }

    @Test
    void backfillUpdatesOnlyNullRowsAndRefusesWithoutAValue() {
        assertThat(ChangeSql.statements(new Change.Backfill(ORDERS, "Code", Optional.of("'n/a'::text"))))
                .containsExactly("UPDATE sales.\"Orders\" SET \"Code\" = 'n/a'::text WHERE \"Code\" IS NULL");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ChangeSql.statements(new Change.Backfill(ORDERS, "Code", Optional.empty())))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessage("The backfill of sales.Orders.Code has no value yet: write the value (an SQL expression)"
                        + " that existing rows get before the column becomes NOT NULL.");
    }

    @Test
    void sequenceOwnerIsSetAndRemoved() {
        QualifiedName seq = QualifiedName.of("public", "users_seq");
        dev.retort.model.ColumnReference owner = new dev.retort.model.ColumnReference(ORDERS, "Id");
        assertThat(ChangeSql.statements(new Change.SetSequenceOwner(seq, Optional.empty(), Optional.of(owner))))
                .containsExactly("ALTER SEQUENCE public.users_seq OWNED BY sales.\"Orders\".\"Id\"");
        assertThat(ChangeSql.statements(new Change.SetSequenceOwner(seq, Optional.of(owner), Optional.empty())))
                .containsExactly("ALTER SEQUENCE public.users_seq OWNED BY NONE");
    }
}
