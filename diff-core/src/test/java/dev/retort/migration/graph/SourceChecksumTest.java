package dev.retort.migration.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceChecksumTest {

    @Test
    void isTheSha256OfTheUtf8Text() {
        // sha256sum of the three bytes "abc"
        assertThat(SourceChecksum.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void lineEndingsDoNotCount() {
        String lf = "class A {\n  // é\n}\n";
        assertThat(SourceChecksum.of("class A {\r\n  // é\r\n}\r\n")).isEqualTo(SourceChecksum.of(lf));
        assertThat(SourceChecksum.of("class A {\r  // é\r}\r")).isEqualTo(SourceChecksum.of(lf));
        assertThat(SourceChecksum.of("class A {\r\n  // é\r}\n")).isEqualTo(SourceChecksum.of(lf));
        assertThat(SourceChecksum.of("class A {\n\n  // é\n}\n")).isNotEqualTo(SourceChecksum.of(lf));
    }

    @Test
    void bytesAndTextGiveTheSameChecksum() {
        for (String text : new String[] {"", "\r", "\r\r\n", "a\rb\r\nc\n", "€\r\n日本\r", "x\r\n\r\n"}) {
            assertThat(SourceChecksum.ofUtf8(text.getBytes(StandardCharsets.UTF_8))).as(text)
                    .isEqualTo(SourceChecksum.of(text.replace("\r\n", "\n").replace('\r', '\n')));
        }
    }
}
