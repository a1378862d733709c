package dev.retort.testing.pg;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs a {@link PostgresTest} once per selected major version, each run on its own fresh database. */
public final class PostgresExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(PostgresTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<Integer> versions = PostgresTestSettings.externalUrl().isPresent()
                ? List.of(0)
                : PostgresTestSettings.versions();
        return versions.stream().map(VersionInvocation::new);
    }

    /** One run of the template on one major version (0: the external server, whatever its version). */
    private record VersionInvocation(int majorVersion) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return majorVersion == 0 ? "[external PostgreSQL]" : "[PostgreSQL " + majorVersion + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseParameter(majorVersion));
        }
    }

    /** Resolves {@link TestDatabase} parameters with a database that is dropped after the test. */
    private record DatabaseParameter(int majorVersion) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            PostgresServer server = PostgresServers.forVersion(majorVersion == 0 ? PostgresTestSettings.NEWEST_SUPPORTED
                    : majorVersion);
            TestDatabase database = TestDatabase.create(server);
            // JUnit closes AutoCloseable values of the store when the test ends, which drops the database.
            context.getStore(NAMESPACE).put("database-" + parameter.getIndex(), database);
            return database;
        }
    }
}
