package vn.practica.platform.openapi;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers the platform gives on any operation, whatever the resource declares: 400 for invalid input,
 * 401/403 where a token is needed, 413/415 where a body is read, 429 when rate limited, 500/503. Every 4xx and
 * 5xx answer is a problem; every 2xx and 4xx answer carries the rate-limit headers. Operation-specific answers
 * (404, 409, 412, 422) are declared on the resource method with {@code @APIResponse} and only completed here.
 */
final class StandardResponses {
    /** The descriptions Quarkus gives the responses it adds itself; ours say more. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    private StandardResponses() {}

    static void complete(Operation operation, boolean secured) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        declare(
                responses,
                "400",
                "invalid-request: a parameter, header or body member is invalid (each is named in errors); or"
                        + " malformed-body: the body is no readable JSON of the expected shape");
        if (secured) {
            declare(responses, "401", "unauthenticated: no valid bearer token");
            declare(
                    responses,
                    "403",
                    "forbidden: the token's role or organization may not do this; organization-suspended: the"
                            + " caller's organization is suspended and may only read");
        }
        if (operation.getRequestBody() != null) {
            declare(responses, "413", "body-too-large: the body is larger than this endpoint reads");
            declare(responses, "415", "unsupported-media-type: no Content-Type, or one this endpoint does not read");
        }
        declare(
                responses,
                "429",
                "rate-limited: the caller's quota for this route group is used up; retry after Retry-After seconds");
        RateLimitHeaders.addRetryAfter(responses.getAPIResponse("429"));
        declare(responses, "500", "internal-error: unexpected; detail holds an incident id to quote");
        declare(responses, "503", "unavailable: a dependency (database, broker) is down; retry later");
        responses.getAPIResponses().forEach(StandardResponses::completeResponse);
    }

    /** Adds the response, or gives a response Quarkus generated our description. */
    private static void declare(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (response.getDescription() == null || GENERATED_DESCRIPTIONS.contains(response.getDescription())) {
            response.setDescription(description);
        }
    }

    private static void completeResponse(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error
                && (response.getContent() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(ProblemSchema.content());
        }
        if (status.startsWith("2") || status.startsWith("4")) {
            RateLimitHeaders.addTo(response);
        }
    }
}
