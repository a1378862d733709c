package dev.retort.cli.output;

import dev.retort.migration.runner.PathStep;
import dev.retort.migration.runner.ReviewedMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code review --json} document: the database (null without {@code url}), each reviewed revision with its
 * hazards (operations named as in {@code diff --json}) and the operations still to write, and the two counts
 * that decide the exit code.
 */
public final class ReviewJson {

    private ReviewJson() {
    }

    public static Map<String, Object> document(Optional<String> database, List<ReviewedMigration> reviewed) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("database", database.orElse(null));
        List<Object> revisions = new ArrayList<>();
        reviewed.forEach(migration -> revisions.add(revision(migration)));
        document.put("revisions", revisions);
        document.put("blocking_unaccepted", reviewed.stream().mapToLong(ReviewedMigration::blockingUnaccepted).sum());
        document.put("incomplete_operations", (long) reviewed.stream().mapToInt(m -> m.incomplete().size()).sum());
        return document;
    }

    private static Map<String, Object> revision(ReviewedMigration migration) {
        PathStep path = migration.migration().path();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", path.revision());
        json.put("message", path.source().message());
        json.put("file", path.source().location());
        List<Object> hazards = new ArrayList<>();
        ReviewedHazard.of(migration).forEach(hazard -> hazards.add(hazard(hazard)));
        json.put("hazards", hazards);
        json.put("incomplete", migration.incomplete());
        return json;
    }

    private static Map<String, Object> hazard(ReviewedHazard hazard) {
        Map<String, Object> json = hazard.step().step().change().map(PlanJson::operation)
                .orElseGet(() -> new LinkedHashMap<>(Map.of("op", "jdbc")));
        hazard.line().ifPresent(line -> json.put("line", line));
        json.put("hazard", hazard.finding().hazard().name());
        json.put("blocking", hazard.blocking());
        json.put("accepted", hazard.reason().isPresent());
        hazard.reason().ifPresent(reason -> json.put("reason", reason));
        json.put("explanation", hazard.finding().explanation());
        json.put("safe_alternative", hazard.finding().safeAlternative());
        return json;
    }
}
