package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class path read ahead scans to exactly what a scan reading it itself gives, failures included. */
class ClassPathReadingTest {

    @Test
    void aScanOfAReadingEqualsAScanThatReadsItself() {
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.hibernate(), 17, List.of("public"));
        ScanResult direct = EntityScanner.create(options).scan();
        try (ClassPathReading reading = ClassPathReading.start(options.classpath(), options.packages())) {
            ScanResult ahead = EntityScanner.create(options).scan(reading);
            assertThat(ahead.model()).isEqualTo(direct.model());
            assertThat(ahead.entities()).isEqualTo(direct.entities());
            assertThat(ahead.warnings()).isEqualTo(direct.warnings());
        }
    }

    @Test
    void aReadingIsScannedOnce() {
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.hibernate(), 17, List.of("public"));
        try (ClassPathReading reading = ClassPathReading.start(options.classpath(), options.packages())) {
            EntityScanner.create(options).scan(reading);
            assertThatThrownBy(() -> EntityScanner.create(options).scan(reading))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this class path reading was taken or released already");
        }
    }

    @Test
    void aReadingOfOtherPackagesIsRefused() {
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.hibernate(), 17, List.of("public"));
        try (ClassPathReading reading = ClassPathReading.start(options.classpath(), List.of("dev.retort.other"))) {
            assertThatThrownBy(() -> EntityScanner.create(options).scan(reading))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the class path reading is of another class path or packages than ");
        }
    }

    @Test
    void aFailedReadingFailsTheScanWithTheSameMessage(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-dir");
        ScanOptions options = ScanOptions.of(List.of(missing));
        try (ClassPathReading reading = ClassPathReading.start(options.classpath(), options.packages())) {
            assertThatThrownBy(() -> EntityScanner.create(options).scan(reading))
                    .isInstanceOf(ScanException.class)
                    .hasMessage("entity class path entry " + missing + " does not exist");
        }
    }

    @Test
    void closingAReadingThatWasNeverScannedReleasesIt(@TempDir Path temp) {
        ClassPathReading failed = ClassPathReading.start(List.of(temp.resolve("no-such-dir")), List.of());
        assertThatCode(failed::close).doesNotThrowAnyException();
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.hibernate(), 17, List.of("public"));
        ClassPathReading read = ClassPathReading.start(options.classpath(), options.packages());
        read.close();
        assertThatThrownBy(() -> EntityScanner.create(options).scan(read))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this class path reading was taken or released already");
    }
}
