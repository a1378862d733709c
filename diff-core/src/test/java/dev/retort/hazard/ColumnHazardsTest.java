package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NEEDS_HUMAN_INPUT;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.SILENT_DATA_CHANGE;
import static dev.retort.hazard.Hazard.TABLE_REWRITE;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;
import static dev.retort.hazard.HazardRulesTest.flagSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.model.Column;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Column rules: HAZARDS.md C1 to C10, N1, N2, D1, D2 and S4. */
class ColumnHazardsTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final HazardContext PG18 = HazardContext.existingTable(18);
    private static final Set<Hazard> C3 = EnumSet.of(TABLE_REWRITE, BLOCKS_READS_WRITES, LOCK_QUEUE_RISK);
    private static final Set<Hazard> C8 = EnumSet.of(TABLE_REWRITE, BLOCKS_READS_WRITES, LOCK_QUEUE_RISK,
            UNTRACKED_DEPENDENCIES);
    private static final Set<Hazard> C9 = EnumSet.of(TABLE_REWRITE, BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA,
            SILENT_DATA_CHANGE, BREAKS_RUNNING_APP, IRREVERSIBLE, LOCK_QUEUE_RISK, UNTRACKED_DEPENDENCIES);

    @Test
    void addingAColumnFollowsC1ToC4() {
        assertThat(add(Column.of("note", "text"), PG18)).isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
        assertThat(add(Column.of("note", "text").notNull(), PG18))
                .isEqualTo(EnumSet.of(MAY_FAIL_ON_DATA, BREAKS_RUNNING_APP, LOCK_QUEUE_RISK));
        assertThat(add(Column.of("state", "text").withDefault("'new'::text").notNull(), PG18))
                .isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
        assertThat(add(Column.of("at", "timestamp with time zone").withDefault("now()").notNull(), PG18))
                .isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
    }

    @Test
    void volatileDefaultsIdentityAndStoredGeneratedColumnsRewriteC3() {
        assertThat(add(Column.of("id2", "bigint").withDefault("nextval('public.s'::regclass)").notNull(), PG18))
                .isEqualTo(C3);
        assertThat(add(Column.of("r", "double precision").withDefault("random()"), PG18)).isEqualTo(C3);
        assertThat(add(Column.of("at", "timestamp with time zone").withDefault("clock_timestamp()"), PG18))
                .isEqualTo(C3);
        assertThat(add(Column.of("u", "uuid").withDefault("gen_random_uuid()").notNull(), PG18)).isEqualTo(C3);
        assertThat(add(Column.of("u", "uuid").withDefault("public.uuid_generate_v4()"), PG18)).isEqualTo(C3);
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "users_n_seq",
                SequenceOptions.defaults("bigint", 1));
        assertThat(add(Column.of("n", "bigint").withIdentity(identity), PG18)).isEqualTo(C3);
        assertThat(add(Column.of("d", "integer").withGenerated(GeneratedColumn.stored("(id * 2)")), PG18))
                .isEqualTo(C3);
        assertThat(add(Column.of("d", "integer").withGenerated(new GeneratedColumn("(id * 2)",
                GeneratedKind.VIRTUAL)), PG18)).isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
    }

    @Test
    void aConstantDefaultRewritesBeforePostgres11Only() {
        Column column = Column.of("state", "text").withDefault("'new'::text").notNull();
        assertThat(add(column, HazardContext.existingTable(10))).isEqualTo(C3);
        assertThat(add(column, HazardContext.existingTable(11))).isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
    }

    @Test
    void typeChangesFollowC7ToC10() {
        assertThat(type("character varying(20)", "character varying(40)", Optional.empty()))
                .isEqualTo(EnumSet.of(LOCK_QUEUE_RISK, PERFORMANCE_IMPACT, UNTRACKED_DEPENDENCIES));
        assertThat(type("integer", "bigint", Optional.empty())).isEqualTo(C8);
        assertThat(type("json", "jsonb", Optional.empty())).isEqualTo(union(C8, SILENT_DATA_CHANGE));
        assertThat(type("timestamp without time zone", "timestamp with time zone", Optional.empty()))
                .isEqualTo(union(C8, SILENT_DATA_CHANGE, BREAKS_RUNNING_APP));
        assertThat(type("integer", "text", Optional.empty())).isEqualTo(union(C8, BREAKS_RUNNING_APP));
        assertThat(type("character varying(40)", "character varying(20)", Optional.empty())).isEqualTo(C9);
        assertThat(type("text", "integer", Optional.empty())).isEqualTo(union(C9, NEEDS_HUMAN_INPUT));
        assertThat(type("text", "integer", Optional.of("(c)::integer"))).isEqualTo(C9);
    }

    @Test
    void aUsingExpressionOtherThanTheColumnItselfRewrites() {
        assertThat(type("character varying(20)", "character varying(40)", Optional.of("upper((c)::text)")))
                .isEqualTo(C8);
        assertThat(type("character varying(20)", "character varying(40)",
                Optional.of("c::character varying(40)"))).isEqualTo(EnumSet.of(LOCK_QUEUE_RISK,
                PERFORMANCE_IMPACT, UNTRACKED_DEPENDENCIES));
    }

    @Test
    void aCollationChangeRebuildsIndexesUnderAnExclusiveLock() {
        Change change = new Change.AlterColumnType(USERS, "c", "text", "text", Optional.empty(),
                Optional.of(QualifiedName.of("pg_catalog", "C")), Optional.empty(), Optional.empty());
        assertThat(flagSet(change, PG18)).isEqualTo(EnumSet.of(BLOCKS_READS_WRITES, LOCK_QUEUE_RISK,
                PERFORMANCE_IMPACT, UNTRACKED_DEPENDENCIES));
    }

    @Test
    void droppingASequenceDefaultBreaksInsertsThatOmitTheId() {
        assertThat(flagSet(new Change.DropDefault(USERS, "id", "nextval('public.users_id_seq'::regclass)"), PG18))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, LOCK_QUEUE_RISK));
        assertThat(flagSet(new Change.DropDefault(USERS, "state", "'new'::text"), PG18))
                .isEqualTo(EnumSet.of(LOCK_QUEUE_RISK));
    }

    @Test
    void identityAlwaysBreaksExplicitIdsAndSetNotNullOffersTheVersionsRecipe() {
        Identity always = new Identity(IdentityGeneration.ALWAYS, "users_id_seq",
                SequenceOptions.defaults("bigint", 1));
        assertThat(flagSet(new Change.AddIdentity(USERS, "id", always), PG18))
                .isEqualTo(EnumSet.of(BREAKS_RUNNING_APP, MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK));
        Change setNotNull = new Change.SetNotNull(USERS, "email");
        assertThat(HazardRules.assess(setNotNull, PG18).get(0).safeAlternative()).isEqualTo(Recipes.R1_PG18);
        assertThat(HazardRules.assess(setNotNull, HazardContext.existingTable(14)).get(0).safeAlternative())
                .isEqualTo(Recipes.R1);
    }

    private static Set<Hazard> add(Column column, HazardContext context) {
        return flagSet(new Change.AddColumn(USERS, column), context);
    }

    private static Set<Hazard> type(String from, String to, Optional<String> using) {
        return flagSet(new Change.AlterColumnType(USERS, "c", from, to, Optional.empty(), Optional.empty(), using,
                Optional.empty()), PG18);
    }

    private static Set<Hazard> union(Set<Hazard> base, Hazard... more) {
        Set<Hazard> all = EnumSet.copyOf(base);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
