package dev.retort.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * How Hibernate derives physical names: Hibernate's defaults, Spring Boot's defaults, or a user's own
 * {@code PhysicalNamingStrategy} (and optionally {@code ImplicitNamingStrategy}) class, named by its fully
 * qualified class name and loaded from the scanned class path.
 */
public record NamingPreset(Kind kind, Optional<String> physicalStrategy, Optional<String> implicitStrategy) {

    /** The three kinds of naming. */
    public enum Kind {
        HIBERNATE,
        SPRING,
        CUSTOM
    }

    public NamingPreset {
        Objects.requireNonNull(kind, "naming kind must not be null");
        Objects.requireNonNull(physicalStrategy, "physical strategy must not be null");
        Objects.requireNonNull(implicitStrategy, "implicit strategy must not be null");
        if (kind == Kind.CUSTOM && physicalStrategy.isEmpty() && implicitStrategy.isEmpty()) {
            throw new IllegalArgumentException("custom naming needs a physical or an implicit naming strategy class");
        }
        if (kind != Kind.CUSTOM && (physicalStrategy.isPresent() || implicitStrategy.isPresent())) {
            throw new IllegalArgumentException("only custom naming names strategy classes");
        }
    }

    /** Hibernate's defaults: names as written in the mapping, JPA-compliant implicit names. */
    public static NamingPreset hibernate() {
        return new NamingPreset(Kind.HIBERNATE, Optional.empty(), Optional.empty());
    }

    /** Spring Boot's defaults: snake_case physical names and Spring's implicit join table names. */
    public static NamingPreset spring() {
        return new NamingPreset(Kind.SPRING, Optional.empty(), Optional.empty());
    }

    /** A user's physical naming strategy class, with Hibernate's default implicit naming. */
    public static NamingPreset custom(String physicalStrategyClass) {
        return new NamingPreset(Kind.CUSTOM, Optional.of(physicalStrategyClass), Optional.empty());
    }

    /** A user's physical and implicit naming strategy classes. */
    public static NamingPreset custom(String physicalStrategyClass, String implicitStrategyClass) {
        return new NamingPreset(Kind.CUSTOM, Optional.of(physicalStrategyClass), Optional.of(implicitStrategyClass));
    }

    /** Reads the configuration value: {@code hibernate}, {@code spring} or a physical strategy class name. */
    public static NamingPreset parse(String value) {
        String trimmed = Objects.requireNonNull(value, "naming must not be null").trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("naming must be hibernate, spring or a class name, not empty");
        }
        return switch (trimmed) {
            case "hibernate" -> hibernate();
            case "spring" -> spring();
            default -> custom(trimmed);
        };
    }
}
