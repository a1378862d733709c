package dev.retort.scenarios;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One before → after entity scenario as its {@code expected.txt} describes it: the expected plan lines and the
 * directives that drive the oracle (see {@link ScenarioFile} for the syntax).
 *
 * @param name           the scenario's package name under {@code dev.retort.fixtures.scenarios}
 * @param expected       the expected plan, one line per step: {@code op table-or-dash object-or-dash [HAZARDS]}
 * @param renames        rename hints as {@code --rename} takes them
 * @param seeds          SQL run after the before state is built
 * @param failsUnguarded steps (selectors) whose unguarded statement must fail on the seeded rows
 * @param fixes          SQL run after the failure checks, before the upgrade (the reviewer's data fix)
 * @param backfills      backfill values by {@code [schema.]table.column}
 * @param recipes        SQL the reviewer writes in place of a step's generated SQL, by selector
 * @param recipesDown    the same for steps of the downgrade
 * @param verifies       queries run after the upgrade, with their expected result text
 * @param verifiesDown   queries run after the downgrade, with their expected result text
 * @param schemas        the managed schemas of the after state
 * @param beforeSchemas  the managed schemas of the before state
 * @param noDowngrade    why the downgrade is not checked, when it cannot be faithful
 */
record Scenario(String name, List<String> expected, List<String> renames, List<String> seeds,
                List<String> failsUnguarded, List<String> fixes, Map<String, String> backfills,
                Map<String, String> recipes, Map<String, String> recipesDown, List<Verify> verifies,
                List<Verify> verifiesDown, List<String> schemas, List<String> beforeSchemas,
                Optional<String> noDowngrade) {

    /** A query and the text its result must print as (see {@link ScenarioSql#resultText}). */
    record Verify(String query, String expected) {
    }

    String beforePackage() {
        return Scenarios.ROOT + name + ".before";
    }

    String afterPackage() {
        return Scenarios.ROOT + name + ".after";
    }

    /** Every schema either side manages: the catalog is always read over all of them. */
    List<String> allSchemas() {
        Set<String> all = new LinkedHashSet<>(beforeSchemas);
        all.addAll(schemas);
        return List.copyOf(all);
    }
}
