package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandsTest {

    @TempDir
    Path dir;

    @Test
    void everyNameIsTheNameItsCommandAnnotationGives() {
        Subcommands.ALL.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @Test
    void aCommandLineNamingACommandBuildsOnlyThatCommand() {
        Map<String, CommandLine> built = RetortMain.commandLine(CliRun.in(dir).environment(), "heads", "--verbose")
                .getSubcommands();
        assertThat(built.keySet()).containsExactly("heads");
    }

    @Test
    void anythingElseBuildsEveryCommandInUsageOrder() {
        for (String[] args : new String[][] {{}, {"help", "diff"}, {"--help"}, {"revison"}, {"--config=x", "diff"}}) {
            Map<String, CommandLine> built = RetortMain.commandLine(CliRun.in(dir).environment(), args)
                    .getSubcommands();
            assertThat(built.keySet()).as(String.join(" ", args)).containsExactlyElementsOf(Subcommands.ALL.keySet());
        }
    }

    @Test
    void optionsEveryCommandTakesMayComeBeforeItsName() {
        assertThat(RetortMain.arguments("--config", "f.properties", "diff", "--json"))
                .containsExactly("diff", "--config", "f.properties", "--json");
        assertThat(RetortMain.arguments("--config=f.properties", "--verbose", "--no-color", "upgrade", "head"))
                .containsExactly("upgrade", "--config=f.properties", "--verbose", "--no-color", "head");
        for (String[] unchanged : new String[][] {{}, {"--verbose"}, {"--config", "f"}, {"--config", "f", "help",
                "diff"}, {"--config", "f", "frobnicate"}, {"diff", "--config", "f"}, {"--json", "diff"}}) {
            assertThat(RetortMain.arguments(unchanged)).as(String.join(" ", unchanged)).containsExactly(unchanged);
        }
    }
}
