package dev.retort.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Copies the compiled classes of one fixture package into a separate directory or jar. */
final class FixtureJars {

    private FixtureJars() {
    }

    /** The classes under the package, copied into a new directory tree. */
    static Path directory(String packageName, Path target) throws IOException {
        String prefix = packageName.replace('.', '/') + "/";
        forEachClass(prefix, (name, in) -> {
            Path file = target.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
        });
        return target;
    }

    /** The classes under the package, copied into a new jar. */
    static Path jar(String packageName, Path jar) throws IOException {
        String prefix = packageName.replace('.', '/') + "/";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            forEachClass(prefix, (name, in) -> {
                out.putNextEntry(new JarEntry(name));
                in.transferTo(out);
                out.closeEntry();
            });
        }
        return jar;
    }

    private static void forEachClass(String prefix, ClassCopy copy) throws IOException {
        Path location = FixtureClasses.location();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        copy.accept(location.relativize(file).toString().replace('\\', '/'), in);
                    }
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith(prefix)
                    && e.getName().endsWith(".class")).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    copy.accept(entry.getName(), in);
                }
            }
        }
    }

    /** Receives one class file. */
    private interface ClassCopy {
        void accept(String name, InputStream in) throws IOException;
    }
}
