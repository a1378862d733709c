package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateAllTest {

    private static final QualifiedName A = QualifiedName.of("public", "a");
    private static final QualifiedName B = QualifiedName.of("Shop", "b");

    private static SchemaModel model() {
        Table a = Table.of(A, List.of(
                        Column.of("id", "integer").withDefault("nextval('public.a_id_seq'::regclass)").notNull(),
                        Column.of("b_id", "integer"),
                        Column.of("mood", "\"Shop\".mood").withComment("how it feels")))
                .withPrimaryKey(PrimaryKey.of("a_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("a_b_fk", List.of("b_id"), B, List.of("id"))))
                .withChecks(List.of(new CheckConstraint("a_late", "(b_id > 0)", false),
                        CheckConstraint.of("a_now", "(id > 0)")))
                .withIndexes(List.of(Index.on("a_b_idx", "b_id")));
        Table b = Table.of(B, List.of(Column.of("id", "integer").notNull(), Column.of("a_id", "integer")))
                .withPrimaryKey(PrimaryKey.of("b_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("b_a_fk", List.of("a_id"), A, List.of("id"))))
                .withComment("the other side");
        Sequence sequence = Sequence.of(QualifiedName.of("public", "a_id_seq"), SequenceOptions.defaults("integer", 1))
                .ownedBy(A, "id");
        return new SchemaModel(List.of("public", "Shop"),
                List.of(EnumType.of(QualifiedName.of("Shop", "mood"), "up", "down")), List.of(sequence),
                List.of(b, a));
    }

    @Test
    void writesEveryStatementInDependencyOrder() {
        assertThat(CreateDdl.createAll(model())).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS \"Shop\"",
                "CREATE TYPE \"Shop\".mood AS ENUM ('up', 'down')",
                "CREATE SEQUENCE public.a_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647"
                        + " START WITH 1 CACHE 1 NO CYCLE",
                """
                CREATE TABLE "Shop".b (
                    a_id integer,
                    id integer NOT NULL,
                    CONSTRAINT b_pkey PRIMARY KEY (id)
                )""",
                """
                CREATE TABLE public.a (
                    b_id integer,
                    id integer DEFAULT nextval('public.a_id_seq'::regclass) NOT NULL,
                    mood "Shop".mood,
                    CONSTRAINT a_pkey PRIMARY KEY (id),
                    CONSTRAINT a_now CHECK ((id > 0))
                )""",
                "ALTER SEQUENCE public.a_id_seq OWNED BY public.a.id",
                "ALTER TABLE public.a ADD CONSTRAINT a_late CHECK ((b_id > 0)) NOT VALID",
                "CREATE INDEX a_b_idx ON public.a USING btree (b_id)",
                "ALTER TABLE \"Shop\".b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES public.a (id)",
                "ALTER TABLE public.a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES \"Shop\".b (id)",
                "COMMENT ON TABLE \"Shop\".b IS 'the other side'",
                "COMMENT ON COLUMN public.a.mood IS 'how it feels'");
    }

    @Test
    void emptyPublicModelNeedsNoStatement() {
        assertThat(CreateDdl.createAll(SchemaModel.empty("public"))).isEmpty();
    }

    @Test
    void sameModelGivesSameText() {
        SchemaModel model = model();
        List<Table> tables = new ArrayList<>(model.tables());
        Collections.reverse(tables);
        SchemaModel rebuilt = new SchemaModel(List.of("Shop", "public"), model.enums(), model.sequences(), tables);
        assertThat(CreateDdl.createAll(rebuilt)).isEqualTo(CreateDdl.createAll(model));
    }
}
