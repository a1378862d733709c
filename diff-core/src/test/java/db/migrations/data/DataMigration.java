package db.migrations.data;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.sql.Statement;

/** A data migration in Java: a JDBC step on the migration's own connection and transaction. */
public class DataMigration implements Migration {

    @Override
    public void upgrade(Operations ops) {
        ops.jdbc("copy names", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE public.accounts SET name = upper(name)");
            }
        });
    }

    @Override
    public void downgrade(Operations ops) {
    }
}
