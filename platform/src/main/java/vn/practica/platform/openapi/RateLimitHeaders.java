package vn.practica.platform.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers of rate limiting, named as the IETF httpapi draft "RateLimit header fields for HTTP"
 * names them, and {@code Retry-After} on a 429; components every response refers to.
 */
final class RateLimitHeaders {
    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";
    /** A few policies of a name and two numbers each. */
    private static final int MAX_FIELD_LENGTH = 256;
    /** The longest window is a day. */
    private static final int MAX_RETRY_SECONDS = 86_400;

    private RateLimitHeaders() {}

    static void addTo(Components components) {
        components.addHeader(
                RATE_LIMIT,
                structured("What is left of the caller's quota of this route group's policy and when it resets,"
                        + " e.g. \"writes\";r=57;t=21 (57 requests left, 21 seconds to the next window)"));
        components.addHeader(
                RATE_LIMIT_POLICY,
                structured("The quota policy of this route group, e.g. \"writes\";q=60;w=60 (60 requests per"
                        + " 60 seconds per organization, or per client address without a token)"));
        components.addHeader(
                RETRY_AFTER,
                OASFactory.createHeader()
                        .description("Seconds to wait before the next request can succeed")
                        .schema(OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.ZERO)
                                .maximum(BigDecimal.valueOf(MAX_RETRY_SECONDS))));
    }

    /** Both rate-limit fields, on a response that counts against the quota. */
    static void addTo(APIResponse response) {
        response.addHeader(RATE_LIMIT, ref(RATE_LIMIT));
        response.addHeader(RATE_LIMIT_POLICY, ref(RATE_LIMIT_POLICY));
    }

    static void addRetryAfter(APIResponse response) {
        response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Header structured(String description) {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(MAX_FIELD_LENGTH);
        return OASFactory.createHeader().description(description).schema(text);
    }
}
