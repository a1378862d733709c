package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.output.Progress;
import dev.retort.cli.output.Style;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command writes: results on standard output, progress and warnings on standard error. */
record CommandOutput(PrintWriter out, Progress progress, Style style) {

    static CommandOutput of(CommandSpec spec, GlobalOptions global, CliEnvironment environment) {
        return new CommandOutput(spec.commandLine().getOut(), new Progress(spec.commandLine().getErr()),
                new Style(global.colour(environment)));
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }
}
