package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RetortCommandTest {

    @Test
    void helpPrintsUsageAndExitsZero() {
        StringWriter out = new StringWriter();
        CommandLine cli = RetortMain.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Usage: retort [-hV]")
                .contains("Autogenerates reviewable, hazard-aware PostgreSQL migrations from JPA entities.");
    }

    @Test
    void unknownOptionIsBadUsageWithExitTwo() {
        StringWriter err = new StringWriter();
        CommandLine cli = RetortMain.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }
}
