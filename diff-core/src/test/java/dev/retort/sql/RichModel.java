package dev.retort.sql;

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
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A model that uses every feature CreateDdl writes, with awkward names throughout: reserved words, mixed case,
 * embedded quotes and non-ASCII letters. Features that need a newer server are added only for it.
 */
final class RichModel {

    static final QualifiedName USER = QualifiedName.of("public", "user");
    static final QualifiedName ORDER = QualifiedName.of("Sales", "order");
    static final QualifiedName CUSTOMER = QualifiedName.of("Sales", "Customer");
    static final QualifiedName LINE = QualifiedName.of("select", "Line \"Item\"");
    static final QualifiedName MOOD = QualifiedName.of("Sales", "Mood");
    static final QualifiedName USER_ID_SEQ = QualifiedName.of("public", "user_id_seq");
    static final QualifiedName COUNTDOWN = QualifiedName.of("Sales", "Countdown");
    static final String NAIVE = "naïve \"quoted\" name";

    private RichModel() {
    }

    static SchemaModel forVersion(int majorVersion) {
        Sequence userIds = Sequence.of(USER_ID_SEQ, SequenceOptions.defaults("integer", 1)).ownedBy(USER, "id");
        Sequence countdown = Sequence.of(COUNTDOWN, SequenceOptions.defaults("smallint", -1).withCycle(true));
        return new SchemaModel(List.of("public", "Sales", "select"),
                List.of(EnumType.of(MOOD, "sad", "it's ok", "happy")), List.of(userIds, countdown),
                List.of(user(majorVersion), order(majorVersion), customer(majorVersion), line()));
    }

    private static Table user(int majorVersion) {
        List<Index> indexes = new ArrayList<>(List.of(
                Index.on("user_lower_email_idx", "Email")
                        .withKeys(List.of(IndexKey.expression("lower((\"Email\")::text)"))),
                Index.on("user_live_idx", "deleted_at").withPredicate("(deleted_at IS NULL)"),
                Index.on("user_id_desc_idx", "id").withKeys(List.of(IndexKey.column("id").sortedDescending()
                        .withNullsFirst(false))),
                Index.on("user_mood_key", "mood").asUnique().withInclude("id", NAIVE),
                Index.on("user_tags_gin", "tags").withMethod("gin")));
        if (majorVersion >= 15) {
            indexes.add(Index.on("user_deleted_key", "deleted_at").withNullsNotDistinct());
        }
        return Table.of(USER, List.of(
                        Column.of("id", "integer").withDefault("nextval('public.user_id_seq'::regclass)").notNull(),
                        Column.of("Email", "character varying(255)").withCollation(QualifiedName.of("pg_catalog", "C"))
                                .notNull().withComment("primary e-mail"),
                        Column.of("mood", "\"Sales\".\"Mood\"").withDefault("'happy'::\"Sales\".\"Mood\""),
                        Column.of("tags", "text[]"),
                        Column.of(NAIVE, "text"),
                        Column.of("deleted_at", "timestamp(6) with time zone")))
                .withPrimaryKey(PrimaryKey.of("user_pkey", "id"))
                .withUniqueConstraints(List.of(new UniqueConstraint("user_Email_key", List.of("Email"), false,
                        Deferrability.DEFERRABLE_INITIALLY_DEFERRED)))
                .withChecks(List.of(CheckConstraint.of("user_id_check", "(id > 0)"),
                        new CheckConstraint("user_email_length", "(length((\"Email\")::text) > 3)", false)))
                .withIndexes(indexes)
                .withComment("Users of the shop; it's theirs");
    }

    private static Table order(int majorVersion) {
        SequenceOptions idOptions = SequenceOptions.defaults("bigint", 10).withStart(1000).withCache(5)
                .withBounds(1, 1_000_000_000);
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("id", "bigint").withIdentity(new Identity(IdentityGeneration.ALWAYS, "order_id_seq",
                        idOptions)),
                Column.of("customer_id", "bigint"),
                Column.of("qty", "integer").notNull(),
                Column.of("total", "numeric(12,2)").withDefault("0.00"),
                Column.of("doubled", "integer").withGenerated(GeneratedColumn.stored("(qty * 2)"))));
        if (majorVersion >= 18) {
            columns.add(Column.of("tripled", "integer")
                    .withGenerated(new GeneratedColumn("(qty * 3)", GeneratedKind.VIRTUAL)));
        }
        return Table.of(ORDER, columns)
                .withPrimaryKey(PrimaryKey.of("order_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("order_customer_fk", List.of("customer_id"), CUSTOMER,
                        List.of("id")).withActions(ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)));
    }

    private static Table customer(int majorVersion) {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "Customer_id_seq",
                SequenceOptions.defaults("bigint", 1));
        return Table.of(CUSTOMER, List.of(
                        Column.of("id", "bigint").withIdentity(identity),
                        Column.of("last_order_id", "bigint"),
                        Column.of("region", "text"),
                        Column.of("code", "text")))
                .withPrimaryKey(PrimaryKey.of("Customer_pkey", "id"))
                .withUniqueConstraints(List.of(new UniqueConstraint("customer_code_key", List.of("region", "code"),
                        majorVersion >= 15, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)))
                .withForeignKeys(List.of(ForeignKey.of("customer_last_order_fk", List.of("last_order_id"), ORDER,
                                List.of("id")).withDeferrability(Deferrability.DEFERRABLE_INITIALLY_DEFERRED)
                        .withValidated(false)));
    }

    private static Table line() {
        IndexKey fromKey = IndexKey.column("from").withCollation(QualifiedName.of("pg_catalog", "C"))
                .withOpclass(QualifiedName.of("pg_catalog", "text_pattern_ops"));
        return Table.of(LINE, List.of(
                        Column.of("order_id", "bigint").notNull(),
                        Column.of("line_no", "smallint").notNull(),
                        Column.of("from", "text").withComment("where it ships from"),
                        Column.of("customer_id", "bigint")))
                .withPrimaryKey(PrimaryKey.of("line_pkey", "order_id", "line_no"))
                .withForeignKeys(List.of(
                        ForeignKey.of("line_order_fk", List.of("order_id"), ORDER, List.of("id"))
                                .withActions(ReferentialAction.CASCADE, ReferentialAction.CASCADE)
                                .withMatch(MatchType.FULL),
                        ForeignKey.of("line_customer_fk", List.of("customer_id"), CUSTOMER, List.of("id"))
                                .withValidated(false)))
                .withIndexes(List.of(Index.on("line_from_idx", "from").withKeys(List.of(fromKey))))
                .withComment("Lines");
    }
}
