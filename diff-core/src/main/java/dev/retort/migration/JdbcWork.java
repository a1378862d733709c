package dev.retort.migration;

import java.sql.Connection;

/** A data migration step: code that uses the migration's own connection (and transaction). */
@FunctionalInterface
public interface JdbcWork {

    void run(Connection connection) throws Exception;
}
