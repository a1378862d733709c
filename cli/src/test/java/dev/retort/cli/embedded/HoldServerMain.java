package dev.retort.cli.embedded;

import dev.retort.cli.output.Progress;
import java.io.PrintWriter;

/**
 * A process for {@link SignalCleanupIT}: starts an embedded server the way a command does, prints its data
 * directory, and then waits to be killed, so that only the shutdown hook can stop the server.
 */
public final class HoldServerMain {

    private HoldServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedServers servers = new EmbeddedServers(new Progress(new PrintWriter(System.err, true)));
        EmbeddedServer server = servers.start(Integer.parseInt(args[0])).await();
        System.out.println(server.dataDirectory());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
