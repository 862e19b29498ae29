package vn.practica.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.practica.e2e.BadInputListing.Endpoint;
import vn.practica.e2e.BadInputListing.ValueSpec;

/**
 * The hostile bodies derived from a valid JSON sample: each string, number, array and object of it in turn made
 * hostile (recursively), and the strict-JSON violations of the document as a whole. Inside a row of a
 * {@code perRow} array the body is cut down to that one row, so "nothing changed" holds when the row is
 * rejected.
 */
final class JsonBodyVariants {
    static final int DEEP = 5_000;
    static final int UNDOCUMENTED_MAX_LENGTH = 100_000;

    /**
     * A hostile body; {@code perRow} when it is a single row of a batch judged per row, {@code syntax} when the
     * document itself is broken.
     */
    record BodyVariant(String label, String json, boolean perRow, boolean syntax) {}

    private final Endpoint endpoint;
    private final JsonNode sample;
    private final ObjectMapper mapper;
    private final List<BodyVariant> variants = new ArrayList<>();

    JsonBodyVariants(Endpoint endpoint, JsonNode sample, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.sample = sample;
        this.mapper = mapper;
    }

    List<BodyVariant> all() {
        walk(sample, new ArrayList<>());
        document();
        return variants;
    }

    private void walk(JsonNode node, List<Object> path) {
        if (node.isObject()) {
            if (!endpoint.extensible().contains(pattern(path))) {
                mutate(path, "unknown property", n -> ((ObjectNode) n.deepCopy()).put("unexpectedProperty", "x"));
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), child(path, e.getKey())));
        } else if (node.isArray()) {
            mutate(path, "null member", n -> ((ArrayNode) n.deepCopy()).addNull());
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), child(path, i));
            }
        } else if (node.isTextual()) {
            text(node.asText(), path, endpoint.field(pattern(path)));
        } else if (node.isNumber()) {
            number(path, endpoint.field(pattern(path)));
        }
    }

    private void text(String value, List<Object> path, ValueSpec spec) {
        for (Map.Entry<String, String> c : HostileValues.CONTROL_CHARACTERS.entrySet()) {
            String hostile =
                    value.substring(0, value.length() / 2) + c.getValue() + value.substring(value.length() / 2);
            replace(path, c.getKey(), TextNode.valueOf(hostile));
        }
        int length = spec.maxLength() == null ? UNDOCUMENTED_MAX_LENGTH : spec.maxLength();
        replace(path, (length + 1) + " characters", TextNode.valueOf("a".repeat(length + 1)));
        replace(path, "a number where text is expected", IntNode.valueOf(12345));
        if (spec.is("time") || spec.is("modified")) {
            for (String time : HostileValues.times(spec)) {
                replace(path, time, TextNode.valueOf(time));
            }
        }
    }

    private void number(List<Object> path, ValueSpec spec) {
        for (String number : HostileValues.numbers(spec)) {
            replace(path, number, JsonNodeFactory.instance.rawValueNode(new RawValue(number)));
        }
        replace(path, "a string where a number is expected", TextNode.valueOf("12"));
    }

    /** The document as a whole: null, duplicate key, trailing text, malformed, nested 5,000 deep. */
    private void document() {
        String json = write(sample);
        variants.add(new BodyVariant("body null", "null", false, false));
        if (sample.isObject() && sample.size() > 0) {
            var first = sample.fields().next();
            String member = write(TextNode.valueOf(first.getKey())) + ":" + write(first.getValue());
            variants.add(new BodyVariant(
                    "duplicate key " + first.getKey(), "{" + member + "," + json.substring(1), false, true));
        }
        variants.add(new BodyVariant("trailing text after the document", json + " trailing", false, true));
        variants.add(new BodyVariant("malformed JSON", json.substring(0, json.length() / 2), false, true));
        variants.add(
                new BodyVariant("arrays nested " + DEEP + " deep", "[".repeat(DEEP) + "]".repeat(DEEP), false, true));
        variants.add(new BodyVariant(
                "objects nested " + DEEP + " deep", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), false, true));
    }

    private void replace(List<Object> path, String what, JsonNode hostile) {
        mutate(path, what, n -> hostile);
    }

    /** A copy of the sample with the node at {@code path} replaced; cut to one row inside a per-row array. */
    private void mutate(List<Object> path, String what, UnaryOperator<JsonNode> change) {
        JsonNode body = sample.deepCopy();
        if (path.isEmpty()) {
            body = change.apply(body);
        } else {
            JsonNode parent = at(body, path.subList(0, path.size() - 1));
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, change.apply(parent.get(index)));
            } else {
                ((ObjectNode) parent).set((String) last, change.apply(parent.get((String) last)));
            }
        }
        boolean perRow = path.size() >= 2 && endpoint.perRow().contains(path.get(0));
        if (perRow) {
            body = oneRow((ObjectNode) body, (String) path.get(0), (Integer) path.get(1));
        }
        variants.add(new BodyVariant("body " + label(path) + ": " + what, write(body), perRow, false));
    }

    /** The body with only row {@code index} of {@code rows}, and no other per-row array. */
    private ObjectNode oneRow(ObjectNode body, String rows, int index) {
        ObjectNode cut = body.objectNode();
        body.fields().forEachRemaining(e -> {
            if (!endpoint.perRow().contains(e.getKey())) {
                cut.set(e.getKey(), e.getValue());
            }
        });
        cut.putArray(rows).add(body.get(rows).get(index));
        return cut;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static List<Object> child(List<Object> path, Object step) {
        List<Object> child = new ArrayList<>(path);
        child.add(step);
        return child;
    }

    /** {@code courses[0].title}, as problem details name body fields. */
    static String label(List<Object> path) {
        StringBuilder label = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(step);
            }
        }
        return label.isEmpty() ? "(root)" : label.toString();
    }

    /** {@code courses[].title}: the label without indices, as the listing's {@code fields} name it. */
    static String pattern(List<Object> path) {
        return label(path).replaceAll("\\[\\d+]", "[]").replace("(root)", "");
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
