package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources with the running JDK's compiler, against this process's class path. */
final class InProcessCompiler {

    private InProcessCompiler() {
    }

    static void compile(List<Path> sources, Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the benchmark on a JDK, not a JRE");
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-d", output.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-nowarn");
            boolean ok = compiler.getTask(null, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new IllegalStateException("the generated entities do not compile");
            }
        }
    }
}
