package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * base/services/&lt;service&gt;.yml is what quarkus-kubernetes writes when the service is packaged (target/kubernetes/
 * kubernetes.yml): change the service's application.properties, package, copy the file over. The reactor packages
 * the services before this module (its pom declares them), so in a full build the file is always there; run
 * alone, without it, the test is skipped (reported, not passed).
 */
class K8sGeneratedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "placement-service", "reporting-service"})
    void theBaseHoldsWhatTheBuildGenerates(String service) {
        Path generated = ManifestFiles.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Assumptions.assumeTrue(Files.isRegularFile(generated), generated + " missing: package " + service);
        List<ObjectNode> expected = ManifestFiles.read(generated);
        List<ObjectNode> checkedIn = ManifestFiles.read(ManifestFiles.BASE.resolve("services/" + service + ".yml"));
        assertEquals(
                expected,
                checkedIn,
                "cp " + service + "/target/kubernetes/kubernetes.yml deploy/k8s/base/services/" + service + ".yml");
    }
}
