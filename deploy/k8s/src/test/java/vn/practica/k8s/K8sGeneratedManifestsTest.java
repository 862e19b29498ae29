package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
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
        List<ObjectNode> expected = withoutCheckoutAnnotations(ManifestFiles.read(generated));
        List<ObjectNode> checkedIn = withoutCheckoutAnnotations(
                ManifestFiles.read(ManifestFiles.BASE.resolve("services/" + service + ".yml")));
        assertEquals(
                expected,
                checkedIn,
                "cp " + service + "/target/kubernetes/kubernetes.yml deploy/k8s/base/services/" + service + ".yml");
    }

    /**
     * Drops what describes the checkout rather than the deployment: a clone's build adds its remote as
     * {@code app.quarkus.io/vcs-uri} (a worktree without a remote does not), and a commit id where one is set.
     */
    private static List<ObjectNode> withoutCheckoutAnnotations(List<ObjectNode> documents) {
        for (ObjectNode document : documents) {
            strip(document.path("metadata").path("annotations"));
            strip(document.path("spec").path("template").path("metadata").path("annotations"));
        }
        return documents;
    }

    private static void strip(JsonNode annotations) {
        if (annotations instanceof ObjectNode object) {
            for (String key : CHECKOUT_ANNOTATIONS) {
                object.remove(key);
            }
        }
    }

    private static final List<String> CHECKOUT_ANNOTATIONS =
            List.of("app.quarkus.io/vcs-uri", "app.quarkus.io/vcs-url", "app.quarkus.io/commit-id");
}
