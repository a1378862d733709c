package dev.retort.scan.discovery;

import dev.retort.scan.ScanException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the discovered classes and makes the JVM resolve everything Hibernate will reflect on, so that a
 * missing dependency is reported here, by class and missing type, instead of deep inside Hibernate's boot.
 */
public final class ClassLoading {

    private ClassLoading() {
    }

    /** Loads every named class, or fails naming each class that cannot be linked and why. */
    public static List<Class<?>> load(ClassLoader loader, List<String> names) {
        List<Class<?>> classes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> loaded = Class.forName(name, false, loader);
                LinkageCheck.verify(loaded);
                classes.add(loaded);
            } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
                failures.add(name + ": " + reason(e));
            }
        }
        if (!failures.isEmpty()) {
            throw new ScanException("cannot load " + failures.size() + " mapped class"
                    + (failures.size() == 1 ? "" : "es") + " from the entity class path:\n  "
                    + String.join("\n  ", failures)
                    + "\nAdd the jars or directories holding the missing types to the entity class path.");
        }
        return classes;
    }

    /** A one-line reason naming the missing type where there is one. */
    static String reason(Throwable error) {
        if (error instanceof NoClassDefFoundError) {
            return "needs class " + error.getMessage().replace('/', '.') + ", which is not on the class path";
        }
        if (error instanceof TypeNotPresentException missing) {
            return "needs class " + missing.typeName() + ", which is not on the class path";
        }
        if (error instanceof ClassNotFoundException) {
            return "class " + error.getMessage() + " is not on the class path";
        }
        if (error instanceof UnsupportedClassVersionError) {
            return "compiled for a newer Java than this one runs (" + error.getMessage() + ")";
        }
        return error.toString();
    }
}
