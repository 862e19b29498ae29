package vn.practica.catalog.curriculum.oneroster;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The OneRoster limits of production (10M zip, 100M inflated) instead of the small ones of the test profile. */
public class ProductionBundleLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "practica.oneroster.max-bundle-size", "10M",
                "practica.oneroster.max-uncompressed-size", "100M");
    }
}
