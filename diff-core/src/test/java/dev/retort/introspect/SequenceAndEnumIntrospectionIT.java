package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.List;

class SequenceAndEnumIntrospectionIT {

    @PostgresTest
    void readsStandaloneAndOwnedSequencesButNotIdentitySequences(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE SEQUENCE app.invoice_no AS bigint START 1000 INCREMENT 10 MINVALUE 100 MAXVALUE 100000 CACHE 50
                    CYCLE;
                CREATE SEQUENCE app.countdown INCREMENT BY -1;
                CREATE SEQUENCE app.tiny AS smallint;
                CREATE TABLE app.doc (id integer GENERATED ALWAYS AS IDENTITY, ref bigint);
                CREATE SEQUENCE app.doc_ref_seq AS integer OWNED BY app.doc.ref;
                """);

        List<Sequence> sequences = List.of(
                Sequence.of(name("app", "invoice_no"), new SequenceOptions("bigint", 1000, 10, 100, 100_000, 50, true)),
                Sequence.of(name("app", "countdown"), SequenceOptions.defaults("bigint", -1)),
                Sequence.of(name("app", "tiny"), SequenceOptions.defaults("smallint", 1)),
                Sequence.of(name("app", "doc_ref_seq"), SequenceOptions.defaults("integer", 1))
                        .ownedBy(name("app", "doc"), "ref"));
        Table doc = Table.of(name("app", "doc"), List.of(
                Column.of("id", "integer").withIdentity(new Identity(IdentityGeneration.ALWAYS, "doc_id_seq",
                        SequenceOptions.defaults("integer", 1))),
                Column.of("ref", "bigint")));
        SchemaModel expected = new SchemaModel(List.of("app"), List.of(), sequences, List.of(doc));
        assertThat(Introspection.of(db, "app")).isEqualTo(expected);
    }

    @PostgresTest
    void readsEnumLabelsInSortOrderNotCreationOrder(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE SCHEMA sales;
                CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
                ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'ok';
                ALTER TYPE app.mood ADD VALUE 'ecstatic';
                ALTER TYPE app.mood ADD VALUE 'content' AFTER 'ok';
                CREATE TYPE app.nothing AS ENUM ();
                CREATE TYPE sales.channel AS ENUM ('web', 'store');
                """);

        SchemaModel expected = SchemaModel.empty("app", "sales").withEnums(List.of(
                EnumType.of(name("app", "mood"), "sad", "meh", "ok", "content", "happy", "ecstatic"),
                EnumType.of(name("app", "nothing")),
                EnumType.of(name("sales", "channel"), "web", "store")));
        assertThat(Introspection.of(db, "app", "sales")).isEqualTo(expected);
    }
}
