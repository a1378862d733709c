package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ScriptedUser;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --autogenerate} on a terminal asks about rename candidates; elsewhere it never guesses. */
class RenameQuestionIT {

    private static final String COLUMN_QUESTION = "Did you rename customers.name to customers.full_name "
            + "(character varying(255))? [y/N]";

    private static final String DROP_AND_ADD = """

              #  OPERATION    OBJECT                      HAZARDS
              1  add_column   public.customers.full_name  NEEDS_HUMAN_INPUT*, LOCK_QUEUE_RISK
                              rename candidate: public.customers.name
              2  drop_column  public.customers.name       DATA_LOSS*, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT*, \
            WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK
                              rename candidate: public.customers.full_name

              * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards
            """;

    @TempDir
    Path dir;

    private CliRun.Result revision(CliRun cli, TestDatabase db, String scenario, String... extra) {
        List<String> args = new ArrayList<>(List.of("--autogenerate", "-m", "rename", "--rev-id", "aaaaaaaaaaaa",
                "--migrations-dir", dir.resolve("migrations").toString()));
        args.addAll(List.of(extra));
        return cli.execute(ScenarioDatabase.args("revision", db, scenario, "after", args.toArray(String[]::new)));
    }

    /** {@code revision --autogenerate} with a user who gives {@code answers} and must be asked {@code question}. */
    private String answered(TestDatabase db, String scenario, String question, String... answers) {
        ScriptedUser user = ScriptedUser.answering(answers);
        CliRun.Result result = revision(CliRun.in(dir).answering(user), db, scenario);
        assertThat(user.questions()).containsExactly(question);
        assertThat(result.exit()).isZero();
        return result.out();
    }

    private Path migration() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.findFirst().orElseThrow();
        }
    }

    private String wrote() throws IOException {
        return "wrote " + migration() + " (revision aaaaaaaaaaaa, no parent)\n";
    }

    @PostgresTest
    void yesMakesTheColumnCandidateARename(TestDatabase db) throws IOException {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        assertThat(answered(db, "renamecolumncandidate", COLUMN_QUESTION, "y")).isEqualTo(wrote() + """

                  #  OPERATION      OBJECT                              HAZARDS
                  1  rename_column  public.customers.name -> full_name  BREAKS_RUNNING_APP, UNTRACKED_DEPENDENCIES, \
                LOCK_QUEUE_RISK
                """);
        assertThat(Files.readString(migration())).contains("ops.renameColumn(CUSTOMERS, \"name\", \"full_name\");",
                "ops.renameColumn(CUSTOMERS, \"full_name\", \"name\");").doesNotContain("dropColumn", "addColumn");
    }

    @PostgresTest
    void noOrTheEndOfInputKeepsTheDropAndTheAddFlagged(TestDatabase db) throws IOException {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        assertThat(answered(db, "renamecolumncandidate", COLUMN_QUESTION, "n")).isEqualTo(wrote() + DROP_AND_ADD);
        Files.delete(migration());
        assertThat(answered(db, "renamecolumncandidate", COLUMN_QUESTION)).isEqualTo(wrote() + DROP_AND_ADD);
    }

    @PostgresTest
    void withoutATerminalNothingIsAskedAndNothingGuessed(TestDatabase db) throws IOException {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        CliRun.Result result = revision(CliRun.in(dir), db, "renamecolumncandidate");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(wrote() + DROP_AND_ADD);
    }

    @PostgresTest
    void aRenameOptionCoversTheCandidateAndDiffNeverAsks(TestDatabase db) throws IOException {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        ScriptedUser user = ScriptedUser.answering("n", "n");
        CliRun cli = CliRun.in(dir).answering(user);
        CliRun.Result covered = revision(cli, db, "renamecolumncandidate", "--rename", "customers.name=full_name");
        assertThat(covered.out()).contains("rename_column  public.customers.name -> full_name");
        CliRun.Result diff = cli.execute(ScenarioDatabase.args("diff", db, "renamecolumncandidate", "after"));
        assertThat(diff.out()).contains("rename candidate: public.customers.name");
        assertThat(user.questions()).isEmpty();
    }

    @PostgresTest
    void yesMakesTheTableCandidateARenameWithItsDerivedNames(TestDatabase db) throws IOException {
        ScenarioDatabase.build(db, "renametablecandidate", "before");
        assertThat(answered(db, "renametablecandidate", "Did you rename clients to customers? [y/N]", "YES"))
                .isEqualTo(wrote() + """

                  #  OPERATION          OBJECT                                           HAZARDS
                  1  rename_table       public.clients -> customers                      BREAKS_RUNNING_APP, \
                LOCK_QUEUE_RISK
                  2  rename_sequence    public.clients_id_seq -> customers_id_seq        BREAKS_RUNNING_APP, \
                LOCK_QUEUE_RISK
                  3  rename_constraint  public.customers.clients_pkey -> customers_pkey  LOCK_QUEUE_RISK
                """);
    }
}
