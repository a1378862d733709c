package dev.retort.cli.command;

import dev.retort.cli.output.JsonWriter;
import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardFinding;
import dev.retort.hazard.HazardRules;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts the review tests expect from the hazard rules: each finding's explanation and safe alternative for an
 * operation on an existing table, and one hazard entry of {@code review --json} built around them.
 */
final class ReviewExpectations {

    static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");
    static final Change DROP_NAME = new Change.DropColumn(CUSTOMERS, Column.of("name", "character varying(255)"));
    static final Change ADD_CODE = new Change.AddColumn(CUSTOMERS, Column.of("code", "text"));
    static final Change BACKFILL_PLACEHOLDER = new Change.Backfill(CUSTOMERS, "code", Optional.empty());
    static final Change BACKFILL = new Change.Backfill(CUSTOMERS, "code", Optional.of("'none'"));
    static final Change SET_NOT_NULL = new Change.SetNotNull(CUSTOMERS, "code");

    private ReviewExpectations() {
    }

    /** The finding of this hazard for the change on an existing table of unknown size. */
    static HazardFinding finding(Change change, Hazard hazard, int serverMajorVersion) {
        return HazardRules.assess(change, HazardContext.existingTable(serverMajorVersion)).stream()
                .filter(f -> f.hazard() == hazard).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(change.op() + " has no " + hazard));
    }

    static String explanation(Change change, Hazard hazard, int serverMajorVersion) {
        return finding(change, hazard, serverMajorVersion).explanation();
    }

    static String alternative(Change change, Hazard hazard, int serverMajorVersion) {
        return finding(change, hazard, serverMajorVersion).safeAlternative();
    }

    /**
     * One entry of a revision's {@code hazards} array, as indented in the document; {@code object} is the
     * column the operation is about.
     */
    static String hazardJson(Change change, String object, int line, Hazard hazard, boolean blocking,
                             Optional<String> reason, int serverMajorVersion) {
        HazardFinding finding = finding(change, hazard, serverMajorVersion);
        String accepted = reason.map(r -> "true,\n  \"reason\": " + string(r)).orElse("false");
        String entry = """
                {
                  "op": "%s",
                  "table": "public.customers",
                  "object": "%s",
                  "line": %d,
                  "hazard": "%s",
                  "blocking": %s,
                  "accepted": %s,
                  "explanation": %s,
                  "safe_alternative": %s
                }""".formatted(change.op(), object, line, hazard, blocking, accepted,
                string(finding.explanation()), string(finding.safeAlternative()));
        return entry.lines().map(text -> "        " + text).collect(Collectors.joining("\n"));
    }

    /** A JSON string literal, escaped as the CLI escapes it. */
    private static String string(String text) {
        return JsonWriter.write(text).strip();
    }
}
