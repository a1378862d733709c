package dev.retort.cli.options;

import dev.retort.cli.failure.CliFailure;
import dev.retort.diff.RenameHint;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The repeatable {@code --rename OLD=NEW} hints. */
public final class RenameOptions {

    @Option(names = "--rename", paramLabel = "SPEC",
            description = "A dropped and an added object are one object renamed: table.column=new_column "
                    + "or table=new_table (schema-qualify where needed). Repeatable.")
    private List<String> specs = new ArrayList<>();

    /** The hints, parsed; a malformed one is a usage failure. */
    public List<RenameHint> hints() {
        List<RenameHint> hints = new ArrayList<>();
        for (String spec : specs) {
            try {
                hints.add(RenameHint.parse(spec));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage(e.getMessage(), e);
            }
        }
        return hints;
    }
}
