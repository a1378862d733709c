package dev.retort.cli.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code history --json} and {@code branches --json}, with the field names of {@code heads --json}
 * and {@code current --json} ({@code revision}, {@code parents}, {@code message}, {@code file}, {@code edited}).
 */
public final class GraphJson {

    private GraphJson() {
    }

    /**
     * {@code {"revisions": [...]}}, newest first; with the database's marks also {@code database}, the
     * {@code current} revisions it is at and the {@code unknown} ones it has applied that no migration declares.
     */
    public static Map<String, Object> history(List<GraphRevision> revisions, DatabaseContext context) {
        Map<String, Object> document = new LinkedHashMap<>();
        context.database().ifPresent(database -> {
            document.put("database", database);
            document.put("current", context.current());
        });
        document.put("revisions", revisions.stream().map(GraphJson::revision).toList());
        if (context.database().isPresent()) {
            document.put("unknown", context.unknown());
        }
        return document;
    }

    /** {@code {"branchpoints": [{"revision", "message", "children"}]}}, newest first. */
    public static Map<String, Object> branches(List<GraphRevision> branchPoints) {
        List<Object> points = branchPoints.stream().map(point -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("revision", point.id());
            json.put("message", point.source().message());
            json.put("children", point.children());
            return (Object) json;
        }).toList();
        return Map.of("branchpoints", points);
    }

    private static Map<String, Object> revision(GraphRevision revision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", revision.id());
        json.put("parents", revision.source().parents());
        json.put("message", revision.source().message());
        json.put("created", revision.source().created());
        json.put("file", revision.source().location());
        json.put("checksum", revision.source().checksum().orElse(null));
        json.put("head", revision.head());
        json.put("branchpoint", revision.branchpoint());
        json.put("merge", revision.merge());
        revision.database().ifPresent(mark -> {
            json.put("current", mark.current());
            json.put("edited", mark.edited());
        });
        return json;
    }
}
