package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planner's upgrade and downgrade plans, one line per step: op, table, object and hazard flags. */
class PlannerTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName TAGS = QualifiedName.of("public", "tags");
    private static final Column ID = Column.of("id", "bigint").notNull();
    private static final Column NAME = Column.of("name", "character varying(255)");
    private static final PlanContext PG17 = PlanContext.withoutStatistics(17);

    private static Table users(Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(ID, NAME));
        columns.addAll(List.of(extra));
        return Table.of(USERS, columns).withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
    }

    private static Table tags() {
        return Table.of(TAGS, List.of(ID, Column.of("label", "text"))).withPrimaryKey(PrimaryKey.of("tags_pkey", "id"))
                .withIndexes(List.of(Index.on("tags_label_idx", "label")));
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(), List.of(), List.of(tables));
    }

    private static MigrationPlan plan(SchemaModel current, SchemaModel target) {
        return Planner.plan(SchemaDiffer.diff(current, target, RenameHints.none()), PG17);
    }

    private static List<String> lines(MigrationPlan plan) {
        return plan.steps().stream().map(s -> s.change().op() + " " + ChangeFields.table(s.change()).orElse("-")
                + " " + ChangeFields.object(s.change()).orElse("-") + " " + s.flags()).toList();
    }

    @Test
    void aNotNullColumnOnAnExistingTableIsAddedNullableBackfilledAndSetNotNull() {
        MigrationPlan plan = plan(model(users()), model(users(Column.of("email", "text").notNull())));
        assertThat(lines(plan)).containsExactly(
                "add_column public.users email [LOCK_QUEUE_RISK]",
                "backfill public.users email [NEEDS_HUMAN_INPUT, PERFORMANCE_IMPACT]",
                "set_not_null public.users email [BREAKS_RUNNING_APP, BLOCKS_READS_WRITES,"
                        + " MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK]");
        assertThat(plan.steps().get(1).refusal()).isPresent();
        assertThat(plan.steps().get(1).sql()).isEmpty();
    }

    @Test
    void aRenameCandidateKeepsItsFlagOnTheAddOfItsSafeShape() {
        Column fullName = Column.of("full_name", "character varying(255)").notNull();
        MigrationPlan plan = plan(model(users()), model(Table.of(USERS, List.of(ID, fullName))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"))));
        assertThat(lines(plan)).containsExactly(
                "add_column public.users full_name [NEEDS_HUMAN_INPUT, LOCK_QUEUE_RISK]",
                "backfill public.users full_name [NEEDS_HUMAN_INPUT, PERFORMANCE_IMPACT]",
                "set_not_null public.users full_name [BREAKS_RUNNING_APP, BLOCKS_READS_WRITES,"
                        + " MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK]",
                "drop_column public.users name [DATA_LOSS, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT, WEAKENS_INTEGRITY,"
                        + " IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK]");
        assertThat(plan.steps()).extracting(PlannedChange::renameCandidate).containsExactly(
                Optional.of("public.users.name"), Optional.empty(), Optional.empty(),
                Optional.of("public.users.full_name"));
    }

    @Test
    void withBackfillGivesTheStepItsSqlAndDropsTheRequestForInput() {
        MigrationPlan plan = plan(model(users()), model(users(Column.of("email", "text").notNull())))
                .withBackfill(USERS, "email", "'unknown'");
        PlannedChange backfill = plan.steps().get(1);
        assertThat(backfill.change()).isEqualTo(new Change.Backfill(USERS, "email", Optional.of("'unknown'")));
        assertThat(backfill.sql()).containsExactly("UPDATE public.users SET email = 'unknown' WHERE email IS NULL");
        assertThat(backfill.refusal()).isEmpty();
        assertThat(lines(plan).get(1)).isEqualTo("backfill public.users email [PERFORMANCE_IMPACT]");
        assertThat(plan.steps().get(0)).isEqualTo(plan(model(users()),
                model(users(Column.of("email", "text").notNull()))).steps().get(0));
    }

    @Test
    void withBackfillOfAColumnThePlanDoesNotBackfillIsAnError() {
        MigrationPlan plan = plan(model(users()), model(users(Column.of("email", "text"))));
        assertThatThrownBy(() -> plan.withBackfill(USERS, "email", "'x'"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plan has no backfill of public.users.email");
    }

    @Test
    void theDowngradeUndoesTheStepsInReverseOrderEachInItsOwnContext() {
        MigrationPlan upgrade = plan(model(users()), model(users(Column.of("nick", "text")), tags()));
        assertThat(lines(upgrade)).containsExactly(
                "create_table public.tags - []",
                "add_column public.users nick [LOCK_QUEUE_RISK]",
                "create_index public.tags tags_label_idx []");
        MigrationPlan downgrade = Planner.reverse(upgrade, PG17);
        assertThat(lines(downgrade)).containsExactly(
                "drop_index public.tags tags_label_idx [PERFORMANCE_IMPACT, LOCK_QUEUE_RISK]",
                "drop_column public.users nick [DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,"
                        + " UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK]",
                "drop_table public.tags - [DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES,"
                        + " LOCK_QUEUE_RISK]");
        assertThat(downgrade.sql()).containsExactly("DROP INDEX public.tags_label_idx",
                "ALTER TABLE public.users DROP COLUMN nick", "DROP TABLE public.tags");
    }

    @Test
    void aTableDroppedByTheUpgradeIsCreatedByTheDowngradeWithoutLockHazards() {
        MigrationPlan upgrade = plan(model(users(), tags()), model(users()));
        MigrationPlan downgrade = Planner.reverse(upgrade, PG17);
        assertThat(lines(downgrade)).containsExactly(
                "create_table public.tags - []",
                "create_index public.tags tags_label_idx []");
        assertThat(downgrade.steps()).allMatch(s -> !s.tableMayHaveRows());
    }

    @Test
    void aDroppedNotNullColumnComesBackInItsSafeShape() {
        Column code = Column.of("code", "text").notNull();
        MigrationPlan downgrade = Planner.reverse(plan(model(users(code)), model(users())), PG17);
        assertThat(lines(downgrade)).containsExactly(
                "add_column public.users code [LOCK_QUEUE_RISK]",
                "backfill public.users code [NEEDS_HUMAN_INPUT, PERFORMANCE_IMPACT]",
                "set_not_null public.users code [BREAKS_RUNNING_APP, BLOCKS_READS_WRITES,"
                        + " MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK]");
        assertThat(downgrade.withBackfill(USERS, "code", "'?'").sql()).containsExactly(
                "ALTER TABLE public.users ADD COLUMN code text",
                "UPDATE public.users SET code = '?' WHERE code IS NULL",
                "ALTER TABLE public.users ALTER COLUMN code SET NOT NULL");
    }

    @Test
    void reversingTwiceGivesTheUpgradeBack() {
        MigrationPlan upgrade = plan(model(users(Column.of("nick", "text"))),
                model(users(Column.of("email", "text")), tags()));
        MigrationPlan twice = Planner.reverse(Planner.reverse(upgrade, PG17), PG17);
        assertThat(twice).isEqualTo(upgrade);
    }

    @Test
    void aRenameCandidateStaysFlaggedOnTheWayDown() {
        Column fullName = Column.of("full_name", "character varying(255)");
        MigrationPlan upgrade = plan(model(users()), model(Table.of(USERS, List.of(ID, fullName))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"))));
        MigrationPlan downgrade = Planner.reverse(upgrade, PG17);
        assertThat(lines(downgrade)).containsExactly(
                "add_column public.users name [NEEDS_HUMAN_INPUT, LOCK_QUEUE_RISK]",
                "drop_column public.users full_name [DATA_LOSS, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT,"
                        + " WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK]");
        assertThat(downgrade.steps()).extracting(PlannedChange::renameCandidate).containsExactly(
                Optional.of("public.users.full_name"), Optional.of("public.users.name"));
    }
}
