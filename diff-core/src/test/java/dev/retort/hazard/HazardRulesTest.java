package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BLOCKS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NEEDS_HUMAN_INPUT;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.TABLE_REWRITE;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.diff.SampleChanges;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every change kind is assessed, with the whole flag set of HAZARDS.md's table asserted for each sample. */
class HazardRulesTest {

    private static final HazardContext EXISTING_18 = HazardContext.existingTable(18);

    @Test
    void everyPermittedChangeKindIsSampledAndAssessed() {
        Set<Class<?>> assessed = SampleChanges.all().stream()
                .peek(change -> HazardRules.assess(change, EXISTING_18))
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(assessed).containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
    }

    @Test
    void eachSampleCarriesExactlyTheFlagsOfItsOperation() {
        List<Map.Entry<String, Set<Hazard>>> actual = SampleChanges.all().stream()
                .map(change -> entry(change.op(), flagSet(change, EXISTING_18))).toList();
        assertThat(actual).containsExactly(
                entry("create_schema", none()),
                entry("drop_schema", EnumSet.of(UNTRACKED_DEPENDENCIES)),
                entry("create_table", none()),
                entry("drop_table", EnumSet.of(DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES,
                        LOCK_QUEUE_RISK)),
                entry("rename_table", EnumSet.of(BREAKS_RUNNING_APP, LOCK_QUEUE_RISK)),
                entry("add_column", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("drop_column", EnumSet.of(DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
                        UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK)),
                entry("rename_column", EnumSet.of(BREAKS_RUNNING_APP, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK)),
                entry("alter_column_type", EnumSet.of(UNTRACKED_DEPENDENCIES, PERFORMANCE_IMPACT, LOCK_QUEUE_RISK)),
                entry("set_not_null", EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA,
                        LOCK_QUEUE_RISK)),
                entry("drop_not_null", EnumSet.of(BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE,
                        LOCK_QUEUE_RISK)),
                entry("set_default", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("set_default", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("drop_default", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("add_identity", EnumSet.of(MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK)),
                entry("drop_identity", EnumSet.of(BREAKS_RUNNING_APP, LOCK_QUEUE_RISK)),
                entry("add_primary_key", EnumSet.of(BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA, NON_TRANSACTIONAL,
                        LOCK_QUEUE_RISK)),
                entry("drop_primary_key", EnumSet.of(BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES,
                        LOCK_QUEUE_RISK)),
                entry("add_unique", EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA,
                        NON_TRANSACTIONAL, LOCK_QUEUE_RISK)),
                entry("drop_unique", EnumSet.of(WEAKENS_INTEGRITY, UNTRACKED_DEPENDENCIES, PERFORMANCE_IMPACT,
                        LOCK_QUEUE_RISK)),
                entry("add_foreign_key", EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA,
                        PERFORMANCE_IMPACT, LOCK_QUEUE_RISK)),
                entry("drop_foreign_key", EnumSet.of(WEAKENS_INTEGRITY, LOCK_QUEUE_RISK)),
                entry("add_check", EnumSet.of(BREAKS_RUNNING_APP, BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA,
                        LOCK_QUEUE_RISK)),
                entry("drop_check", EnumSet.of(WEAKENS_INTEGRITY, LOCK_QUEUE_RISK)),
                entry("create_index", EnumSet.of(BLOCKS_WRITES, LOCK_QUEUE_RISK)),
                entry("drop_index", EnumSet.of(NON_TRANSACTIONAL, PERFORMANCE_IMPACT)),
                entry("create_enum", none()),
                entry("drop_enum", EnumSet.of(UNTRACKED_DEPENDENCIES)),
                entry("add_enum_value", EnumSet.of(BREAKS_RUNNING_APP, NON_TRANSACTIONAL, IRREVERSIBLE)),
                entry("drop_enum_value", EnumSet.of(DATA_LOSS, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT,
                        BLOCKS_READS_WRITES, TABLE_REWRITE, MAY_FAIL_ON_DATA, IRREVERSIBLE)),
                entry("create_sequence", none()),
                entry("drop_sequence", EnumSet.of(DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE,
                        UNTRACKED_DEPENDENCIES)),
                entry("alter_sequence", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("rename_constraint", EnumSet.of(LOCK_QUEUE_RISK)),
                entry("rename_index", none()),
                entry("set_sequence_owner", none()),
                entry("backfill", EnumSet.of(NEEDS_HUMAN_INPUT, PERFORMANCE_IMPACT)),
                entry("rename_sequence", EnumSet.of(BREAKS_RUNNING_APP, LOCK_QUEUE_RISK)),
                entry("set_comment", none()),
                entry("set_comment", none()),
                entry("execute", EnumSet.of(UNTRACKED_DEPENDENCIES)));
    }

    @Test
    void everyFindingHasAOneLineExplanationAndASafeAlternative() {
        for (Change change : SampleChanges.all()) {
            for (HazardFinding finding : HazardRules.assess(change, EXISTING_18)) {
                assertThat(finding.explanation()).as("%s %s", change.op(), finding.hazard())
                        .doesNotContain("\n").endsWith(".").hasSizeGreaterThan(20);
                assertThat(finding.safeAlternative()).as("%s %s", change.op(), finding.hazard())
                        .doesNotContain("\n").endsWith(".").hasSizeGreaterThan(10);
            }
        }
    }

    @Test
    void findingsComeOnePerFlagInTheEnumsOrder() {
        for (Change change : SampleChanges.all()) {
            List<Hazard> flags = HazardRules.flags(change, EXISTING_18);
            assertThat(flags).as(change.op()).isSortedAccordingTo(Enum::compareTo).doesNotHaveDuplicates();
        }
    }

    static Set<Hazard> flagSet(Change change, HazardContext context) {
        List<Hazard> flags = HazardRules.flags(change, context);
        return flags.isEmpty() ? none() : EnumSet.copyOf(flags);
    }

    static Set<Hazard> none() {
        return EnumSet.noneOf(Hazard.class);
    }
}
