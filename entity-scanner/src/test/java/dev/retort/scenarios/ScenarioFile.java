package dev.retort.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a scenario's {@code expected.txt}. Every line that does not start with {@code #} is an expected plan
 * line. A line {@code # name: value} is a directive: {@code rename}, {@code seed}, {@code fails-unguarded}
 * (a selector: {@code op table object} as in a plan line, or a 1-based step number), {@code fix},
 * {@code backfill} ({@code [schema.]table.column=value-sql}), {@code recipe} ({@code selector => sql}),
 * {@code recipe-down} (the same, for a step of the downgrade), {@code verify} ({@code query => expected}, after
 * the upgrade), {@code verify-down} (the same, after the downgrade), {@code schemas}, {@code before-schemas}
 * and {@code no-downgrade}. Any other {@code #} line is a comment; a misspelt directive name is an error.
 */
final class ScenarioFile {

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-z]+(?:-[a-z]+)*):\\s*(.*)");
    private static final Set<String> NAMES = Set.of("rename", "seed", "fails-unguarded", "fix", "backfill",
            "recipe", "recipe-down", "verify", "verify-down", "schemas", "before-schemas", "no-downgrade");
    private static final String ARROW = " => ";

    private ScenarioFile() {
    }

    static Scenario parse(String name, String text) {
        List<String> expected = new ArrayList<>();
        Map<String, List<String>> directives = new LinkedHashMap<>();
        NAMES.forEach(n -> directives.put(n, new ArrayList<>()));
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                expected.add(line);
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                if (!NAMES.contains(directive.group(1))) {
                    throw new IllegalArgumentException(name + ": unknown directive " + directive.group(1));
                }
                directives.get(directive.group(1)).add(directive.group(2).strip());
            }
        }
        List<String> schemas = schemas(directives.get("schemas"), List.of("public"));
        return new Scenario(name, expected, directives.get("rename"), directives.get("seed"),
                directives.get("fails-unguarded"), directives.get("fix"),
                pairs(name, directives.get("backfill"), "="), pairs(name, directives.get("recipe"), ARROW),
                pairs(name, directives.get("recipe-down"), ARROW),
                directives.get("verify").stream().map(v -> verify(name, v)).toList(),
                directives.get("verify-down").stream().map(v -> verify(name, v)).toList(), schemas,
                schemas(directives.get("before-schemas"), schemas),
                directives.get("no-downgrade").stream().findFirst());
    }

    private static List<String> schemas(List<String> values, List<String> otherwise) {
        return values.isEmpty() ? otherwise : List.of(values.get(values.size() - 1).split("\\s*,\\s*"));
    }

    private static Map<String, String> pairs(String name, List<String> values, String separator) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : values) {
            int at = value.indexOf(separator);
            if (at <= 0) {
                throw new IllegalArgumentException(name + ": expected KEY" + separator + "VALUE in " + value);
            }
            pairs.put(value.substring(0, at).strip(), value.substring(at + separator.length()).strip());
        }
        return pairs;
    }

    private static Scenario.Verify verify(String name, String value) {
        int at = value.lastIndexOf(ARROW);
        if (at <= 0) {
            throw new IllegalArgumentException(name + ": expected QUERY => RESULT in verify " + value);
        }
        return new Scenario.Verify(value.substring(0, at).strip(), value.substring(at + ARROW.length()).strip());
    }
}
