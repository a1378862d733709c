package dev.retort.cli.compare;

import dev.retort.cli.database.CurrentSchema;
import dev.retort.plan.MigrationPlan;
import dev.retort.scan.ScanResult;
import java.util.Objects;

/** What autogenerate found: the scanned entities, the current schema, and the plan from one to the other. */
public record Comparison(ScanResult scan, CurrentSchema current, MigrationPlan plan) {

    public Comparison {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(plan, "plan");
    }
}
