package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same plan, request, id and time give byte-identical sources; the time appears only where declared. */
class DeterminismTest {

    static Stream<GoldenCase> cases() {
        return GoldenCases.all().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void generatingTwiceGivesIdenticalBytes(GoldenCase golden) {
        GeneratedMigration first = golden.generate();
        GeneratedMigration second = golden.generate();

        assertThat(second.source().getBytes()).isEqualTo(first.source().getBytes());
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void theCreationTimeAppearsOnlyInTheClassNameAndTheAnnotation(GoldenCase golden) {
        Instant later = golden.created().plusSeconds(86_400 + 3_600 + 61);
        GeneratedMigration early = golden.generate();
        GeneratedMigration late = new MigrationGenerator(GoldenCase.PACKAGE, golden::id,
                Clock.fixed(later, ZoneOffset.UTC)).generate(golden.plan(), golden.request());

        String normalisedLate = late.source().replace(late.className(), early.className())
                .replace("created = \"" + later + "\"", "created = \"" + golden.created() + "\"");
        assertThat(late.className()).isNotEqualTo(early.className());
        assertThat(normalisedLate).isEqualTo(early.source());
    }
}
