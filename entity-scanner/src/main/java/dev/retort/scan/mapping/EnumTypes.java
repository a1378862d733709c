package dev.retort.scan.mapping;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.sql.SqlIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named PostgreSQL enum types Hibernate creates for {@code NAMED_ENUM} and {@code NAMED_ORDINAL_ENUM}
 * columns, with their labels in the order Hibernate's {@code create type} lists them, and their type spelling.
 */
final class EnumTypes {

    private final Map<QualifiedName, EnumType> types;

    private EnumTypes(Map<QualifiedName, EnumType> types) {
        this.types = types;
    }

    static EnumTypes none() {
        return new EnumTypes(Map.of());
    }

    static EnumTypes of(List<EnumType> types) {
        Map<QualifiedName, EnumType> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.name(), t));
        return new EnumTypes(byName);
    }

    List<EnumType> all() {
        return new ArrayList<>(types.values());
    }

    /**
     * How format_type spells a column of this (possibly qualified) Hibernate type name, when it names one of
     * the enum types: schema-qualified, each part quoted where PostgreSQL quotes it.
     */
    Optional<String> spell(String hibernateType, String defaultSchema) {
        List<String> parts = splitQualified(hibernateType.trim());
        if (parts.isEmpty() || parts.size() > 2) {
            return Optional.empty();
        }
        String schema = parts.size() == 2 ? PgIdentifiers.fold(parts.get(0)) : defaultSchema;
        QualifiedName name = QualifiedName.of(schema, PgIdentifiers.fold(parts.get(parts.size() - 1)));
        if (!types.containsKey(name)) {
            return Optional.empty();
        }
        return Optional.of(SqlIdentifiers.quote(name));
    }

    /** Splits {@code a.b} at dots outside double quotes; empty when the text is not a plain (qualified) name. */
    static List<String> splitQualified(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == '"') {
                i = SqlText.skipQuoted(text, i, '"') - 1;
            } else if (i == text.length() || text.charAt(i) == '.') {
                String part = text.substring(start, i).trim();
                if (part.isEmpty() || (!part.startsWith("\"") && !part.matches("[A-Za-z_][A-Za-z0-9_$]*"))) {
                    return List.of();
                }
                parts.add(part);
                start = i + 1;
            }
        }
        return parts;
    }
}
