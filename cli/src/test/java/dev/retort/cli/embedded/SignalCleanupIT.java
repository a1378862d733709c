package dev.retort.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A command killed by a signal (Ctrl-C, kill) still stops its embedded server and removes its files. */
class SignalCleanupIT {

    @Test
    void theShutdownHookStopsTheServerAndRemovesItsDataDirectory() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                HoldServerMain.class.getName(), "15")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path dataDirectory;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            dataDirectory = Path.of(out.readLine());
        }
        // Why the port (postmaster.pid's fourth line) rather than the pid: pg_ctl's wait ends when the pid file is
        // gone, a moment before the orphaned postmaster process is reaped, so "the server answers" is the test.
        int port = Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
        assertThat(answers(port)).isTrue();

        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(Files.exists(dataDirectory)).isFalse();
        assertThat(answers(port)).isFalse();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
