package vn.practica.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Platform is mechanism: it knows no service, no domain event and no word of the programme's domain. */
class ArchitectureTest {
    /** Words of the programme's domain (product.md); "organization" is the tenant of a token, so it may appear. */
    static final List<String> DOMAIN_WORDS = List.of(
            "catalog",
            "curriculum",
            "course",
            "program",
            "competency",
            "partner",
            "school",
            "business",
            "student",
            "offer",
            "placement",
            "agreement",
            "logbook",
            "evaluation",
            "credential",
            "matching",
            "kpi",
            "province",
            "reporting",
            "field");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.practica.platform");

    @Test
    void platformDependsOnNoServiceAndNoDomainEvent() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.practica.catalog..",
                        "vn.practica.placement..",
                        "vn.practica.reporting..",
                        "vn.practica.reference..",
                        "vn.practica.events.catalog..",
                        "vn.practica.events.placement..")
                .check(PLATFORM);
    }

    @Test
    void platformNamesNoDomainWordInAPackageOrClass() {
        noClasses().should(nameADomainWord()).check(PLATFORM);
    }

    private static ArchCondition<JavaClass> nameADomainWord() {
        return new ArchCondition<>("name a domain word") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                // FieldError is RFC 9457 vocabulary (a field of the request), not the programme's fields.
                String name = type.getName().replace("FieldError", "").toLowerCase(Locale.ROOT);
                for (String word : DOMAIN_WORDS) {
                    boolean named = name.contains(word);
                    events.add(new SimpleConditionEvent(type, named, type.getName() + " names '" + word + "'"));
                }
            }
        };
    }
}
