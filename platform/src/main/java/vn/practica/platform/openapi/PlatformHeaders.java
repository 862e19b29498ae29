package vn.practica.platform.openapi;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.idempotency.IdempotencyKey;

/** The request headers the platform reads for resources, described and bounded as the platform checks them. */
final class PlatformHeaders {
    private static final Map<String, Consumer<Parameter>> HEADERS = Map.of(
            IfMatch.HEADER.toLowerCase(Locale.ROOT), PlatformHeaders::ifMatch,
            IdempotencyKey.HEADER.toLowerCase(Locale.ROOT), PlatformHeaders::idempotencyKey);

    private PlatformHeaders() {}

    static void describe(Operation operation) {
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

    private static void ifMatch(Parameter parameter) {
        parameter.setDescription(IfMatch.DESCRIPTION);
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
