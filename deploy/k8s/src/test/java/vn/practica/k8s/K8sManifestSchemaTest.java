package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every manifest validates against the Kubernetes, Strimzi and CloudNativePG schemas: each file of the base and
 * of partners/ as written, each overlay as rendered (patches are partial documents, so they are validated merged),
 * and the national overlay's optional patches merged too.
 */
class K8sManifestSchemaTest {
    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();

    @Test
    void everyBaseAndPartnerFileValidatesAsWritten() {
        Set<Path> patches = new HashSet<>(KustomizeRenderer.patchFiles(ManifestFiles.BASE));
        List<String> errors = new ArrayList<>();
        int documents = 0;
        for (Path folder : List.of(ManifestFiles.BASE, ManifestFiles.PARTNERS)) {
            for (Path file : ManifestFiles.yamlFiles(folder)) {
                if (ManifestFiles.isKustomization(file) || patches.contains(file)) {
                    continue;
                }
                for (ObjectNode document : ManifestFiles.read(file)) {
                    documents++;
                    errors.addAll(SCHEMAS.errors(document));
                }
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(documents >= 30, "expected the whole base, found " + documents + " documents");
    }

    @Test
    void everyOverlayValidatesRendered() {
        for (Path overlay : List.of(ManifestFiles.BASE, ManifestFiles.DEV, ManifestFiles.NATIONAL)) {
            List<String> errors = new ArrayList<>();
            KustomizeRenderer.render(overlay).forEach(d -> errors.addAll(SCHEMAS.errors(d)));
            assertEquals(List.of(), errors, overlay.toString());
        }
    }

    @Test
    void theNationalOptionalPatchesValidateMerged() {
        List<Path> optional = ManifestFiles.yamlFiles(ManifestFiles.NATIONAL.resolve("optional"));
        assertFalse(optional.isEmpty());
        for (Path file : optional) {
            List<ObjectNode> rendered = KustomizeRenderer.render(ManifestFiles.NATIONAL);
            ManifestFiles.read(file).forEach(patch -> StrategicMerge.apply(rendered, patch));
            List<String> errors = new ArrayList<>();
            rendered.forEach(d -> errors.addAll(SCHEMAS.errors(d)));
            assertEquals(List.of(), errors, file.toString());
        }
    }

    /** Every patch file is applied by a kustomization (or is one of the optional ones validated above). */
    @Test
    void noPatchFileIsLeftUnvalidated() {
        Set<Path> applied = new HashSet<>();
        for (Path overlay : List.of(ManifestFiles.BASE, ManifestFiles.DEV, ManifestFiles.NATIONAL)) {
            applied.addAll(KustomizeRenderer.patchFiles(overlay));
        }
        for (Path overlay : List.of(ManifestFiles.DEV, ManifestFiles.NATIONAL)) {
            for (Path file : ManifestFiles.yamlFiles(overlay)) {
                if (!ManifestFiles.isKustomization(file) && !file.toString().contains("/optional/")) {
                    assertTrue(applied.contains(file), file + " is in no kustomization's patches");
                }
            }
        }
    }

    /** The validator is strict: a misspelt field, a wrong type and an unknown kind are each reported. */
    @Test
    void mistakesAreReported() {
        List<ObjectNode> rendered = KustomizeRenderer.render(ManifestFiles.NATIONAL);
        ObjectNode deployment = ManifestFiles.named(rendered, "Deployment", "placement-service");
        ObjectNode container = (ObjectNode) deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        container.set("livenesProbe", container.get("livenessProbe").deepCopy());
        assertTrue(
                SCHEMAS.errors(deployment).stream().anyMatch(e -> e.contains("livenesProbe")),
                SCHEMAS.errors(deployment).toString());

        ObjectNode topic = ManifestFiles.named(rendered, "KafkaTopic", "practica.placement.events");
        ((ObjectNode) topic.get("spec")).put("partitions", "twelve");
        assertFalse(SCHEMAS.errors(topic).isEmpty());

        ObjectNode user = ManifestFiles.named(rendered, "KafkaUser", "reporting-service");
        ArrayNode acls = (ArrayNode) user.path("spec").path("authorization").path("acls");
        ((ArrayNode) acls.get(0).get("operations")).add("Steal");
        assertFalse(SCHEMAS.errors(user).isEmpty());

        ObjectNode cluster = ManifestFiles.named(rendered, "Cluster", "catalog-db");
        ((ObjectNode) cluster.get("spec")).put("instance", 3);
        assertTrue(SCHEMAS.errors(cluster).stream().anyMatch(e -> e.contains("instance")));

        ObjectNode unknown = deployment.deepCopy();
        unknown.put("apiVersion", "apps/v1beta1");
        assertEquals(1, SCHEMAS.errors(unknown).size());
    }
}
