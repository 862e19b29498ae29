package vn.practica.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.problem.ProblemBounds;
import vn.practica.platform.problem.ProblemType;

/** The RFC 9457 problem every error answer carries, as the schema {@value #NAME}. */
final class ProblemSchema {
    static final String NAME = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    private static final int MAX_TYPE = 200;
    private static final int MAX_TITLE = 200;

    private ProblemSchema() {}

    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, fieldError());
        components.addSchema(NAME, problem());
    }

    /** {@code application/problem+json} with the problem schema, for an error response. */
    static Content content() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + NAME)));
    }

    private static Schema problem() {
        return object("RFC 9457 problem details. `type` is the stable identifier of the reason a client switches"
                        + " on; every type is listed in docs/problems.md.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        text(MAX_TYPE, "The reason, " + ProblemType.TYPE_BASE + "<slug>")
                                .format("uri"))
                .addProperty("title", text(MAX_TITLE, "The reason in words; the same for every problem of the type"))
                .addProperty("status", integer(400, 599, "The HTTP status").format("int32"))
                .addProperty("detail", text(ProblemBounds.MAX_DETAIL, "What happened to this request"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("For invalid requests: one entry per offending member, at most "
                                        + ProblemBounds.MAX_ERRORS + " (the detail says when more were found)")
                                .maxItems(ProblemBounds.MAX_ERRORS)
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)))
                .addProperty(
                        "currentVersion",
                        integer(1, Long.MAX_VALUE, "For stale-version: the version to read again before retrying")
                                .format("int64"));
    }

    private static Schema fieldError() {
        return object("One invalid member of a request")
                .required(List.of("field", "message"))
                .addProperty(
                        "field",
                        text(
                                ProblemBounds.MAX_FIELD,
                                "Where it is, as the client sent it: query.status, path.id, header.If-Match,"
                                        + " body.nameVi, CFItems[3].fullStatement"))
                .addProperty("message", text(ProblemBounds.MAX_MESSAGE, "What is wrong with it"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(int maxLength, String description) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .maxLength(maxLength)
                .description(description);
    }

    private static Schema integer(long minimum, long maximum, String description) {
        return OASFactory.createSchema()
                .addType(SchemaType.INTEGER)
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum))
                .description(description);
    }
}
