package dev.retort.migration.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists a package's classes from a directory and from a jar, without loading them. */
class PackageScannerTest {

    private static final List<String> BRANCHED = List.of(
            "db.migrations.branched.V20261120_100000__CreateAccounts",
            "db.migrations.branched.V20261120_100100__AddAccountEmail",
            "db.migrations.branched.V20261120_100200__CreateOrders",
            "db.migrations.branched.V20261120_100300__IndexOrdersByAccount",
            "db.migrations.branched.V20261120_100400__CreateTags",
            "db.migrations.branched.V20261120_100500__MergeOrdersAndTags",
            "db.migrations.branched.V20261120_100600__AddTagColor");

    @Test
    void listsTheClassesOfAPackageInADirectory() {
        assertThat(PackageScanner.classNames(getClass().getClassLoader(), "db.migrations.branched"))
                .isEqualTo(BRANCHED);
    }

    @Test
    void listsTheClassesOfAPackageInAJarButNotItsSubpackagesOrResources(@TempDir Path folder) throws IOException {
        Path jar = jar(folder, "db/", "db/migrations/", "db/migrations/branched/");

        assertThat(classNames(jar)).containsExactly(BRANCHED.get(0), BRANCHED.get(0) + "$Inner", BRANCHED.get(1),
                BRANCHED.get(2), BRANCHED.get(3), BRANCHED.get(4), BRANCHED.get(5), BRANCHED.get(6));
    }

    @Test
    void findsThePackageInAJarWithoutDirectoryEntriesThroughItsManifest(@TempDir Path folder) throws IOException {
        Path jar = jar(folder, "META-INF/MANIFEST.MF");

        assertThat(classNames(jar)).hasSize(8).containsAll(BRANCHED);
    }

    @Test
    void findsNothingForAPackageThatIsNowhere() {
        assertThat(PackageScanner.classNames(getClass().getClassLoader(), "db.migrations.none")).isEmpty();
    }

    /** A jar with the package's classes, a source, a nested class, a subpackage, and the given extra entries. */
    private static Path jar(Path folder, String... extraEntries) throws IOException {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : extraEntries) {
                add(out, entry);
            }
            for (String name : BRANCHED) {
                add(out, name.replace('.', '/') + ".class");
            }
            add(out, "db/migrations/branched/V20261120_100000__CreateAccounts.java");
            add(out, "db/migrations/branched/V20261120_100000__CreateAccounts$Inner.class");
            add(out, "db/migrations/branched/old/V20200101_000000__Old.class");
            add(out, "db/migrations/Other.class");
        }
        return jar;
    }

    /** Why no parent loader: the test's own class path also has the package, in a directory. */
    private static List<String> classNames(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return PackageScanner.classNames(loader, "db.migrations.branched");
        }
    }

    private static void add(JarOutputStream out, String name) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
            out.write(new byte[] {1, 2, 3});
        }
        out.closeEntry();
    }
}
