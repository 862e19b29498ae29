package vn.practica.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The listing's variables ({@code {schoolId}}): constants from the listing and ids the setup saved. */
final class BadInputVars {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values = new HashMap<>();

    BadInputVars(Map<String, String> constants) {
        if (constants != null) {
            values.putAll(constants);
        }
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("The listing names {" + name + "}, which is neither a var nor saved");
        }
        return value;
    }

    /** Every {@code {name}} replaced by its value as is. */
    String text(String template) {
        return replace(template, Map.of(), false);
    }

    /**
     * A path template with each placeholder percent-encoded, {@code overrides} taking the place of some (the
     * hostile value of one placeholder).
     */
    String path(String template, Map<String, String> overrides) {
        return replace(template, overrides, true);
    }

    /** A copy of {@code node} with every string resolved. */
    JsonNode json(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(text(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), json(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(member -> copy.add(json(member)));
            return copy;
        }
        return node.deepCopy();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String replace(String template, Map<String, String> overrides, boolean encode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = overrides.containsKey(name) ? overrides.get(name) : get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(encode ? encode(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
