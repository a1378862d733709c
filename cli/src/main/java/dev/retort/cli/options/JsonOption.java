package dev.retort.cli.options;

import picocli.CommandLine.Option;

/** The {@code --json} switch: exactly one JSON document on standard output. */
public final class JsonOption {

    @Option(names = "--json", description = "Print exactly one JSON document on standard output.")
    private boolean json;

    public boolean json() {
        return json;
    }
}
