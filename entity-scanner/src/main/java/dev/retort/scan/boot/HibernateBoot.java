package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM's boot metadata for the given classes on PostgreSQL, built without any database connection;
 * closing it releases Hibernate's service registry.
 */
public final class HibernateBoot implements AutoCloseable {

    /**
     * Why: Hibernate logs its boot (dialect, connection info, missing connection provider) at INFO and WARN
     * through java.util.logging here; a scan has nothing to connect to, so only errors are worth showing.
     * Kept in a field because java.util.logging holds loggers weakly.
     */
    private static final Logger HIBERNATE_LOG = quietHibernateLog();

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private HibernateBoot(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /** The settings that make Hibernate assume the given PostgreSQL major version without connecting. */
    public static Map<String, Object> settings(int postgresMajorVersion) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", Integer.toString(postgresMajorVersion));
        settings.put("jakarta.persistence.database-minor-version", "0");
        // Why: without this, Hibernate 7 tries to open a JDBC connection to read the database's metadata.
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        return settings;
    }

    /** Boots the metadata of the given classes and packages with the given naming strategies. */
    public static HibernateBoot boot(List<Class<?>> annotatedClasses, List<String> packages, NamingStrategies naming,
                                     ClassLoader userClasses, int postgresMajorVersion) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(userClasses)
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(settings(postgresMajorVersion)).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            annotatedClasses.forEach(sources::addAnnotatedClass);
            packages.forEach(sources::addPackage);
            MetadataBuilder builder = sources.getMetadataBuilder();
            naming.physical().ifPresent(builder::applyPhysicalNamingStrategy);
            naming.implicit().ifPresent(builder::applyImplicitNamingStrategy);
            return new HibernateBoot(registry, builder.build());
        } catch (RuntimeException | LinkageError e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ScanException("Hibernate cannot map the entities: " + BootFailure.describe(e), e);
        }
    }

    private static Logger quietHibernateLog() {
        Logger logger = Logger.getLogger("org.hibernate");
        if (logger.getLevel() == null) {
            logger.setLevel(Level.SEVERE);
        }
        return logger;
    }

    public Metadata metadata() {
        return metadata;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
