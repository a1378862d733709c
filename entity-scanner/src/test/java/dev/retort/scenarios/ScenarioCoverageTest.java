package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import dev.retort.model.QualifiedName;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scenarios together cover every operation the comparator can produce (every change kind but
 * {@code execute}, which only hand-written migrations contain) and every hazard flag, and every expected line
 * is well formed.
 */
class ScenarioCoverageTest {

    private static final Pattern LINE = Pattern.compile("([a-z_]+) (.+) \\[(.*)]");

    /** The op name of each permitted change kind, from its class name (CreateSchema is create_schema). */
    static Set<String> allOps() {
        return Arrays.stream(Change.class.getPermittedSubclasses())
                .map(c -> c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theOpNamesDerivedFromTheKindsAreTheStableOnes() {
        QualifiedName t = QualifiedName.of("public", "t");
        List<Change> samples = List.of(new Change.CreateSchema("s"), new Change.Backfill(t, "c", Optional.empty()),
                new Change.SetSequenceOwner(t, Optional.empty(), Optional.empty()),
                new Change.AddEnumValue(t, "v", Optional.empty()), new Change.RenameConstraint(t, "a", "b"),
                new Change.Execute(Optional.empty(), Optional.empty()));
        assertThat(allOps()).hasSize(Change.class.getPermittedSubclasses().length)
                .containsAll(samples.stream().map(Change::op).toList());
    }

    @Test
    void everyExpectedLineIsAKnownOpWithKnownFlags() {
        Set<String> ops = allOps();
        Set<String> flags = Arrays.stream(Hazard.values()).map(Enum::name).collect(Collectors.toSet());
        for (Scenario scenario : Scenarios.all()) {
            assertThat(scenario.expected()).as(scenario.name() + " has an expected plan").isNotEmpty();
            for (String line : scenario.expected()) {
                Matcher m = LINE.matcher(line);
                assertThat(m.matches()).as(scenario.name() + ": " + line).isTrue();
                assertThat(ops).as(scenario.name() + ": " + line).contains(m.group(1));
                if (!m.group(3).isEmpty()) {
                    assertThat(flags).as(scenario.name() + ": " + line).containsAll(List.of(m.group(3).split(", ")));
                }
            }
        }
    }

    @Test
    void theScenariosCoverEveryOperationButExecuteAndEveryHazard() {
        Set<String> ops = new TreeSet<>();
        Set<String> flags = new TreeSet<>();
        List<Scenario> scenarios = Scenarios.all();
        for (Scenario scenario : scenarios) {
            for (String line : scenario.expected()) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    ops.add(m.group(1));
                    if (!m.group(3).isEmpty()) {
                        flags.addAll(List.of(m.group(3).split(", ")));
                    }
                }
            }
        }
        Set<String> wantedOps = new TreeSet<>(allOps());
        wantedOps.remove("execute");
        assertThat(ops).as("operations covered").containsAll(wantedOps);
        assertThat(flags).as("hazards covered").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Hazard.values()).map(Enum::name).toList());
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(40);
    }
}
