package dev.retort.scenarios;

import dev.retort.diff.RenameHint;
import dev.retort.diff.RenameHints;
import dev.retort.model.SchemaModel;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.Planner;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.FixtureClasses;
import dev.retort.scan.HibernateScript;
import dev.retort.scan.NamingPreset;
import dev.retort.scan.ScanOptions;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * One scenario through the oracle's four steps: (1) build the before state from its plan and check it against
 * the scanned before model, then seed; (2) plan to the after model against the live database and compare the
 * plan with the expectation; (3) prove the unguarded failures, fix, fill, apply, and check that re-planning is
 * empty, that the catalog equals the one Hibernate's own script builds, and the verify queries; (4) apply the
 * reversed plan and check that the catalog is the before state again.
 */
final class ScenarioRun {

    private final ScenarioDatabases dbs;
    private final Scenario scenario;
    private final SoftAssertions softly;
    private final Set<String> usedBackfills = new HashSet<>();
    private SchemaModel after;

    ScenarioRun(ScenarioDatabases dbs, Scenario scenario, SoftAssertions softly) {
        this.dbs = dbs;
        this.scenario = scenario;
        this.softly = softly;
    }

    void run() {
        try {
            SchemaModel before = buildBefore();
            MigrationPlan upgrade = planUpgrade(before);
            MigrationPlan applied = upgrade(upgrade);
            if (scenario.noDowngrade().isEmpty()) {
                downgrade(applied, before);
            }
            softly.assertThat(usedBackfills).as(what("backfill directives used"))
                    .isEqualTo(scenario.backfills().keySet());
        } catch (Exception | AssertionError e) {
            softly.fail(what("failed: " + e.getMessage()), e);
        }
    }

    /** Step 1: the before state, built from its own plan and seeded; returns its catalog. */
    private SchemaModel buildBefore() throws SQLException {
        ScenarioSql.reset(dbs.work());
        SchemaModel target = scan(scenario.beforePackage(), scenario.beforeSchemas());
        MigrationPlan create = Planner.plan(dbs.compare(catalog(), target, RenameHints.none()),
                dbs.liveContext(scenario.allSchemas()));
        ScenarioSql.apply(dbs.work(), PlanStatements.of(create, Map.of()));
        ScenarioSql.apply(dbs.work(), scenario.seeds());
        SchemaModel built = catalog();
        softly.assertThat(dbs.compare(built, target, RenameHints.none()).changes())
                .as(what("before state built from its plan vs the scanned before model")).isEmpty();
        return built;
    }

    /** Step 2: the plan against the live, seeded database, whose catalog is {@code current}. */
    private MigrationPlan planUpgrade(SchemaModel current) throws SQLException {
        List<RenameHint> renames = scenario.renames().stream().map(RenameHint::parse).toList();
        RenameHints hints = RenameHints.resolve(renames, current);
        MigrationPlan plan = Planner.plan(dbs.compare(current, afterModel(), hints),
                dbs.liveContext(scenario.allSchemas()));
        softly.assertThat(PlanLines.of(plan)).as(what("plan")).isEqualTo(scenario.expected());
        return plan;
    }

    /** Step 3; returns the plan as it ran, with the reviewer's values filled in. */
    private MigrationPlan upgrade(MigrationPlan plan) throws SQLException {
        for (String selector : scenario.failsUnguarded()) {
            UnguardedCheck.run(dbs.work(), plan, selector, scenario.name(), softly);
        }
        ScenarioSql.apply(dbs.work(), scenario.fixes());
        MigrationPlan filled = PlanStatements.fillBackfills(plan, scenario, usedBackfills);
        ScenarioSql.apply(dbs.work(), PlanStatements.of(filled, scenario.recipes()));
        SchemaModel migrated = catalog();
        softly.assertThat(dbs.compare(migrated, afterModel(), RenameHints.none()).changes())
                .as(what("re-plan after the upgrade")).isEmpty();
        softly.assertThat(dbs.compare(migrated, referenceCatalog(), RenameHints.none()).changes())
                .as(what("migrated catalog vs Hibernate's own script of the after classes")).isEmpty();
        verify(scenario.verifies(), "after the upgrade");
        return filled;
    }

    /** Step 4. */
    private void downgrade(MigrationPlan applied, SchemaModel before) throws SQLException {
        MigrationPlan down = Planner.reverse(applied, dbs.liveContext(scenario.allSchemas()));
        down = PlanStatements.fillBackfills(down, scenario, usedBackfills);
        ScenarioSql.apply(dbs.work(), PlanStatements.of(down, scenario.recipesDown()));
        softly.assertThat(dbs.compare(catalog(), before, RenameHints.none()).changes())
                .as(what("catalog after the downgrade vs the before state")).isEmpty();
        verify(scenario.verifiesDown(), "after the downgrade");
    }

    private void verify(List<Scenario.Verify> verifies, String when) throws SQLException {
        for (Scenario.Verify verify : verifies) {
            softly.assertThat(ScenarioSql.resultText(dbs.work(), verify.query()))
                    .as(what(verify.query() + " " + when)).isEqualTo(verify.expected());
        }
    }

    private SchemaModel afterModel() {
        if (after == null) {
            after = scan(scenario.afterPackage(), scenario.schemas());
        }
        return after;
    }

    private SchemaModel referenceCatalog() throws SQLException {
        ScenarioSql.reset(dbs.reference());
        ScenarioSql.apply(dbs.reference(), List.of(HibernateScript.create(
                ScenarioClasses.of(scenario.afterPackage()), NamingPreset.Kind.HIBERNATE, dbs.majorVersion())));
        return ScenarioSql.introspect(dbs.reference(), scenario.allSchemas());
    }

    private SchemaModel scan(String entityPackage, List<String> schemas) {
        return EntityScanner.create(ScanOptions.of(List.of(FixtureClasses.location()))
                .withPackages(List.of(entityPackage)).withPostgresMajorVersion(dbs.majorVersion())
                .withSchemas(schemas)).scan().model();
    }

    private SchemaModel catalog() throws SQLException {
        return ScenarioSql.introspect(dbs.work(), scenario.allSchemas());
    }

    private String what(String subject) {
        return scenario.name() + " [PostgreSQL " + dbs.majorVersion() + "]: " + subject;
    }
}
