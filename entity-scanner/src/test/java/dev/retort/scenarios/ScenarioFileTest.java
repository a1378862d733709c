package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The syntax of a scenario's expected.txt: plan lines, directives and comments. */
class ScenarioFileTest {

    @Test
    void readsPlanLinesAndEveryDirective() {
        Scenario scenario = ScenarioFile.parse("demo", """
                # A comment line, ignored.
                # rename: users.name=full_name
                # seed: INSERT INTO users VALUES (1, 'a=b')
                # seed: INSERT INTO users VALUES (2, 'c')
                # fails-unguarded: set_not_null public.users name
                # fix: UPDATE users SET name = 'x' WHERE name IS NULL
                # backfill: sales.users.email='a=b'
                # recipe: drop_enum_value - public.mood => CREATE TYPE t AS ENUM ('a'); SELECT 1 => 1
                # recipe-down: alter_column_type public.users id => ALTER TABLE users ALTER id TYPE int
                # verify: SELECT a, b FROM t => 1|x => y
                # verify-down: SELECT 1 => 1
                # before-schemas: public
                # schemas: public, sales
                # no-downgrade: cannot be undone

                add_column public.users email [LOCK_QUEUE_RISK]
                drop_schema - sales [UNTRACKED_DEPENDENCIES]
                """);
        assertThat(scenario).isEqualTo(new Scenario("demo",
                List.of("add_column public.users email [LOCK_QUEUE_RISK]",
                        "drop_schema - sales [UNTRACKED_DEPENDENCIES]"),
                List.of("users.name=full_name"),
                List.of("INSERT INTO users VALUES (1, 'a=b')", "INSERT INTO users VALUES (2, 'c')"),
                List.of("set_not_null public.users name"),
                List.of("UPDATE users SET name = 'x' WHERE name IS NULL"),
                Map.of("sales.users.email", "'a=b'"),
                Map.of("drop_enum_value - public.mood", "CREATE TYPE t AS ENUM ('a'); SELECT 1 => 1"),
                Map.of("alter_column_type public.users id", "ALTER TABLE users ALTER id TYPE int"),
                List.of(new Scenario.Verify("SELECT a, b FROM t => 1|x", "y")),
                List.of(new Scenario.Verify("SELECT 1", "1")),
                List.of("public", "sales"), List.of("public"), Optional.of("cannot be undone")));
        assertThat(scenario.allSchemas()).containsExactly("public", "sales");
        assertThat(scenario.beforePackage()).isEqualTo("dev.retort.fixtures.scenarios.demo.before");
    }

    @Test
    void theBeforeSchemasDefaultToTheSchemasAndThoseToPublic() {
        Scenario plain = ScenarioFile.parse("plain", "add_column public.t c []\n");
        assertThat(plain.schemas()).containsExactly("public");
        assertThat(plain.beforeSchemas()).containsExactly("public");
        Scenario sales = ScenarioFile.parse("sales", "# schemas: sales\nadd_column sales.t c []\n");
        assertThat(sales.beforeSchemas()).containsExactly("sales");
        assertThat(sales.noDowngrade()).isEmpty();
    }

    @Test
    void aMisspeltDirectiveOrAMalformedValueIsAnError() {
        assertThatThrownBy(() -> ScenarioFile.parse("typo", "# backfil: t.c=1\n"))
                .hasMessage("typo: unknown directive backfil");
        assertThatThrownBy(() -> ScenarioFile.parse("bad", "# verify: SELECT 1\n"))
                .hasMessage("bad: expected QUERY => RESULT in verify SELECT 1");
        assertThatThrownBy(() -> ScenarioFile.parse("bad", "# backfill: nothing\n"))
                .hasMessage("bad: expected KEY=VALUE in nothing");
    }
}
