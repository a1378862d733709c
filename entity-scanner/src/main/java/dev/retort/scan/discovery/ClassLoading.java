package dev.retort.scan.discovery;

import dev.retort.scan.ScanException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the discovered classes, and explains a failure to map them by the dependency missing from the class path
 * (by class and missing type) rather than by whatever Hibernate's boot tripped over.
 */
public final class ClassLoading {

    private ClassLoading() {
    }

    /** Loads every named class, or fails naming each class that cannot be loaded and why. */
    public static List<Class<?>> load(ClassLoader loader, List<String> names) {
        List<Class<?>> classes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(name + ": " + reason(e));
            }
        }
        requireNone(failures);
        return classes;
    }

    /**
     * Fails, naming each class and the type it is missing, when one of {@code classes} mentions a type the class
     * path lacks (in a field, method, generic signature or annotation value); returns when all of them link.
     * Why only after a failure: resolving everything up front costs a reflective read of every annotation
     * member, about a tenth of a large scan, to improve a message that only a failed scan shows.
     */
    public static void requireLinkable(List<Class<?>> classes) {
        List<String> failures = new ArrayList<>();
        for (Class<?> type : classes) {
            try {
                LinkageCheck.verify(type);
            } catch (LinkageError | TypeNotPresentException e) {
                failures.add(type.getName() + ": " + reason(e));
            }
        }
        requireNone(failures);
    }

    private static void requireNone(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new ScanException("cannot load " + failures.size() + " mapped class"
                    + (failures.size() == 1 ? "" : "es") + " from the entity class path:\n  "
                    + String.join("\n  ", failures)
                    + "\nAdd the jars or directories holding the missing types to the entity class path.");
        }
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
