package dev.retort.cli.failure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failed connection attempt into the one line that says what went wrong and what to check. */
public final class DatabaseFailures {

    /** SQLSTATE 28P01: invalid_password. */
    private static final String INVALID_PASSWORD = "28P01";
    /** SQLSTATE 28000: invalid_authorization_specification (no pg_hba.conf entry, unknown role). */
    private static final String INVALID_AUTHORIZATION = "28000";
    /** SQLSTATE 3D000: invalid_catalog_name (the database does not exist). */
    private static final String UNKNOWN_DATABASE = "3D000";

    private DatabaseFailures() {
    }

    /**
     * The failure for a connection to {@code where} (a URL without password) as {@code user} that could not be
     * opened.
     */
    public static CliFailure connectFailed(SQLException e, String where, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(INVALID_PASSWORD)) {
            return CliFailure.database("authentication failed for user \"" + user + "\" on " + where
                    + "; check user and password (--password, RETORT_PASSWORD or PGPASSWORD)", e);
        }
        if (state.equals(INVALID_AUTHORIZATION)) {
            return CliFailure.database("PostgreSQL refused user \"" + user + "\" on " + where + ": "
                    + serverMessage(e) + "; check user and the server's pg_hba.conf", e);
        }
        if (state.equals(UNKNOWN_DATABASE)) {
            return CliFailure.database("the database of " + where + " does not exist; create it or correct url", e);
        }
        if (e.getMessage() != null && e.getMessage().contains("no password was provided")) {
            // Why by message: the driver reports a missing password with the generic SQLSTATE 08004.
            return CliFailure.database("PostgreSQL asks for a password for user \"" + user + "\" on " + where
                    + "; set --password, RETORT_PASSWORD or PGPASSWORD", e);
        }
        return CliFailure.database("cannot connect to PostgreSQL at " + where + " (" + networkReason(e)
                + "); check url and that the server is running", e);
    }

    /** The server's own message without the driver's {@code ERROR:}/{@code FATAL:} prefix and detail lines. */
    public static String serverMessage(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline).strip();
        return first.replaceFirst("^(ERROR|FATAL|PANIC): ", "");
    }

    private static String networkReason(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            }
        }
        return serverMessage(e);
    }
}
