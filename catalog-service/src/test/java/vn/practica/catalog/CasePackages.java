package vn.practica.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CASE 1.1 packages for tests: the checked-in national fixture, re-keyed per test, and small packages. */
public final class CasePackages {
    public static final String FIXTURE = "/case/vn-digital-competency.json";
    public static final String CHANGED = "2026-10-01T08:00:00+00:00";
    public static final String PUBLISHER = "https://case.example.vn/ims/case/v1p1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CasePackages() {}

    /** The fixture with every identifier replaced by a fresh one, so each test imports its own framework. */
    public static ObjectNode freshFixture() {
        Map<String, String> fresh = new HashMap<>();
        Matcher m = UUID_TEXT.matcher(fixtureText());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    fresh.computeIfAbsent(m.group(), id -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return parse(out.toString());
    }

    public static ObjectNode fixture() {
        return parse(fixtureText());
    }

    /** A small valid package: one document, a competency with one skill level, and the link between them. */
    public static ObjectNode small() {
        UUID doc = UUID.randomUUID();
        ObjectNode pkg = JSON.createObjectNode();
        pkg.putObject("CFDocument")
                .put("identifier", doc.toString())
                .put("uri", PUBLISHER + "/CFDocuments/" + doc)
                .put("creator", "Sở Giáo dục và Đào tạo Hà Nội")
                .put("title", "Khung năng lực du lịch số " + doc)
                .put("lastChangeDateTime", CHANGED)
                .put("language", "vi");
        ArrayNode items = pkg.putArray("CFItems");
        ObjectNode competency = item(doc, "DL.1", "Hướng dẫn khách du lịch bằng công cụ số");
        ObjectNode level = item(doc, "DL.1.CB", "Trình độ Cơ bản: giới thiệu điểm đến bằng bản đồ số");
        items.add(competency).add(level);
        pkg.putArray("CFAssociations").add(association(doc, "hasSkillLevel", competency, level));
        return pkg;
    }

    /** A flat framework of {@code count} items without associations: the size of a large import. */
    public static ObjectNode large(int count) {
        ObjectNode pkg = small();
        UUID doc = UUID.fromString(id(pkg));
        ArrayNode items = pkg.putArray("CFItems");
        pkg.putArray("CFAssociations");
        for (int i = 1; i <= count; i++) {
            items.add(item(doc, "K." + i, "Kỹ năng số thứ " + i + ": sử dụng công cụ trực tuyến an toàn"));
        }
        return pkg;
    }

    public static ObjectNode item(UUID doc, String code, String statement) {
        UUID id = UUID.randomUUID();
        ObjectNode item = JSON.createObjectNode()
                .put("identifier", id.toString())
                .put("uri", PUBLISHER + "/CFItems/" + id)
                .put("fullStatement", statement)
                .put("humanCodingScheme", code)
                .put("lastChangeDateTime", CHANGED);
        item.putObject("CFDocumentURI").put("identifier", doc.toString()).put("uri", PUBLISHER + "/CFDocuments/" + doc);
        return item;
    }

    public static ObjectNode association(UUID doc, String type, JsonNode origin, JsonNode destination) {
        UUID id = UUID.randomUUID();
        ObjectNode association = JSON.createObjectNode()
                .put("identifier", id.toString())
                .put("uri", PUBLISHER + "/CFAssociations/" + id)
                .put("associationType", type)
                .put("lastChangeDateTime", CHANGED);
        association.set("originNodeURI", link(origin));
        association.set("destinationNodeURI", link(destination));
        return association;
    }

    public static ObjectNode link(JsonNode node) {
        return JSON.createObjectNode()
                .put("title", node.path("fullStatement").asText())
                .put("identifier", node.get("identifier").asText())
                .put("uri", node.get("uri").asText());
    }

    public static String id(ObjectNode pkg) {
        return pkg.get("CFDocument").get("identifier").asText();
    }

    public static ObjectNode itemAt(ObjectNode pkg, int index) {
        return (ObjectNode) pkg.get("CFItems").get(index);
    }

    private static String fixtureText() {
        try (InputStream in = CasePackages.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
