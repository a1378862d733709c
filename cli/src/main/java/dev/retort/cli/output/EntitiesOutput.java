package dev.retort.cli.output;

import dev.retort.scan.EntityMapping;
import dev.retort.scan.MappedColumn;
import dev.retort.scan.ScanResult;
import dev.retort.scan.ScanWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code entities} output: each entity class with its table and the columns its attributes map to. */
public final class EntitiesOutput {

    private EntitiesOutput() {
    }

    /** The JSON document: {@code entities} (class, name, table, columns) and {@code warnings}. */
    public static Map<String, Object> document(ScanResult scan) {
        List<Object> entities = new ArrayList<>();
        for (EntityMapping entity : scan.entities()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("class", entity.className());
            json.put("name", entity.entityName());
            json.put("table", entity.table().toString());
            List<Object> columns = new ArrayList<>();
            for (MappedColumn column : entity.columns()) {
                Map<String, Object> columnJson = new LinkedHashMap<>();
                columnJson.put("attribute", column.attribute());
                columnJson.put("table", column.table().toString());
                columnJson.put("column", column.column());
                columns.add(columnJson);
            }
            json.put("columns", columns);
            entities.add(json);
        }
        List<Object> warnings = new ArrayList<>();
        for (ScanWarning warning : scan.warnings()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("subject", warning.subject());
            json.put("message", warning.message());
            warnings.add(json);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("entities", entities);
        document.put("warnings", warnings);
        return document;
    }

    /** The readable listing: a heading per entity, then attribute and column (table-qualified when elsewhere). */
    public static String text(ScanResult scan, Style style) {
        StringBuilder out = new StringBuilder();
        for (EntityMapping entity : scan.entities()) {
            out.append(style.bold(entity.className())).append(" (").append(entity.entityName()).append(") -> ")
                    .append(entity.table()).append('\n');
            TextTable table = new TextTable().add(style.dim("ATTRIBUTE"), style.dim("COLUMN"));
            for (MappedColumn column : entity.columns()) {
                String where = column.table().equals(entity.table()) ? column.column()
                        : column.table() + "." + column.column();
                table.add(column.attribute(), where);
            }
            out.append(table.render());
        }
        int count = scan.entities().size();
        out.append(count).append(count == 1 ? " entity" : " entities").append('\n');
        return out.toString();
    }
}
