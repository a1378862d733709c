package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, run in-process from the repository root exactly as written there, on the committed
 * migrations only (a copy, so that files the command wrote in the working tree do not count): it writes the
 * second migration and prints this review table; run again, it writes an empty migration.
 */
class ReadmeCommandIT {

    /** What the README's command prints after the {@code wrote ...} line. */
    static final String REVIEW_TABLE = """

              #   OPERATION          OBJECT                                  HAZARDS
              1   drop_check         public.orders.orders_status_check       WEAKENS_INTEGRITY, LOCK_QUEUE_RISK
              2   create_table       public.coupons
              3   add_column         public.customers.loyalty_points         LOCK_QUEUE_RISK
              4   add_column         public.customers.phone                  LOCK_QUEUE_RISK
              5   add_column         public.orders.coupon_id                 LOCK_QUEUE_RISK
              6   alter_column_type  public.books.title                      UNTRACKED_DEPENDENCIES, \
            PERFORMANCE_IMPACT, LOCK_QUEUE_RISK
              7   add_check          public.orders.orders_status_check       BREAKS_RUNNING_APP, \
            BLOCKS_READS_WRITES*, MAY_FAIL_ON_DATA*, LOCK_QUEUE_RISK
              8   create_index       public.orders.orders_status_placed_idx  BLOCKS_WRITES, LOCK_QUEUE_RISK
              9   drop_column        public.customers.fax                    DATA_LOSS*, BREAKS_RUNNING_APP, \
            WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK
              10  add_foreign_key    public.orders.orders_coupon_fk          BREAKS_RUNNING_APP, BLOCKS_WRITES, \
            MAY_FAIL_ON_DATA*, PERFORMANCE_IMPACT, LOCK_QUEUE_RISK

              * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards
            """;

    private static final Pattern WROTE = Pattern.compile(
            "wrote (\\S+) \\(revision ([0-9a-f]{12}), parent ([0-9a-f]{12})\\)\n");

    @TempDir
    Path dir;

    @Test
    void writesTheSecondMigrationAndReviewsItsHazardsThenAnEmptyOne() throws IOException {
        Path migrations = ExampleProject.committedMigrationsIn(dir.resolve("migrations"));
        InProcessCli cli = InProcessCli.in(ExampleProject.REPOSITORY);
        String[] command = ExampleProject.readmeCommandWith("--migrations-dir", migrations.toString());

        InProcessCli.Result first = cli.execute(command);
        assertThat(first.exit()).isZero();
        Matcher wrote = wroteLine(first.out());
        Path second = Path.of(wrote.group(1));
        assertThat(second.getParent()).isEqualTo(migrations);
        assertThat(second.getFileName().toString()).matches("V\\d{8}_\\d{6}__CouponsLoyaltyPointsAndReturns\\.java");
        assertThat(wrote.group(3)).isEqualTo(ExampleProject.INITIAL_REVISION);
        assertThat(first.out().substring(wrote.end())).isEqualTo(REVIEW_TABLE);
        assertThat(first.err()).isEqualTo(progress(migrations));
        assertThat(javaFiles(migrations)).hasSize(2);

        InProcessCli.Result again = cli.execute(command);
        assertThat(again.exit()).isZero();
        Matcher wroteAgain = wroteLine(again.out());
        assertThat(wroteAgain.group(3)).isEqualTo(wrote.group(2));
        assertThat(again.out().substring(wroteAgain.end()))
                .isEqualTo("no changes: the entities match the database; the migration is empty\n");
        assertThat(again.err()).isEqualTo(progress(migrations));
        assertThat(javaFiles(migrations)).hasSize(3);
    }

    private static Matcher wroteLine(String out) {
        Matcher wrote = WROTE.matcher(out);
        assertThat(wrote.lookingAt()).as("the first line of:\n%s", out).isTrue();
        return wrote;
    }

    /** The progress lines on standard error: no warning among them. */
    private static String progress(Path migrations) {
        return "starting embedded PostgreSQL 17...\n"
                + "scanning the entity classes in " + ExampleProject.CLASSES + "...\n"
                + "replaying the migrations of " + migrations + " into the shadow database...\n";
    }

    private static List<Path> javaFiles(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(f -> f.getFileName().toString().startsWith("V")).toList();
        }
    }
}
