package dev.retort.scenarios;

import dev.retort.scan.FixtureClasses;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Finds the before → after scenarios in the test fixtures: one per {@code expected.txt} resource. */
final class Scenarios {

    static final String ROOT = "dev.retort.fixtures.scenarios.";
    private static final String PATH = "dev/retort/fixtures/scenarios";

    private Scenarios() {
    }

    /** Every scenario, sorted by name. */
    static List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(FixtureClasses.location().toString())
                .acceptPaths(PATH).scan()) {
            for (Resource resource : scan.getResourcesWithLeafName("expected.txt")) {
                String path = resource.getPath();
                String name = path.substring(PATH.length() + 1, path.length() - "/expected.txt".length());
                scenarios.add(ScenarioFile.parse(name, resource.getContentAsString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scenarios.sort((a, b) -> a.name().compareTo(b.name()));
        return scenarios;
    }
}
