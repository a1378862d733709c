package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnReference;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** At least one instance of every change kind, for tests that must prove each concern handles every kind. */
public final class SampleChanges {

    public static final QualifiedName USERS = QualifiedName.of("public", "users");
    public static final QualifiedName ORDERS = QualifiedName.of("sales", "Orders");

    private SampleChanges() {
    }

    public static List<Change> all() {
        Column email = Column.of("email", "character varying(255)").notNull();
        Table users = Table.of(USERS, List.of(Column.of("id", "bigint").notNull(), email))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "users_id_seq",
                SequenceOptions.defaults("bigint", 1));
        ForeignKey fk = ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"));
        EnumType mood = EnumType.of(QualifiedName.of("public", "mood"), "sad", "happy");
        Sequence seq = Sequence.of(QualifiedName.of("public", "users_seq"), SequenceOptions.defaults("bigint", 50));
        return List.of(
                new Change.CreateSchema("sales"),
                new Change.DropSchema("sales"),
                new Change.CreateTable(users),
                new Change.DropTable(users),
                new Change.RenameTable(USERS, "customers"),
                new Change.AddColumn(USERS, Column.of("phone", "character varying(20)")),
                new Change.DropColumn(USERS, email),
                new Change.RenameColumn(USERS, "name", "full_name"),
                new Change.AlterColumnType(USERS, "email", "character varying(100)", "character varying(255)",
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new Change.SetNotNull(USERS, "email"),
                new Change.DropNotNull(USERS, "email"),
                new Change.SetDefault(USERS, "email", Optional.empty(), "''::character varying"),
                new Change.SetDefault(USERS, "email", Optional.of("'a'::text"), "'b'::text"),
                new Change.DropDefault(USERS, "email", "''::character varying"),
                new Change.AddIdentity(USERS, "id", identity),
                new Change.DropIdentity(USERS, "id", identity),
                new Change.AddPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id")),
                new Change.DropPrimaryKey(USERS, PrimaryKey.of("users_pkey", "id")),
                new Change.AddUnique(USERS, UniqueConstraint.of("users_email_key", "email")),
                new Change.DropUnique(USERS, UniqueConstraint.of("users_email_key", "email")),
                new Change.AddForeignKey(ORDERS, fk),
                new Change.DropForeignKey(ORDERS, fk),
                new Change.AddCheck(USERS, CheckConstraint.of("users_email_check", "(length((email)::text) > 3)")),
                new Change.DropCheck(USERS, CheckConstraint.of("users_email_check", "(length((email)::text) > 3)")),
                new Change.CreateIndex(USERS, Index.on("users_email_idx", "email"), false),
                new Change.DropIndex(USERS, Index.on("users_email_idx", "email"), true),
                new Change.CreateEnum(mood),
                new Change.DropEnum(mood),
                new Change.AddEnumValue(mood.name(), "ok", Optional.of("happy")),
                new Change.DropEnumValue(mood.name(), "ok", Optional.empty()),
                new Change.CreateSequence(seq),
                new Change.DropSequence(seq),
                new Change.AlterSequence(seq.name(), seq.options(), seq.options().withCache(20)),
                new Change.RenameConstraint(USERS, "users_email_key", "users_mail_key"),
                new Change.RenameIndex(USERS, "users_email_idx", "users_mail_idx"),
                new Change.SetSequenceOwner(seq.name(), Optional.empty(),
                        Optional.of(new ColumnReference(USERS, "id"))),
                new Change.Backfill(USERS, "email", Optional.empty()),
                new Change.RenameSequence(seq.name(), "customers_seq"),
                new Change.SetComment(USERS, Optional.empty(), Optional.empty(), Optional.of("People")),
                new Change.SetComment(USERS, Optional.of("email"), Optional.of("old"), Optional.empty()),
                new Change.Execute(Optional.of("UPDATE users SET email = lower(email)"), Optional.empty()));
    }

    /**
     * More instances of kinds that {@link #all()} already has, with the optional parts (identity, collation,
     * USING, CONCURRENTLY, an enum label placed last, a sequence owner, an empty raw SQL) that text and SQL
     * must render. Kept apart so that tests asserting one result per sample of {@link #all()} stay as they are.
     */
    public static List<Change> variants() {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "users_id_seq",
                SequenceOptions.defaults("bigint", 1));
        QualifiedName mood = QualifiedName.of("public", "mood");
        Sequence seq = Sequence.of(QualifiedName.of("public", "users_seq"), SequenceOptions.defaults("bigint", 50));
        return List.of(
                new Change.AddColumn(ORDERS, Column.of("id", "bigint").withIdentity(identity).withComment("key")),
                new Change.AlterColumnType(ORDERS, "Code", "integer", "text", Optional.empty(),
                        Optional.of(QualifiedName.of("pg_catalog", "C")), Optional.of("(\"Code\")::text"),
                        Optional.of("(\"Code\")::integer")),
                new Change.CreateIndex(ORDERS, new Index("orders_code_key", true, "btree",
                        List.of(IndexKey.expression("lower(code)")), List.of(), Optional.of("(code IS NOT NULL)"),
                        false), true),
                new Change.AddEnumValue(mood, "ecstatic", Optional.empty()),
                new Change.CreateSequence(seq.ownedBy(USERS, "id")),
                new Change.SetComment(ORDERS, Optional.of("Code"), Optional.empty(), Optional.of("it's the code")),
                new Change.Execute(Optional.empty(), Optional.of("UPDATE users SET email = lower(email)")),
                new Change.Backfill(USERS, "email", Optional.of("'unknown'::character varying")),
                new Change.SetSequenceOwner(seq.name(), Optional.of(new ColumnReference(USERS, "id")),
                        Optional.empty()));
    }

    /** {@link #all()} followed by {@link #variants()}. */
    public static List<Change> allWithVariants() {
        List<Change> changes = new ArrayList<>(all());
        changes.addAll(variants());
        return List.copyOf(changes);
    }
}
