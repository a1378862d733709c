package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {

    @TempDir
    Path dir;

    private CliRun.Result entities(String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "entities";
        System.arraycopy(Fixtures.scenario("elementcollection", "after"), 0, args, 1, 4);
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CliRun.in(dir).execute(args);
    }

    @Test
    void jsonListsEachEntityWithItsTableAndColumns() {
        CliRun.Result result = entities("--json");
        assertThat(result.exit()).isZero();
        assertThat(result.errWithoutProgress()).isEmpty();
        assertThat(result.err()).isEqualTo("scanning the entity classes in " + Fixtures.classpath() + "...\n");
        assertThat(result.out()).isEqualTo("""
                {
                  "entities": [
                    {
                      "class": "dev.retort.fixtures.scenarios.elementcollection.after.Customer",
                      "name": "Customer",
                      "table": "public.customers",
                      "columns": [
                        {
                          "attribute": "id",
                          "table": "public.customers",
                          "column": "id"
                        },
                        {
                          "attribute": "name",
                          "table": "public.customers",
                          "column": "name"
                        },
                        {
                          "attribute": "tags",
                          "table": "public.customer_tags",
                          "column": "customer_id"
                        },
                        {
                          "attribute": "tags.(element)",
                          "table": "public.customer_tags",
                          "column": "tags"
                        }
                      ]
                    }
                  ],
                  "warnings": []
                }
                """);
    }

    @Test
    void textListsAttributesAndColumnsWithoutColourWhenNotOnATerminal() {
        CliRun.Result result = entities();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                dev.retort.fixtures.scenarios.elementcollection.after.Customer (Customer) -> public.customers
                  ATTRIBUTE       COLUMN
                  id              id
                  name            name
                  tags            public.customer_tags.customer_id
                  tags.(element)  public.customer_tags.tags
                1 entity
                """);
    }

    @Test
    void onATerminalTheClassNameIsBold() {
        CliRun.Result result = CliRun.in(dir).onTerminal().execute(concat("entities",
                Fixtures.scenario("elementcollection", "after")));
        assertThat(result.out()).startsWith("\u001B[1mdev.retort.fixtures.scenarios.elementcollection.after.Customer"
                + "\u001B[0m (Customer) -> public.customers\n");
        CliRun.Result plain = CliRun.in(dir).onTerminal().execute(concat("entities",
                Fixtures.scenario("elementcollection", "after"), "--no-color"));
        assertThat(plain.out()).doesNotContain("\u001B");
    }

    private static String[] concat(String first, String[] middle, String... last) {
        String[] all = new String[1 + middle.length + last.length];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }
}
