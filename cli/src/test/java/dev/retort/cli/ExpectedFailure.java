package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Asserts how a command fails, as CONTRACT.md section 4 wants it: its exit code, nothing on standard output,
 * one message on standard error and no stack trace; and, run again with {@code --verbose}, the same message
 * followed by the stack trace.
 */
public final class ExpectedFailure {

    private ExpectedFailure() {
    }

    /** Runs {@code args} twice on {@code cli}, without and with {@code --verbose}. */
    public static void expect(CliRun cli, int exit, String message, String... args) {
        CliRun.Result plain = cli.execute(args);
        assertThat(plain.errWithoutProgress()).isEqualTo("retort: " + message + "\n");
        assertThat(plain.exit()).isEqualTo(exit);
        assertThat(plain.out()).isEmpty();

        List<String> verbose = new ArrayList<>(List.of(args));
        verbose.add("--verbose");
        CliRun.Result traced = cli.execute(verbose.toArray(String[]::new));
        assertThat(traced.exit()).isEqualTo(exit);
        assertThat(traced.out()).isEmpty();
        assertThat(traced.errWithoutProgress()).startsWith("retort: " + message + "\n")
                .containsPattern("\n[\\w.$]+(Exception|Failure|Error): ").contains("\n\tat dev.retort.");
    }
}
