package vn.practica.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture every service keeps, as ArchUnit rules: features talk through services, layers point
 * down. Each service's {@code ArchitectureTest} checks them on its own classes.
 */
public final class ArchitectureRules {
    /** Packages every feature of a service may use: cross-feature plumbing, not a feature. */
    public static final Set<String> SHARED_PACKAGES = Set.of("config", "messaging");

    private ArchitectureRules() {}

    /** Checks every rule on the main classes of the service rooted at {@code servicePackage}. */
    public static void checkService(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        featuresUseEachOtherThroughServices(servicePackage).check(classes);
        layersPointDown(servicePackage).forEach(rule -> rule.check(classes));
    }

    /**
     * A feature uses another feature only through what it publishes: services, records and enums. Its
     * entities, repositories, stores and resources are its own.
     */
    public static ArchRule featuresUseEachOtherThroughServices(String servicePackage) {
        return classes()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should(new ArchCondition<>("use other features only through their services and value types") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> from = feature(servicePackage, origin);
                            Optional<String> to = feature(servicePackage, target);
                            if (from.isPresent() && to.isPresent() && !from.equals(to) && isInternal(target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** Entities and repositories never call up into services or resources; services never into resources. */
    public static List<ArchRule> layersPointDown(String servicePackage) {
        return List.of(
                noClasses()
                        .that(persistence())
                        .and()
                        .resideInAPackage(servicePackage + "..")
                        .should()
                        .dependOnClassesThat(named("Service").or(named("Resource"))),
                noClasses()
                        .that(named("Service"))
                        .and()
                        .resideInAPackage(servicePackage + "..")
                        .should()
                        .dependOnClassesThat(named("Resource")));
    }

    private static Optional<String> feature(String servicePackage, JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(servicePackage + ".")) {
            return Optional.empty();
        }
        String first = pkg.substring(servicePackage.length() + 1).split("\\.")[0];
        return SHARED_PACKAGES.contains(first) ? Optional.empty() : Optional.of(first);
    }

    private static boolean isInternal(JavaClass target) {
        String name = target.getSimpleName();
        return target.isAnnotatedWith("jakarta.persistence.Entity")
                || target.isAnnotatedWith("jakarta.persistence.MappedSuperclass")
                || name.endsWith("Repository")
                || name.endsWith("Store")
                || name.endsWith("Resource")
                || name.endsWith("Listener");
    }

    private static DescribedPredicate<JavaClass> persistence() {
        return DescribedPredicate.describe(
                "entities and repositories",
                type -> type.isAnnotatedWith("jakarta.persistence.Entity")
                        || type.getSimpleName().endsWith("Repository")
                        || type.getSimpleName().endsWith("Store"));
    }

    private static DescribedPredicate<JavaClass> named(String suffix) {
        return DescribedPredicate.describe(
                "named *" + suffix, type -> type.getSimpleName().endsWith(suffix));
    }
}
