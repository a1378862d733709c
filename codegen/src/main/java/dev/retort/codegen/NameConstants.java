package dev.retort.codegen;

import dev.retort.model.QualifiedName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code private static final QualifiedName} constants of one migration class: one per table, sequence or
 * type the operations name, in order of first use. A constant is the object's name in upper snake case; a later
 * object whose name collides gets its schema prefixed, then a counter.
 */
final class NameConstants {

    private final Map<QualifiedName, String> constants = new LinkedHashMap<>();

    /** The constant standing for the name, allocated on first use. */
    String constantFor(QualifiedName name) {
        String existing = constants.get(name);
        if (existing != null) {
            return existing;
        }
        String allocated = allocate(name);
        constants.put(name, allocated);
        return allocated;
    }

    /** Every allocated constant with the name it stands for, in order of first use. */
    Map<QualifiedName, String> all() {
        return new LinkedHashMap<>(constants);
    }

    private String allocate(QualifiedName name) {
        Set<String> taken = new HashSet<>(constants.values());
        String candidate = upperSnake(name.name());
        if (taken.contains(candidate)) {
            candidate = upperSnake(name.schema() + "_" + name.name());
        }
        String unique = candidate;
        for (int counter = 2; taken.contains(unique); counter++) {
            unique = candidate + "_" + counter;
        }
        return unique;
    }

    /** {@code userAccounts}, {@code user accounts} and {@code user_accounts} all become {@code USER_ACCOUNTS}. */
    static String upperSnake(String name) {
        StringBuilder out = new StringBuilder();
        char previous = ' ';
        for (char c : name.toCharArray()) {
            boolean asciiLetterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (asciiLetterOrDigit && Character.isUpperCase(c)
                    && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                out.append('_');
            }
            out.append(asciiLetterOrDigit ? c : '_');
            previous = c;
        }
        String snake = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "").toUpperCase(Locale.ROOT);
        if (snake.isEmpty()) {
            return "OBJECT";
        }
        return Character.isDigit(snake.charAt(0)) ? "_" + snake : snake;
    }
}
