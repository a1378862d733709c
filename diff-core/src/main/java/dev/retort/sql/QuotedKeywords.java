package dev.retort.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The keywords that PostgreSQL's {@code quote_ident} quotes, read once from {@code quoted-keywords.txt}. */
final class QuotedKeywords {

    private static final String RESOURCE = "quoted-keywords.txt";

    private static final Set<String> WORDS = load();

    private QuotedKeywords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    static Set<String> all() {
        return WORDS;
    }

    private static Set<String> load() {
        try (InputStream in = QuotedKeywords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from dev.retort.sql");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
