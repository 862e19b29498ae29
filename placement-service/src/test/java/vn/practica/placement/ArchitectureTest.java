package vn.practica.placement;

import org.junit.jupiter.api.Test;
import vn.practica.testkit.architecture.ArchitectureRules;

/** The package-by-feature and layering rules of docs/architecture.md, checked on this service's classes. */
class ArchitectureTest {
    @Test
    void featuresUseEachOtherOnlyThroughServicesAndLayersPointDown() {
        ArchitectureRules.checkService("vn.practica.placement");
    }
}
