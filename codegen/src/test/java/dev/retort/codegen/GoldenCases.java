package dev.retort.codegen;

import dev.retort.diff.Change;
import dev.retort.diff.RenameCandidate;
import dev.retort.diff.SampleChanges;
import dev.retort.diff.SchemaDiff;
import dev.retort.model.Column;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import dev.retort.plan.Planner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The golden migrations: one realistic planned revision, four that together hold every change kind (each kind
 * of {@link SampleChanges}, grouped by theme), a rich table, a merge and an empty revision.
 */
final class GoldenCases {

    private static final Set<Class<?>> OBJECT_KINDS = Set.of(Change.CreateSchema.class, Change.DropSchema.class,
            Change.CreateTable.class, Change.DropTable.class, Change.RenameTable.class, Change.CreateEnum.class,
            Change.DropEnum.class, Change.AddEnumValue.class, Change.DropEnumValue.class,
            Change.CreateSequence.class, Change.DropSequence.class, Change.AlterSequence.class,
            Change.RenameSequence.class, Change.SetSequenceOwner.class);
    private static final Set<Class<?>> COLUMN_KINDS = Set.of(Change.AddColumn.class, Change.DropColumn.class,
            Change.RenameColumn.class, Change.AlterColumnType.class, Change.SetNotNull.class,
            Change.DropNotNull.class, Change.SetDefault.class, Change.DropDefault.class, Change.AddIdentity.class,
            Change.DropIdentity.class, Change.Backfill.class, Change.SetComment.class);
    private static final Set<Class<?>> CONSTRAINT_KINDS = Set.of(Change.AddPrimaryKey.class,
            Change.DropPrimaryKey.class, Change.AddUnique.class, Change.DropUnique.class, Change.AddForeignKey.class,
            Change.DropForeignKey.class, Change.AddCheck.class, Change.DropCheck.class, Change.CreateIndex.class,
            Change.DropIndex.class, Change.RenameConstraint.class, Change.RenameIndex.class);
    private static final Set<Class<?>> RAW_SQL_KINDS = Set.of(Change.Execute.class);

    private GoldenCases() {
    }

    static List<GoldenCase> all() {
        return List.of(
                new GoldenCase(contactDetails(), RevisionRequest.of("Add phone to users", "3f9a1c2b7d10"),
                        "a1b2c3d4e5f6", Instant.parse("2026-11-21T14:30:00Z")),
                new GoldenCase(samples(OBJECT_KINDS), RevisionRequest.of("Schemas, tables, types and sequences"),
                        "000000000001", Instant.parse("2026-11-20T09:00:00Z")),
                new GoldenCase(samples(COLUMN_KINDS), RevisionRequest.of("Column changes", "000000000001"),
                        "000000000002", Instant.parse("2026-11-20T09:01:00Z")),
                new GoldenCase(samples(CONSTRAINT_KINDS), RevisionRequest.of("Constraints and indexes",
                        "000000000002"), "000000000003", Instant.parse("2026-11-20T09:02:00Z")),
                new GoldenCase(rawSql(), RevisionRequest.of("Raw SQL", "000000000003"),
                        "000000000004", Instant.parse("2026-11-20T09:03:00Z")),
                new GoldenCase(RichSchema.plan(), RevisionRequest.of("Billing accounts", "000000000004"),
                        "000000000005", Instant.parse("2026-11-20T09:04:00Z")),
                new GoldenCase(Plans.of(List.of()), RevisionRequest.of("Merge heads", "000000000005",
                        "a1b2c3d4e5f6"), "0000000000aa", Instant.parse("2026-11-22T08:00:00Z")),
                new GoldenCase(Plans.of(List.of()), RevisionRequest.of("Nothing yet", "0000000000aa"),
                        "0000000000bb", Instant.parse("2026-11-22T08:05:30Z")));
    }

    /** The kinds the four sample goldens hold between them. */
    static Set<Class<?>> sampledKinds() {
        return Set.of(OBJECT_KINDS, COLUMN_KINDS, CONSTRAINT_KINDS, RAW_SQL_KINDS).stream()
                .flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static MigrationPlan samples(Set<Class<?>> kinds) {
        return Plans.of(SampleChanges.allWithVariants().stream().filter(c -> kinds.contains(c.getClass())).toList());
    }

    /** The raw SQL samples, and raw SQL written with the SQL that undoes it. */
    private static MigrationPlan rawSql() {
        List<Change> changes = new ArrayList<>(SampleChanges.allWithVariants().stream()
                .filter(c -> RAW_SQL_KINDS.contains(c.getClass())).toList());
        changes.add(new Change.Execute(Optional.of("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                Optional.of("DROP EXTENSION IF EXISTS pg_trgm")));
        return Plans.of(changes);
    }

    /**
     * What the planner makes of a nullable column, a NOT NULL column without a default (add, backfill, set not
     * null) and a dropped and an added column that may be one rename.
     */
    private static MigrationPlan contactDetails() {
        Change dropName = new Change.DropColumn(SampleChanges.USERS, Column.of("name", "text"));
        Change addFullName = new Change.AddColumn(SampleChanges.USERS, Column.of("full_name", "text"));
        SchemaDiff diff = new SchemaDiff(List.of(
                new Change.AddColumn(SampleChanges.USERS, Column.of("phone", "character varying(20)")),
                new Change.AddColumn(SampleChanges.USERS, Column.of("country", "character(2)").notNull()),
                dropName, addFullName),
                List.of(new RenameCandidate(dropName, addFullName, "public.users.name", "public.users.full_name")));
        return Planner.plan(diff, PlanContext.withoutStatistics(16));
    }
}
