package dev.retort.sql;

import static dev.retort.sql.TableChangeCases.ORDERS;
import static dev.retort.sql.TableChangeCases.USERS;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Real-server cases for constraints and indexes. */
final class ObjectChangeCases {

    private static final String TABLES = "CREATE SCHEMA sales;"
            + " CREATE TABLE public.users (id bigint NOT NULL, email character varying(100));"
            + " CREATE TABLE sales.\"Orders\" (id bigint NOT NULL, user_id bigint)";
    private static final String WITH_PK = TABLES
            + "; ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id)";
    private static final String[] PK_LINES = {
        "constraint public.users users_pkey PRIMARY KEY (id)",
        "index CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)",
        "relation public.users_pkey index"};
    private static final String FK = "orders_user_fk FOREIGN KEY (user_id) REFERENCES public.users(id)";
    private static final String CHECK = "users_email_check CHECK ((length((email)::text) > 3))";

    private ObjectChangeCases() {
    }

    static List<ChangeCase> all() {
        PrimaryKey pk = PrimaryKey.of("users_pkey", "id");
        UniqueConstraint unique = new UniqueConstraint("users_email_key", List.of("email"), false,
                Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
        ForeignKey fk = ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"));
        CheckConstraint check = CheckConstraint.of("users_email_check", "(length((email)::text) > 3)");
        return List.of(
                ChangeCase.of("add primary key", TABLES, new Change.AddPrimaryKey(USERS, pk)).appears(PK_LINES),
                ChangeCase.of("drop primary key", WITH_PK, new Change.DropPrimaryKey(USERS, pk)).disappears(PK_LINES),
                ChangeCase.of("add unique", TABLES, new Change.AddUnique(USERS, unique)).appears(
                        "constraint public.users users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED",
                        "index CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)",
                        "relation public.users_email_key index"),
                ChangeCase.of("drop unique", TABLES + "; ALTER TABLE public.users ADD CONSTRAINT users_email_key"
                                + " UNIQUE (email)", new Change.DropUnique(USERS, UniqueConstraint.of("users_email_key",
                                "email"))).disappears("constraint public.users users_email_key UNIQUE (email)",
                        "index CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)",
                        "relation public.users_email_key index"),
                ChangeCase.of("add foreign key", WITH_PK, new Change.AddForeignKey(ORDERS,
                                fk.withActions(ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)))
                        .appears("constraint sales.\"Orders\" " + FK + " ON DELETE CASCADE"),
                ChangeCase.of("drop foreign key", WITH_PK + "; ALTER TABLE sales.\"Orders\" ADD CONSTRAINT"
                                + " orders_user_fk FOREIGN KEY (user_id) REFERENCES public.users (id)"
                                + " MATCH FULL NOT VALID",
                                new Change.DropForeignKey(ORDERS, fk.withMatch(MatchType.FULL).withValidated(false)))
                        .disappears("constraint sales.\"Orders\" " + FK + " MATCH FULL NOT VALID"),
                ChangeCase.of("add check not valid", TABLES, new Change.AddCheck(USERS,
                                new CheckConstraint(check.name(), check.expression(), false)))
                        .appears("constraint public.users " + CHECK + " NOT VALID"),
                ChangeCase.of("drop check", TABLES + "; ALTER TABLE public.users ADD CONSTRAINT " + CHECK,
                        new Change.DropCheck(USERS, check)).disappears("constraint public.users " + CHECK),
                ChangeCase.of("rename primary key", WITH_PK, new Change.RenameConstraint(USERS, "users_pkey",
                                "Users_pkey")).disappears(PK_LINES).appears(
                        "constraint public.users \"Users_pkey\" PRIMARY KEY (id)",
                        "index CREATE UNIQUE INDEX \"Users_pkey\" ON public.users USING btree (id)",
                        "relation public.\"Users_pkey\" index"),
                ChangeCase.of("create index", TABLES, new Change.CreateIndex(USERS, Index.on("users_email_idx",
                                "email"), false))
                        .appears("index CREATE INDEX users_email_idx ON public.users USING btree (email)",
                                "relation public.users_email_idx index"),
                createIndexConcurrently(),
                dropIndexConcurrently(),
                ChangeCase.of("rename index", TABLES + "; CREATE INDEX users_email_idx ON public.users (email)",
                                new Change.RenameIndex(QualifiedName.of("public", "users"), "users_email_idx", "Users_mail_idx"))
                        .appears("index CREATE INDEX \"Users_mail_idx\" ON public.users USING btree (email)",
                                "relation public.\"Users_mail_idx\" index")
                        .disappears("index CREATE INDEX users_email_idx ON public.users USING btree (email)",
                                "relation public.users_email_idx index"));
    }

    private static ChangeCase createIndexConcurrently() {
        Index index = new Index("users_lower_email_key", true, "btree",
                List.of(IndexKey.expression("lower((email)::text)")), List.of(), Optional.of("(id > 0)"), false);
        return ChangeCase.of("create unique index concurrently", TABLES, new Change.CreateIndex(USERS, index, true))
                .appears("index CREATE UNIQUE INDEX users_lower_email_key ON public.users USING btree"
                                + " (lower((email)::text)) WHERE (id > 0)",
                        "relation public.users_lower_email_key index");
    }

    private static ChangeCase dropIndexConcurrently() {
        Index index = new Index("Orders_user_idx", false, "btree", List.of(IndexKey.column("user_id")
                .sortedDescending()), List.of("id"), Optional.empty(), false);
        return ChangeCase.of("drop index concurrently", TABLES + "; CREATE INDEX \"Orders_user_idx\" ON"
                        + " sales.\"Orders\" (user_id DESC) INCLUDE (id)", new Change.DropIndex(ORDERS, index, true))
                .disappears("index CREATE INDEX \"Orders_user_idx\" ON sales.\"Orders\" USING btree (user_id DESC)"
                                + " INCLUDE (id)",
                        "relation sales.\"Orders_user_idx\" index");
    }
}
