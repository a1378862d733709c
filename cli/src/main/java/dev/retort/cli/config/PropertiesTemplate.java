package dev.retort.cli.config;

import java.util.Map;

/**
 * The commented {@code retort.properties} that {@code init} writes: every property with what it means, its
 * option and environment variable, and its default; given values are written as active lines. A password is
 * never written.
 */
public final class PropertiesTemplate {

    /** Example values for the properties that have no default, shown commented out. */
    private static final Map<Property, String> EXAMPLES = Map.of(
            Property.URL, "jdbc:postgresql://localhost:5432/app",
            Property.USER, "postgres",
            Property.PACKAGES, "com.example.domain");

    /** The path written as an active line when no class path is given: Maven's compiled classes. */
    static final String DEFAULT_CLASSPATH = "target/classes";

    private PropertiesTemplate() {
    }

    /** The file's text; {@code given} holds the values to write as active lines. */
    public static String render(Map<Property, String> given) {
        StringBuilder out = new StringBuilder()
                .append("# Retort configuration.\n")
                .append("# Every property can also be set by a command-line option or an environment variable:\n")
                .append("# an option wins over the environment, the environment over this file, this file over\n")
                .append("# the default. Relative paths are resolved against the directory of this file.\n");
        for (Property property : Property.values()) {
            out.append('\n').append("# ").append(property.description()).append('\n')
                    .append("# (option ").append(property.option()).append(", environment ")
                    .append(String.join(" or ", property.environment())).append(")\n");
            out.append(line(property, given)).append('\n');
        }
        return out.toString();
    }

    private static String line(Property property, Map<Property, String> given) {
        if (property == Property.PASSWORD) {
            return "#password=";
        }
        String value = given.get(property);
        if (value != null) {
            return property.key() + "=" + escape(value);
        }
        if (property == Property.CLASSPATH) {
            return property.key() + "=" + DEFAULT_CLASSPATH;
        }
        String shown = property.defaultValue().orElse(EXAMPLES.getOrDefault(property, ""));
        return "#" + property.key() + "=" + escape(shown);
    }

    /** A value as {@code java.util.Properties} reads it back: backslashes doubled, leading blanks kept. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
