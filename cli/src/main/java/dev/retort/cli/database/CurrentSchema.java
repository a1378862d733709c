package dev.retort.cli.database;

import dev.retort.model.SchemaModel;
import dev.retort.plan.PlanContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema the entities are compared with: the model read from the live or shadow database, the planning
 * context (server version, table sizes), the revision it is at, and how output names the database.
 */
public record CurrentSchema(SchemaModel model, PlanContext context, Optional<String> revision, String database) {

    public CurrentSchema {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(database, "database");
    }
}
