package vn.practica.platform.openapi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.practica.platform.id.Uuids;

/**
 * Completes string schemas from what their format or Bean Validation pattern already fixes, wherever they
 * appear: a UUID is 36 characters (ids are only accepted in that canonical form, and a string validated with
 * {@link Uuids#PATTERN} is one); an RFC 3339 date-time is at most 35 ({@code 2026-01-31T08:00:00.123456789+07:00},
 * Java reads no more than nanoseconds); an RFC 3339 full-date is 10 ({@code 2027-03-01}); a {@code @Pattern} that only lists words ({@code ACTIVE|RETIRED}) is
 * that enumeration, since Bean Validation matches the whole value.
 */
final class FormatBounds {
    static final int UUID_LENGTH = 36;
    static final int MAX_DATE_TIME_LENGTH = 35;
    static final int DATE_LENGTH = 10;
    private static final Pattern WORD_LIST = Pattern.compile("[A-Za-z0-9_]+(\\|[A-Za-z0-9_]+)*");

    private FormatBounds() {}

    static void apply(OpenAPI openAPI) {
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getComponents() != null) {
            addAll(pending, openAPI.getComponents().getSchemas());
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(h -> add(pending, h.getSchema()));
            }
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(item -> item.getOperations().values().stream())
                    .forEach(operation -> addOperation(pending, operation));
        }
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (seen.add(schema)) {
                bound(schema);
                addChildren(pending, schema);
            }
        }
    }

    private static void bound(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(SchemaType.STRING)) {
            return;
        }
        if (Uuids.PATTERN.equals(schema.getPattern())) {
            schema.setPattern(null);
            schema.setFormat("uuid");
        } else if (schema.getPattern() != null
                && WORD_LIST.matcher(schema.getPattern()).matches()) {
            schema.setEnumeration(List.of((Object[]) schema.getPattern().split("\\|")));
            schema.setPattern(null);
        }
        if (schema.getMaxLength() != null) {
            return;
        }
        if ("uuid".equals(schema.getFormat())) {
            schema.setMinLength(UUID_LENGTH);
            schema.setMaxLength(UUID_LENGTH);
        } else if ("date-time".equals(schema.getFormat())) {
            schema.setMaxLength(MAX_DATE_TIME_LENGTH);
        } else if ("date".equals(schema.getFormat())) {
            schema.setMinLength(DATE_LENGTH);
            schema.setMaxLength(DATE_LENGTH);
        }
    }

    private static void addOperation(Deque<Schema> pending, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).forEach(s -> add(pending, s));
        }
        if (operation.getRequestBody() != null) {
            addContent(pending, operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response :
                    operation.getResponses().getAPIResponses().values()) {
                addContent(pending, response.getContent());
                if (response.getHeaders() != null) {
                    response.getHeaders().values().stream()
                            .map(Header::getSchema)
                            .forEach(s -> add(pending, s));
                }
            }
        }
    }

    private static void addContent(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(s -> add(pending, s));
        }
    }

    private static void addChildren(Deque<Schema> pending, Schema schema) {
        addAll(pending, schema.getProperties());
        add(pending, schema.getItems());
        add(pending, schema.getAdditionalPropertiesSchema());
        add(pending, schema.getNot());
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).forEach(list -> addAll(pending, list));
    }

    private static void addAll(Deque<Schema> pending, Map<String, Schema> schemas) {
        if (schemas != null) {
            addAll(pending, schemas.values());
        }
    }

    private static void addAll(Deque<Schema> pending, Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.forEach(s -> add(pending, s));
        }
    }

    private static void add(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
