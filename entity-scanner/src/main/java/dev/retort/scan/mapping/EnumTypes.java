package dev.retort.scan.mapping;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import dev.retort.sql.SqlIdentifiers;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlToken;
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

    /**
     * Splits {@code a.b} at dots outside double quotes into its parts as written (quoted parts keep their quotes);
     * empty when the text is not a plain (qualified) name.
     */
    static List<String> splitQualified(String text) {
        List<SqlToken> tokens = SqlLexer.significant(text);
        if (tokens.size() % 2 == 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            SqlToken part = tokens.get(i);
            boolean name = part.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                    || part.kind() == SqlToken.Kind.IDENTIFIER && part.text().matches("[A-Za-z_][A-Za-z0-9_$]*");
            if (!name || i > 0 && !tokens.get(i - 1).isSymbol(".")) {
                return List.of();
            }
            parts.add(part.text());
        }
        return parts;
    }
}
