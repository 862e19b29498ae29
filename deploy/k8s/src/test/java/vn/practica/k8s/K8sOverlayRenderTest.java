package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The renderer merges as kustomize does, and each overlay changes what docs/kubernetes.md says it changes. */
class K8sOverlayRenderTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void builtInListsMergeByKeyCustomResourceListsMergeByNameOrAreReplaced() {
        List<ObjectNode> documents = new ArrayList<>(List.of(yaml("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: a}
                        spec:
                          template:
                            spec:
                              containers:
                                - name: a
                                  image: a:1
                                  env: [{name: X, value: "1"}, {name: Y, value: "2"}]
                        """), yaml("""
                        apiVersion: kafka.strimzi.io/v1
                        kind: Kafka
                        metadata: {name: k}
                        spec:
                          kafka: {listeners: [{name: a, port: 1}, {name: b}], config: {x: 1, y: 2}}
                          acls: [{resource: r1}, {resource: r2}]
                        """)));
        StrategicMerge.apply(documents, yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec:
                  template:
                    spec:
                      containers:
                        - name: a
                          env: [{name: X, $patch: delete}, {name: Z, value: "3"}]
                """));
        StrategicMerge.apply(documents, yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: k}
                spec:
                  kafka: {listeners: [{name: a, port: 2}, {name: c}], config: {y: null, z: 3}}
                  acls: [{resource: r3}]
                """));
        JsonNode container = documents
                .get(0)
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertEquals("a:1", container.path("image").asString());
        assertEquals("[Y, Z]", names(container.path("env")));
        JsonNode kafka = documents.get(1).path("spec").path("kafka");
        assertEquals("[a, b, c]", names(kafka.path("listeners")));
        assertEquals(2, kafka.path("listeners").get(0).path("port").asInt());
        assertEquals(
                "[{\"resource\":\"r3\"}]",
                documents.get(1).path("spec").path("acls").toString());
        assertEquals("{\"x\":1,\"z\":3}", kafka.path("config").toString());
    }

    @Test
    void aPatchWithoutTargetFailsAndDeleteRemovesTheObject() {
        List<ObjectNode> documents =
                new ArrayList<>(List.of(yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}")));
        assertThrows(
                IllegalStateException.class,
                () -> StrategicMerge.apply(documents, yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}")));
        StrategicMerge.apply(documents, yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n$patch: delete"));
        assertTrue(documents.isEmpty());
    }

    @Test
    void theBaseHardensTheGeneratedDeployments() {
        for (ObjectNode deployment : ManifestFiles.ofKind(KustomizeRenderer.render(ManifestFiles.BASE), "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true));
            JsonNode container = pod.path("containers").get(0);
            assertTrue(container
                    .path("securityContext")
                    .path("readOnlyRootFilesystem")
                    .asBoolean());
            assertFalse(names(container.path("env")).contains("KUBERNETES_NAMESPACE"));
            assertEquals(
                    "/q/health/live",
                    container.path("livenessProbe").path("httpGet").path("path").asString());
            assertEquals(
                    "/q/health/ready",
                    container
                            .path("readinessProbe")
                            .path("httpGet")
                            .path("path")
                            .asString());
        }
    }

    @Test
    void devIsSmallAndHasNoBackups() {
        List<ObjectNode> dev = KustomizeRenderer.render(ManifestFiles.DEV);
        dev.forEach(d -> assertEquals(
                "practica-dev", d.path("metadata").path("namespace").asString()));
        ManifestFiles.ofKind(dev, "Deployment")
                .forEach(d -> assertEquals(1, d.path("spec").path("replicas").asInt()));
        ManifestFiles.ofKind(dev, "Cluster")
                .forEach(c -> assertFalse(c.path("spec").has("backup")));
        ManifestFiles.ofKind(dev, "ScheduledBackup")
                .forEach(b -> assertTrue(b.path("spec").path("suspend").asBoolean()));
        ManifestFiles.ofKind(dev, "KafkaTopic")
                .forEach(t -> assertEquals(1, t.path("spec").path("replicas").asInt()));
    }

    @Test
    void nationalPinsImagesAndOpensAPartnerListener() {
        List<ObjectNode> national = KustomizeRenderer.render(ManifestFiles.NATIONAL);
        national.forEach(d ->
                assertEquals("practica", d.path("metadata").path("namespace").asString()));
        for (ObjectNode deployment : ManifestFiles.ofKind(national, "Deployment")) {
            String image = deployment
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")
                    .get(0)
                    .path("image")
                    .asString();
            assertTrue(image.matches("registry\\.practica\\.gov\\.vn/practica/[a-z-]+:\\d+\\.\\d+\\.\\d+"), image);
        }
        JsonNode listeners = ManifestFiles.named(national, "Kafka", "practica-kafka")
                .path("spec")
                .path("kafka")
                .path("listeners");
        assertEquals("[tls, partners]", names(listeners));
        listeners.forEach(l -> assertEquals(
                "scram-sha-512", l.path("authentication").path("type").asString()));
        ManifestFiles.ofKind(national, "Cluster")
                .forEach(c -> assertTrue(c.path("spec")
                        .path("backup")
                        .path("barmanObjectStore")
                        .path("destinationPath")
                        .asString()
                        .startsWith("s3://practica-national")));
    }

    private static String names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.path("name").asString()));
        return names.toString();
    }

    private static ObjectNode yaml(String text) {
        return (ObjectNode) YAML.readTree(text);
    }
}
