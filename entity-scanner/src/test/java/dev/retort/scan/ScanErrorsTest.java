package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusable input fails with a message that names the setting or class and the reason. */
class ScanErrorsTest {

    @Test
    void aMissingClassPathEntryIsNamed(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-dir");
        assertThatThrownBy(() -> EntityScanner.create(ScanOptions.of(List.of(missing))).scan())
                .isInstanceOf(ScanException.class)
                .hasMessage("entity class path entry " + missing + " does not exist");
    }

    @Test
    void aClassPathWithoutEntitiesSaysWhereItLooked() {
        ScanOptions options = ScanOptions.of(List.of(FixtureClasses.location()))
                .withPackages(List.of("dev.retort.testing"));
        assertThatThrownBy(() -> EntityScanner.create(options).scan())
                .isInstanceOf(ScanException.class)
                .hasMessage("no @Entity classes found on [" + FixtureClasses.location() + "] in packages"
                        + " [dev.retort.testing]; check entities.classpath (the compiled classes, e.g."
                        + " target/classes) and entities.packages");
    }

    @Test
    void anUnknownNamingStrategyClassIsNamed() {
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.custom("com.example.NoSuchNaming"),
                17, List.of("public"));
        assertThatThrownBy(() -> EntityScanner.create(options).scan())
                .isInstanceOf(ScanException.class)
                .hasMessage("naming strategy class com.example.NoSuchNaming cannot be loaded from the entity class"
                        + " path: java.lang.ClassNotFoundException: com.example.NoSuchNaming");
    }

    @Test
    void aNamingClassOfTheWrongKindIsNamed() {
        ScanOptions options = FixtureClasses.options("identity", NamingPreset.custom("java.lang.String"), 17,
                List.of("public"));
        assertThatThrownBy(() -> EntityScanner.create(options).scan())
                .isInstanceOf(ScanException.class)
                .hasMessage("naming strategy class java.lang.String does not implement"
                        + " org.hibernate.boot.model.naming.PhysicalNamingStrategy");
    }
}
