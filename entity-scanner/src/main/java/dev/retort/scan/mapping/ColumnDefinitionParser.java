package dev.retort.scan.mapping;

import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a hand-written {@code columnDefinition} apart at its top-level clause keywords. Hibernate writes the
 * text verbatim in place of the column's type, so every clause in it (a default, NOT NULL, a check...) is part
 * of the column PostgreSQL creates.
 */
final class ColumnDefinitionParser {

    private static final Set<String> CLAUSES = Set.of("default", "not", "null", "check", "collate", "unique",
            "primary", "references", "constraint", "generated");

    private ColumnDefinitionParser() {
    }

    static ColumnDefinition parse(String text) {
        List<SqlText.Word> clauses = clauseStarts(text);
        int typeEnd = clauses.isEmpty() ? text.length() : clauses.get(0).start();
        Builder builder = new Builder(text.substring(0, typeEnd).trim());
        for (int i = 0; i < clauses.size(); i++) {
            SqlText.Word clause = clauses.get(i);
            int end = i + 1 < clauses.size() ? clauses.get(i + 1).start() : text.length();
            builder.clause(clause.text(), text.substring(clause.end(), end).trim());
        }
        return builder.build();
    }

    /** Clause keywords after the type; "null" right after "not" belongs to the NOT NULL clause. */
    private static List<SqlText.Word> clauseStarts(String text) {
        List<SqlText.Word> words = SqlText.topLevelWords(text);
        List<SqlText.Word> starts = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            SqlText.Word word = words.get(i);
            boolean afterNot = words.get(i - 1).text().equals("not");
            boolean afterConstraint = words.get(i - 1).text().equals("constraint");
            if (CLAUSES.contains(word.text()) && !(afterNot && word.text().equals("null")) && !afterConstraint) {
                starts.add(word);
            }
        }
        return starts;
    }

    /** Collects the clauses in order. */
    private static final class Builder {
        private final String type;
        private Optional<String> defaultExpression = Optional.empty();
        private boolean notNull;
        private final List<CheckSpec> checks = new ArrayList<>();
        private Optional<String> collation = Optional.empty();
        private boolean unique;
        private boolean primaryKey;
        private Optional<GeneratedColumn> generated = Optional.empty();
        private final List<String> unsupported = new ArrayList<>();
        private Optional<String> pendingName = Optional.empty();

        Builder(String type) {
            this.type = type;
        }

        void clause(String keyword, String body) {
            Optional<String> name = pendingName;
            pendingName = Optional.empty();
            switch (keyword) {
                case "constraint" -> pendingName = Optional.of(PgIdentifiers.fold(body));
                case "default" -> defaultExpression = body.isEmpty() ? Optional.empty() : Optional.of(body);
                case "not" -> notNull = supported(body.equalsIgnoreCase("null"), "not " + body) || notNull;
                case "null" -> supported(body.isEmpty(), "null " + body);
                case "check" -> check(name, body);
                case "collate" -> collation = Optional.of(PgIdentifiers.fold(body));
                case "unique" -> unique = supported(body.isEmpty() && name.isEmpty(), "unique " + body) || unique;
                case "primary" -> primaryKey = supported(body.equalsIgnoreCase("key"), "primary " + body);
                case "generated" -> generated(body);
                default -> unsupported.add(keyword + " " + body);
            }
            if (name.isPresent() && !keyword.equals("check")) {
                unsupported.add("constraint " + name.get() + " " + keyword + " " + body);
            }
        }

        private boolean supported(boolean condition, String clause) {
            if (!condition) {
                unsupported.add(clause.trim());
            }
            return condition;
        }

        private void check(Optional<String> name, String body) {
            int open = body.indexOf('(');
            int close = open < 0 ? -1 : SqlText.closingParen(body, open);
            if (open != 0 || close < 0 || !body.substring(close + 1).isBlank()) {
                unsupported.add("check " + body);
                return;
            }
            checks.add(new CheckSpec(name, body.substring(1, close).trim()));
        }

        /**
         * {@code GENERATED ALWAYS AS (expr) [STORED | VIRTUAL]} is a generated column (without a kind, virtual:
         * PostgreSQL 18's default); identity clauses are not.
         */
        private void generated(String body) {
            String lower = body.toLowerCase(java.util.Locale.ROOT);
            int open = body.indexOf('(');
            int close = open < 0 ? -1 : SqlText.closingParen(body, open);
            String kind = close < 0 ? "" : lower.substring(close + 1).trim();
            if (lower.startsWith("always as") && close > 0 && (kind.isEmpty() || kind.equals("stored")
                    || kind.equals("virtual"))) {
                generated = Optional.of(new GeneratedColumn(body.substring(open + 1, close).trim(),
                        kind.equals("stored") ? GeneratedKind.STORED : GeneratedKind.VIRTUAL));
            } else {
                unsupported.add("generated " + body);
            }
        }

        ColumnDefinition build() {
            return new ColumnDefinition(type, defaultExpression, notNull, checks, collation, unique, primaryKey,
                    generated, unsupported);
        }
    }
}
