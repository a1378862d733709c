package dev.retort.scan.boot;

import dev.retort.scan.NamingPreset;
import dev.retort.scan.ScanException;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

/** The physical and implicit naming strategy instances of a naming preset; empty means Hibernate's default. */
public record NamingStrategies(Optional<PhysicalNamingStrategy> physical, Optional<ImplicitNamingStrategy> implicit) {

    /** Resolves the preset, loading a custom strategy class from the user's class loader. */
    public static NamingStrategies of(NamingPreset preset, ClassLoader userClasses) {
        return switch (preset.kind()) {
            case HIBERNATE -> new NamingStrategies(Optional.empty(), Optional.empty());
            case SPRING -> new NamingStrategies(Optional.of(new CamelCaseToUnderscoresNamingStrategy()),
                    Optional.of(new SpringImplicitNamingStrategy()));
            case CUSTOM -> new NamingStrategies(
                    preset.physicalStrategy().map(name -> instantiate(name, PhysicalNamingStrategy.class, userClasses)),
                    preset.implicitStrategy().map(name -> instantiate(name, ImplicitNamingStrategy.class, userClasses)));
        };
    }

    private static <T> T instantiate(String className, Class<T> kind, ClassLoader userClasses) {
        Class<?> type;
        try {
            type = Class.forName(className, true, userClasses);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScanException("naming strategy class " + className + " cannot be loaded from the entity class"
                    + " path: " + e, e);
        }
        if (!kind.isAssignableFrom(type)) {
            throw new ScanException("naming strategy class " + className + " does not implement "
                    + kind.getName());
        }
        try {
            return kind.cast(type.getDeclaredConstructor().newInstance());
        } catch (NoSuchMethodException e) {
            throw new ScanException("naming strategy class " + className + " has no public no-argument constructor",
                    e);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new ScanException("naming strategy class " + className + " cannot be created: " + cause, cause);
        }
    }
}
