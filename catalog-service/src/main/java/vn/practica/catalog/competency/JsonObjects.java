package vn.practica.catalog.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code extra} jsonb columns as text. Compared as JSON trees, not as text: PostgreSQL reorders keys
 * and respaces a jsonb value, so the text read back never equals the text written.
 */
public final class JsonObjects {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonObjects() {}

    public static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node == null ? JSON.createObjectNode() : node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unserializable JSON object", e);
        }
    }

    public static ObjectNode read(String text) {
        try {
            return text == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored extra properties are not a JSON object", e);
        }
    }

    public static boolean same(String stored, ObjectNode incoming) {
        ObjectNode other = incoming == null ? JSON.createObjectNode() : incoming;
        return read(stored).equals(other);
    }
}
