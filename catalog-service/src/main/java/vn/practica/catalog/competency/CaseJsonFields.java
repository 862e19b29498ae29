package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.text.ControlCharacters;
import vn.practica.platform.time.Timestamps;

/** Typed reads of CASE JSON properties; each bad value is recorded with its JSON path instead of thrown. */
final class CaseJsonFields {
    static final int MAX_LIST_ENTRIES = CaseLimits.LIST_ENTRIES;
    /** CASE 1.1 LinkURI. */
    static final java.util.Set<String> LINK_MEMBERS = java.util.Set.of("title", "identifier", "uri");

    private static final int MAX_LIST_ENTRY = CaseLimits.LIST_ENTRY;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    List<Problem.FieldError> errors() {
        return errors;
    }

    void error(String path, String message) {
        errors.add(new Problem.FieldError(path, message));
    }

    String text(JsonNode node, String path, String name, int maxLength, boolean required) {
        JsonNode value = node.get(name);
        String where = path + "." + name;
        if (value == null || value.isNull()) {
            if (required) {
                error(where, "required");
            }
            return null;
        }
        if (!value.isTextual()) {
            error(where, "must be a string");
            return null;
        }
        String text = value.asText();
        if (required && text.isBlank()) {
            error(where, "must not be blank");
        } else if (text.length() > maxLength) {
            error(where, "at most " + maxLength + " characters");
        } else if (ControlCharacters.in(text)) {
            error(where, ControlCharacters.MESSAGE);
        }
        return text;
    }

    UUID uuid(JsonNode node, String path, String name, boolean required) {
        String text = text(node, path, name, CaseLimits.UUID, required);
        if (text == null || text.isBlank()) {
            return null;
        }
        UUID id = Uuids.parse(text);
        if (id != null) {
            return id;
        }
        error(path + "." + name, "must be a UUID");
        return null;
    }

    Instant instant(JsonNode node, String path, String name) {
        String text = text(node, path, name, CaseLimits.DATE_TIME, true);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant time = CasePackageReader.parseDateTime(text);
            if (!Timestamps.isStorable(time)) {
                error(path + "." + name, Timestamps.STORABLE_RULE);
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            error(path + "." + name, "must be an ISO 8601 date-time");
            return null;
        }
    }

    Integer integer(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(path + "." + name, "must be an integer");
            return null;
        }
        return value.intValue();
    }

    List<String> textList(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (!value.isArray()) {
            error(path + "." + name, "must be an array of strings");
            return texts;
        }
        if (value.size() > MAX_LIST_ENTRIES) {
            error(path + "." + name, "at most " + MAX_LIST_ENTRIES + " entries");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            String where = path + "." + name + "[" + i + "]";
            String text = value.get(i).isTextual() ? value.get(i).asText() : null;
            if (text == null || text.length() > MAX_LIST_ENTRY || ControlCharacters.in(text)) {
                error(where, "must be a string of at most " + MAX_LIST_ENTRY + " characters, no control characters");
            } else {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A required CASE LinkURI: identifier and uri required, title optional. */
    NodeLink link(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        String where = path + "." + name;
        if (value == null || value.isNull()) {
            error(where, "required");
            return null;
        }
        if (!value.isObject()) {
            error(where, "must be a LinkURI object");
            return null;
        }
        onlyMembers(value, where, LINK_MEMBERS);
        return new NodeLink(
                text(value, where, "title", CaseLimits.LONG_TEXT, false),
                uuid(value, where, "identifier", true),
                text(value, where, "uri", CaseLimits.URI, true));
    }

    /** A member this reader does not know would be dropped silently: refused instead, by name. */
    void onlyMembers(JsonNode node, String path, java.util.Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(path + "." + name, "not a member of this CASE object");
            }
        });
    }
}
