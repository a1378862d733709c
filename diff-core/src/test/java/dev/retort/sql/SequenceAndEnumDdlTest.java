package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import org.junit.jupiter.api.Test;

class SequenceAndEnumDdlTest {

    @Test
    void createsSchemaIfMissing() {
        assertThat(CreateDdl.createSchema("sales")).isEqualTo("CREATE SCHEMA IF NOT EXISTS sales");
        assertThat(CreateDdl.createSchema("Sales Dept")).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"Sales Dept\"");
    }

    @Test
    void createsEnumWithLabelsAsLiteralsInOrder() {
        EnumType type = EnumType.of(QualifiedName.of("sales", "Mood"), "sad", "it's ok", "happy");
        assertThat(CreateDdl.createEnum(type))
                .isEqualTo("CREATE TYPE sales.\"Mood\" AS ENUM ('sad', 'it''s ok', 'happy')");
    }

    @Test
    void createsEnumWithoutLabels() {
        assertThat(CreateDdl.createEnum(EnumType.of(QualifiedName.of("public", "empty"))))
                .isEqualTo("CREATE TYPE public.empty AS ENUM ()");
    }

    @Test
    void writesEverySequenceOption() {
        Sequence sequence = Sequence.of(QualifiedName.of("public", "order"),
                SequenceOptions.defaults("bigint", 50).withStart(100).withCache(20));
        assertThat(CreateDdl.createSequence(sequence)).isEqualTo("CREATE SEQUENCE public.\"order\" AS bigint"
                + " INCREMENT BY 50 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 20 NO CYCLE");
    }

    @Test
    void writesDescendingCyclingSequence() {
        Sequence sequence = Sequence.of(QualifiedName.of("s", "down"),
                SequenceOptions.defaults("smallint", -2).withCycle(true));
        assertThat(CreateDdl.createSequence(sequence)).isEqualTo("CREATE SEQUENCE s.down AS smallint"
                + " INCREMENT BY -2 MINVALUE -32768 MAXVALUE -1 START WITH -1 CACHE 1 CYCLE");
    }

    @Test
    void createSequenceLeavesOwnershipToASeparateStatement() {
        Sequence sequence = Sequence.of(QualifiedName.of("public", "t_id_seq"), SequenceOptions.defaults("integer", 1))
                .ownedBy(QualifiedName.of("public", "User"), "id");
        assertThat(CreateDdl.createSequence(sequence)).isEqualTo("CREATE SEQUENCE public.t_id_seq AS integer"
                + " INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE");
        assertThat(CreateDdl.alterSequenceOwnedBy(sequence))
                .isEqualTo("ALTER SEQUENCE public.t_id_seq OWNED BY public.\"User\".id");
    }

    @Test
    void unownedSequenceIsOwnedByNone() {
        Sequence sequence = Sequence.of(QualifiedName.of("public", "free"), SequenceOptions.defaults("bigint", 1));
        assertThat(CreateDdl.alterSequenceOwnedBy(sequence)).isEqualTo("ALTER SEQUENCE public.free OWNED BY NONE");
    }
}
