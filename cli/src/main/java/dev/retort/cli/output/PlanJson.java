package dev.retort.cli.output;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.hazard.Hazard;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code diff --json} document of CONTRACT.md section 6: database, revision and the changes. */
public final class PlanJson {

    private PlanJson() {
    }

    /**
     * @param database the database as output names it (a URL without password)
     * @param revision the revision the database is at; {@code null} in JSON when absent
     */
    public static Map<String, Object> document(String database, Optional<String> revision, MigrationPlan plan) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("database", database);
        document.put("revision", revision.orElse(null));
        List<Object> changes = new ArrayList<>();
        plan.steps().forEach(step -> changes.add(change(step)));
        document.put("changes", changes);
        return document;
    }

    /** One change; keys without a value are left out, as the contract's example does. */
    static Map<String, Object> change(PlannedChange step) {
        Map<String, Object> json = operation(step.change());
        json.put("hazards", step.flags().stream().map(Hazard::name).toList());
        step.renameCandidate().ifPresent(candidate -> json.put("rename_candidate", candidate));
        json.put("sql", step.sql());
        return json;
    }

    /** What a change is and what it is about: op, table, object, new name and value, each only when it has one. */
    static Map<String, Object> operation(Change change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("op", change.op());
        ChangeFields.table(change).ifPresent(table -> json.put("table", table));
        ChangeFields.object(change).ifPresent(object -> json.put("object", object));
        ChangeFields.newName(change).ifPresent(name -> json.put("new_name", name));
        ChangeFields.value(change).ifPresent(value -> json.put("value", value));
        return json;
    }
}
