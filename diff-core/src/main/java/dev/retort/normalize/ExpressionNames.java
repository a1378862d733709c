package dev.retort.normalize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers an SQL expression may name, read from its text without parsing it: every quoted identifier and
 * every bare word (string literals included). A superset of the columns the expression reads, which is what
 * deciding which columns an expression depends on needs.
 */
final class ExpressionNames {

    private static final Pattern WORD = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([\\p{L}_][\\p{L}\\p{N}_$]*)");

    private ExpressionNames() {
    }

    /**
     * The names of {@code columns} that {@code expression} may read. Why case-insensitive: an unquoted word is
     * folded to lower case by PostgreSQL, and matching more columns than needed only costs a larger probe.
     */
    static Set<String> columnsIn(String expression, Set<String> columns) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(expression);
        while (matcher.find()) {
            String word = matcher.group(1) != null ? matcher.group(1).replace("\"\"", "\"") : matcher.group(2);
            words.add(word.toLowerCase(Locale.ROOT));
        }
        Set<String> read = new HashSet<>();
        for (String column : columns) {
            if (words.contains(column.toLowerCase(Locale.ROOT))) {
                read.add(column);
            }
        }
        return read;
    }
}
