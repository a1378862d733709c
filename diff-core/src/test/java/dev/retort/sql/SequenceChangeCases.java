package dev.retort.sql;

import static dev.retort.sql.TableChangeCases.USERS;

import dev.retort.diff.Change;
import dev.retort.model.ColumnReference;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import java.util.List;
import java.util.Optional;

/** Real-server cases for standalone sequences, their owners, and a backfill (which touches rows only). */
final class SequenceChangeCases {

    private static final QualifiedName S = QualifiedName.of("public", "s");
    private static final String INTEGER_S = "CREATE SEQUENCE public.s AS integer";
    private static final String INTEGER_S_LINE =
            "seq public.s integer start 1 increment 1 min 1 max 2147483647 cache 1";

    private SequenceChangeCases() {
    }

    static List<ChangeCase> all() {
        SequenceOptions integer = SequenceOptions.defaults("integer", 1);
        SequenceOptions bigint = SequenceOptions.defaults("bigint", 1);
        return List.of(
                ChangeCase.of("create owned sequence", "CREATE TABLE public.users (id integer NOT NULL)",
                                new Change.CreateSequence(Sequence.of(QualifiedName.of("public", "users_id_seq"),
                                        integer).ownedBy(USERS, "id")))
                        .appears("relation public.users_id_seq sequence", "seq public.users_id_seq integer start 1"
                                + " increment 1 min 1 max 2147483647 cache 1 owned by public.users.id (a)"),
                ChangeCase.of("drop sequence", "CREATE SEQUENCE public.counter AS smallint INCREMENT BY -2 CYCLE",
                                new Change.DropSequence(Sequence.of(QualifiedName.of("public", "counter"),
                                        SequenceOptions.defaults("smallint", -2).withCycle(true))))
                        .disappears("relation public.counter sequence",
                                "seq public.counter smallint start -1 increment -2 min -32768 max -1 cache 1 cycle"),
                ChangeCase.of("widen sequence type keeping its maximum", INTEGER_S, new Change.AlterSequence(S,
                                integer, new SequenceOptions("bigint", 1, 1, 1, Integer.MAX_VALUE, 1, false)))
                        .appears("seq public.s bigint start 1 increment 1 min 1 max 2147483647 cache 1")
                        .disappears(INTEGER_S_LINE),
                ChangeCase.of("alter several sequence options", "CREATE SEQUENCE public.s AS bigint",
                                new Change.AlterSequence(S, bigint, new SequenceOptions("bigint", 10, 5, 1, 1000, 20,
                                        true)))
                        .appears("seq public.s bigint start 10 increment 5 min 1 max 1000 cache 20 cycle")
                        .disappears("seq public.s bigint start 1 increment 1 min 1 max 9223372036854775807 cache 1"),
                ChangeCase.of("give a sequence an owner", "CREATE TABLE public.users (id integer NOT NULL); "
                                + INTEGER_S, new Change.SetSequenceOwner(S, Optional.empty(),
                                Optional.of(new ColumnReference(USERS, "id"))))
                        .appears(INTEGER_S_LINE + " owned by public.users.id (a)").disappears(INTEGER_S_LINE),
                ChangeCase.of("backfill changes rows, not the catalog", "CREATE TABLE public.users (id bigint NOT NULL,"
                        + " email character varying(100)); INSERT INTO public.users VALUES (1, NULL)",
                        new Change.Backfill(USERS, "email", Optional.of("'x'::character varying"))),
                ChangeCase.of("rename sequence", INTEGER_S, new Change.RenameSequence(S, "S2"))
                        .appears("relation public.\"S2\" sequence",
                                "seq public.\"S2\" integer start 1 increment 1 min 1 max 2147483647 cache 1")
                        .disappears("relation public.s sequence", INTEGER_S_LINE));
    }
}
