package dev.retort.sql;

import static dev.retort.sql.TableChangeCases.ORDERS;
import static dev.retort.sql.TableChangeCases.USERS;

import dev.retort.diff.Change;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import java.util.List;
import java.util.Optional;

/** Real-server cases for added, dropped, renamed and altered columns. */
final class ColumnChangeCases {

    private static final String USERS_TABLE =
            "CREATE TABLE public.users (id bigint NOT NULL, email character varying(100), name text)";
    private static final String ORDERS_TABLE = "CREATE SCHEMA sales; CREATE TABLE sales.\"Orders\" (\"Code\" integer)";
    private static final String NAME_DEFAULT = "CREATE TABLE public.users (id bigint NOT NULL, name text DEFAULT 'a')";
    private static final String EMAIL = "column public.users.email character varying(100)";

    private ColumnChangeCases() {
    }

    static List<ChangeCase> all() {
        return List.of(
                ChangeCase.of("add column", USERS_TABLE,
                                new Change.AddColumn(USERS, Column.of("phone", "character varying(20)")))
                        .appears("column public.users.phone character varying(20)"),
                addIdentityColumn(),
                dropColumn(),
                ChangeCase.of("rename column", USERS_TABLE, new Change.RenameColumn(USERS, "name", "Full Name"))
                        .appears("column public.users.\"Full Name\" text").disappears("column public.users.name text"),
                ChangeCase.of("widen varchar", USERS_TABLE, new Change.AlterColumnType(USERS, "email",
                                "character varying(100)", "character varying(255)", Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty()))
                        .appears("column public.users.email character varying(255)").disappears(EMAIL),
                ChangeCase.of("retype with collation and using", ORDERS_TABLE + "; INSERT INTO sales.\"Orders\""
                                + " VALUES (42)", new Change.AlterColumnType(ORDERS, "Code", "integer", "text",
                                Optional.empty(), Optional.of(QualifiedName.of("pg_catalog", "C")),
                                Optional.of("(\"Code\")::text"), Optional.of("(\"Code\")::integer")))
                        .appears("column sales.\"Orders\".\"Code\" text collate \"C\"")
                        .disappears("column sales.\"Orders\".\"Code\" integer"),
                ChangeCase.of("set not null", USERS_TABLE, new Change.SetNotNull(USERS, "email"))
                        .appears(EMAIL + " not null").disappears(EMAIL),
                ChangeCase.of("drop not null", USERS_TABLE, new Change.DropNotNull(USERS, "id"))
                        .appears("column public.users.id bigint").disappears("column public.users.id bigint not null"),
                ChangeCase.of("set first default", USERS_TABLE, new Change.SetDefault(USERS, "email",
                                Optional.empty(), "''::character varying"))
                        .appears(EMAIL + " default ''::character varying").disappears(EMAIL),
                ChangeCase.of("replace default", NAME_DEFAULT, new Change.SetDefault(USERS, "name",
                                Optional.of("'a'::text"), "'b'::text"))
                        .appears("column public.users.name text default 'b'::text")
                        .disappears("column public.users.name text default 'a'::text"),
                ChangeCase.of("drop default", NAME_DEFAULT, new Change.DropDefault(USERS, "name", "'a'::text"))
                        .appears("column public.users.name text")
                        .disappears("column public.users.name text default 'a'::text"),
                ChangeCase.of("add identity", USERS_TABLE, new Change.AddIdentity(USERS, "id",
                                new Identity(IdentityGeneration.BY_DEFAULT, "users_id_seq",
                                        SequenceOptions.defaults("bigint", 1).withStart(1000).withCache(10))))
                        .appears("column public.users.id bigint not null identity by default",
                                "relation public.users_id_seq sequence",
                                "seq public.users_id_seq bigint start 1000 increment 1 min 1 max 9223372036854775807"
                                        + " cache 10 owned by public.users.id (i)")
                        .disappears("column public.users.id bigint not null"),
                ChangeCase.of("drop identity", "CREATE TABLE public.users (id bigint GENERATED ALWAYS AS IDENTITY"
                                + " (START WITH 5))", new Change.DropIdentity(USERS, "id",
                                new Identity(IdentityGeneration.ALWAYS, "users_id_seq",
                                        SequenceOptions.defaults("bigint", 1).withStart(5))))
                        .appears("column public.users.id bigint not null")
                        .disappears("column public.users.id bigint not null identity always",
                                "relation public.users_id_seq sequence",
                                "seq public.users_id_seq bigint start 5 increment 1 min 1 max 9223372036854775807"
                                        + " cache 1 owned by public.users.id (i)"));
    }

    private static ChangeCase addIdentityColumn() {
        Column id = Column.of("id", "bigint").withIdentity(new Identity(IdentityGeneration.ALWAYS, "Orders_id_seq",
                SequenceOptions.defaults("bigint", 1).withStart(100))).withComment("key");
        return ChangeCase.of("add identity column", ORDERS_TABLE, new Change.AddColumn(ORDERS, id)).appears(
                "column sales.\"Orders\".id bigint not null identity always comment 'key'",
                "relation sales.\"Orders_id_seq\" sequence",
                "seq sales.\"Orders_id_seq\" bigint start 100 increment 1 min 1 max 9223372036854775807 cache 1"
                        + " owned by sales.\"Orders\".id (i)");
    }

    /** A column with a default, NOT NULL and a comment, so that its reverse must bring all three back. */
    private static ChangeCase dropColumn() {
        Column email = Column.of("email", "character varying(100)").withDefault("''::character varying").notNull()
                .withComment("mail");
        return ChangeCase.of("drop column", "CREATE TABLE public.users (id bigint NOT NULL,"
                        + " email character varying(100) DEFAULT '' NOT NULL);"
                        + " COMMENT ON COLUMN public.users.email IS 'mail'", new Change.DropColumn(USERS, email))
                .disappears(EMAIL + " not null default ''::character varying comment 'mail'");
    }
}
