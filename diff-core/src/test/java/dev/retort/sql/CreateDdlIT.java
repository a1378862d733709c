package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code createAll} of {@link RichModel} to a fresh database and reads what was built straight from
 * {@code pg_catalog}, with an empty {@code search_path} so that every name comes back qualified.
 */
class CreateDdlIT {

    private static final String MANAGED = "n.nspname IN ('public', 'Sales', 'select')";
    private static final String LINE = "\"select\".\"Line \"\"Item\"\"\"";

    @PostgresTest
    void createsTheSchemasAndTheEnumWithItsLabelsInOrder(TestDatabase db) throws SQLException {
        assertThat(build(db, "SELECT nspname FROM pg_namespace n WHERE " + MANAGED + " ORDER BY nspname COLLATE \"C\""))
                .containsExactly("Sales", "public", "select");
        assertThat(query(db, "SELECT enumlabel FROM pg_enum WHERE enumtypid = '\"Sales\".\"Mood\"'::regtype"
                + " ORDER BY enumsortorder")).containsExactly("sad", "it's ok", "happy");
    }

    @PostgresTest
    void createsSequencesWithTheirOptionsAndOwners(TestDatabase db) throws SQLException {
        assertThat(build(db, "SELECT s.seqrelid::regclass, s.seqtypid::regtype, seqstart, seqincrement, seqmin,"
                + " seqmax, seqcache, seqcycle, coalesce(d.refobjid::regclass || '.' || a.attname, '-'),"
                + " coalesce(d.deptype, '-') FROM pg_sequence s LEFT JOIN pg_depend d"
                + " ON d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid AND d.refobjsubid > 0"
                + " LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                + " ORDER BY s.seqrelid::regclass::text COLLATE \"C\"")).containsExactly(
                "\"Sales\".\"Countdown\" | smallint | -1 | -1 | -32768 | -1 | 1 | t | - | -",
                "\"Sales\".\"Customer_id_seq\" | bigint | 1 | 1 | 1 | 9223372036854775807 | 1 | f"
                        + " | \"Sales\".\"Customer\".id | i",
                "\"Sales\".order_id_seq | bigint | 1000 | 10 | 1 | 1000000000 | 5 | f | \"Sales\".\"order\".id | i",
                "public.user_id_seq | integer | 1 | 1 | 1 | 2147483647 | 1 | f | public.\"user\".id | a");
    }

    @PostgresTest
    void createsColumnsWithTypesDefaultsIdentityGenerationCollationAndComments(TestDatabase db)
            throws SQLException {
        List<String> expected = new ArrayList<>(List.of(
                "\"Sales\".\"Customer\" | code | text | f |  |  | - | - | -",
                "\"Sales\".\"Customer\" | id | bigint | t | d |  | - | - | -",
                "\"Sales\".\"Customer\" | last_order_id | bigint | f |  |  | - | - | -",
                "\"Sales\".\"Customer\" | region | text | f |  |  | - | - | -",
                "\"Sales\".\"order\" | customer_id | bigint | f |  |  | - | - | -",
                "\"Sales\".\"order\" | doubled | integer | f |  | s | (qty * 2) | - | -",
                "\"Sales\".\"order\" | id | bigint | t | a |  | - | - | -",
                "\"Sales\".\"order\" | qty | integer | t |  |  | - | - | -",
                "\"Sales\".\"order\" | total | numeric(12,2) | f |  |  | 0.00 | - | -"));
        if (db.majorVersion() >= 18) {
            expected.add("\"Sales\".\"order\" | tripled | integer | f |  | v | (qty * 3) | - | -");
        }
        expected.addAll(List.of(
                LINE + " | customer_id | bigint | f |  |  | - | - | -",
                LINE + " | from | text | f |  |  | - | - | where it ships from",
                LINE + " | line_no | smallint | t |  |  | - | - | -",
                LINE + " | order_id | bigint | t |  |  | - | - | -",
                "public.\"user\" | Email | character varying(255) | t |  |  | - | C | primary e-mail",
                "public.\"user\" | deleted_at | timestamp(6) with time zone | f |  |  | - | - | -",
                "public.\"user\" | id | integer | t |  |  | nextval('public.user_id_seq'::regclass) | - | -",
                "public.\"user\" | mood | \"Sales\".\"Mood\" | f |  |  | 'happy'::\"Sales\".\"Mood\" | - | -",
                "public.\"user\" | naïve \"quoted\" name | text | f |  |  | - | - | -",
                "public.\"user\" | tags | text[] | f |  |  | - | - | -"));
        assertThat(build(db, "SELECT a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod),"
                + " a.attnotnull, a.attidentity, a.attgenerated, coalesce(pg_get_expr(d.adbin, d.adrelid), '-'),"
                + " coalesce(co.collname, '-'), coalesce(col_description(a.attrelid, a.attnum), '-')"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " LEFT JOIN pg_collation co ON co.oid = a.attcollation AND co.collname <> 'default'"
                + " WHERE a.attnum > 0 AND NOT a.attisdropped AND " + MANAGED
                + " ORDER BY a.attrelid::regclass::text COLLATE \"C\", a.attname COLLATE \"C\""))
                .containsExactlyElementsOf(expected);
    }

    @PostgresTest
    void createsConstraintsIncludingAForeignKeyCycleAndNotValidOnes(TestDatabase db) throws SQLException {
        String nullsNotDistinct = db.majorVersion() >= 15 ? "NULLS NOT DISTINCT " : "";
        assertThat(build(db, "SELECT c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid), c.convalidated"
                + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE c.contype IN ('p', 'u', 'f', 'c') AND " + MANAGED
                + " ORDER BY c.conrelid::regclass::text COLLATE \"C\", c.conname COLLATE \"C\"")).containsExactly(
                "\"Sales\".\"Customer\" | Customer_pkey | PRIMARY KEY (id) | t",
                "\"Sales\".\"Customer\" | customer_code_key | UNIQUE " + nullsNotDistinct
                        + "(region, code) DEFERRABLE | t",
                "\"Sales\".\"Customer\" | customer_last_order_fk | FOREIGN KEY (last_order_id)"
                        + " REFERENCES \"Sales\".\"order\"(id) DEFERRABLE INITIALLY DEFERRED NOT VALID | f",
                "\"Sales\".\"order\" | order_customer_fk | FOREIGN KEY (customer_id)"
                        + " REFERENCES \"Sales\".\"Customer\"(id) ON DELETE SET NULL | t",
                "\"Sales\".\"order\" | order_pkey | PRIMARY KEY (id) | t",
                LINE + " | line_customer_fk | FOREIGN KEY (customer_id) REFERENCES \"Sales\".\"Customer\"(id)"
                        + " NOT VALID | f",
                LINE + " | line_order_fk | FOREIGN KEY (order_id) REFERENCES \"Sales\".\"order\"(id) MATCH FULL"
                        + " ON UPDATE CASCADE ON DELETE CASCADE | t",
                LINE + " | line_pkey | PRIMARY KEY (order_id, line_no) | t",
                "public.\"user\" | user_Email_key | UNIQUE (\"Email\") DEFERRABLE INITIALLY DEFERRED | t",
                "public.\"user\" | user_email_length | CHECK ((length((\"Email\")::text) > 3)) NOT VALID | f",
                "public.\"user\" | user_id_check | CHECK ((id > 0)) | t",
                "public.\"user\" | user_pkey | PRIMARY KEY (id) | t");
    }

    @PostgresTest
    void createsFreeStandingIndexes(TestDatabase db) throws SQLException {
        List<String> expected = new ArrayList<>(List.of(
                "CREATE INDEX line_from_idx ON " + LINE + " USING btree (\"from\" COLLATE \"C\" text_pattern_ops)"));
        if (db.majorVersion() >= 15) {
            expected.add("CREATE UNIQUE INDEX user_deleted_key ON public.\"user\" USING btree (deleted_at)"
                    + " NULLS NOT DISTINCT");
        }
        expected.addAll(List.of(
                "CREATE INDEX user_id_desc_idx ON public.\"user\" USING btree (id DESC NULLS LAST)",
                "CREATE INDEX user_live_idx ON public.\"user\" USING btree (deleted_at) WHERE (deleted_at IS NULL)",
                "CREATE INDEX user_lower_email_idx ON public.\"user\" USING btree (lower((\"Email\")::text))",
                "CREATE UNIQUE INDEX user_mood_key ON public.\"user\" USING btree (mood)"
                        + " INCLUDE (id, \"naïve \"\"quoted\"\" name\")",
                "CREATE INDEX user_tags_gin ON public.\"user\" USING gin (tags)"));
        assertThat(build(db, "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE " + MANAGED + " AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid ="
                + " i.indexrelid) ORDER BY c.relname COLLATE \"C\"")).containsExactlyElementsOf(expected);
    }

    @PostgresTest
    void createsTableComments(TestDatabase db) throws SQLException {
        assertThat(build(db, "SELECT c.oid::regclass, obj_description(c.oid, 'pg_class') FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE obj_description(c.oid, 'pg_class')"
                + " IS NOT NULL AND " + MANAGED + " ORDER BY c.oid::regclass::text COLLATE \"C\"")).containsExactly(
                LINE + " | Lines",
                "public.\"user\" | Users of the shop; it's theirs");
    }

    @PostgresTest
    void deferredForeignKeyLetsTheCycleBeFilledInOneTransaction(TestDatabase db) throws SQLException {
        build(db, "SELECT 1");
        db.execute("BEGIN;"
                + " INSERT INTO \"Sales\".\"Customer\" (id, last_order_id) VALUES (1, 1000);"
                + " INSERT INTO \"Sales\".\"order\" (customer_id, qty) VALUES (1, 2);"
                + " COMMIT");
        assertThat(query(db, "SELECT id, customer_id, doubled, total FROM \"Sales\".\"order\""))
                .containsExactly("1000 | 1 | 4 | 0.00");
    }

    /** Applies every statement on its own (so a failure names it), then runs the query. */
    private static List<String> build(TestDatabase db, String query) throws SQLException {
        CreateDdl.createAll(RichModel.forVersion(db.majorVersion())).forEach(db::execute);
        return query(db, query);
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            // Why an empty search_path: regclass and format_type then qualify every name, as the model does.
            statement.execute("SET search_path = ''");
            try (ResultSet rs = statement.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(rs.getString(i));
                    }
                    rows.add(String.join(" | ", values));
                }
            }
        }
        return rows;
    }
}
