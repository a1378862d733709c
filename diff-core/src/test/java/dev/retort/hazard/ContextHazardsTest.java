package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NEEDS_HUMAN_INPUT;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;
import static dev.retort.hazard.HazardRulesTest.flagSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.diff.Change;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The context rules: a table created in the same plan, table statistics, rename candidates. */
class ContextHazardsTest {

    private static final QualifiedName ORDERS = QualifiedName.of("sales", "orders");
    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final HazardContext NEW_TABLE = new HazardContext(true, TableStats.UNKNOWN, 18, Optional.empty());

    @Test
    void aNewTableCarriesNoLockRewriteOrFailsOnDataHazard() {
        assertThat(flagSet(new Change.AddColumn(ORDERS, Column.of("d", "integer")
                .withGenerated(GeneratedColumn.stored("(id * 2)"))), NEW_TABLE)).isEmpty();
        assertThat(flagSet(new Change.AddColumn(ORDERS, Column.of("d", "integer").notNull()), NEW_TABLE)).isEmpty();
        assertThat(flagSet(new Change.CreateIndex(ORDERS, Index.on("orders_d_idx", "d"), false), NEW_TABLE)).isEmpty();
        assertThat(flagSet(new Change.CreateIndex(ORDERS, Index.on("orders_d_key", "d").asUnique(), false),
                NEW_TABLE)).isEmpty();
        assertThat(flagSet(new Change.CreateIndex(ORDERS, Index.on("orders_d_idx", "d"), true), NEW_TABLE))
                .isEqualTo(EnumSet.of(NON_TRANSACTIONAL, PERFORMANCE_IMPACT));
    }

    @Test
    void aForeignKeyOnANewTableStillLocksTheExistingTableItReferences() {
        ForeignKey toUsers = ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"));
        assertThat(flagSet(new Change.AddForeignKey(ORDERS, toUsers), NEW_TABLE))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, PERFORMANCE_IMPACT, LOCK_QUEUE_RISK));
        ForeignKey toItself = ForeignKey.of("orders_parent_fk", List.of("parent_id"), ORDERS, List.of("id"));
        assertThat(flagSet(new Change.AddForeignKey(ORDERS, toItself), NEW_TABLE))
                .isEqualTo(EnumSet.of(PERFORMANCE_IMPACT));
        assertThat(flagSet(new Change.AddForeignKey(ORDERS, toUsers.withValidated(false)),
                HazardContext.existingTable(18)))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, PERFORMANCE_IMPACT, LOCK_QUEUE_RISK));
        assertThat(flagSet(new Change.AddForeignKey(ORDERS, toUsers), HazardContext.existingTable(18)))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA, PERFORMANCE_IMPACT,
                        LOCK_QUEUE_RISK));
    }

    @Test
    void aForeignKeyBetweenTwoNewTablesCarriesOnlyAMissingIndex() {
        ForeignKey toUsers = ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"));
        Change.AddForeignKey change = new Change.AddForeignKey(ORDERS, toUsers);
        Change.CreateTable users = new Change.CreateTable(Table.of(USERS, List.of(Column.of("id", "bigint"))));
        Change.CreateTable orders = new Change.CreateTable(Table.of(ORDERS, List.of(Column.of("user_id", "bigint"))));
        PlanFacts unindexed = PlanFacts.of(List.of(users, orders, change));
        assertThat(HazardRules.assess(change, new HazardContext(true, TableStats.UNKNOWN, 18, Optional.empty(),
                unindexed))).extracting(HazardFinding::hazard, HazardFinding::explanation)
                .containsExactly(tuple(PERFORMANCE_IMPACT, "No index on the referencing columns [user_id] is created"
                        + " with it: without one, every DELETE or key UPDATE on public.users scans sales.orders."));
        PlanFacts indexed = PlanFacts.of(List.of(users, orders, change,
                new Change.CreateIndex(ORDERS, Index.on("orders_user_idx", "user_id", "placed"), false)));
        assertThat(flagSet(change, new HazardContext(true, TableStats.UNKNOWN, 18, Optional.empty(), indexed)))
                .isEmpty();
        assertThat(flagSet(change, new HazardContext(false, TableStats.UNKNOWN, 18, Optional.empty(), indexed)))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK));
    }

    @Test
    void anIndexServesAForeignKeyOnlyWhenItsLeadingPlainColumnsAreTheKeysColumns() {
        PlanFacts facts = PlanFacts.of(List.of(
                new Change.CreateIndex(ORDERS, Index.on("orders_a_b_idx", "a", "b"), false),
                new Change.CreateIndex(ORDERS, Index.on("orders_c_idx", "c").withMethod("hash"), false)));
        assertThat(facts.indexes(ORDERS, List.of("a"))).isTrue();
        assertThat(facts.indexes(ORDERS, List.of("b", "a"))).isTrue();
        assertThat(facts.indexes(ORDERS, List.of("b"))).isFalse();
        assertThat(facts.indexes(ORDERS, List.of("a", "b", "x"))).isFalse();
        assertThat(facts.indexes(ORDERS, List.of("c"))).isFalse();
        assertThat(facts.indexes(USERS, List.of("a"))).isFalse();
    }

    @Test
    void unknownAndEmptyStatisticsReportTheSameFlagsButOnlyAPossiblyFilledTableBlocks() {
        Change change = new Change.AddColumn(USERS, Column.of("d", "integer").notNull());
        HazardContext unknown = new HazardContext(false, TableStats.UNKNOWN, 18, Optional.empty());
        HazardContext empty = new HazardContext(false, TableStats.empty(), 18, Optional.empty());
        HazardContext large = new HazardContext(false, new TableStats(2_000_000, 40_000), 18, Optional.empty());
        assertThat(flagSet(change, unknown)).isEqualTo(flagSet(change, empty)).isEqualTo(flagSet(change, large))
                .isEqualTo(EnumSet.of(MAY_FAIL_ON_DATA, BREAKS_RUNNING_APP, LOCK_QUEUE_RISK));
        assertThat(blocking(change, unknown)).containsExactly(MAY_FAIL_ON_DATA);
        assertThat(blocking(change, large)).containsExactly(MAY_FAIL_ON_DATA);
        assertThat(blocking(change, empty)).isEmpty();
    }

    @Test
    void aRenameCandidateAddsNeedsHumanInputToBothHalves() {
        Column name = Column.of("name", "text");
        HazardContext candidate = new HazardContext(false, TableStats.UNKNOWN, 18,
                Optional.of("public.users.full_name"));
        assertThat(flagSet(new Change.DropColumn(USERS, name), candidate)).isEqualTo(EnumSet.of(DATA_LOSS,
                BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT, WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES,
                LOCK_QUEUE_RISK));
        List<HazardFinding> added = HazardRules.assess(new Change.AddColumn(USERS, name.withName("full_name")),
                new HazardContext(false, TableStats.UNKNOWN, 18, Optional.of("public.users.name")));
        assertThat(added).extracting(HazardFinding::hazard).containsExactly(NEEDS_HUMAN_INPUT, LOCK_QUEUE_RISK);
        assertThat(added.get(0)).isEqualTo(new HazardFinding(NEEDS_HUMAN_INPUT, "This add_column and"
                + " public.users.name look like one rename (X1): as a drop and an add the values are lost.",
                Recipes.RENAME));
    }

    private static List<Hazard> blocking(Change change, HazardContext context) {
        return HazardRules.flags(change, context).stream()
                .filter(hazard -> hazard.blocks(context.tableMayHaveRows())).toList();
    }
}
