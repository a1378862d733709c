package dev.retort.codegen;

import dev.retort.plan.MigrationPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One golden migration: the plan and revision it is generated from, with a fixed id and creation time. */
record GoldenCase(MigrationPlan plan, RevisionRequest request, String id, Instant created) {

    static final String PACKAGE = "com.example.migrations";

    GeneratedMigration generate() {
        return new MigrationGenerator(PACKAGE, () -> id, Clock.fixed(created, ZoneOffset.UTC)).generate(plan, request);
    }

    String className() {
        return MigrationNames.className(created, request.message());
    }

    /** The class name, for test names. */
    @Override
    public String toString() {
        return className();
    }
}
