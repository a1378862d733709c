package dev.retort.scan;

import dev.retort.scan.boot.HibernateBoot;
import dev.retort.scan.boot.SpringImplicitNamingStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The oracle: Hibernate's own CREATE script for a set of classes, written by its schema-generation script
 * action without a connection, exactly as the acceptance runner's HibernateExport does.
 */
public final class HibernateScript {

    private HibernateScript() {
    }

    public static String create(List<Class<?>> classes, NamingPreset.Kind naming, int postgresMajor) {
        Map<String, Object> settings = HibernateBoot.settings(postgresMajor);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (naming == NamingPreset.Kind.SPRING) {
                builder.applyPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
                builder.applyImplicitNamingStrategy(new SpringImplicitNamingStrategy());
            }
            Metadata metadata = builder.build();
            Path out = Files.createTempFile("hibernate-create", ".sql");
            Files.delete(out);
            Map<String, Object> export = new HashMap<>(settings);
            export.put("jakarta.persistence.schema-generation.database.action", "none");
            export.put("jakarta.persistence.schema-generation.scripts.action", "create");
            export.put("jakarta.persistence.schema-generation.scripts.create-target", out.toString());
            export.put("jakarta.persistence.create-database-schemas", "true");
            export.put("hibernate.hbm2ddl.schema-generation.script.append", "false");
            export.put("hibernate.hbm2ddl.delimiter", ";");
            export.put("hibernate.format_sql", "false");
            SchemaManagementToolCoordinator.process(metadata, registry, export, null);
            String script = Files.readAllLines(out).stream().map(HibernateScript::idempotentSchema)
                    .collect(Collectors.joining("\n"));
            Files.delete(out);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Why: a mapping naming schema public makes Hibernate write "create schema public", which already exists. */
    private static String idempotentSchema(String line) {
        return line.startsWith("create schema ") && !line.startsWith("create schema if not exists ")
                ? "create schema if not exists " + line.substring("create schema ".length())
                : line;
    }
}
