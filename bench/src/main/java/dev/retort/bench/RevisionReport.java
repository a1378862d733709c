package dev.retort.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations that {@code retort revision} lists in its review table, read back from its standard output. */
final class RevisionReport {

    /** A table row: two spaces, the step number, then the operation. */
    private static final Pattern ROW = Pattern.compile("^ {2}(\\d+) +([a-z_]+)\\b.*$");

    private RevisionReport() {
    }

    /** The rows of the review table, as {@code operation object} lines. */
    static List<String> operations(String stdout) {
        return stdout.lines().map(ROW::matcher).filter(Matcher::matches).map(Matcher::group).map(String::strip)
                .toList();
    }

    /** Fails loudly, with the whole output, unless the review lists exactly {@code expected} operations. */
    static List<String> require(String stdout, int expected) {
        List<String> operations = operations(stdout);
        if (operations.size() != expected) {
            throw new IllegalStateException("the revision lists " + operations.size() + " operations, not the "
                    + expected + " the project's changes should give:\n" + stdout);
        }
        return operations;
    }
}
