package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;
import static dev.retort.hazard.HazardRulesTest.flagSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Indexes, checks, enum types and sequences: HAZARDS.md I1 to I3, U1, U2, K1, E2 and S2. */
class ObjectHazardsTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final HazardContext PG18 = HazardContext.existingTable(18);

    @Test
    void indexesDependOnConcurrentlyAndUniqueness() {
        Index unique = Index.on("users_email_key", "email").asUnique();
        assertThat(flagSet(new Change.CreateIndex(USERS, unique, false), PG18)).isEqualTo(EnumSet.of(
                BREAKS_RUNNING_APP, BLOCKS_WRITES, MAY_FAIL_ON_DATA, NON_TRANSACTIONAL, LOCK_QUEUE_RISK));
        assertThat(flagSet(new Change.CreateIndex(USERS, unique, true), PG18)).isEqualTo(EnumSet.of(
                BREAKS_RUNNING_APP, MAY_FAIL_ON_DATA, NON_TRANSACTIONAL, PERFORMANCE_IMPACT));
        assertThat(flagSet(new Change.CreateIndex(USERS, Index.on("users_email_idx", "email"), true), PG18))
                .isEqualTo(EnumSet.of(NON_TRANSACTIONAL, PERFORMANCE_IMPACT));
        assertThat(flagSet(new Change.DropIndex(USERS, unique, false), PG18))
                .isEqualTo(EnumSet.of(WEAKENS_INTEGRITY, PERFORMANCE_IMPACT, LOCK_QUEUE_RISK));
    }

    @Test
    void renamingAnIndexTakesAnExclusiveLockOnlyBeforePostgres12() {
        Change rename = new Change.RenameIndex(QualifiedName.of("public", "a"), "a_idx", "b_idx");
        assertThat(flagSet(rename, HazardContext.existingTable(11))).isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
        assertThat(flagSet(rename, HazardContext.existingTable(12))).isEmpty();
    }

    @Test
    void aNotValidCheckSkipsTheScan() {
        CheckConstraint check = new CheckConstraint("users_age_check", "(age >= 0)", false);
        assertThat(flagSet(new Change.AddCheck(USERS, check), PG18))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, LOCK_QUEUE_RISK));
    }

    @Test
    void addingAnEnumLabelIsNonTransactionalWithAVersionSpecificReason() {
        Change add = new Change.AddEnumValue(QualifiedName.of("public", "mood"), "ok", Optional.of("happy"));
        HazardFinding on11 = HazardRules.assess(add, HazardContext.existingTable(11)).get(1);
        HazardFinding on14 = HazardRules.assess(add, HazardContext.existingTable(14)).get(1);
        assertThat(on11.hazard()).isEqualTo(on14.hazard()).isEqualTo(NON_TRANSACTIONAL);
        assertThat(on11.explanation()).isEqualTo("ALTER TYPE public.mood ADD VALUE 'ok' cannot run inside a"
                + " transaction block on PostgreSQL 11.");
        assertThat(on14.explanation()).isEqualTo("ALTER TYPE public.mood ADD VALUE 'ok': the new label cannot be"
                + " used (stored, or named in defaults and CHECKs) until the transaction commits.");
    }

    @Test
    void sequenceChangesThatMoveIdsOrLimitsAreFlagged() {
        QualifiedName seq = QualifiedName.of("public", "users_seq");
        SequenceOptions base = SequenceOptions.defaults("bigint", 50);
        assertThat(flagSet(new Change.AlterSequence(seq, base, SequenceOptions.defaults("bigint", 1)), PG18))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK));
        assertThat(flagSet(new Change.AlterSequence(seq, base, base.withBounds(1, 1000)), PG18))
                .isEqualTo(EnumSet.of(MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK));
        assertThat(flagSet(new Change.AlterSequence(seq, base, base.withStart(100)), PG18))
                .isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
    }
}
