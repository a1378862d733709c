package dev.retort.migration.history;

import static dev.retort.sql.SqlIdentifiers.literal;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.model.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * The history table ({@code retort_history} in the first managed schema unless configured): its DDL, the
 * statements that record progress, and the advisory lock key derived from its name. Every statement is plain
 * text with literal values, so that offline SQL prints exactly what the runner executes.
 */
public final class HistoryTable {

    /** The default table name (CONTRACT.md section 2, {@code version.table}). */
    public static final String DEFAULT_NAME = "retort_history";

    private final QualifiedName name;

    public HistoryTable(QualifiedName name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public QualifiedName name() {
        return name;
    }

    /**
     * Creates the table where it does not exist. Why {@code steps_done} and {@code state}: a migration with a
     * non-transactional step commits part by part, and a re-run must know where the previous run stopped.
     */
    public String createStatement() {
        return "CREATE TABLE IF NOT EXISTS " + quote(name) + " (revision text PRIMARY KEY, checksum text,"
                + " applied_at timestamp with time zone NOT NULL DEFAULT now(),"
                + " applied_by text NOT NULL DEFAULT current_user,"
                + " state text NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'upgrading', 'downgrading')),"
                + " steps_done integer NOT NULL DEFAULT 0)";
    }

    /**
     * Records a revision as applied, or as stopped after {@code stepsDone} steps: one upsert, so that the same
     * statement serves the first write of a migration and each later progress write.
     */
    public String recordStatement(String revision, Optional<String> checksum, HistoryEntry.State state,
                                  int stepsDone) {
        return "INSERT INTO " + quote(name) + " (revision, checksum, state, steps_done) VALUES (" + literal(revision)
                + ", " + checksum.map(c -> literal(c)).orElse("NULL") + ", " + literal(state.sqlName()) + ", "
                + stepsDone + ") ON CONFLICT (revision) DO UPDATE SET checksum = EXCLUDED.checksum,"
                + " state = EXCLUDED.state, steps_done = EXCLUDED.steps_done, applied_at = now(),"
                + " applied_by = current_user";
    }

    /** Forgets a revision (it was reverted, or stamped away). */
    public String deleteStatement(String revision) {
        return "DELETE FROM " + quote(name) + " WHERE revision = " + literal(revision);
    }

    /** The rows, oldest first. */
    String selectStatement() {
        return "SELECT revision, checksum, applied_at, applied_by, state, steps_done FROM " + quote(name)
                + " ORDER BY applied_at, revision";
    }

    /**
     * The key of the session-level advisory lock that serialises runners on this table: the first 8 bytes of
     * the SHA-256 of the quoted name. Why derived from the name: two histories in one database (two apps) must
     * not wait for each other, and every runner of one history must compute the same key.
     */
    public long lockKey() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("retort:" + quote(name)).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return quote(name);
    }
}
