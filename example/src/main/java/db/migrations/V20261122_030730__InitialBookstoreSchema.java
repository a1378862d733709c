package db.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;

/**
 * Initial bookstore schema
 *
 * <p>Revision d60d3723194f, the first revision.
 *
 * <p>29 operations.
 *
 * <p>Hazards by flag (operations carrying it, of which blocking):
 * <ul>
 *   <li>PERFORMANCE_IMPACT: 5</li>
 * </ul>
 */
@Revision(
        id = "d60d3723194f",
        parents = {},
        message = "Initial bookstore schema",
        created = "2026-11-22T03:07:30Z"
)
public final class V20261122_030730__InitialBookstoreSchema implements Migration {
    private static final QualifiedName AUTHOR_SEQ = QualifiedName.of("public", "author_seq");

    private static final QualifiedName BOOK_SEQ = QualifiedName.of("public", "book_seq");

    private static final QualifiedName ORDER_SEQ = QualifiedName.of("public", "order_seq");

    private static final QualifiedName PAYMENT_SEQ = QualifiedName.of("public", "payment_seq");

    private static final QualifiedName AUTHORS = QualifiedName.of("public", "authors");

    private static final QualifiedName BOOK_AUTHORS = QualifiedName.of("public", "book_authors");

    private static final QualifiedName BOOKS = QualifiedName.of("public", "books");

    private static final QualifiedName PUBLISHERS = QualifiedName.of("public", "publishers");

    private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");

    private static final QualifiedName ORDER_LINES = QualifiedName.of("public", "order_lines");

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    private static final QualifiedName PAYMENTS = QualifiedName.of("public", "payments");

    private static final QualifiedName REVIEWS = QualifiedName.of("public", "reviews");

    private static final QualifiedName STOCK_ITEMS = QualifiedName.of("public", "stock_items");

    private static final QualifiedName WAREHOUSES = QualifiedName.of("public", "warehouses");

    @Override
    public void upgrade(Operations ops) {
        ops.createSequence(Sequence.of(AUTHOR_SEQ, SequenceOptions.defaults("bigint", 50)));
        ops.createSequence(Sequence.of(BOOK_SEQ, SequenceOptions.defaults("bigint", 50)));
        ops.createSequence(Sequence.of(ORDER_SEQ, SequenceOptions.defaults("bigint", 50)));
        ops.createSequence(Sequence.of(PAYMENT_SEQ, SequenceOptions.defaults("bigint", 50)));
        ops.createTable(Table.of(AUTHORS, List.of(
                    Column.of("biography", "text"),
                    Column.of("born_on", "date"),
                    Column.of("id", "bigint").notNull(),
                    Column.of("name", "character varying(200)").notNull()))
                .withPrimaryKey(PrimaryKey.of("authors_pkey", "id")));
        ops.createTable(Table.of(BOOK_AUTHORS, List.of(
                    Column.of("author_id", "bigint").notNull(),
                    Column.of("book_id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("book_authors_pkey", "book_id", "author_id"))
                .withForeignKeys(List.of(
                    ForeignKey.of("book_authors_author_fk", List.of("author_id"), AUTHORS,
                            List.of("id")),
                    ForeignKey.of("book_authors_book_fk", List.of("book_id"), BOOKS,
                            List.of("id")))));
        ops.createTable(Table.of(BOOKS, List.of(
                    Column.of("genre", "character varying(32)").notNull(),
                    Column.of("id", "bigint").notNull(),
                    Column.of("isbn", "character varying(13)").notNull(),
                    Column.of("list_currency", "character varying(3)").notNull(),
                    Column.of("list_price", "numeric(10,2)").notNull(),
                    Column.of("published_on", "date"),
                    Column.of("publisher_id", "bigint").notNull(),
                    Column.of("title", "character varying(200)").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("books_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("books_isbn_key", "isbn")))
                .withForeignKeys(List.of(ForeignKey.of("books_publisher_fk",
                        List.of("publisher_id"), PUBLISHERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("books_genre_check", "(genre in ('FICTION','MYSTERY','SCIENCE_FICTION','BIOGRAPHY','HISTORY','SCIENCE','CHILDREN'))")))
                .withIndexes(List.of(Index.on("books_publisher_idx", "publisher_id"))));
        ops.createTable(Table.of(CUSTOMERS, List.of(
                    Column.of("billing_city", "character varying(100)"),
                    Column.of("billing_country", "character varying(2)"),
                    Column.of("billing_postal_code", "character varying(16)"),
                    Column.of("billing_street", "character varying(200)"),
                    Column.of("email", "character varying(320)").notNull(),
                    Column.of("fax", "character varying(32)"),
                    Column.of("full_name", "character varying(200)").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "customers_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("registered_at", "timestamp(6) with time zone").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("customers_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("customers_email_key", "email"))));
        ops.createTable(Table.of(ORDER_LINES, List.of(
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "order_lines_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("order_id", "bigint").notNull(),
                    Column.of("quantity", "integer").notNull(),
                    Column.of("unit_currency", "character varying(3)").notNull(),
                    Column.of("unit_price", "numeric(10,2)").notNull()))
                .withPrimaryKey(PrimaryKey.of("order_lines_pkey", "id"))
                .withForeignKeys(List.of(
                    ForeignKey.of("order_lines_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("order_lines_order_fk", List.of("order_id"), ORDERS,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("order_lines_quantity_positive", "quantity > 0")))
                .withIndexes(List.of(Index.on("order_lines_order_idx", "order_id"))));
        ops.createTable(Table.of(ORDERS, List.of(
                    Column.of("customer_id", "bigint").notNull(),
                    Column.of("id", "bigint").notNull(),
                    Column.of("placed_at", "timestamp(6) with time zone").notNull(),
                    Column.of("ship_city", "character varying(100)"),
                    Column.of("ship_country", "character varying(2)"),
                    Column.of("ship_postal_code", "character varying(16)"),
                    Column.of("ship_street", "character varying(200)"),
                    Column.of("status", "character varying(16)").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("orders_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("orders_customer_fk", List.of("customer_id"),
                        CUSTOMERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("orders_status_check", "(status in ('NEW','PAID','SHIPPED','DELIVERED','CANCELLED'))")))
                .withIndexes(List.of(Index.on("orders_customer_placed_idx", "customer_id", "placed_at"))));
        ops.createTable(Table.of(PAYMENTS, List.of(
                    Column.of("amount", "numeric(10,2)").notNull(),
                    Column.of("card_last4", "character varying(4)"),
                    Column.of("currency", "character varying(3)").notNull(),
                    Column.of("iban", "character varying(34)"),
                    Column.of("id", "bigint").notNull(),
                    Column.of("method", "character varying(16)").notNull(),
                    Column.of("order_id", "bigint").notNull(),
                    Column.of("processor_ref", "character varying(64)"),
                    Column.of("received_at", "timestamp(6) with time zone").notNull()))
                .withPrimaryKey(PrimaryKey.of("payments_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("payments_order_fk", List.of("order_id"),
                        ORDERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("payments_method_check", "(method in ('TRANSFER','CARD'))"))));
        ops.createTable(Table.of(PUBLISHERS, List.of(
                    Column.of("city", "character varying(100)"),
                    Column.of("country", "character varying(2)"),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "publishers_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("name", "character varying(200)").notNull(),
                    Column.of("postal_code", "character varying(16)"),
                    Column.of("street", "character varying(200)")))
                .withPrimaryKey(PrimaryKey.of("publishers_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("publishers_name_key", "name"))));
        ops.createTable(Table.of(REVIEWS, List.of(
                    Column.of("body", "text"),
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("customer_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "reviews_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("rating", "smallint").notNull(),
                    Column.of("written_at", "timestamp(6) with time zone").notNull()))
                .withPrimaryKey(PrimaryKey.of("reviews_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("reviews_book_customer_key", "book_id", "customer_id")))
                .withForeignKeys(List.of(
                    ForeignKey.of("reviews_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("reviews_customer_fk", List.of("customer_id"), CUSTOMERS,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("reviews_rating_range", "rating BETWEEN 1 AND 5"))));
        ops.createTable(Table.of(STOCK_ITEMS, List.of(
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "stock_items_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("quantity", "integer").notNull(),
                    Column.of("version", "bigint").notNull(),
                    Column.of("warehouse_id", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("stock_items_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("stock_items_book_warehouse_key", "book_id", "warehouse_id")))
                .withForeignKeys(List.of(
                    ForeignKey.of("stock_items_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("stock_items_warehouse_fk", List.of("warehouse_id"), WAREHOUSES,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("stock_items_quantity_not_negative", "quantity >= 0"))));
        ops.createTable(Table.of(WAREHOUSES, List.of(
                    Column.of("city", "character varying(100)"),
                    Column.of("code", "character varying(16)").notNull(),
                    Column.of("country", "character varying(2)"),
                    Column.of("id", "integer")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "warehouses_id_seq", SequenceOptions.defaults("integer", 1))),
                    Column.of("postal_code", "character varying(16)"),
                    Column.of("street", "character varying(200)")))
                .withPrimaryKey(PrimaryKey.of("warehouses_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("warehouses_code_key", "code"))));
        ops.createIndex(BOOKS, Index.on("books_publisher_idx", "publisher_id"));
        ops.createIndex(ORDER_LINES, Index.on("order_lines_order_idx", "order_id"));
        ops.createIndex(ORDERS, Index.on("orders_customer_placed_idx", "customer_id", "placed_at"));

        // PERFORMANCE_IMPACT: No index on the referencing columns [author_id] is created with it: without one,
        //     every DELETE or key UPDATE on public.authors scans public.book_authors.
        // Safe alternative: R2: index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix
        //     orphans, then VALIDATE CONSTRAINT in a separate transaction.
        ops.addForeignKey(BOOK_AUTHORS, ForeignKey.of("book_authors_author_fk",
                List.of("author_id"), AUTHORS, List.of("id")));

        ops.addForeignKey(BOOK_AUTHORS, ForeignKey.of("book_authors_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));
        ops.addForeignKey(BOOKS, ForeignKey.of("books_publisher_fk", List.of("publisher_id"),
                PUBLISHERS, List.of("id")));

        // PERFORMANCE_IMPACT: No index on the referencing columns [book_id] is created with it: without one,
        //     every DELETE or key UPDATE on public.books scans public.order_lines.
        // Safe alternative: R2: index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix
        //     orphans, then VALIDATE CONSTRAINT in a separate transaction.
        ops.addForeignKey(ORDER_LINES, ForeignKey.of("order_lines_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));

        ops.addForeignKey(ORDER_LINES, ForeignKey.of("order_lines_order_fk", List.of("order_id"),
                ORDERS, List.of("id")));
        ops.addForeignKey(ORDERS, ForeignKey.of("orders_customer_fk", List.of("customer_id"),
                CUSTOMERS, List.of("id")));

        // PERFORMANCE_IMPACT: No index on the referencing columns [order_id] is created with it: without one,
        //     every DELETE or key UPDATE on public.orders scans public.payments.
        // Safe alternative: R2: index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix
        //     orphans, then VALIDATE CONSTRAINT in a separate transaction.
        ops.addForeignKey(PAYMENTS, ForeignKey.of("payments_order_fk", List.of("order_id"), ORDERS,
                List.of("id")));

        ops.addForeignKey(REVIEWS, ForeignKey.of("reviews_book_fk", List.of("book_id"), BOOKS,
                List.of("id")));

        // PERFORMANCE_IMPACT: No index on the referencing columns [customer_id] is created with it: without
        //     one, every DELETE or key UPDATE on public.customers scans public.reviews.
        // Safe alternative: R2: index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix
        //     orphans, then VALIDATE CONSTRAINT in a separate transaction.
        ops.addForeignKey(REVIEWS, ForeignKey.of("reviews_customer_fk", List.of("customer_id"),
                CUSTOMERS, List.of("id")));

        ops.addForeignKey(STOCK_ITEMS, ForeignKey.of("stock_items_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));

        // PERFORMANCE_IMPACT: No index on the referencing columns [warehouse_id] is created with it: without
        //     one, every DELETE or key UPDATE on public.warehouses scans public.stock_items.
        // Safe alternative: R2: index the referencing columns CONCURRENTLY, ADD the FOREIGN KEY NOT VALID, fix
        //     orphans, then VALIDATE CONSTRAINT in a separate transaction.
        ops.addForeignKey(STOCK_ITEMS, ForeignKey.of("stock_items_warehouse_fk",
                List.of("warehouse_id"), WAREHOUSES, List.of("id")));
    }

    @Override
    public void downgrade(Operations ops) {
        // WEAKENS_INTEGRITY: DROP CONSTRAINT stock_items_warehouse_fk on public.stock_items lets orphan rows
        //     in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT stock_items_warehouse_fk on public.stock_items takes ACCESS
        //     EXCLUSIVE on public.stock_items and public.warehouses, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(STOCK_ITEMS, ForeignKey.of("stock_items_warehouse_fk",
                List.of("warehouse_id"), WAREHOUSES, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT stock_items_book_fk on public.stock_items lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT stock_items_book_fk on public.stock_items takes ACCESS EXCLUSIVE on
        //     public.stock_items and public.books, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(STOCK_ITEMS, ForeignKey.of("stock_items_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT reviews_customer_fk on public.reviews lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT reviews_customer_fk on public.reviews takes ACCESS EXCLUSIVE on
        //     public.reviews and public.customers, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(REVIEWS, ForeignKey.of("reviews_customer_fk", List.of("customer_id"),
                CUSTOMERS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT reviews_book_fk on public.reviews lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT reviews_book_fk on public.reviews takes ACCESS EXCLUSIVE on
        //     public.reviews and public.books, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(REVIEWS, ForeignKey.of("reviews_book_fk", List.of("book_id"), BOOKS,
                List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT payments_order_fk on public.payments lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT payments_order_fk on public.payments takes ACCESS EXCLUSIVE on
        //     public.payments and public.orders, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(PAYMENTS, ForeignKey.of("payments_order_fk", List.of("order_id"), ORDERS,
                List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT orders_customer_fk on public.orders lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT orders_customer_fk on public.orders takes ACCESS EXCLUSIVE on
        //     public.orders and public.customers, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ORDERS, ForeignKey.of("orders_customer_fk", List.of("customer_id"),
                CUSTOMERS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT order_lines_order_fk on public.order_lines lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT order_lines_order_fk on public.order_lines takes ACCESS EXCLUSIVE
        //     on public.order_lines and public.orders, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ORDER_LINES, ForeignKey.of("order_lines_order_fk", List.of("order_id"),
                ORDERS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT order_lines_book_fk on public.order_lines lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT order_lines_book_fk on public.order_lines takes ACCESS EXCLUSIVE on
        //     public.order_lines and public.books, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(ORDER_LINES, ForeignKey.of("order_lines_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT books_publisher_fk on public.books lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT books_publisher_fk on public.books takes ACCESS EXCLUSIVE on
        //     public.books and public.publishers, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(BOOKS, ForeignKey.of("books_publisher_fk", List.of("publisher_id"),
                PUBLISHERS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT book_authors_book_fk on public.book_authors lets orphan rows in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT book_authors_book_fk on public.book_authors takes ACCESS EXCLUSIVE
        //     on public.book_authors and public.books, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(BOOK_AUTHORS, ForeignKey.of("book_authors_book_fk", List.of("book_id"),
                BOOKS, List.of("id")));

        // WEAKENS_INTEGRITY: DROP CONSTRAINT book_authors_author_fk on public.book_authors lets orphan rows
        //     in.
        // LOCK_QUEUE_RISK: DROP CONSTRAINT book_authors_author_fk on public.book_authors takes ACCESS
        //     EXCLUSIVE on public.book_authors and public.authors, briefly.
        // Safe alternative for WEAKENS_INTEGRITY: Fine as an intentional contract step.
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropForeignKey(BOOK_AUTHORS, ForeignKey.of("book_authors_author_fk",
                List.of("author_id"), AUTHORS, List.of("id")));

        // PERFORMANCE_IMPACT: Queries that used orders_customer_placed_idx may slow down.
        // LOCK_QUEUE_RISK: DROP INDEX orders_customer_placed_idx on public.orders takes ACCESS EXCLUSIVE on
        //     the table, briefly.
        // Safe alternative for PERFORMANCE_IMPACT: When replacing an index, build the new one first; R6:
        //     CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a short
        //     lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        // Safe alternative for LOCK_QUEUE_RISK: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a
        //     transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        ops.dropIndex(ORDERS, Index.on("orders_customer_placed_idx", "customer_id", "placed_at"));

        // PERFORMANCE_IMPACT: Queries that used order_lines_order_idx may slow down.
        // LOCK_QUEUE_RISK: DROP INDEX order_lines_order_idx on public.order_lines takes ACCESS EXCLUSIVE on
        //     the table, briefly.
        // Safe alternative for PERFORMANCE_IMPACT: When replacing an index, build the new one first; R6:
        //     CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a short
        //     lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        // Safe alternative for LOCK_QUEUE_RISK: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a
        //     transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        ops.dropIndex(ORDER_LINES, Index.on("order_lines_order_idx", "order_id"));

        // PERFORMANCE_IMPACT: Queries that used books_publisher_idx may slow down.
        // LOCK_QUEUE_RISK: DROP INDEX books_publisher_idx on public.books takes ACCESS EXCLUSIVE on the table,
        //     briefly.
        // Safe alternative for PERFORMANCE_IMPACT: When replacing an index, build the new one first; R6:
        //     CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a transaction, with a short
        //     lock_timeout and a long statement_timeout; drop leftover INVALID indexes.
        // Safe alternative for LOCK_QUEUE_RISK: R6: CREATE/DROP INDEX CONCURRENTLY (IF [NOT] EXISTS) outside a
        //     transaction, with a short lock_timeout and a long statement_timeout; drop leftover INVALID
        //     indexes.
        ops.dropIndex(BOOKS, Index.on("books_publisher_idx", "publisher_id"));

        // DATA_LOSS: DROP TABLE public.warehouses deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.warehouses fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates public.warehouses empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.warehouses; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.warehouses and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(WAREHOUSES, List.of(
                    Column.of("city", "character varying(100)"),
                    Column.of("code", "character varying(16)").notNull(),
                    Column.of("country", "character varying(2)"),
                    Column.of("id", "integer")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "warehouses_id_seq", SequenceOptions.defaults("integer", 1))),
                    Column.of("postal_code", "character varying(16)"),
                    Column.of("street", "character varying(200)")))
                .withPrimaryKey(PrimaryKey.of("warehouses_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("warehouses_code_key", "code"))));

        // DATA_LOSS: DROP TABLE public.stock_items deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.stock_items fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates public.stock_items empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.stock_items; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.stock_items and, briefly, on every
        //     table its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(STOCK_ITEMS, List.of(
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "stock_items_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("quantity", "integer").notNull(),
                    Column.of("version", "bigint").notNull(),
                    Column.of("warehouse_id", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("stock_items_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("stock_items_book_warehouse_key", "book_id", "warehouse_id")))
                .withForeignKeys(List.of(
                    ForeignKey.of("stock_items_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("stock_items_warehouse_fk", List.of("warehouse_id"), WAREHOUSES,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("stock_items_quantity_not_negative", "quantity >= 0"))));

        // DATA_LOSS: DROP TABLE public.reviews deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.reviews fails once it
        //     is gone.
        // IRREVERSIBLE: Reverting recreates public.reviews empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.reviews;
        //     the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.reviews and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(REVIEWS, List.of(
                    Column.of("body", "text"),
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("customer_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "reviews_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("rating", "smallint").notNull(),
                    Column.of("written_at", "timestamp(6) with time zone").notNull()))
                .withPrimaryKey(PrimaryKey.of("reviews_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("reviews_book_customer_key", "book_id", "customer_id")))
                .withForeignKeys(List.of(
                    ForeignKey.of("reviews_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("reviews_customer_fk", List.of("customer_id"), CUSTOMERS,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("reviews_rating_range", "rating BETWEEN 1 AND 5"))));

        // DATA_LOSS: DROP TABLE public.publishers deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.publishers fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates public.publishers empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.publishers; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.publishers and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(PUBLISHERS, List.of(
                    Column.of("city", "character varying(100)"),
                    Column.of("country", "character varying(2)"),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "publishers_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("name", "character varying(200)").notNull(),
                    Column.of("postal_code", "character varying(16)"),
                    Column.of("street", "character varying(200)")))
                .withPrimaryKey(PrimaryKey.of("publishers_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("publishers_name_key", "name"))));

        // DATA_LOSS: DROP TABLE public.payments deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.payments fails once it
        //     is gone.
        // IRREVERSIBLE: Reverting recreates public.payments empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.payments; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.payments and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(PAYMENTS, List.of(
                    Column.of("amount", "numeric(10,2)").notNull(),
                    Column.of("card_last4", "character varying(4)"),
                    Column.of("currency", "character varying(3)").notNull(),
                    Column.of("iban", "character varying(34)"),
                    Column.of("id", "bigint").notNull(),
                    Column.of("method", "character varying(16)").notNull(),
                    Column.of("order_id", "bigint").notNull(),
                    Column.of("processor_ref", "character varying(64)"),
                    Column.of("received_at", "timestamp(6) with time zone").notNull()))
                .withPrimaryKey(PrimaryKey.of("payments_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("payments_order_fk", List.of("order_id"),
                        ORDERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("payments_method_check", "(method in ('TRANSFER','CARD'))"))));

        // DATA_LOSS: DROP TABLE public.orders deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.orders fails once it
        //     is gone.
        // IRREVERSIBLE: Reverting recreates public.orders empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.orders;
        //     the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.orders and, briefly, on every table its
        //     foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(ORDERS, List.of(
                    Column.of("customer_id", "bigint").notNull(),
                    Column.of("id", "bigint").notNull(),
                    Column.of("placed_at", "timestamp(6) with time zone").notNull(),
                    Column.of("ship_city", "character varying(100)"),
                    Column.of("ship_country", "character varying(2)"),
                    Column.of("ship_postal_code", "character varying(16)"),
                    Column.of("ship_street", "character varying(200)"),
                    Column.of("status", "character varying(16)").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("orders_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("orders_customer_fk", List.of("customer_id"),
                        CUSTOMERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("orders_status_check", "(status in ('NEW','PAID','SHIPPED','DELIVERED','CANCELLED'))")))
                .withIndexes(List.of(Index.on("orders_customer_placed_idx", "customer_id", "placed_at"))));

        // DATA_LOSS: DROP TABLE public.order_lines deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.order_lines fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates public.order_lines empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.order_lines; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.order_lines and, briefly, on every
        //     table its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(ORDER_LINES, List.of(
                    Column.of("book_id", "bigint").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "order_lines_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("order_id", "bigint").notNull(),
                    Column.of("quantity", "integer").notNull(),
                    Column.of("unit_currency", "character varying(3)").notNull(),
                    Column.of("unit_price", "numeric(10,2)").notNull()))
                .withPrimaryKey(PrimaryKey.of("order_lines_pkey", "id"))
                .withForeignKeys(List.of(
                    ForeignKey.of("order_lines_book_fk", List.of("book_id"), BOOKS, List.of("id")),
                    ForeignKey.of("order_lines_order_fk", List.of("order_id"), ORDERS,
                            List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("order_lines_quantity_positive", "quantity > 0")))
                .withIndexes(List.of(Index.on("order_lines_order_idx", "order_id"))));

        // DATA_LOSS: DROP TABLE public.customers deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.customers fails once
        //     it is gone.
        // IRREVERSIBLE: Reverting recreates public.customers empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.customers; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.customers and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(CUSTOMERS, List.of(
                    Column.of("billing_city", "character varying(100)"),
                    Column.of("billing_country", "character varying(2)"),
                    Column.of("billing_postal_code", "character varying(16)"),
                    Column.of("billing_street", "character varying(200)"),
                    Column.of("email", "character varying(320)").notNull(),
                    Column.of("fax", "character varying(32)"),
                    Column.of("full_name", "character varying(200)").notNull(),
                    Column.of("id", "bigint")
                            .withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                            "customers_id_seq", SequenceOptions.defaults("bigint", 1))),
                    Column.of("registered_at", "timestamp(6) with time zone").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("customers_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("customers_email_key", "email"))));

        // DATA_LOSS: DROP TABLE public.books deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.books fails once it is
        //     gone.
        // IRREVERSIBLE: Reverting recreates public.books empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.books;
        //     the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.books and, briefly, on every table its
        //     foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(BOOKS, List.of(
                    Column.of("genre", "character varying(32)").notNull(),
                    Column.of("id", "bigint").notNull(),
                    Column.of("isbn", "character varying(13)").notNull(),
                    Column.of("list_currency", "character varying(3)").notNull(),
                    Column.of("list_price", "numeric(10,2)").notNull(),
                    Column.of("published_on", "date"),
                    Column.of("publisher_id", "bigint").notNull(),
                    Column.of("title", "character varying(200)").notNull(),
                    Column.of("version", "integer").notNull()))
                .withPrimaryKey(PrimaryKey.of("books_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of("books_isbn_key", "isbn")))
                .withForeignKeys(List.of(ForeignKey.of("books_publisher_fk",
                        List.of("publisher_id"), PUBLISHERS, List.of("id"))))
                .withChecks(List.of(CheckConstraint.of("books_genre_check", "(genre in ('FICTION','MYSTERY','SCIENCE_FICTION','BIOGRAPHY','HISTORY','SCIENCE','CHILDREN'))")))
                .withIndexes(List.of(Index.on("books_publisher_idx", "publisher_id"))));

        // DATA_LOSS: DROP TABLE public.book_authors deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.book_authors fails
        //     once it is gone.
        // IRREVERSIBLE: Reverting recreates public.book_authors empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use
        //     public.book_authors; the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.book_authors and, briefly, on every
        //     table its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(BOOK_AUTHORS, List.of(
                    Column.of("author_id", "bigint").notNull(),
                    Column.of("book_id", "bigint").notNull()))
                .withPrimaryKey(PrimaryKey.of("book_authors_pkey", "book_id", "author_id"))
                .withForeignKeys(List.of(
                    ForeignKey.of("book_authors_author_fk", List.of("author_id"), AUTHORS,
                            List.of("id")),
                    ForeignKey.of("book_authors_book_fk", List.of("book_id"), BOOKS,
                            List.of("id")))));

        // DATA_LOSS: DROP TABLE public.authors deletes all of its rows.
        // BREAKS_RUNNING_APP: A running application version that maps or queries public.authors fails once it
        //     is gone.
        // IRREVERSIBLE: Reverting recreates public.authors empty: its rows do not come back.
        // UNTRACKED_DEPENDENCIES: Views, functions or other services outside the model may use public.authors;
        //     the drop fails on them or leaves them broken.
        // LOCK_QUEUE_RISK: DROP TABLE takes ACCESS EXCLUSIVE on public.authors and, briefly, on every table
        //     its foreign keys reference.
        // Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, IRREVERSIBLE, UNTRACKED_DEPENDENCIES: R10:
        //     remove the mapping and deploy every instance first, optionally verify it is unused, drop
        //     dependents explicitly, then drop (never CASCADE).
        // Safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, so it
        //     cannot stall traffic queued behind it (R14).
        ops.dropTable(Table.of(AUTHORS, List.of(
                    Column.of("biography", "text"),
                    Column.of("born_on", "date"),
                    Column.of("id", "bigint").notNull(),
                    Column.of("name", "character varying(200)").notNull()))
                .withPrimaryKey(PrimaryKey.of("authors_pkey", "id")));

        // DATA_LOSS: DROP SEQUENCE public.payment_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.payment_seq by name
        //     and fails once it is gone.
        // IRREVERSIBLE: Recreating public.payment_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.payment_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(PAYMENT_SEQ, SequenceOptions.defaults("bigint", 50)));

        // DATA_LOSS: DROP SEQUENCE public.order_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.order_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.order_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.order_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(ORDER_SEQ, SequenceOptions.defaults("bigint", 50)));

        // DATA_LOSS: DROP SEQUENCE public.book_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.book_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.book_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.book_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(BOOK_SEQ, SequenceOptions.defaults("bigint", 50)));

        // DATA_LOSS: DROP SEQUENCE public.author_seq discards its current position.
        // BREAKS_RUNNING_APP: The running application's SEQUENCE generator calls public.author_seq by name and
        //     fails once it is gone.
        // IRREVERSIBLE: Recreating public.author_seq starts it over: its position does not come back.
        // UNTRACKED_DEPENDENCIES: Defaults or code outside the model may call public.author_seq.
        // Safe alternative: Drop the sequence only after no mapping or default uses it; check for callers
        //     outside the model.
        ops.dropSequence(Sequence.of(AUTHOR_SEQ, SequenceOptions.defaults("bigint", 50)));
    }
}
