package dev.retort.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to scan and how: the class path (directories and jars) holding the compiled entities, optional
 * package filters (empty: every package), the naming preset, the PostgreSQL major version whose DDL Hibernate
 * should assume, and the schemas Retort manages (the first one receives every unqualified table).
 */
public record ScanOptions(List<Path> classpath, List<String> packages, NamingPreset naming, int postgresMajorVersion,
                          List<String> schemas) {

    /** PostgreSQL major version assumed when none is configured. */
    public static final int DEFAULT_POSTGRES_MAJOR_VERSION = 17;

    /** The oldest PostgreSQL major version Hibernate 7's PostgreSQL dialect supports. */
    public static final int MINIMUM_POSTGRES_MAJOR_VERSION = 13;

    public ScanOptions {
        classpath = List.copyOf(Objects.requireNonNull(classpath, "classpath must not be null"));
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("the entity class path must name at least one directory or jar");
        }
        packages = List.copyOf(Objects.requireNonNull(packages, "packages must not be null"));
        Objects.requireNonNull(naming, "naming must not be null");
        if (postgresMajorVersion < MINIMUM_POSTGRES_MAJOR_VERSION) {
            throw new IllegalArgumentException("PostgreSQL major version must be at least "
                    + MINIMUM_POSTGRES_MAJOR_VERSION + ", not " + postgresMajorVersion);
        }
        schemas = List.copyOf(Objects.requireNonNull(schemas, "schemas must not be null"));
        if (schemas.isEmpty()) {
            schemas = List.of("public");
        }
    }

    /** Every package of the class path, Hibernate's naming, PostgreSQL 17, schema {@code public}. */
    public static ScanOptions of(List<Path> classpath) {
        return new ScanOptions(classpath, List.of(), NamingPreset.hibernate(), DEFAULT_POSTGRES_MAJOR_VERSION,
                List.of("public"));
    }

    public ScanOptions withPackages(List<String> newPackages) {
        return new ScanOptions(classpath, newPackages, naming, postgresMajorVersion, schemas);
    }

    public ScanOptions withNaming(NamingPreset newNaming) {
        return new ScanOptions(classpath, packages, newNaming, postgresMajorVersion, schemas);
    }

    public ScanOptions withPostgresMajorVersion(int newVersion) {
        return new ScanOptions(classpath, packages, naming, newVersion, schemas);
    }

    public ScanOptions withSchemas(List<String> newSchemas) {
        return new ScanOptions(classpath, packages, naming, postgresMajorVersion, newSchemas);
    }

    /** The schema that receives tables, sequences and types whose mapping names no schema. */
    public String defaultSchema() {
        return schemas.get(0);
    }
}
