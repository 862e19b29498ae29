package vn.practica.platform.openapi;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.idempotency.IdempotencyKey;

/**
 * The headers the platform reads and writes for resources, described and bounded as the platform checks and
 * writes them: {@code If-Match} and {@code Idempotency-Key} wherever a resource takes them, {@code ETag} wherever
 * a response declares it (by name only, {@code @Header(name = ETags.HEADER)}).
 */
final class PlatformHeaders {
    private static final Map<String, Consumer<Parameter>> HEADERS = Map.of(
            IfMatch.HEADER.toLowerCase(Locale.ROOT), PlatformHeaders::ifMatch,
            IdempotencyKey.HEADER.toLowerCase(Locale.ROOT), PlatformHeaders::idempotencyKey);

    private PlatformHeaders() {}

    static void describe(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(r -> r.getHeaders() != null && r.getHeaders().containsKey(ETags.HEADER))
                    .forEach(r -> etag(r.getHeaders().get(ETags.HEADER)));
        }
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && parameter.getName() != null) {
                HEADERS.getOrDefault(parameter.getName().toLowerCase(Locale.ROOT), ignored -> {})
                        .accept(parameter);
            }
        }
    }

    private static void etag(Header header) {
        header.setDescription(ETags.DESCRIPTION);
        header.setSchema(text().maxLength(ETags.MAX_LENGTH));
    }

    private static void ifMatch(Parameter parameter) {
        parameter.setDescription(
                Boolean.TRUE.equals(parameter.getRequired()) ? IfMatch.REQUIRED_DESCRIPTION : IfMatch.DESCRIPTION);
        parameter.setSchema(text().maxLength(IfMatch.MAX_LENGTH));
    }

    /** The draft's key is a structured-field string: printable ASCII, 0x20 to 0x7E. */
    private static void idempotencyKey(Parameter parameter) {
        parameter.setDescription(IdempotencyKey.DESCRIPTION);
        parameter.setSchema(
                text().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH).pattern("^[\\x20-\\x7E]+$"));
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
