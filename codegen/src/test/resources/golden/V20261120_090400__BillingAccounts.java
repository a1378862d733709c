package com.example.migrations;

import dev.retort.hazard.Hazard;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Deferrability;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Billing accounts
 *
 * <p>Revision 000000000005, following 000000000004.
 *
 * <p>7 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>BREAKS_RUNNING_APP: 1</li>
 *   <li>MAY_FAIL_ON_DATA: 1, 1 blocking</li>
 *   <li>PERFORMANCE_IMPACT: 1</li>
 *   <li>LOCK_QUEUE_RISK: 2</li>
 * </ul>
 *
 * <p>Blocking: {@code upgrade} refuses this migration until a reviewer accepts each blocking hazard on its
 * operation, with the reason it is safe here, by appending for example
 * {@code .accept(Hazard.MAY_FAIL_ON_DATA, "reason")} to the operation's statement (the generator never writes an
 * acceptance), or runs {@code upgrade --accept-hazards}:
 * <ul>
 *   <li>alter sequence billing.invoice_numbers: cache 1 -&gt; 5, cycle false -&gt; true:
 *       MAY_FAIL_ON_DATA</li>
 * </ul>
 */
@Revision(
        id = "000000000005",
        parents = {"000000000004"},
        message = "Billing accounts",
        created = "2026-11-20T09:04:00Z"
)
public final class V20261120_090400__BillingAccounts implements Migration {
    private static final QualifiedName STATUS = QualifiedName.of("billing", "status");

    private static final QualifiedName ACCOUNTS = QualifiedName.of("billing", "Accounts");

    private static final QualifiedName REGIONS = QualifiedName.of("billing", "regions");

    private static final QualifiedName PUBLIC_ACCOUNTS = QualifiedName.of("public", "accounts");

    private static final QualifiedName COUNTDOWN = QualifiedName.of("billing", "countdown");

    private static final QualifiedName INVOICE_NUMBERS = QualifiedName.of("billing", "invoice_numbers");

    @Override
    public void upgrade(Operations ops) {
        ops.createSchema("billing");
        ops.createEnum(EnumType.of(STATUS, "active", "closed"));
        ops.createTable(Table.of(ACCOUNTS, List.of(
                    Column.of("balance", "numeric(12,2)").notNull().withDefault("0"),
                    Column.of("balance_cents", "bigint")
                            .withGenerated(GeneratedColumn.stored("((balance * (100)::numeric))::bigint")),
                    Column.of("email", "text").notNull()
                            .withCollation(QualifiedName.of("pg_catalog", "C"))
                            .withComment("login"),
                    Column.of("id", "integer").withIdentity(new Identity(IdentityGeneration.ALWAYS,
                            "Accounts_id_seq", SequenceOptions.defaults("integer", 1)
                            .withStart(1000).withCache(10))),
                    Column.of("region_id", "bigint"),
                    Column.of("shout", "text").withGenerated(new GeneratedColumn("upper(email)",
                            GeneratedKind.VIRTUAL)),
                    Column.of("status", "billing.status").notNull()
                            .withDefault("'active'::billing.status")))
                .withPrimaryKey(new PrimaryKey("Accounts_pkey", List.of("id"),
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
                .withUniqueConstraints(List.of(
                    UniqueConstraint.of("accounts_email_key", "email"),
                    new UniqueConstraint("accounts_region_email_key", List.of("region_id", "email"),
                            true, Deferrability.NOT_DEFERRABLE)))
                .withForeignKeys(List.of(ForeignKey.of("accounts_region_fk", List.of("region_id"),
                        REGIONS, List.of("id"))
                        .withActions(ReferentialAction.SET_NULL, ReferentialAction.CASCADE)
                        .withMatch(MatchType.FULL)
                        .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)))
                .withChecks(List.of(
                    CheckConstraint.of("accounts_balance_check", "(balance >= (0)::numeric)"),
                    new CheckConstraint("accounts_email_check", "(email <> ''::text)", false)))
                .withIndexes(List.of(
                    Index.on("accounts_balance_idx", "balance").asUnique(),
                    Index.on("accounts_email_region_idx", "email", "region_id")
                            .withNullsNotDistinct(),
                    new Index("accounts_lower_email_idx", false, "btree", List.of(
                        IndexKey.expression("lower(email)")
                                .withCollation(QualifiedName.of("pg_catalog", "C"))
                                .withOpclass(QualifiedName.of("pg_catalog", "text_pattern_ops")),
                        IndexKey.column("balance").sortedDescending().withNullsFirst(false)),
                            List.of(), Optional.empty(), false),
                    Index.on("accounts_region_idx", "region_id").withInclude("email")
                            .withPredicate("(region_id IS NOT NULL)"),
                    Index.on("accounts_status_idx", "status").withMethod("hash")))
                .withComment("Customer accounts"));

        // BREAKS_RUNNING_APP: Writers of the running application inserting orphans or deleting referenced rows
        //     of public.accounts start failing.
        // PERFORMANCE_IMPACT: No index on the referencing columns [id] is created with it: without one, every
        //     DELETE or key UPDATE on public.accounts scans billing.Accounts.
        // LOCK_QUEUE_RISK: ADD FOREIGN KEY accounts_legacy_fk on billing.Accounts referencing public.accounts
        //     takes SHARE ROW EXCLUSIVE on billing.Accounts and public.accounts.
        // Safe alternative for BREAKS_RUNNING_APP, PERFORMANCE_IMPACT: R2: index the referencing columns
        //     CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix orphans, then VALIDATE CONSTRAINT in a separate
        //     transaction.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.addForeignKey(ACCOUNTS, ForeignKey.of("accounts_legacy_fk", List.of("id"),
                PUBLIC_ACCOUNTS, List.of("id")).withValidated(false));

        ops.createSequence(Sequence.of(COUNTDOWN, new SequenceOptions("integer", -5, 1, -10, -1, 1,
                false)));
        ops.createSequence(Sequence.of(INVOICE_NUMBERS, SequenceOptions.defaults("bigint", 1)
                .withStart(10).withBounds(10, 100000000000L)));

        // MAY_FAIL_ON_DATA (blocking): ALTER SEQUENCE billing.invoice_numbers tightens its bounds, type or
        //     CYCLE: it fails if the current value lies outside, or nextval runs out or wraps into used ids.
        // LOCK_QUEUE_RISK: ALTER SEQUENCE billing.invoice_numbers takes SHARE ROW EXCLUSIVE on the sequence,
        //     blocking nextval (and inserts) until commit.
        // Safe alternative for MAY_FAIL_ON_DATA: Only move values up (setval to at least max(id)+1); change
        //     INCREMENT together with allocationSize in a coordinated deploy, or switch to a new sequence.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.alterSequence(INVOICE_NUMBERS, SequenceOptions.defaults("bigint", 1).withStart(10)
                .withBounds(10, 100000000000L), SequenceOptions.defaults("bigint", 1).withStart(10)
                .withBounds(10, 100000000000L).withCache(5).withCycle(true));
    }

    @Override
    public void downgrade(Operations ops) {
        // MAY_FAIL_ON_DATA: ALTER SEQUENCE billing.invoice_numbers tightens its bounds, type or CYCLE: it
        //     fails if the current value lies outside, or nextval runs out or wraps into used ids.
        // LOCK_QUEUE_RISK: ALTER SEQUENCE billing.invoice_numbers takes SHARE ROW EXCLUSIVE on the sequence,
        //     blocking nextval (and inserts) until commit.
        // Safe alternative for MAY_FAIL_ON_DATA: Only move values up (setval to at least max(id)+1); change
        //     INCREMENT together with allocationSize in a coordinated deploy, or switch to a new sequence.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.alterSequence(INVOICE_NUMBERS, SequenceOptions.defaults("bigint", 1).withStart(10)
                .withBounds(10, 100000000000L).withCache(5).withCycle(true),
                SequenceOptions.defaults("bigint", 1).withStart(10).withBounds(10, 100000000000L));

        // DATA_LOSS: DROP SEQUENCE billing.invoice_numbers discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls billing.invoice_numbers by
        //     name and fails once it is gone.
        // IRREVERSIBLE: Recreating billing.invoice_numbers starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call billing.invoice_numbers.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(INVOICE_NUMBERS, SequenceOptions.defaults("bigint", 1)
                .withStart(10).withBounds(10, 100000000000L)));

        // DATA_LOSS: DROP SEQUENCE billing.countdown discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls billing.countdown by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating billing.countdown starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call billing.countdown.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(COUNTDOWN, new SequenceOptions("integer", -5, 1, -10, -1, 1,
                false)));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT accounts_legacy_fk on billing.Accounts lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT accounts_legacy_fk on billing.Accounts takes ACCESS EXCLUSIVE on
        //     billing.Accounts and public.accounts, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ACCOUNTS, ForeignKey.of("accounts_legacy_fk", List.of("id"),
                PUBLIC_ACCOUNTS, List.of("id")).withValidated(false));

        // DATA_LOSS: DROP TABLE billing.Accounts deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries billing.Accounts fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates billing.Accounts empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     billing.Accounts; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on billing.Accounts and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(ACCOUNTS, List.of(
                    Column.of("balance", "numeric(12,2)").notNull().withDefault("0"),
                    Column.of("balance_cents", "bigint")
                            .withGenerated(GeneratedColumn.stored("((balance * (100)::numeric))::bigint")),
                    Column.of("email", "text").notNull()
                            .withCollation(QualifiedName.of("pg_catalog", "C"))
                            .withComment("login"),
                    Column.of("id", "integer").withIdentity(new Identity(IdentityGeneration.ALWAYS,
                            "Accounts_id_seq", SequenceOptions.defaults("integer", 1)
                            .withStart(1000).withCache(10))),
                    Column.of("region_id", "bigint"),
                    Column.of("shout", "text").withGenerated(new GeneratedColumn("upper(email)",
                            GeneratedKind.VIRTUAL)),
                    Column.of("status", "billing.status").notNull()
                            .withDefault("'active'::billing.status")))
                .withPrimaryKey(new PrimaryKey("Accounts_pkey", List.of("id"),
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
                .withUniqueConstraints(List.of(
                    UniqueConstraint.of("accounts_email_key", "email"),
                    new UniqueConstraint("accounts_region_email_key", List.of("region_id", "email"),
                            true, Deferrability.NOT_DEFERRABLE)))
                .withForeignKeys(List.of(ForeignKey.of("accounts_region_fk", List.of("region_id"),
                        REGIONS, List.of("id"))
                        .withActions(ReferentialAction.SET_NULL, ReferentialAction.CASCADE)
                        .withMatch(MatchType.FULL)
                        .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)))
                .withChecks(List.of(
                    CheckConstraint.of("accounts_balance_check", "(balance >= (0)::numeric)"),
                    new CheckConstraint("accounts_email_check", "(email <> ''::text)", false)))
                .withIndexes(List.of(
                    Index.on("accounts_balance_idx", "balance").asUnique(),
                    Index.on("accounts_email_region_idx", "email", "region_id")
                            .withNullsNotDistinct(),
                    new Index("accounts_lower_email_idx", false, "btree", List.of(
                        IndexKey.expression("lower(email)")
                                .withCollation(QualifiedName.of("pg_catalog", "C"))
                                .withOpclass(QualifiedName.of("pg_catalog", "text_pattern_ops")),
                        IndexKey.column("balance").sortedDescending().withNullsFirst(false)),
                            List.of(), Optional.empty(), false),
                    Index.on("accounts_region_idx", "region_id").withInclude("email")
                            .withPredicate("(region_id IS NOT NULL)"),
                    Index.on("accounts_status_idx", "status").withMethod("hash")))
                .withComment("Customer accounts"));

        // UNTRACKED_DEPENDENCIES: DROP TYPE billing.status fails while columns, functions or views outside the
        //     model use it.
        // Safe alternative: Drop or convert the columns using it first.
        ops.dropEnum(EnumType.of(STATUS, "active", "closed"));

        // UNTRACKED_DEPENDENCIES: DROP SCHEMA billing fails while objects outside the model (views, functions,
        //     types) remain in it.
        // Safe alternative: R10: remove the mapping and deploy every instance first, optionally verify it is
        //     unused, drop dependents explicitly, then drop (never CASCADE).
        ops.dropSchema("billing");
    }
}
