package vn.practica.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.practica.devkit.PracticaStack;
import vn.practica.e2e.BadInputHttp.Answer;
import vn.practica.e2e.BadInputHttp.Call;
import vn.practica.e2e.BadInputHttp.Oversize;
import vn.practica.e2e.BadInputListing.Endpoint;
import vn.practica.e2e.BadInputVariant.Expect;

/**
 * Issue 8's bad-input suite: every endpoint of {@code bad-input/endpoints.json}, against the packaged services,
 * gets the hostile variants {@link HostileVariants} derives from its listing; each must be a clean 4xx problem
 * (or, in a batch judged per row, a rejected row) and leave every table of the service's database as it was.
 * The listing itself must name every endpoint and query parameter the services publish in OpenAPI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSuiteIT {
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final ObjectMapper mapper = new ObjectMapper();
    private final BadInputListing listing = BadInputListing.load(mapper);
    private final BadInputVars vars = new BadInputVars(listing.vars());
    private final ProblemContract contract = new ProblemContract(mapper);
    private final Map<String, String> tokens = new TreeMap<>();
    private PracticaStack stack;
    private BadInputHttp http;
    private TableCounts counts;
    private BadInputReport report;
    private String currentService;
    private Map<String, Long> baseline;

    @BeforeAll
    void startStackAndPrepareData() throws Exception {
        stack = E2eStack.start();
        http = new BadInputHttp(service -> stack.service(service).baseUrl());
        counts = new TableCounts(stack);
        report = new BadInputReport();
        for (BadInputListing.Step step : listing.setup()) {
            runSetupStep(step);
        }
    }

    @AfterAll
    void stopStack() throws IOException {
        if (report != null) {
            report.write(Path.of("target", "bad-input-report.txt"));
        }
        if (counts != null) {
            counts.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void listingNamesEveryEndpointAndQueryParameterOfEveryService() throws IOException {
        Map<String, Set<String>> listed = new TreeMap<>();
        for (Endpoint endpoint : listing.endpoints()) {
            listed.computeIfAbsent(key(endpoint.service(), endpoint.method(), endpoint.path()), k -> new TreeSet<>())
                    .addAll(endpoint.query().keySet());
        }
        Map<String, Set<String>> published = new TreeMap<>();
        for (String service : listing.services().keySet()) {
            published.putAll(publishedEndpoints(service));
        }
        assertEquals(
                published,
                listed,
                "bad-input/endpoints.json must list every endpoint and query parameter the services publish");
    }

    @TestFactory
    @Order(2)
    Stream<DynamicContainer> everyEndpointRefusesHostileInputCleanly() {
        return listing.endpoints().stream()
                .sorted(Comparator.comparing(e -> consumesEvents(e.service())))
                .map(endpoint -> DynamicContainer.dynamicContainer(
                        endpoint.name(),
                        new HostileVariants(endpoint, vars, token(endpoint.token()), mapper)
                                .all().stream()
                                        .map(variant -> DynamicTest.dynamicTest(
                                                variant.label(), () -> run(endpoint, variant)))));
    }

    private void run(Endpoint endpoint, BadInputVariant variant) throws InterruptedException {
        prepare(endpoint.service());
        long started = System.nanoTime();
        Answer answer = http.send(variant.call());
        List<String> violations = new ArrayList<>(contract.violations(answer, variant.expect(), endpoint.control()));
        if (variant.expect() == Expect.CONTROL && !endpoint.perRow().isEmpty()) {
            requireNoRowRejected(answer, violations);
        }
        Map<String, Long> after = counts.of(endpoint.service());
        if (variant.hostile() && !after.equals(baseline)) {
            violations.add("rows changed: " + TableCounts.difference(baseline, after));
        }
        baseline = after;
        report.add(endpoint, variant, answer, violations, Duration.ofNanos(System.nanoTime() - started));
        if (!violations.isEmpty()) {
            fail(String.join("; ", violations) + " — answer " + answer.status() + " " + excerpt(answer.body()));
        }
    }

    /** On a new service: wait until events no longer change a consumer's tables, then take the baseline. */
    private void prepare(String service) throws InterruptedException {
        if (service.equals(currentService)) {
            return;
        }
        if (consumesEvents(service)) {
            awaitQuiet(service);
        }
        currentService = service;
        baseline = counts.of(service);
    }

    /** Every outbox sent, and the consumer's counts unchanged over half a second. */
    private void awaitQuiet(String service) throws InterruptedException {
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        Map<String, Long> last = counts.of(service);
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            Map<String, Long> now = counts.of(service);
            long unsent = listing.services().keySet().stream()
                    .mapToLong(counts::unsentEvents)
                    .sum();
            if (unsent == 0 && now.equals(last)) {
                return;
            }
            last = now;
        }
        fail(service + " did not go quiet within " + QUIET_TIMEOUT);
    }

    private void requireNoRowRejected(Answer answer, List<String> violations) {
        try {
            JsonNode body = mapper.readTree(answer.body());
            if (body.path("rejected").asLong(-1) != 0) {
                violations.add("the valid sample has rejected rows: " + excerpt(answer.body()));
            }
        } catch (IOException e) {
            violations.add("the valid sample's answer is not JSON");
        }
    }

    private void runSetupStep(BadInputListing.Step step) throws IOException, InterruptedException {
        JsonNode body = vars.json(step.body());
        Call call = new Call(
                step.service(),
                step.method(),
                vars.path(step.path(), Map.of()),
                token(step.token()),
                body == null ? null : "application/json",
                body == null ? null : mapper.writeValueAsBytes(body),
                Oversize.NONE,
                step.headers());
        long deadline =
                System.nanoTime() + Duration.ofSeconds(step.retrySeconds()).toNanos();
        Answer answer = http.send(call);
        while (answer.status() != step.expect() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = http.send(call);
        }
        assertEquals(
                step.expect(),
                answer.status(),
                "setup " + step.method() + " " + step.path() + ": " + excerpt(answer.body()));
        for (Map.Entry<String, String> saved : step.save().entrySet()) {
            JsonNode value = mapper.readTree(answer.body()).path(saved.getValue());
            assertTrue(value.isTextual(), "setup answer has no " + saved.getValue());
            vars.put(saved.getKey(), value.asText());
        }
    }

    private String token(String name) {
        if (name == null) {
            return null;
        }
        return tokens.computeIfAbsent(name, n -> {
            var spec = listing.tokens().get(n);
            if (spec == null) {
                throw new IllegalStateException("No token " + n + " in the listing");
            }
            return stack.tokens().mint("bad-input-" + n, spec.role(), vars.text(spec.org()), Duration.ofHours(2));
        });
    }

    private boolean consumesEvents(String service) {
        var spec = listing.services().get(service);
        return spec != null && spec.consumesEvents();
    }

    /** The operations a service publishes in its OpenAPI document, with their query parameters. */
    private Map<String, Set<String>> publishedEndpoints(String service) throws IOException {
        Answer answer = http.send(new Call(service, "GET", "/q/openapi?format=json", null, null, null, Oversize.NONE));
        JsonNode paths = mapper.readTree(answer.body()).path("paths");
        Map<String, Set<String>> published = new TreeMap<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        Set<String> query = new TreeSet<>();
                        queryParameters(path.getValue().path("parameters"), query);
                        queryParameters(operation.getValue().path("parameters"), query);
                        published.put(key(service, operation.getKey(), path.getKey()), query);
                    }
                }));
        return published;
    }

    private static void queryParameters(JsonNode parameters, Set<String> names) {
        parameters.forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
    }

    private static String key(String service, String method, String path) {
        return service + " " + method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}");
    }

    static String excerpt(String body) {
        if (body == null) {
            return "(no body)";
        }
        return HostileValues.escape(body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
}
