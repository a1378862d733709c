package dev.retort.migration.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripts as text: the statements the runner would execute, in order, with the JDBC data steps (Java code,
 * which no SQL can show) as comments where they would run.
 */
public final class OfflineSql {

    private OfflineSql() {
    }

    /**
     * The statements of the scripts. Why the repair of a leftover INVALID index is absent: it is decided at run
     * time, and only after a failed run.
     */
    static List<String> statements(List<MigrationScript> scripts) {
        List<String> lines = new ArrayList<>();
        for (MigrationScript script : scripts) {
            for (Segment segment : script.segments()) {
                for (ScriptAction action : segment.actions()) {
                    if (action instanceof ScriptAction.Sql sql) {
                        lines.add(sql.text());
                    } else if (action instanceof ScriptAction.Data data) {
                        lines.add("-- JDBC step \"" + data.step().description() + "\""
                                + data.step().callSite().map(site -> " at " + site).orElse("")
                                + " of revision " + script.migration().path().revision()
                                + " runs here (Java code, not shown as SQL)");
                    }
                }
            }
        }
        return lines;
    }

    /** The statements as an SQL script: each ended with a semicolon and a line break, comments as they are. */
    public static String toText(List<String> statements) {
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement).append(statement.startsWith("--") ? "" : ";").append('\n');
        }
        return text.toString();
    }
}
