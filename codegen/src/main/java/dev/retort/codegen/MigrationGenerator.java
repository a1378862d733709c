package dev.retort.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.QualifiedName;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import dev.retort.plan.Planner;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes a plan as one migration class (CONTRACT.md section 7): the {@link Revision} annotation, a constant per
 * table, sequence or type, {@code upgrade} with one typed operation per planned step and {@code downgrade} with
 * their reverses. The same plan, request, id and time always give the same bytes.
 */
public final class MigrationGenerator {

    private final String packageName;
    private final RevisionIds ids;
    private final Clock clock;

    /** A generator for the given package; ids and the time come from the given sources. */
    public MigrationGenerator(String packageName, RevisionIds ids, Clock clock) {
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("not a Java package name: " + packageName);
        }
        this.packageName = packageName;
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Random ids and the system clock. */
    public static MigrationGenerator forPackage(String packageName) {
        return new MigrationGenerator(packageName, RevisionIds.random(), Clock.systemUTC());
    }

    /**
     * The migration for a plan; an empty plan gives empty bodies (and, with several parents, a merge). The
     * downgrade is the plan's reverse ({@link Planner#reverse}) in the context the plan was made in.
     */
    public GeneratedMigration generate(MigrationPlan plan, RevisionRequest request) {
        String id = RevisionRequest.requireValidId(request.revisionId().orElseGet(ids::next));
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String className = MigrationNames.className(created, request.message());
        MigrationPlan downgrade = Planner.reverse(plan, plan.context());
        ModelCode model = new ModelCode(new NameConstants());
        MigrationBodies bodies = new MigrationBodies(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addJavadoc(RevisionJavadoc.of(plan, downgrade, request.message(), id, request.parents()))
                .addAnnotation(revision(id, request, created))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class);
        addBody(type, "upgrade", bodies.upgrade(plan));
        addBody(type, "downgrade", bodies.downgrade(plan, downgrade, className));
        model.constants().forEach((name, constant) -> type.addField(constant(name, constant)));
        String source = JavaFile.builder(packageName, type.build())
                .indent("    ")
                .skipJavaLangImports(true)
                .build()
                .toString();
        return new GeneratedMigration(id, created, className, source);
    }

    /** A merge revision: several parents, no operations. */
    public GeneratedMigration merge(String message, List<String> parents) {
        if (parents.size() < 2) {
            throw new IllegalArgumentException("a merge needs at least two parents, not " + parents);
        }
        // Why any server version does: an empty plan is never assessed.
        return generate(new MigrationPlan(List.of(), PlanContext.withoutStatistics(14)),
                new RevisionRequest(message, parents, Optional.empty()));
    }

    private static AnnotationSpec revision(String id, RevisionRequest request, Instant created) {
        CodeBlock parents = request.parents().stream().map(p -> CodeBlock.of("$S", p))
                .collect(CodeBlock.joining(", ", "{", "}"));
        return AnnotationSpec.builder(Revision.class)
                .addMember("id", "$S", id)
                .addMember("parents", "$L", parents)
                .addMember("message", "$S", request.message())
                .addMember("created", "$S", DateTimeFormatter.ISO_INSTANT.format(created))
                .build();
    }

    /**
     * The {@code upgrade} or {@code downgrade} method; a body in several parts becomes calls of one private
     * method per part ({@code upgradePart1}, ...), each following it, in order.
     */
    private static void addBody(TypeSpec.Builder type, String name, List<CodeBlock> parts) {
        if (parts.size() == 1) {
            type.addMethod(method(name, parts.get(0)).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                    .build());
            return;
        }
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int i = 1; i <= parts.size(); i++) {
            calls.addStatement("$L$L(ops)", name + "Part", i);
        }
        type.addMethod(method(name, calls.build()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .build());
        for (int i = 1; i <= parts.size(); i++) {
            type.addMethod(method(name + "Part" + i, parts.get(i - 1)).addModifiers(Modifier.PRIVATE).build());
        }
    }

    private static MethodSpec.Builder method(String name, CodeBlock code) {
        return MethodSpec.methodBuilder(name)
                .addParameter(Operations.class, "ops")
                .addCode(code);
    }

    private static FieldSpec constant(QualifiedName name, String constant) {
        return FieldSpec.builder(ClassName.get(QualifiedName.class), constant, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.of($S, $S)", QualifiedName.class, name.schema(), name.name())
                .build();
    }
}
