package vn.practica.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad-input suite's listing ({@code bad-input/endpoints.json}): every endpoint of every service with a valid
 * sample request and what its inputs are; {@link HostileVariants} derives the hostile requests from it.
 */
record BadInputListing(
        String about,
        Map<String, ServiceSpec> services,
        Map<String, String> vars,
        Map<String, TokenSpec> tokens,
        List<Step> setup,
        List<Endpoint> endpoints) {

    static final String RESOURCE = "/bad-input/endpoints.json";
    private static final Pattern UUID_PLACEHOLDER = Pattern.compile("id|.*Id");

    /** {@code consumesEvents}: its tables change when events arrive, so its group waits for a quiet stack. */
    record ServiceSpec(boolean consumesEvents) {}

    /** A token's role and {@code org} claim; the org may name a variable ({@code {schoolId}}). */
    record TokenSpec(String role, String org) {}

    /**
     * A request that prepares the data the endpoints' samples name; {@code save} keeps response members;
     * {@code retrySeconds} repeats it until it answers {@code expect}, for a service that first has to hear of an
     * earlier step through events; {@code headers} go with it as they are ({@code "If-Match": "*"} for a move that
     * requires one).
     */
    record Step(
            String service,
            String method,
            String path,
            String token,
            int expect,
            JsonNode body,
            Map<String, String> save,
            int retrySeconds,
            Map<String, String> headers) {
        Step {
            save = save == null ? Map.of() : save;
            headers = headers == null ? Map.of() : headers;
        }
    }

    /**
     * One endpoint. {@code control} is the status of the valid sample, sent after the hostile variants;
     * {@code fields} and {@code query} say what each input is (kind, limits); {@code perRow} names the arrays
     * whose rows are judged one by one; {@code extensible} the objects that keep unknown properties by design;
     * {@code tenant} the path placeholder bound to the caller's organization and another organization's id;
     * {@code fresh} the sample's values that each request replaces with new ones ({@code uuid}, {@code digits} of
     * the same length, or a {@code suffix}), so a variant wrongly accepted cannot turn the next ones into
     * duplicates, and the valid sample still creates; {@code headers} go with every request to the endpoint as
     * they are ({@code "If-Match": "*"} where a change requires one), so the hostile ones are judged on their own.
     */
    record Endpoint(
            String service,
            String method,
            String path,
            String token,
            int control,
            String contentType,
            JsonNode body,
            Map<String, String> zip,
            Map<String, ValueSpec> fields,
            Map<String, ValueSpec> query,
            List<String> perRow,
            List<String> extensible,
            Tenant tenant,
            Map<String, String> fresh,
            Map<String, String> headers) {
        Endpoint {
            fields = fields == null ? Map.of() : fields;
            headers = headers == null ? Map.of() : headers;
            fresh = fresh == null ? Map.of() : fresh;
            query = query == null ? Map.of() : query;
            perRow = perRow == null ? List.of() : perRow;
            extensible = extensible == null ? List.of() : extensible;
            contentType = contentType != null ? contentType : body != null ? "application/json" : null;
        }

        String name() {
            return service + " " + method + " " + path;
        }

        boolean hasBody() {
            return body != null || zip != null;
        }

        /** The spec of a body field, by its path with indices dropped ({@code courses[].title}). */
        ValueSpec field(String path) {
            ValueSpec exact = fields.get(path);
            if (exact != null) {
                return exact;
            }
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            return fields.getOrDefault("**." + leaf, ValueSpec.NONE);
        }

        List<String> placeholders() {
            Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(path);
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /** What an input is: {@code kind} text, int, number, uuid, time, modified, cursor or enum; its limits. */
    record ValueSpec(String kind, Integer maxLength, BigDecimal min, BigDecimal max, List<String> values) {
        static final ValueSpec NONE = new ValueSpec(null, null, null, null, null);

        ValueSpec {
            values = values == null ? List.of() : values;
        }

        boolean is(String k) {
            return k.equals(kind);
        }

        /**
         * Whether {@code value} is inside the documented range, so it is no hostile number here. A bound the
         * listing does not give is no licence for any magnitude: without both, every extreme number is sent.
         */
        boolean accepts(BigDecimal value) {
            return min != null && max != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    /** The path placeholder bound to the caller's organization, and the variable holding another's id. */
    record Tenant(String placeholder, String other) {}

    static boolean isIdPlaceholder(String name) {
        return UUID_PLACEHOLDER.matcher(name).matches();
    }

    static BadInputListing load(ObjectMapper json) {
        try (InputStream in = BadInputListing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, BadInputListing.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
