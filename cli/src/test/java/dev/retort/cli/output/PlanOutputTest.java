package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import dev.retort.plan.Planner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON document and the review table of one plan, asserted whole. */
class PlanOutputTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    /** users(id, name, "odd\"name") becomes users(id, full_name, "odd\"name" varchar(20)); mood gains 'sad'. */
    private static MigrationPlan plan() {
        Column id = Column.of("id", "bigint").withNullable(false);
        Table before = Table.of(USERS, List.of(id, Column.of("name", "character varying(255)"),
                Column.of("odd\"name\\", "text"))).withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        Table after = Table.of(USERS, List.of(id, Column.of("full_name", "character varying(255)"),
                Column.of("odd\"name\\", "text").withNullable(false)))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        SchemaModel current = new SchemaModel(List.of("public"), List.of(EnumType.of(MOOD, "happy")), List.of(),
                List.of(before));
        SchemaModel target = new SchemaModel(List.of("public"), List.of(EnumType.of(MOOD, "happy", "sad")),
                List.of(), List.of(after));
        return Planner.plan(SchemaDiffer.diff(current, target, RenameHints.none()),
                PlanContext.withoutStatistics(17));
    }

    @Test
    void jsonHasTheContractShapeWithAbsentKeysLeftOut() {
        String json = JsonWriter.write(PlanJson.document("postgresql://localhost:5432/app", Optional.empty(), plan()));
        assertThat(json).isEqualTo("""
                {
                  "database": "postgresql://localhost:5432/app",
                  "revision": null,
                  "changes": [
                    {
                      "op": "add_enum_value",
                      "object": "public.mood",
                      "value": "sad",
                      "hazards": ["BREAKS_RUNNING_APP", "NON_TRANSACTIONAL", "IRREVERSIBLE"],
                      "sql": ["ALTER TYPE public.mood ADD VALUE 'sad'"]
                    },
                    {
                      "op": "add_column",
                      "table": "public.users",
                      "object": "full_name",
                      "hazards": ["NEEDS_HUMAN_INPUT", "LOCK_QUEUE_RISK"],
                      "rename_candidate": "public.users.name",
                      "sql": ["ALTER TABLE public.users ADD COLUMN full_name character varying(255)"]
                    },
                    {
                      "op": "set_not_null",
                      "table": "public.users",
                      "object": "odd\\"name\\\\",
                      "hazards": ["BREAKS_RUNNING_APP", "BLOCKS_READS_WRITES", "MAY_FAIL_ON_DATA", "LOCK_QUEUE_RISK"],
                      "sql": ["ALTER TABLE public.users ALTER COLUMN \\"odd\\"\\"name\\\\\\" SET NOT NULL"]
                    },
                    {
                      "op": "drop_column",
                      "table": "public.users",
                      "object": "name",
                      "hazards": ["DATA_LOSS", "BREAKS_RUNNING_APP", "NEEDS_HUMAN_INPUT", "WEAKENS_INTEGRITY", \
                "IRREVERSIBLE", "UNTRACKED_DEPENDENCIES", "LOCK_QUEUE_RISK"],
                      "rename_candidate": "public.users.full_name",
                      "sql": ["ALTER TABLE public.users DROP COLUMN name"]
                    }
                  ]
                }
                """);
    }

    @Test
    void reviewTableMarksBlockingHazardsAndNamesRenameCandidates() {
        PlanReview review = new PlanReview(new Style(false));
        assertThat(review.table(plan())).isEqualTo("""
                  #  OPERATION       OBJECT                   HAZARDS
                  1  add_enum_value  public.mood value 'sad'  BREAKS_RUNNING_APP, NON_TRANSACTIONAL, IRREVERSIBLE
                  2  add_column      public.users.full_name   NEEDS_HUMAN_INPUT*, LOCK_QUEUE_RISK
                                     rename candidate: public.users.name
                  3  set_not_null    public.users.odd"name\\   BREAKS_RUNNING_APP, BLOCKS_READS_WRITES*, \
                MAY_FAIL_ON_DATA*, LOCK_QUEUE_RISK
                  4  drop_column     public.users.name        DATA_LOSS*, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT*, \
                WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK
                                     rename candidate: public.users.full_name

                  * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards
                """);
    }

    @Test
    void colourMarksBlockingHazardsRedAndOthersYellow() {
        String table = new PlanReview(new Style(true)).table(plan());
        assertThat(table).contains("\u001B[1;31mDATA_LOSS*\u001B[0m, \u001B[33mBREAKS_RUNNING_APP\u001B[0m, "
                + "\u001B[1;31mNEEDS_HUMAN_INPUT*\u001B[0m, \u001B[33mWEAKENS_INTEGRITY\u001B[0m, ");
        assertThat(table.replaceAll("\u001B\\[[0-9;]*m", ""))
                .isEqualTo(new PlanReview(new Style(false)).table(plan()));
    }

    @Test
    void sqlListsEachStepWithItsDescription() {
        assertThat(new PlanReview(new Style(false)).sql(plan())).isEqualTo("""
                  -- 1. add enum value 'sad' to public.mood
                  ALTER TYPE public.mood ADD VALUE 'sad';
                  -- 2. add column public.users.full_name character varying(255) NULL
                  ALTER TABLE public.users ADD COLUMN full_name character varying(255);
                  -- 3. set not null on public.users.odd"name\\
                  ALTER TABLE public.users ALTER COLUMN "odd""name\\" SET NOT NULL;
                  -- 4. drop column public.users.name
                  ALTER TABLE public.users DROP COLUMN name;
                """);
    }
}
