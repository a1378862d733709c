package dev.retort.codegen;

import dev.retort.diff.Change;
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
import dev.retort.plan.MigrationPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A new schema whose table uses every optional part of the model (identity with options, collation, defaults,
 * generated columns, deferrable keys, NULLS NOT DISTINCT, FK actions, NOT VALID, index methods, expression keys,
 * sort orders, opclasses, INCLUDE, predicates, comments), sequence options that need withers in either order or
 * the constructor, and two tables whose names collide as constants.
 */
final class RichSchema {

    static final QualifiedName ACCOUNTS = QualifiedName.of("billing", "Accounts");
    static final QualifiedName LEGACY_ACCOUNTS = QualifiedName.of("public", "accounts");
    private static final QualifiedName C = QualifiedName.of("pg_catalog", "C");

    private RichSchema() {
    }

    static MigrationPlan plan() {
        EnumType status = EnumType.of(QualifiedName.of("billing", "status"), "active", "closed");
        Sequence countdown = Sequence.of(QualifiedName.of("billing", "countdown"),
                new SequenceOptions("integer", -5, 1, -10, -1, 1, false));
        Sequence invoices = Sequence.of(QualifiedName.of("billing", "invoice_numbers"),
                SequenceOptions.defaults("bigint", 1).withStart(10).withBounds(10, 100_000_000_000L));
        return Plans.of(List.of(
                new Change.CreateSchema("billing"),
                new Change.CreateEnum(status),
                new Change.CreateTable(accounts()),
                new Change.AddForeignKey(ACCOUNTS, ForeignKey.of("accounts_legacy_fk", List.of("id"),
                        LEGACY_ACCOUNTS, List.of("id")).withValidated(false)),
                new Change.CreateSequence(countdown),
                new Change.CreateSequence(invoices),
                new Change.AlterSequence(invoices.name(), invoices.options(),
                        invoices.options().withCycle(true).withCache(5))), Set.of(ACCOUNTS));
    }

    static Table accounts() {
        Identity identity = new Identity(IdentityGeneration.ALWAYS, "Accounts_id_seq",
                SequenceOptions.defaults("integer", 1).withStart(1000).withCache(10));
        return Table.of(ACCOUNTS, List.of(
                        Column.of("id", "integer").withIdentity(identity),
                        Column.of("email", "text").notNull().withCollation(C).withComment("login"),
                        Column.of("status", "billing.status").notNull().withDefault("'active'::billing.status"),
                        Column.of("balance", "numeric(12,2)").notNull().withDefault("0"),
                        Column.of("balance_cents", "bigint")
                                .withGenerated(GeneratedColumn.stored("((balance * (100)::numeric))::bigint")),
                        Column.of("shout", "text").withGenerated(new GeneratedColumn("upper(email)",
                                GeneratedKind.VIRTUAL)),
                        Column.of("region_id", "bigint")))
                .withPrimaryKey(new PrimaryKey("Accounts_pkey", List.of("id"),
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
                .withUniqueConstraints(List.of(UniqueConstraint.of("accounts_email_key", "email"),
                        new UniqueConstraint("accounts_region_email_key", List.of("region_id", "email"), true,
                                Deferrability.NOT_DEFERRABLE)))
                .withForeignKeys(List.of(ForeignKey.of("accounts_region_fk", List.of("region_id"),
                                QualifiedName.of("billing", "regions"), List.of("id"))
                        .withActions(ReferentialAction.SET_NULL, ReferentialAction.CASCADE)
                        .withMatch(MatchType.FULL)
                        .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)))
                .withChecks(List.of(CheckConstraint.of("accounts_balance_check", "(balance >= (0)::numeric)"),
                        new CheckConstraint("accounts_email_check", "(email <> ''::text)", false)))
                .withIndexes(List.of(
                        Index.on("accounts_status_idx", "status").withMethod("hash"),
                        Index.on("accounts_region_idx", "region_id").withInclude("email")
                                .withPredicate("(region_id IS NOT NULL)"),
                        Index.on("accounts_email_region_idx", "email", "region_id").withNullsNotDistinct(),
                        Index.on("accounts_balance_idx", "balance").asUnique(),
                        new Index("accounts_lower_email_idx", false, "btree", List.of(
                                IndexKey.expression("lower(email)").withCollation(C)
                                        .withOpclass(QualifiedName.of("pg_catalog", "text_pattern_ops")),
                                IndexKey.column("balance").sortedDescending().withNullsFirst(false)),
                                List.of(), Optional.empty(), false)))
                .withComment("Customer accounts");
    }
}
