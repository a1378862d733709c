package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class IndexIntrospectionIT {

    private static final List<Column> PERSON_COLUMNS = List.of(
            Column.of("id", "integer").notNull(),
            Column.of("email", "character varying(255)"),
            Column.of("name", "text"),
            Column.of("nick", "text").withCollation(name("pg_catalog", "C")),
            Column.of("tags", "text[]"),
            Column.of("born", "date"),
            Column.of("score", "integer"));

    @PostgresTest
    void readsEveryKindOfFreeStandingIndex(TestDatabase db) throws SQLException {
        boolean nullsNotDistinct = db.majorVersion() >= 15;
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.person (id integer PRIMARY KEY, email varchar(255), name text, nick text COLLATE "C",
                                         tags text[], born date, score integer);
                CREATE INDEX person_lower_email ON app.person (lower(email));
                CREATE INDEX person_sum ON app.person ((score + id));
                CREATE INDEX person_recent ON app.person (born) WHERE score > 10;
                CREATE INDEX person_score_desc ON app.person (score DESC NULLS LAST, born DESC);
                CREATE INDEX person_score_nulls_first ON app.person (score NULLS FIRST);
                CREATE INDEX person_name_pattern ON app.person (name text_pattern_ops);
                CREATE INDEX person_tags ON app.person USING gin (tags);
                CREATE INDEX person_name_hash ON app.person USING hash (name);
                CREATE INDEX person_born_covering ON app.person (born) INCLUDE (name, score);
                CREATE UNIQUE INDEX person_nick_born ON app.person (nick, born);
                CREATE INDEX person_name_c ON app.person (name COLLATE "C");
                CREATE INDEX person_nick_lower ON app.person (lower(nick) COLLATE "POSIX", lower(nick));
                """ + (nullsNotDistinct
                ? "CREATE UNIQUE INDEX person_email_nnd ON app.person (email, name) NULLS NOT DISTINCT;" : ""));

        List<Index> indexes = new ArrayList<>(List.of(
                index("person_lower_email", IndexKey.expression("lower((email)::text)")),
                index("person_sum", IndexKey.expression("(score + id)")),
                Index.on("person_recent", "born").withPredicate("(score > 10)"),
                index("person_score_desc", 
                        IndexKey.column("score").sortedDescending().withNullsFirst(false),
                        IndexKey.column("born").sortedDescending()),
                index("person_score_nulls_first", IndexKey.column("score").withNullsFirst(true)),
                index("person_name_pattern", 
                        IndexKey.column("name").withOpclass(name("pg_catalog", "text_pattern_ops"))),
                Index.on("person_tags", "tags").withMethod("gin"),
                Index.on("person_name_hash", "name").withMethod("hash"),
                Index.on("person_born_covering", "born").withInclude("name", "score"),
                Index.on("person_nick_born", "nick", "born").asUnique(),
                index("person_name_c", 
                        IndexKey.column("name").withCollation(name("pg_catalog", "C"))),
                // The second key has the collation its expression brings (nick's "C"), so none is recorded.
                index("person_nick_lower", 
                        IndexKey.expression("lower(nick)").withCollation(name("pg_catalog", "POSIX")),
                        IndexKey.expression("lower(nick)"))));
        if (nullsNotDistinct) {
            indexes.add(Index.on("person_email_nnd", "email", "name").withNullsNotDistinct());
        }
        Table person = Table.of(name("app", "person"), PERSON_COLUMNS)
                .withPrimaryKey(PrimaryKey.of("person_pkey", "id"))
                .withIndexes(indexes);
        assertThat(Introspection.of(db, "app")).isEqualTo(SchemaModel.empty("app").withTables(List.of(person)));
    }

    @PostgresTest
    void leavesOutIndexesThatBackConstraintsOfTheirOwnTable(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.person (id integer PRIMARY KEY, email varchar(255), name text, nick text COLLATE "C",
                                         tags text[], born date, score integer,
                                         CONSTRAINT person_email_uq UNIQUE (email),
                                         CONSTRAINT person_no_twins EXCLUDE USING btree (born WITH =));
                CREATE UNIQUE INDEX person_nick_key ON app.person (nick);
                CREATE TABLE app.badge (
                    owner_nick text COLLATE "C" CONSTRAINT badge_owner_fk REFERENCES app.person (nick),
                    owner_email varchar(255) CONSTRAINT badge_email_fk REFERENCES app.person (email)
                );
                """);

        // person_nick_key backs no constraint of person; badge's foreign key uses it (pg_constraint.conindid),
        // which must not make it vanish. The primary key's, the unique constraint's and the exclusion
        // constraint's indexes are parts of their constraints (the model has no exclusion constraints).
        Table person = Table.of(name("app", "person"), PERSON_COLUMNS)
                .withPrimaryKey(PrimaryKey.of("person_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("person_email_uq", "email")))
                .withIndexes(List.of(Index.on("person_nick_key", "nick").asUnique()));
        Table badge = Table.of(name("app", "badge"), List.of(
                        Column.of("owner_nick", "text").withCollation(name("pg_catalog", "C")),
                        Column.of("owner_email", "character varying(255)")))
                .withForeignKeys(List.of(
                        ForeignKey.of("badge_owner_fk", List.of("owner_nick"), name("app", "person"), List.of("nick")),
                        ForeignKey.of("badge_email_fk", List.of("owner_email"), name("app", "person"),
                                List.of("email"))));
        assertThat(Introspection.of(db, "app")).isEqualTo(SchemaModel.empty("app").withTables(List.of(person, badge)));
    }

    /** A non-unique b-tree index with the given keys. */
    private static Index index(String name, IndexKey... keys) {
        return new Index(name, false, "btree", List.of(keys), List.of(), Optional.empty(), false);
    }
}
