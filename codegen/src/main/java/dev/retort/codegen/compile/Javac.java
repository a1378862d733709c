package dev.retort.codegen.compile;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One in-process {@code javac} run over a source set, into an output folder. */
final class Javac {

    private Javac() {
    }

    /**
     * Compiles the sources into {@code output} and returns the binary name of every class written, with the
     * source file it came from (relative to the source folder).
     */
    static Map<String, String> compile(SourceSet sources, List<Path> classPath, Path output)
            throws IOException, MigrationCompileException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Retort on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", output.toString(), "-classpath", join(classPath), "-encoding",
                    "UTF-8", "-g", "-proc:none", "-implicit:none", "-nowarn", "-Xlint:none");
            JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources.files()));
            Map<String, String> written = new TreeMap<>();
            task.addTaskListener(new TaskListener() {
                @Override
                public void finished(TaskEvent event) {
                    if (event.getKind() == TaskEvent.Kind.GENERATE) {
                        written.put(task.getElements().getBinaryName(event.getTypeElement()).toString(),
                                SourceSet.relative(sources.root(), Path.of(event.getSourceFile().toUri())));
                    }
                }
            });
            if (!task.call()) {
                throw new MigrationCompileException(errors(diagnostics, sources.root()));
            }
            return written;
        }
    }

    private static List<CompileError> errors(DiagnosticCollector<JavaFileObject> diagnostics, Path root) {
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "javac"
                        : SourceSet.relative(root, Path.of(d.getSource().toUri()));
                errors.add(new CompileError(file, Math.max(d.getLineNumber(), 0), d.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    private static String join(List<Path> classPath) {
        return String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());
    }
}
