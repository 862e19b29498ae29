package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each variable a Deployment gives its service, by env or from a ConfigMap, is one of the README's configuration
 * table that the service reads: a key of its application.properties (or a ${VAR} there), a key of one of its
 * @ConfigMapping interfaces, a standard Quarkus key, or a KAFKA_* client setting (Quarkus hands every KAFKA_*
 * variable to the Kafka clients of the messaging channels). And each Secret, ConfigMap and host the pods need is
 * one the manifests or the operators create.
 */
class K8sEnvVarsTest {
    private static final List<Path> RENDERS = List.of(ManifestFiles.BASE, ManifestFiles.DEV, ManifestFiles.NATIONAL);

    @Test
    void everyVariableIsOneTheServiceReads() {
        Map<String, String> readme = ServiceConfiguration.readmeTable();
        assertTrue(readme.size() > 20, "README configuration table not found: " + readme);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path overlay : RENDERS) {
            List<ObjectNode> rendered = KustomizeRenderer.render(overlay);
            for (String service : ManifestFiles.SERVICES) {
                for (String variable : variables(rendered, service)) {
                    checked++;
                    String why = unread(service, variable, readme);
                    if (why != null) {
                        wrong.add(overlay.getFileName() + " " + service + " " + variable + ": " + why);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 30, "expected every service's variables, checked " + checked);
    }

    @Test
    void aVariableNoServiceReadsIsCaught() {
        Map<String, String> readme = ServiceConfiguration.readmeTable();
        assertTrue(unread("catalog-service", "QUARKUS_DATASOURCE_JDBC_URLS", readme) != null);
        assertTrue(unread("placement-service", "PRACTICA_CASE_BASE_URI", readme) != null, "catalog's only");
        assertTrue(unread("catalog-service", "PRACTICA_CASE_BASE_URI", readme) == null);
    }

    @Test
    void secretsConfigMapsAndHostsExist() {
        for (Path overlay : RENDERS) {
            List<ObjectNode> rendered = KustomizeRenderer.render(overlay);
            Set<String> secrets = operatorSecrets(rendered);
            for (String service : ManifestFiles.SERVICES) {
                JsonNode pod = pod(rendered, service);
                for (JsonNode container : pod.path("containers")) {
                    for (JsonNode env : container.path("env")) {
                        JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                        if (!ref.isMissingNode()) {
                            assertTrue(secrets.contains(ref.path("name").asString()), overlay + " " + ref);
                        }
                    }
                    for (JsonNode from : container.path("envFrom")) {
                        ManifestFiles.named(
                                rendered,
                                "ConfigMap",
                                from.path("configMapRef").path("name").asString());
                    }
                }
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.has("secret")) {
                        String name = volume.path("secret").path("secretName").asString();
                        assertTrue(secrets.contains(name), overlay + " " + service + " mounts " + name);
                    }
                }
                JsonNode data = config(rendered, service);
                String jdbc = data.path("QUARKUS_DATASOURCE_JDBC_URL").asString();
                String host = jdbc.replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
                ManifestFiles.named(rendered, "Pooler", host);
                String kafka = data.path("KAFKA_BOOTSTRAP_SERVERS").asString().replaceFirst(":.*", "");
                assertEquals("practica-kafka-kafka-bootstrap", kafka);
                ManifestFiles.named(rendered, "Kafka", "practica-kafka");
            }
        }
    }

    /** Why the service does not read the variable, or null when it does. */
    static String unread(String service, String variable, Map<String, String> readme) {
        if (!readme.containsKey(variable)) {
            return "not in the README's configuration table";
        }
        String onlyFor = readme.get(variable);
        if (onlyFor != null && !onlyFor.equals(service)) {
            return "read by " + onlyFor + " only";
        }
        boolean read = ServiceConfiguration.propertyVariables(service).contains(variable)
                || variable.startsWith("KAFKA_")
                || variable.startsWith("QUARKUS_")
                || ServiceConfiguration.mappingPrefixes(service).stream().anyMatch(variable::startsWith);
        return read ? null : "neither a property of the service, a @ConfigMapping key, nor a Quarkus or Kafka key";
    }

    private static Set<String> variables(List<ObjectNode> rendered, String service) {
        Set<String> variables = new TreeSet<>();
        for (JsonNode container : pod(rendered, service).path("containers")) {
            container.path("env").forEach(e -> variables.add(e.path("name").asString()));
            for (JsonNode from : container.path("envFrom")) {
                ObjectNode map = ManifestFiles.named(
                        rendered,
                        "ConfigMap",
                        from.path("configMapRef").path("name").asString());
                variables.addAll(map.path("data").propertyNames());
            }
        }
        return variables;
    }

    private static JsonNode pod(List<ObjectNode> rendered, String service) {
        return ManifestFiles.named(rendered, "Deployment", service)
                .path("spec")
                .path("template")
                .path("spec");
    }

    private static JsonNode config(List<ObjectNode> rendered, String service) {
        return ManifestFiles.named(rendered, "ConfigMap", service + "-config").path("data");
    }

    /** The Secrets the operators make: a Cluster's <name>-app, a KafkaUser's <name>, a Kafka's cluster CA. */
    /** Secrets whoever installs creates once by hand (docs/kubernetes.md, "Before you apply"). */
    private static final Set<String> INSTALLER_SECRETS = Set.of("placement-credentials");

    private static Set<String> operatorSecrets(List<ObjectNode> rendered) {
        Set<String> secrets = new TreeSet<>(INSTALLER_SECRETS);
        ManifestFiles.ofKind(rendered, "Cluster")
                .forEach(c -> secrets.add(c.path("metadata").path("name").asString() + "-app"));
        ManifestFiles.ofKind(rendered, "KafkaUser")
                .forEach(u -> secrets.add(u.path("metadata").path("name").asString()));
        ManifestFiles.ofKind(rendered, "Kafka")
                .forEach(k -> secrets.add(k.path("metadata").path("name").asString() + "-cluster-ca-cert"));
        return secrets;
    }
}
