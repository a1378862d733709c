package dev.retort.sql;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Real-server cases for schema, enum-type, whole-table, comment and raw SQL changes. */
final class TableChangeCases {

    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName ORDERS = QualifiedName.of("sales", "Orders");
    static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final String MOOD_TYPE = "CREATE TYPE public.mood AS ENUM ('sad', 'happy')";
    private static final String USERS_ID = "CREATE TABLE public.users (id bigint)";

    private TableChangeCases() {
    }

    static List<ChangeCase> all() {
        return List.of(
                ChangeCase.of("create schema", "", new Change.CreateSchema("Sales Dept"))
                        .appears("schema \"Sales Dept\""),
                ChangeCase.of("drop schema", "CREATE SCHEMA sales", new Change.DropSchema("sales"))
                        .disappears("schema sales"),
                ChangeCase.of("create enum", "CREATE SCHEMA sales", new Change.CreateEnum(
                                EnumType.of(QualifiedName.of("sales", "Mood"), "sad", "it's ok", "happy")))
                        .appears("enum sales.\"Mood\" 'sad', 'it''s ok', 'happy'"),
                ChangeCase.of("drop enum", MOOD_TYPE, new Change.DropEnum(EnumType.of(MOOD, "sad", "happy")))
                        .disappears("enum public.mood 'sad', 'happy'"),
                ChangeCase.of("add enum value before", MOOD_TYPE,
                                new Change.AddEnumValue(MOOD, "ok", Optional.of("happy")))
                        .appears("enum public.mood 'sad', 'ok', 'happy'")
                        .disappears("enum public.mood 'sad', 'happy'").notReversible(),
                ChangeCase.of("add enum value last", MOOD_TYPE,
                                new Change.AddEnumValue(MOOD, "ecstatic", Optional.empty()))
                        .appears("enum public.mood 'sad', 'happy', 'ecstatic'")
                        .disappears("enum public.mood 'sad', 'happy'").notReversible(),
                createTable(),
                ChangeCase.of("drop table", "CREATE TABLE public.users (id bigint NOT NULL,"
                                + " email character varying(100))", new Change.DropTable(Table.of(USERS, List.of(
                                Column.of("id", "bigint").notNull(), Column.of("email", "character varying(100)")))))
                        .disappears("relation public.users table", "column public.users.id bigint not null",
                                "column public.users.email character varying(100)"),
                ChangeCase.of("rename table", USERS_ID, new Change.RenameTable(USERS, "Customers"))
                        .appears("relation public.\"Customers\" table", "column public.\"Customers\".id bigint")
                        .disappears("relation public.users table", "column public.users.id bigint"),
                ChangeCase.of("set table comment", USERS_ID, new Change.SetComment(USERS, Optional.empty(),
                                Optional.empty(), Optional.of("People's")))
                        .appears("comment public.users 'People''s'"),
                ChangeCase.of("remove column comment", USERS_ID + "; COMMENT ON COLUMN public.users.id IS 'key'",
                                new Change.SetComment(USERS, Optional.of("id"), Optional.of("key"), Optional.empty()))
                        .appears("column public.users.id bigint")
                        .disappears("column public.users.id bigint comment 'key'"),
                ChangeCase.of("execute", "", new Change.Execute(Optional.of("CREATE TABLE public.t (id integer)"),
                                Optional.of("DROP TABLE public.t")))
                        .appears("relation public.t table", "column public.t.id integer"));
    }

    /** A table with every inline part: identity, collation, default, keys, checks (one NOT VALID), comments. */
    private static ChangeCase createTable() {
        Table orders = Table.of(ORDERS, List.of(
                        Column.of("id", "bigint").withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                                "Orders_id_seq", SequenceOptions.defaults("bigint", 1))),
                        Column.of("Code", "text").withCollation(QualifiedName.of("pg_catalog", "C")).notNull()
                                .withComment("the code"),
                        Column.of("status", "text").withDefault("'new'::text")))
                .withPrimaryKey(PrimaryKey.of("Orders_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("orders_code_key", "Code")))
                .withChecks(List.of(CheckConstraint.of("orders_code_check", "(length(\"Code\") > 0)"),
                        new CheckConstraint("orders_status_check", "(status <> ''::text)", false)))
                .withComment("Orders' book");
        return ChangeCase.of("create table", "CREATE SCHEMA sales", new Change.CreateTable(orders)).appears(
                "relation sales.\"Orders\" table",
                "relation sales.\"Orders_pkey\" index",
                "relation sales.orders_code_key index",
                "relation sales.\"Orders_id_seq\" sequence",
                "column sales.\"Orders\".\"Code\" text not null collate \"C\" comment 'the code'",
                "column sales.\"Orders\".id bigint not null identity by default",
                "column sales.\"Orders\".status text default 'new'::text",
                "constraint sales.\"Orders\" \"Orders_pkey\" PRIMARY KEY (id)",
                "constraint sales.\"Orders\" orders_code_key UNIQUE (\"Code\")",
                "constraint sales.\"Orders\" orders_code_check CHECK ((length(\"Code\") > 0))",
                "constraint sales.\"Orders\" orders_status_check CHECK ((status <> ''::text)) NOT VALID",
                "index CREATE UNIQUE INDEX \"Orders_pkey\" ON sales.\"Orders\" USING btree (id)",
                "index CREATE UNIQUE INDEX orders_code_key ON sales.\"Orders\" USING btree (\"Code\")",
                "seq sales.\"Orders_id_seq\" bigint start 1 increment 1 min 1 max 9223372036854775807 cache 1"
                        + " owned by sales.\"Orders\".id (i)",
                "comment sales.\"Orders\" 'Orders'' book'");
    }
}
