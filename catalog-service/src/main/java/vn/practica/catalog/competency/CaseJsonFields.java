package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.Problem;

/** Typed reads of CASE JSON properties; each bad value is recorded with its JSON path instead of thrown. */
final class CaseJsonFields {
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
        }
        return text;
    }

    UUID uuid(JsonNode node, String path, String name, boolean required) {
        String text = text(node, path, name, 36, required);
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
        String text = text(node, path, name, 64, true);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CasePackageReader.parseDateTime(text);
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
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).asText());
            } else {
                error(path + "." + name + "[" + i + "]", "must be a string");
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
        return new NodeLink(
                text(value, where, "title", Integer.MAX_VALUE, false),
                uuid(value, where, "identifier", true),
                text(value, where, "uri", 1000, true));
    }
}
