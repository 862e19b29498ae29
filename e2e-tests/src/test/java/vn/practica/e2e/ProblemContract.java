package vn.practica.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.practica.e2e.BadInputHttp.Answer;
import vn.practica.e2e.BadInputVariant.Expect;

/**
 * What every answer to a hostile request must be: a 4xx (the expected one where the docs name it),
 * {@code application/problem+json} with {@code type}, {@code title} and {@code status}, and nothing of the
 * server's insides: no stack trace, no Java or framework class name.
 */
final class ProblemContract {
    static final String PROBLEM_JSON = "application/problem+json";

    /** Words a body may only hold when the server leaks its insides. */
    static final List<String> LEAKS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "io.quarkus",
            "io.vertx",
            "io.smallrye",
            "io.netty",
            "org.jboss",
            "org.hibernate",
            "org.postgresql",
            "com.fasterxml",
            "vn.practica.",
            "Exception",
            "\tat ",
            "SQLState",
            "RESTEASY",
            "MessageBody",
            "@Consumes");

    private static final int URI_TOO_LONG = 414;

    /** Where the database refused a value the boundary let through; docs/problems.md calls it a safety net. */
    static final String SAFETY_NET = "cannot be stored";

    private final ObjectMapper mapper;

    ProblemContract(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every way {@code answer} falls short of {@code expect}; empty when it is right. */
    List<String> violations(Answer answer, Expect expect, int controlStatus) {
        List<String> violations = new ArrayList<>();
        String body = answer.body() == null ? "" : answer.body();
        LEAKS.stream()
                .filter(body::contains)
                .forEach(leak -> violations.add("body shows the server's insides (" + leak.strip() + ")"));
        if (expect == Expect.CONTROL) {
            if (answer.status() != controlStatus) {
                violations.add("the valid sample got " + answer.status() + ", the listing says " + controlStatus);
            }
            return violations;
        }
        if (expect == Expect.REFUSED_OR_ROWS_REJECTED && answer.status() == 200) {
            rowsRejected(body, violations);
            return violations;
        }
        status(answer.status(), expect, violations);
        if (answer.status() == URI_TOO_LONG && body.isEmpty()) {
            // Refused by the HTTP codec before any application code runs; docs/problems.md says so.
            return violations;
        }
        problem(answer, expect, violations);
        return violations;
    }

    private static void status(int status, Expect expect, List<String> violations) {
        Set<Integer> wanted = switch (expect) {
            case TOO_LARGE -> Set.of(413);
            case UNSUPPORTED_TYPE -> Set.of(415);
            case OTHER_TENANT -> Set.of(403, 404);
            case INVALID -> Set.of(400, 414);
            case MALFORMED -> Set.of(400);
            default -> Set.of();
        };
        if (status < 400 || status > 499) {
            violations.add("status " + status + ", not a 4xx");
        } else if (!wanted.isEmpty() && !wanted.contains(status)) {
            violations.add("status " + status + ", expected " + wanted);
        }
    }

    private void problem(Answer answer, Expect expect, List<String> violations) {
        String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith(PROBLEM_JSON)) {
            violations.add("Content-Type " + answer.contentType() + ", not " + PROBLEM_JSON);
        }
        JsonNode problem = parse(answer.body());
        if (problem == null || !problem.isObject()) {
            violations.add("body is not a JSON object");
            return;
        }
        if (!problem.path("type").isTextual() || !problem.path("title").isTextual()) {
            violations.add("problem lacks type or title");
        }
        if (problem.path("status").asInt(-1) != answer.status()) {
            violations.add("problem status " + problem.path("status") + " is not the HTTP status");
        }
        if (expect == Expect.MALFORMED && !problem.path("type").asText().endsWith("/malformed-body")) {
            violations.add("type " + problem.path("type").asText() + ", not malformed-body");
        }
        if (problem.path("detail").asText().contains(SAFETY_NET)) {
            violations.add("refused by the database, not at the boundary (safety net)");
        }
    }

    /** A batch judged per row: the single row sent is rejected, so nothing is written. */
    private void rowsRejected(String body, List<String> violations) {
        JsonNode results = parse(body) == null ? null : parse(body).path("results");
        if (results == null || !results.isArray() || results.isEmpty()) {
            violations.add("200 without per-row results");
            return;
        }
        for (JsonNode result : results) {
            if (!"rejected".equals(result.path("outcome").asText())) {
                violations.add("200 with row " + result.path("sourcedId").asText() + " "
                        + result.path("outcome").asText() + ", not rejected");
            }
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
