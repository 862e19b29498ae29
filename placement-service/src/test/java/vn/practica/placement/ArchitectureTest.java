package vn.practica.placement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.architecture.ArchitectureRules;

/** The package-by-feature and layering rules of docs/architecture.md, checked on this service's classes. */
class ArchitectureTest {
    private static final String MATCHING_ALGORITHM = "vn.practica.placement.matching.algorithm";
    private static final String DOCUMENT = "vn.practica.placement.document";

    @Test
    void featuresUseEachOtherOnlyThroughServicesAndLayersPointDown() {
        ArchitectureRules.checkService("vn.practica.placement");
    }

    /** The matching algorithms are plain Java, so they can be tested and benchmarked without a framework. */
    @Test
    void matchingAlgorithmsDependOnlyOnJava() {
        JavaClasses algorithm = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MATCHING_ALGORITHM);
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", MATCHING_ALGORITHM)
                .allowEmptyShould(false)
                .check(algorithm);
    }

    /**
     * The printable-document mechanism every feature may use (fonts, text layout, QR codes) knows no feature: it
     * uses only the JDK, PDFBox and ZXing, so a feature printing through it depends on no other feature.
     */
    @Test
    void theDocumentMechanismUsesNoFeature() {
        JavaClasses document = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(DOCUMENT);
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.pdfbox..", "com.google.zxing..", DOCUMENT)
                .allowEmptyShould(false)
                .check(document);
    }
}
