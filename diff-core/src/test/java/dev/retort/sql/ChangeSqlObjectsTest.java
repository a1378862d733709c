package dev.retort.sql;

import static dev.retort.sql.ChangeSqlTest.ORDERS;
import static dev.retort.sql.ChangeSqlTest.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact SQL of constraint, index, enum-type and sequence changes. */
class ChangeSqlObjectsTest {

    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final QualifiedName SEQ = QualifiedName.of("public", "users_seq");

    @Test
    void addsAndDropsPrimaryKeysByConstraintName() {
        PrimaryKey pk = PrimaryKey.of("Orders_pkey", "id", "line");
        assertThat(ChangeSql.statements(new Change.AddPrimaryKey(ORDERS, pk)))
                .containsExactly("ALTER TABLE sales.\"Orders\" ADD CONSTRAINT \"Orders_pkey\" PRIMARY KEY (id, line)");
        assertThat(ChangeSql.statements(new Change.DropPrimaryKey(ORDERS, pk)))
                .containsExactly("ALTER TABLE sales.\"Orders\" DROP CONSTRAINT \"Orders_pkey\"");
    }

    @Test
    void addsAndDropsUniqueConstraints() {
        UniqueConstraint unique = new UniqueConstraint("users_email_key", List.of("email"), false,
                Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
        assertThat(ChangeSql.statements(new Change.AddUnique(USERS, unique))).containsExactly("ALTER TABLE"
                + " public.users ADD CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED");
        assertThat(ChangeSql.statements(new Change.DropUnique(USERS, unique)))
                .containsExactly("ALTER TABLE public.users DROP CONSTRAINT users_email_key");
    }

    @Test
    void addsAndDropsForeignKeys() {
        ForeignKey fk = ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"))
                .withActions(ReferentialAction.CASCADE, ReferentialAction.NO_ACTION).withValidated(false);
        assertThat(ChangeSql.statements(new Change.AddForeignKey(ORDERS, fk))).containsExactly("ALTER TABLE"
                + " sales.\"Orders\" ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES public.users (id)"
                + " ON DELETE CASCADE NOT VALID");
        assertThat(ChangeSql.statements(new Change.DropForeignKey(ORDERS, fk)))
                .containsExactly("ALTER TABLE sales.\"Orders\" DROP CONSTRAINT orders_user_fk");
    }

    @Test
    void addsAndDropsChecks() {
        CheckConstraint check = CheckConstraint.of("users_email_check", "(length((email)::text) > 3)");
        assertThat(ChangeSql.statements(new Change.AddCheck(USERS, check))).containsExactly("ALTER TABLE public.users"
                + " ADD CONSTRAINT users_email_check CHECK ((length((email)::text) > 3))");
        assertThat(ChangeSql.statements(new Change.DropCheck(USERS, check)))
                .containsExactly("ALTER TABLE public.users DROP CONSTRAINT users_email_check");
    }

    @Test
    void renamesConstraintsIndexesAndSequences() {
        assertThat(ChangeSql.statements(new Change.RenameConstraint(ORDERS, "Orders_pkey", "order_pkey")))
                .containsExactly("ALTER TABLE sales.\"Orders\" RENAME CONSTRAINT \"Orders_pkey\" TO order_pkey");
        assertThat(ChangeSql.statements(new Change.RenameIndex(ORDERS, "Orders_idx", "order_idx")))
                .containsExactly("ALTER INDEX sales.\"Orders_idx\" RENAME TO order_idx");
        assertThat(ChangeSql.statements(new Change.RenameSequence(SEQ, "Customers_seq")))
                .containsExactly("ALTER SEQUENCE public.users_seq RENAME TO \"Customers_seq\"");
    }

    @Test
    void createsAndDropsIndexesInTheTablesSchema() {
        Index index = Index.on("users_email_idx", "email");
        assertThat(ChangeSql.statements(new Change.CreateIndex(USERS, index, false)))
                .containsExactly("CREATE INDEX users_email_idx ON public.users USING btree (email)");
        assertThat(ChangeSql.statements(new Change.DropIndex(USERS, index, false)))
                .containsExactly("DROP INDEX public.users_email_idx");
    }

    @Test
    void createsAndDropsIndexesConcurrently() {
        Index index = new Index("Orders_code_key", true, "btree", List.of(IndexKey.expression("lower(code)")),
                List.of(), Optional.of("(code IS NOT NULL)"), false);
        assertThat(ChangeSql.statements(new Change.CreateIndex(ORDERS, index, true))).containsExactly("CREATE UNIQUE"
                + " INDEX CONCURRENTLY \"Orders_code_key\" ON sales.\"Orders\" USING btree ((lower(code)))"
                + " WHERE (code IS NOT NULL)");
        assertThat(ChangeSql.statements(new Change.DropIndex(ORDERS, index, true)))
                .containsExactly("DROP INDEX CONCURRENTLY sales.\"Orders_code_key\"");
    }

    @Test
    void createsAndDropsEnumTypes() {
        EnumType mood = EnumType.of(QualifiedName.of("sales", "Mood"), "sad", "it's ok");
        assertThat(ChangeSql.statements(new Change.CreateEnum(mood)))
                .containsExactly("CREATE TYPE sales.\"Mood\" AS ENUM ('sad', 'it''s ok')");
        assertThat(ChangeSql.statements(new Change.DropEnum(mood))).containsExactly("DROP TYPE sales.\"Mood\"");
    }

    @Test
    void addsEnumValuesBeforeALabelOrLast() {
        assertThat(ChangeSql.statements(new Change.AddEnumValue(MOOD, "it's ok", Optional.of("happy"))))
                .containsExactly("ALTER TYPE public.mood ADD VALUE 'it''s ok' BEFORE 'happy'");
        assertThat(ChangeSql.statements(new Change.AddEnumValue(MOOD, "ecstatic", Optional.empty())))
                .containsExactly("ALTER TYPE public.mood ADD VALUE 'ecstatic'");
    }

    @Test
    void refusesToDropAnEnumValueAndSaysWhatToWriteInstead() {
        Change change = new Change.DropEnumValue(QualifiedName.of("sales", "Mood"), "ok", Optional.empty());
        assertThatThrownBy(() -> ChangeSql.statements(change)).isInstanceOfSatisfying(UnsupportedChangeException.class,
                e -> assertThat(e.change()).isEqualTo(change)).hasMessage("PostgreSQL cannot remove the label 'ok'"
                + " from enum type sales.\"Mood\" in place. Write the rebuild (HAZARDS.md R12) as an execute step:"
                + " UPDATE every row that holds 'ok' to another label; CREATE TYPE sales.\"Mood_new\" AS ENUM (the"
                + " remaining labels, in order); for each column of type sales.\"Mood\": ALTER COLUMN ... DROP"
                + " DEFAULT, ALTER COLUMN ... TYPE sales.\"Mood_new\" USING <column>::text::sales.\"Mood_new\", SET"
                + " DEFAULT again; recreate the views and functions that use the type; DROP TYPE sales.\"Mood\";"
                + " ALTER TYPE sales.\"Mood_new\" RENAME TO \"Mood\".");
    }

    @Test
    void createsSequencesWithTheirOwnerAndDropsThem() {
        Sequence owned = Sequence.of(SEQ, SequenceOptions.defaults("integer", 50)).ownedBy(USERS, "id");
        assertThat(ChangeSql.statements(new Change.CreateSequence(owned))).containsExactly(
                "CREATE SEQUENCE public.users_seq AS integer INCREMENT BY 50 MINVALUE 1 MAXVALUE 2147483647"
                        + " START WITH 1 CACHE 1 NO CYCLE",
                "ALTER SEQUENCE public.users_seq OWNED BY public.users.id");
        Sequence free = Sequence.of(SEQ, SequenceOptions.defaults("bigint", 1));
        assertThat(ChangeSql.statements(new Change.CreateSequence(free)))
                .containsExactly("CREATE SEQUENCE public.users_seq AS bigint INCREMENT BY 1 MINVALUE 1"
                        + " MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE");
        assertThat(ChangeSql.statements(new Change.DropSequence(owned)))
                .containsExactly("DROP SEQUENCE public.users_seq");
    }

    @Test
    void altersOnlyTheSequenceOptionsThatDiffer() {
        SequenceOptions from = SequenceOptions.defaults("bigint", 1);
        assertThat(ChangeSql.statements(new Change.AlterSequence(SEQ, from, from.withCache(20))))
                .containsExactly("ALTER SEQUENCE public.users_seq CACHE 20");
        SequenceOptions to = new SequenceOptions("bigint", -5, -1, -10, 10, 3, true);
        assertThat(ChangeSql.statements(new Change.AlterSequence(SEQ, from, to))).containsExactly("ALTER SEQUENCE"
                + " public.users_seq INCREMENT BY -1 MINVALUE -10 MAXVALUE 10 START WITH -5 CACHE 3 CYCLE");
        assertThat(ChangeSql.statements(new Change.AlterSequence(SEQ, to, to.withCycle(false))))
                .containsExactly("ALTER SEQUENCE public.users_seq NO CYCLE");
        assertThat(ChangeSql.statements(new Change.AlterSequence(SEQ, from, from))).isEmpty();
    }

    @Test
    void writesTheBoundsWheneverTheSequenceTypeChanges() {
        SequenceOptions from = SequenceOptions.defaults("integer", 1);
        SequenceOptions to = new SequenceOptions("bigint", 1, 1, 1, Integer.MAX_VALUE, 1, false);
        assertThat(ChangeSql.statements(new Change.AlterSequence(SEQ, from, to)))
                .containsExactly("ALTER SEQUENCE public.users_seq AS bigint MINVALUE 1 MAXVALUE 2147483647");
    }
}
