package vn.practica.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.architecture.ArchitectureRules;

/** The package-by-feature and layering rules of docs/architecture.md, checked on this service's classes. */
class ArchitectureTest {
    private static final String ROOT = "vn.practica.reporting";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresUseEachOtherOnlyThroughServicesAndValueTypes() {
        ArchitectureRules.featuresUseEachOtherThroughServices(ROOT).check(CLASSES);
    }

    @Test
    void noImportPointsFromALowerLayerToAHigherOne() {
        ArchitectureRules.layersPointDown(ROOT).forEach(rule -> rule.check(CLASSES));
    }
}
