package vn.practica.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.practica.events.Topics;

/**
 * The Kafka side matches the code: a KafkaTopic for each of the events module's topics and no other, and each
 * service's KafkaUser allows exactly what the service does: Write on its own topic, Read on the topics its
 * channels consume (application.properties), Read on their consumer groups; a partner only reads.
 */
class K8sKafkaAclTest {
    private static final List<Path> RENDERS = List.of(ManifestFiles.BASE, ManifestFiles.DEV, ManifestFiles.NATIONAL);

    @Test
    void aTopicPerEventsTopic() {
        for (Path overlay : RENDERS) {
            Set<String> topics = new TreeSet<>();
            ManifestFiles.ofKind(KustomizeRenderer.render(overlay), "KafkaTopic")
                    .forEach(t -> topics.add(t.path("spec").path("topicName").asString()));
            assertEquals(new TreeSet<>(Arrays.asList(Topics.all())), topics, overlay.toString());
        }
    }

    @Test
    void eachServiceMayDoWhatItDoesAndNothingElse() {
        for (Path overlay : RENDERS) {
            List<ObjectNode> rendered = KustomizeRenderer.render(overlay);
            for (String service : ManifestFiles.SERVICES) {
                ObjectNode user = ManifestFiles.named(rendered, "KafkaUser", service);
                assertEquals(expectedAcls(service), acls(user), overlay + " " + service);
            }
        }
    }

    /** Reporting's consumers are bounded by the busy topic's partitions: more pods would idle. */
    @Test
    void consumersOfThePlacementTopicNeverOutnumberItsPartitions() {
        List<ObjectNode> rendered = KustomizeRenderer.render(ManifestFiles.NATIONAL);
        int partitions = ManifestFiles.named(rendered, "KafkaTopic", Topics.PLACEMENT)
                .path("spec")
                .path("partitions")
                .asInt();
        for (String service : ManifestFiles.SERVICES) {
            if (consumedTopics(service).contains(Topics.PLACEMENT)) {
                int max = ManifestFiles.named(rendered, "HorizontalPodAutoscaler", service)
                        .path("spec")
                        .path("maxReplicas")
                        .asInt();
                assertTrue(max <= partitions, service + " scales to " + max + " > " + partitions);
            }
        }
    }

    @Test
    void aPartnerOnlyReadsTopicsItMaySeeInItsOwnGroups() {
        List<ObjectNode> partners = ManifestFiles.ofKind(
                ManifestFiles.read(ManifestFiles.PARTNERS.resolve("example-partner.yaml")), "KafkaUser");
        assertEquals(1, partners.size());
        for (ObjectNode partner : partners) {
            String name = partner.path("metadata").path("name").asString();
            for (JsonNode acl : partner.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                Set<String> operations = new TreeSet<>();
                acl.path("operations").forEach(o -> operations.add(o.asString()));
                assertTrue(Set.of("Read", "Describe").containsAll(operations), name + " may " + operations);
                assertTrue(acl.path("type").asString("allow").equals("allow"));
                switch (resource.path("type").asString()) {
                    case "topic" -> {
                        assertEquals("literal", resource.path("patternType").asString());
                        assertTrue(Arrays.asList(Topics.all())
                                .contains(resource.path("name").asString()));
                    }
                    case "group" ->
                        assertTrue(resource.path("name").asString().startsWith(name + "-"), "a group of its own");
                    default -> throw new AssertionError(name + " has an ACL on " + resource);
                }
            }
        }
    }

    /** "topic practica.x.events Read,Describe" lines, one per ACL, sorted. */
    private static Set<String> acls(ObjectNode user) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            Set<String> operations = new TreeSet<>();
            acl.path("operations").forEach(o -> operations.add(o.asString()));
            JsonNode resource = acl.path("resource");
            acls.add(resource.path("type").asString() + " "
                    + resource.path("name").asString() + " "
                    + resource.path("patternType").asString("literal") + " " + String.join(",", operations));
        }
        return acls;
    }

    private static Set<String> expectedAcls(String service) {
        Set<String> acls = new TreeSet<>();
        String own = "practica." + service.substring(0, service.indexOf('-')) + ".events";
        if (Arrays.asList(Topics.all()).contains(own)) {
            acls.add("topic " + own + " literal Describe,Write");
        }
        consumedTopics(service).forEach(t -> acls.add("topic " + t + " literal Describe,Read"));
        consumerGroups(service).forEach(g -> acls.add("group " + g + " literal Read"));
        return acls;
    }

    private static Set<String> consumedTopics(String service) {
        return incoming(service, ".topic");
    }

    private static Set<String> consumerGroups(String service) {
        return incoming(service, ".group.id");
    }

    private static Set<String> incoming(String service, String suffix) {
        Properties properties = ServiceConfiguration.properties(service);
        Set<String> values = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(suffix)) {
                values.add(properties.getProperty(key));
            }
        }
        return values;
    }
}
