package vn.practica.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;

class ApiDocumentFilterTest {
    private static final String PROBLEM = "application/problem+json";

    private static Operation securedWrite() {
        return OASFactory.createOperation()
                .operationId("createThing")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "state"))
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("thing-exists")));
    }

    private static Operation publicRead(Parameter... parameters) {
        return OASFactory.createOperation()
                .operationId("listThings")
                .parameters(List.of(parameters))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static OpenAPI document(Operation post, Operation get) {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSecurityScheme(
                                "SecurityScheme",
                                OASFactory.createSecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("Authentication")))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/things",
                                OASFactory.createPathItem().POST(post).GET(get)));
        new ApiDocumentFilter().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Parameter query(String name, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(schema);
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    @Test
    void aSecuredOperationWithABodyDocumentsEveryAnswerThePlatformMayGive() {
        Operation post = securedWrite();
        document(post, publicRead());
        assertEquals(
                Set.of("201", "400", "401", "403", "409", "413", "415", "429", "500", "503"),
                post.getResponses().getAPIResponses().keySet());
    }

    @Test
    void aPublicReadGetsNoAuthenticationAnswersAndNoBodyAnswers() {
        Operation get = publicRead();
        document(securedWrite(), get);
        assertEquals(
                Set.of("200", "400", "429", "500", "503"),
                get.getResponses().getAPIResponses().keySet());
    }

    @Test
    void everyErrorAnswerIsAProblemAndKeepsWhatTheResourceSaid() {
        Operation post = securedWrite();
        document(post, publicRead());
        post.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                assertTrue(response.getContent().hasMediaType(PROBLEM), status);
            }
        });
        assertEquals("thing-exists", post.getResponses().getAPIResponse("409").getDescription());
        assertTrue(post.getResponses().getAPIResponse("401").getDescription().startsWith("unauthenticated"));
    }

    @Test
    void successAndClientErrorAnswersCarryTheRateLimitHeadersAnd429SaysWhenToRetry() {
        Operation post = securedWrite();
        document(post, publicRead());
        for (String status : List.of("201", "400", "409", "429")) {
            APIResponse response = post.getResponses().getAPIResponse(status);
            assertTrue(response.getHeaders().containsKey("RateLimit"), status);
            assertTrue(response.getHeaders().containsKey("RateLimit-Policy"), status);
        }
        assertTrue(post.getResponses().getAPIResponse("429").getHeaders().containsKey("Retry-After"));
        assertNull(post.getResponses().getAPIResponse("500").getHeaders());
    }

    @Test
    void theBearerSchemeSaysItsTokensAreRs256JwtsCheckedAsRfc8725Asks() {
        OpenAPI openAPI = document(securedWrite(), publicRead());
        String description = openAPI.getComponents()
                .getSecuritySchemes()
                .get("SecurityScheme")
                .getDescription();
        assertTrue(description.contains("RS256"), description);
        assertTrue(description.contains("RFC8725"), description);
    }

    @Test
    void uuidsTimesAndDatesGetTheLengthTheirFormatFixes() {
        Schema uuid = text().pattern(Uuids.PATTERN);
        Schema time = text().format("date-time");
        Schema date = text().format("date");
        document(securedWrite(), publicRead(query("id", uuid), query("since", time), query("on", date)));
        assertEquals("uuid", uuid.getFormat());
        assertNull(uuid.getPattern());
        assertEquals(36, uuid.getMaxLength());
        assertEquals(36, uuid.getMinLength());
        assertEquals(35, time.getMaxLength());
        assertEquals(10, date.getMinLength());
        assertEquals(10, date.getMaxLength());
    }

    @Test
    void aPatternListingWordsBecomesThatEnumerationAndOthersStayPatterns() {
        Schema status = text().pattern("ACTIVE|RETIRED");
        Schema code = text().pattern("^[A-Z][A-Z0-9_]{1,31}$").maxLength(32);
        document(securedWrite(), publicRead(query("status", status), query("code", code)));
        assertEquals(List.of("ACTIVE", "RETIRED"), status.getEnumeration());
        assertNull(status.getPattern());
        assertEquals("^[A-Z][A-Z0-9_]{1,31}$", code.getPattern());
        assertFalse(code.getEnumeration() != null && !code.getEnumeration().isEmpty());
    }

    @Test
    void ifMatchIsDescribedAsOptionalOrRequiredAsTheResourceDeclaresIt() {
        Parameter optional = OASFactory.createParameter().name(IfMatch.HEADER).in(Parameter.In.HEADER);
        Parameter required = OASFactory.createParameter()
                .name(IfMatch.HEADER)
                .in(Parameter.In.HEADER)
                .required(true);
        document(securedWrite(), publicRead(optional));
        document(securedWrite(), publicRead(required));
        assertEquals(IfMatch.DESCRIPTION, optional.getDescription());
        assertEquals(IfMatch.REQUIRED_DESCRIPTION, required.getDescription());
        assertEquals(IfMatch.MAX_LENGTH, required.getSchema().getMaxLength());
    }

    @Test
    void theProblemSchemaBoundsEveryMember() {
        OpenAPI openAPI = document(securedWrite(), publicRead());
        Schema problem = openAPI.getComponents().getSchemas().get(ProblemSchema.NAME);
        problem.getProperties().forEach((name, member) -> {
            if (member.getType().contains(SchemaType.STRING)) {
                assertTrue(member.getMaxLength() != null, name);
            } else if (member.getType().contains(SchemaType.INTEGER)) {
                assertTrue(member.getMaximum() != null && member.getMinimum() != null, name);
            } else if (member.getType().contains(SchemaType.ARRAY)) {
                assertTrue(member.getMaxItems() != null, name);
            }
        });
    }
}
