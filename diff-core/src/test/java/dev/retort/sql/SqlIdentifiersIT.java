package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

class SqlIdentifiersIT {

    private static final List<String> AWKWARD = List.of("orders", "_", "_1", "a1", "x_y_z", "Orders",
            "ORDERS", "oRDERS", "1st", "9", "a b", " a", "a ", "a-b", "a.b", "a$b", "$a", "a\"b", "\"", "\"\"",
            "'", "a'b", "a\\b", "a;b", "tab\there", "new\nline", "straße", "é", "naïve", "日本語", "Ä", "ı",
            "émile", "user_", "_user", "user1", "select_", "Select", "SELECT", "User", "camelCase", "snake_Case",
            "a%b", "a(b)", "a*b", "café", "zzz", "z", "a_", "__");

    @PostgresTest
    void quoteAgreesWithQuoteIdentOnEveryKeywordAndAwkwardName(TestDatabase db) throws SQLException {
        Set<String> serverQuoted = queryWords(db, "SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'");
        Set<String> names = candidateNames(db);
        Map<String, String> serverAnswers = quoteIdent(db, names);
        // Why an exception: the resource is the union over 14 and 18, so on an older server a word that only a
        // newer version reserves is quoted by Retort and left bare by quote_ident; both spellings are valid.
        Set<String> onlyNewerVersionsQuote = new TreeSet<>(QuotedKeywords.all());
        onlyNewerVersionsQuote.removeAll(serverQuoted);
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, String> answer : serverAnswers.entrySet()) {
            String name = answer.getKey();
            String expected = onlyNewerVersionsQuote.contains(name) ? '"' + name + '"' : answer.getValue();
            if (!SqlIdentifiers.quote(name).equals(expected)) {
                disagreements.add(name + ": quote_ident " + answer.getValue() + ", quote "
                        + SqlIdentifiers.quote(name));
            }
        }
        assertThat(names).hasSizeGreaterThan(700);
        assertThat(disagreements).isEmpty();
        assertThat(QuotedKeywords.all()).containsAll(serverQuoted);
        onlyNewerVersionsQuote.forEach(word -> assertThat(serverAnswers.get(word)).isEqualTo(word));
        if (db.majorVersion() == 18) {
            assertThat(QuotedKeywords.all()).isEqualTo(serverQuoted);
        }
    }

    @PostgresTest
    void quotedNamesCreateTablesWithExactlyThoseNames(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>(AWKWARD);
        names.addAll(List.of("user", "order", "table", "json_table", "system_user", "name", "all"));
        List<String> statements = new ArrayList<>();
        for (String name : names) {
            statements.add("CREATE TABLE public." + SqlIdentifiers.quote(name) + " (" + SqlIdentifiers.quote(name)
                    + " integer)");
        }
        db.execute(String.join(";\n", statements));
        Set<String> tables = queryWords(db, "SELECT c.relname FROM pg_class c JOIN pg_attribute a"
                + " ON a.attrelid = c.oid AND a.attname = c.relname WHERE c.relnamespace = 'public'::regnamespace");
        assertThat(tables).isEqualTo(new TreeSet<>(names));
    }

    @PostgresTest
    void literalsReadBackAsTheSameText(TestDatabase db) throws SQLException {
        List<String> texts = List.of("", "plain", "it's", "''", "back\\slash\\", "\\'", "line\nbreak", "tab\t",
                "日本語 ünïcödé", "$$dollar$$", "E'x'", "--not a comment", "/* nor this */", "\"double\"");
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < texts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(SqlIdentifiers.literal(texts.get(i)));
        }
        List<String> readBack = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {
            rs.next();
            for (int i = 1; i <= texts.size(); i++) {
                readBack.add(rs.getString(i));
            }
        }
        assertThat(readBack).isEqualTo(texts);
    }

    /** Every keyword of the server (all categories) and of the resource, upper-cased too, plus odd names. */
    private static Set<String> candidateNames(TestDatabase db) throws SQLException {
        Set<String> names = new LinkedHashSet<>(queryWords(db, "SELECT word FROM pg_get_keywords()"));
        names.addAll(QuotedKeywords.all());
        new ArrayList<>(names).forEach(word -> names.add(word.toUpperCase(Locale.ROOT)));
        names.addAll(AWKWARD);
        for (char ch = 1; ch < 128; ch++) {
            names.add(String.valueOf(ch));
            names.add("a" + ch + "b");
        }
        return names;
    }

    private static Map<String, String> quoteIdent(TestDatabase db, Set<String> names) throws SQLException {
        Map<String, String> answers = new LinkedHashMap<>();
        try (Connection connection = db.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT x, quote_ident(x) FROM unnest(?::text[]) AS x")) {
            Array array = connection.createArrayOf("text", names.toArray());
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    answers.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        assertThat(answers.keySet()).isEqualTo(names);
        return answers;
    }

    private static Set<String> queryWords(TestDatabase db, String sql) throws SQLException {
        Set<String> words = new TreeSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }
}
