package dev.retort.cli.command;

import dev.retort.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void probe() {
        Path m = dir.resolve("migrations");
        ReviewMigrations.customers(m);
        ReviewMigrations.dropName(m, "");
        ReviewMigrations.addCode(m, ReviewMigrations.DROP_NAME);
        for (String[] args : new String[][] {{"review"}, {"review", "--json"}, {"review", "aaa"}}) {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--migrations-dir";
            all[args.length + 1] = m.toString();
            CliRun.Result r = CliRun.in(dir).execute(all);
            System.out.println("EXIT " + r.exit() + "\nOUT:\n" + r.out() + "ERR:\n" + r.err());
        }
    }
}
