package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void objectsAreIndentedAndArraysOfScalarsStayOnOneLine() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("op", "add_column");
        inner.put("hazards", List.of());
        inner.put("sql", List.of("A", "B"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("database", "postgresql://localhost:5432/app");
        document.put("revision", null);
        document.put("count", 2);
        document.put("ok", true);
        document.put("changes", List.of(inner, Map.of()));
        document.put("none", List.of());
        assertThat(JsonWriter.write(document)).isEqualTo("""
                {
                  "database": "postgresql://localhost:5432/app",
                  "revision": null,
                  "count": 2,
                  "ok": true,
                  "changes": [
                    {
                      "op": "add_column",
                      "hazards": [],
                      "sql": ["A", "B"]
                    },
                    {}
                  ],
                  "none": []
                }
                """);
    }

    @Test
    void stringsEscapeQuotesBackslashesControlAndNonAsciiCharacters() {
        String text = "say \"hi\" \\ path\nnext\tcol\r\b\f\u0001 café 😀 \u007f";
        assertThat(JsonWriter.write(List.of(text)))
                .isEqualTo("[\"say \\\"hi\\\" \\\\ path\\nnext\\tcol\\r\\b\\f\\u0001 caf\\u00e9 \\ud83d\\ude00 "
                        + "\\u007f\"]\n");
    }

    @Test
    void nullInsideArraysAndNestedArraysAreWritten() {
        assertThat(JsonWriter.write(Arrays.asList("a", null))).isEqualTo("[\"a\", null]\n");
        assertThat(JsonWriter.write(List.of(List.of(1L), List.of()))).isEqualTo("""
                [
                  [1],
                  []
                ]
                """);
    }

    @Test
    void valuesWithoutJsonFormAreRefused() {
        assertThatThrownBy(() -> JsonWriter.write(List.of(1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no JSON form for java.lang.Double");
    }
}
