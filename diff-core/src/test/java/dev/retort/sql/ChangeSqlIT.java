package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.model.SchemaModel;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Runs the SQL of each change on a real server: every case builds its before-state in an emptied database,
 * applies {@link ChangeSql#statements}, compares the catalog with the expected effect (and, for a change that
 * creates a model object, the introspected object with the change's), applies the SQL of the reverse and
 * compares the catalog with the before-state.
 */
class ChangeSqlIT {

    @Test
    void casesCoverEveryKindThatHasSql() {
        Set<Class<?>> covered = allCases().stream().map(c -> c.change().getClass()).collect(Collectors.toSet());
        Set<Class<?>> expected = Arrays.stream(Change.class.getPermittedSubclasses())
                .filter(kind -> kind != Change.DropEnumValue.class).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(expected);
    }

    @PostgresTest
    void schemaEnumTableCommentAndRawSqlChanges(TestDatabase db) {
        runAll(db, TableChangeCases.all());
    }

    @PostgresTest
    void columnChanges(TestDatabase db) {
        runAll(db, ColumnChangeCases.all());
    }

    @PostgresTest
    void constraintAndIndexChanges(TestDatabase db) {
        runAll(db, ObjectChangeCases.all());
    }

    @PostgresTest
    void sequenceChanges(TestDatabase db) {
        runAll(db, SequenceChangeCases.all());
    }

    @PostgresTest
    void retypingConvertsTheStoredValueBothWays(TestDatabase db) throws SQLException {
        ChangeCase retype = ColumnChangeCases.all().stream().filter(c -> c.name().startsWith("retype")).findFirst()
                .orElseThrow();
        db.execute(retype.setup());
        ChangeSql.statements(retype.change()).forEach(db::execute);
        assertThat(CatalogSnapshot.query(db, "SELECT \"Code\" || '|' || pg_typeof(\"Code\") FROM sales.\"Orders\""))
                .containsExactly("42|text");
        ChangeSql.statements(retype.change().reverse()).forEach(db::execute);
        assertThat(CatalogSnapshot.query(db, "SELECT \"Code\" || '|' || pg_typeof(\"Code\") FROM sales.\"Orders\""))
                .containsExactly("42|integer");
    }

    /** The quirk that makes an ALTER SEQUENCE changing the type write the bounds too. */
    @PostgresTest
    void changingTheSequenceTypeAloneMovesABoundAtTheOldTypesLimit(TestDatabase db) throws SQLException {
        db.execute("CREATE SEQUENCE public.s AS integer; ALTER SEQUENCE public.s AS bigint");
        assertThat(CatalogSnapshot.query(db, "SELECT seqmax::text FROM pg_sequence"))
                .containsExactly("9223372036854775807");
    }

    private static List<ChangeCase> allCases() {
        List<ChangeCase> cases = new ArrayList<>(TableChangeCases.all());
        cases.addAll(ColumnChangeCases.all());
        cases.addAll(ObjectChangeCases.all());
        cases.addAll(SequenceChangeCases.all());
        return cases;
    }

    private static void runAll(TestDatabase db, List<ChangeCase> cases) {
        SoftAssertions softly = new SoftAssertions();
        for (ChangeCase change : cases) {
            try {
                run(db, change, softly);
            } catch (RuntimeException | SQLException e) {
                softly.fail(change + " on PostgreSQL " + db.majorVersion() + " failed: " + e.getMessage());
            }
        }
        softly.assertAll();
    }

    private static void run(TestDatabase db, ChangeCase change, SoftAssertions softly) throws SQLException {
        emptyDatabase(db);
        if (!change.setup().isEmpty()) {
            db.execute(change.setup());
        }
        Set<String> before = CatalogSnapshot.of(db);
        SchemaModel beforeModel = CreatedObject.introspect(db);
        ChangeSql.statements(change.change()).forEach(db::execute);
        Set<String> after = CatalogSnapshot.of(db);
        String what = change + " on PostgreSQL " + db.majorVersion();
        CreatedObject.of(change.change(), CreatedObject.introspect(db)).ifPresent(created -> softly
                .assertThat(created.actual()).as(what + ": the object built").contains(created.expected()));
        if (change.reversible()) {
            CreatedObject.of(change.change().reverse(), beforeModel).ifPresent(created -> softly
                    .assertThat(created.actual()).as(what + ": the object the reverse rebuilds")
                    .contains(created.expected()));
        }
        softly.assertThat(minus(after, before)).as(what + ": lines that appear")
                .containsExactlyInAnyOrderElementsOf(change.appears());
        softly.assertThat(minus(before, after)).as(what + ": lines that disappear")
                .containsExactlyInAnyOrderElementsOf(change.disappears());
        if (change.reversible()) {
            ChangeSql.statements(change.change().reverse()).forEach(db::execute);
            softly.assertThat(CatalogSnapshot.of(db)).as(what + ": catalog after the reverse").isEqualTo(before);
        } else {
            softly.assertThatThrownBy(() -> ChangeSql.statements(change.change().reverse())).as(what + ": reverse")
                    .isInstanceOf(UnsupportedChangeException.class);
        }
    }

    /**
     * Drops every user schema with everything in it and recreates {@code public}, so each case starts from an
     * empty database. Why not a new database per case: creating and dropping one takes longer than the case itself.
     */
    private static void emptyDatabase(TestDatabase db) throws SQLException {
        db.execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT quote_ident(nspname) FROM pg_namespace"
                + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP"
                + " EXECUTE 'DROP SCHEMA ' || s || ' CASCADE'; END LOOP; END $$; CREATE SCHEMA public");
        assertThat(CatalogSnapshot.of(db)).containsExactly("schema public");
    }

    private static Set<String> minus(Set<String> lines, Set<String> removed) {
        Set<String> rest = new TreeSet<>(lines);
        rest.removeAll(removed);
        return rest;
    }
}
