package dev.retort.scan.discovery;

/**
 * The parent of the isolated class loader: the JDK's platform classes plus Retort's own Hibernate ORM and
 * Jakarta Persistence, and nothing else, so the user's classes link against exactly the Hibernate that boots
 * them while every other dependency comes from the user's class path.
 */
final class SharedPersistenceLoader extends ClassLoader {

    /** Why: the user's mapping annotations and Hibernate extension types must be Retort's own classes. */
    private static final String[] SHARED_PACKAGES = {"jakarta.persistence.", "org.hibernate."};

    private final ClassLoader retort;

    SharedPersistenceLoader(ClassLoader retort) {
        super("retort-shared-persistence", ClassLoader.getPlatformClassLoader());
        this.retort = retort;
    }

    static boolean isShared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (isShared(name)) {
            return retort.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }
}
