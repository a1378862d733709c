package dev.retort.hazard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a column default is volatile, which decides whether {@code ADD COLUMN ... DEFAULT} rewrites the table
 * (PostgreSQL 11+ stores a non-volatile default once in the catalog and rewrites only for a volatile one).
 * Built-in functions are looked up in the list of volatile {@code pg_catalog} functions; any other function
 * counts as volatile, because that is what {@code CREATE FUNCTION} makes a function unless told otherwise.
 */
final class DefaultVolatility {

    private static final String RESOURCE = "volatile-functions.txt";
    private static final String PG_CATALOG = "pg_catalog.";
    private static final Set<String> VOLATILE_BUILT_INS = load();

    private DefaultVolatility() {
    }

    /** Whether the default expression calls a volatile function. */
    static boolean isVolatile(String defaultExpression) {
        return firstVolatileCall(defaultExpression).isPresent();
    }

    /** The first volatile function the expression calls, as written in it. */
    static Optional<String> firstVolatileCall(String defaultExpression) {
        return ExpressionFunctions.calledBy(defaultExpression).stream()
                .filter(DefaultVolatility::isVolatileFunction)
                .findFirst();
    }

    private static boolean isVolatileFunction(String name) {
        String builtIn = name.startsWith(PG_CATALOG) ? name.substring(PG_CATALOG.length()) : name;
        return builtIn.contains(".") || VOLATILE_BUILT_INS.contains(builtIn);
    }

    /** The volatile built-in function names this class knows, for the test that checks them on a server. */
    static Set<String> volatileBuiltIns() {
        return VOLATILE_BUILT_INS;
    }

    private static Set<String> load() {
        try (InputStream in = DefaultVolatility.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
