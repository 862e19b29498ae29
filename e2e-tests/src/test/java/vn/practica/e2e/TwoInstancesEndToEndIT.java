package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;
import vn.practica.events.placement.PlacementEventTypes;

/**
 * Two instances of every service (own ports, one database per service, one broker), traffic spread over both, and
 * one instance of each killed with SIGKILL in the middle of a burst: every acknowledged write survives and every
 * consumer applies it exactly once; one outbox relay publishes at a time and the other instance takes over within
 * {@link #TAKEOVER}; idempotency keys and rate limits hold across instances; a matching round started on both
 * runs once; agreed placements are started once each by the start job both instances run. The kills come last,
 * so the other tests run on two live instances without waiting for restarts. Timings go to stdout and {@code
 * target/two-instances.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesEndToEndIT {
    /**
     * From the SIGKILL of the instance that last published to the moment every row its database had committed by
     * then is published by the other. The relay's lock is released as soon as PostgreSQL sees the connection close
     * and the survivor's relay polls every second (practica.outbox.relay.poll-interval) or is woken by NOTIFY:
     * measured 2.5-3.4 s here with the machine at a load of 12-20, the bound leaves room for worse.
     */
    static final Duration TAKEOVER = Duration.ofSeconds(30);

    private static final Duration CONVERGENCE = Duration.ofSeconds(180);
    private static final String[] SERVICES = {"catalog", "placement", "reporting"};
    private static final String FIELD = "IT";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate START = LocalDate.now().plusDays(60);

    private static final int FIELD_CLIENTS = 3;
    private static final int FIELDS_PER_CLIENT = 12;
    private static final int FIELD_OPS_PER_CLIENT = 70;
    private static final int OFFERS = 8;
    private static final int OFFER_OPS = 60;
    private static final int KILL_AFTER = (FIELD_CLIENTS * FIELD_OPS_PER_CLIENT + OFFER_OPS) / 3;

    private static final int BULK_BUDGET = 5;
    /**
     * Small budgets where the tests measure them, and a start sweep every two seconds so agreed placements start
     * within the test (production: five minutes).
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "PRACTICA_RATE_LIMIT_BULK_LIMIT", Integer.toString(BULK_BUDGET),
            "PRACTICA_RATE_LIMIT_BULK_PERIOD", "1h",
            "PRACTICA_PLACEMENTS_START_INTERVAL", "2s");

    private PracticaStack stack;
    private SuiteState state;
    private String stateToken;
    private String business;
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<String> report = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startSuite() throws Exception {
        Instant begin = Instant.now();
        stack = E2eStack.start(2, SETTINGS);
        state = new SuiteState(stack);
        stateToken = stack.tokens().mint("e2e-ministry-officer", "state", "MOST", Duration.ofHours(2));
        log("two instances of each service ready in %.1f s: %s", seconds(begin), stack.startupTimes());
        business = admit("BUSINESS", businessIdentifier(0), "Công ty Hai Bản Sao " + run);
        awaitPlacement(
                "select count(*) from partner_organization where status = 'VERIFIED' and id = '" + business + "'", 1);
    }

    @AfterAll
    void stopSuite() throws Exception {
        Files.write(Path.of("target", "two-instances.txt"), report);
        if (stack != null) {
            stack.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ the burst

    @Test
    @Order(4)
    void aBurstOverBothInstancesWithOneOfEachKilledLosesNothingAndAppliesEverythingOnce() throws Exception {
        Burst burst = new Burst();
        try (RelayLockWatch catalogLock = RelayLockWatch.start(stack, "catalog");
                RelayLockWatch placementLock = RelayLockWatch.start(stack, "placement")) {
            ExecutorService clients = Executors.newFixedThreadPool(FIELD_CLIENTS + 1);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < FIELD_CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> burst.fields(client)));
            }
            running.add(clients.submit(burst::offers));
            await().atMost(CONVERGENCE).until(() -> burst.acknowledged.get() >= KILL_AFTER || burst.ended());

            // One of each: for the producers, the instance that published last, so the other must take over
            ServiceProcess catalogVictim = victim(catalogLock, "catalog");
            ServiceProcess placementVictim = victim(placementLock, "placement");
            ServiceProcess reportingVictim = stack.instances("reporting").get(0);
            long catalogSeq = lastOutboxSeq("catalog");
            long placementSeq = lastOutboxSeq("placement");
            Instant killed = Instant.now();
            for (ServiceProcess victim : List.of(catalogVictim, placementVictim, reportingVictim)) {
                victim.kill();
                assertTrue(!victim.alive(), victim.name() + " must be dead after kill -9");
            }
            log(
                    "killed %s, %s and %s after %d acknowledged writes",
                    catalogVictim.name(), placementVictim.name(), reportingVictim.name(), burst.acknowledged.get());
            CompletableFuture<Duration> catalogTakeover = takeover("catalog", catalogSeq, killed);
            CompletableFuture<Duration> placementTakeover = takeover("placement", placementSeq, killed);

            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            assertEquals(List.of(), burst.refusals, "no live instance refuses a write");
            assertTakenOver(catalogLock, catalogVictim, catalogTakeover.get(), killed);
            assertTakenOver(placementLock, placementVictim, placementTakeover.get(), killed);
        }
        log("burst: %d writes acknowledged, %d cut by the kills", burst.acknowledged.get(), burst.cut.get());

        assertEveryAcknowledgedWriteSurvived(burst);
        assertFieldsConvergedExactlyOnce();
        assertOffersConvergedExactlyOnce();
        assertEveryEventAppliedOnce("placement", "catalog");
        assertEveryEventAppliedOnce("reporting", "catalog");
        assertEveryEventAppliedOnce("reporting", "placement");
    }

    /** Field changes by the State and offer pushes by a business, each request to the next instance in turn. */
    private final class Burst {
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger cut = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final List<String> refusals = new CopyOnWriteArrayList<>();
        /** Field code to the English names it may hold: the last acknowledged one and any attempted after it. */
        final Map<String, Set<String>> fieldNames = new ConcurrentHashMap<>();
        /** Offer reference to the titles it may hold, likewise. */
        final Map<String, Set<String>> offerTitles = new ConcurrentHashMap<>();

        final Set<String> acknowledgedOffers = ConcurrentHashMap.newKeySet();

        boolean ended() {
            return finished.get() == FIELD_CLIENTS + 1;
        }

        void fields(int client) {
            try {
                List<String> created = new ArrayList<>();
                for (int op = 0; op < FIELD_OPS_PER_CLIENT; op++) {
                    String catalog = instanceUrl("catalog", op + client);
                    if (op < FIELDS_PER_CLIENT) {
                        String code = "E2E_" + run + "_C" + client + "_" + op;
                        String name = "Field " + code;
                        if (write(() -> createField(catalog, code, name), 201)) {
                            created.add(code);
                            fieldNames.put(code, new HashSet<>(Set.of(name)));
                        }
                    } else if (!created.isEmpty()) {
                        String code = created.get(op % created.size());
                        String name = "Renamed " + op + " " + code;
                        fieldNames.get(code).add(name);
                        if (write(() -> renameField(catalog, code, name), 200)) {
                            fieldNames.put(code, new HashSet<>(Set.of(name)));
                        }
                    }
                }
            } finally {
                finished.incrementAndGet();
            }
        }

        void offers() {
            try {
                Map<String, String> opened = new LinkedHashMap<>();
                for (int op = 0; op < OFFER_OPS; op++) {
                    String placement = instanceUrl("placement", op);
                    String ref = "TWO-" + run + "-" + (op % OFFERS);
                    String title = "Thực tập vận hành hệ thống " + op;
                    offerTitles.computeIfAbsent(ref, r -> new HashSet<>()).add(title);
                    Response put = attempt(() -> pushOffer(placement, ref, title));
                    // 201 when the push created the offer, 200 when it changed it
                    if (put == null || !accepted(put, put.statusCode() == 201 ? 201 : 200)) {
                        continue;
                    }
                    offerTitles.put(ref, new HashSet<>(Set.of(title)));
                    acknowledgedOffers.add(ref);
                    // An opening cut by a kill may have committed: the push's answer says
                    if ("OPEN".equals(put.jsonPath().getString("status"))) {
                        opened.put(ref, put.header("ETag"));
                    }
                    if (!opened.containsKey(ref)) {
                        String etag = put.header("ETag");
                        String other = instanceUrl("placement", op + 1);
                        if (write(
                                () -> asBusiness(other).header("If-Match", etag).post(offerPath(ref) + "/open"), 200)) {
                            opened.put(ref, etag);
                        }
                    }
                }
            } finally {
                finished.incrementAndGet();
            }
        }

        private boolean write(java.util.function.Supplier<Response> request, int expected) {
            Response answer = attempt(request);
            return answer != null && accepted(answer, expected);
        }

        /** The answer, or null when the connection broke: the instance was killed, the write may or may not count. */
        private Response attempt(java.util.function.Supplier<Response> request) {
            try {
                return request.get();
            } catch (Exception e) { // REST Assured rethrows the I/O error undeclared
                cut.incrementAndGet();
                return null;
            }
        }

        private boolean accepted(Response answer, int expected) {
            if (answer.statusCode() == expected) {
                acknowledged.incrementAndGet();
                return true;
            }
            refusals.add(answer.statusCode() + " " + answer.body().asString());
            return false;
        }
    }

    private ServiceProcess victim(RelayLockWatch lock, String service) {
        String last = lock.lastHolder().orElse(stack.instances(service).get(0).name());
        return stack.instances(service).stream()
                .filter(p -> p.name().equals(last))
                .findFirst()
                .orElseThrow();
    }

    /** Completes with the time from the kill until every outbox row committed before it is published. */
    private CompletableFuture<Duration> takeover(String service, long lastSeq, Instant killed) {
        return CompletableFuture.supplyAsync(() -> {
            await().atMost(TAKEOVER.multipliedBy(4))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> state.single(
                                    service,
                                    "select count(*) from outbox_event where sent_at is null and seq <= " + lastSeq)
                            == 0);
            return Duration.between(killed, Instant.now());
        });
    }

    private void assertTakenOver(RelayLockWatch lock, ServiceProcess victim, Duration drained, Instant killed) {
        String service = victim.name().replaceAll("-service-\\d$", "");
        String survivor = stack.instances(service).stream()
                .filter(ServiceProcess::alive)
                .findFirst()
                .orElseThrow()
                .name();
        assertEquals(List.of(), lock.overlaps(), "one relay at a time in " + service + "'s database");
        Instant settled = killed.plusSeconds(5);
        assertEquals(List.of(), lock.heldBy(victim.name(), settled), "the killed relay holds nothing after it died");
        Set<String> before = new HashSet<>();
        lock.samples().stream().filter(s -> s.at().isBefore(killed)).forEach(s -> before.addAll(s.holders()));
        String lockTakeover = lock.firstHeldBy(survivor, killed)
                .map(at -> String.format("%.2f s", Duration.between(killed, at).toMillis() / 1e3))
                .orElse("not sampled (its batches were shorter than the 50 ms between samples)");
        log(
                "%s relay: held by %s before the kill; %s took the lock after %s, every row committed before the kill"
                        + " was published %.2f s after it (bound %d s)",
                service, before, survivor, lockTakeover, drained.toMillis() / 1e3, TAKEOVER.toSeconds());
        assertTrue(drained.compareTo(TAKEOVER) <= 0, service + " took over after " + drained);
    }

    private long lastOutboxSeq(String service) throws Exception {
        return state.single(service, "select coalesce(max(seq), 0) from outbox_event");
    }

    /** The instance of {@code service} still running after the kills. */
    private String alive(String service) {
        return stack.instances(service).stream()
                .filter(ServiceProcess::alive)
                .findFirst()
                .orElseThrow()
                .baseUrl();
    }

    private void assertEveryAcknowledgedWriteSurvived(Burst burst) throws Exception {
        Map<String, SuiteState.FieldState> fields = state.catalogFields(alive("catalog"));
        burst.fieldNames.forEach((code, names) -> {
            assertTrue(fields.containsKey(code), "acknowledged field " + code + " survived");
            assertTrue(names.contains(fields.get(code).nameEn()), code + " holds an acknowledged or later name");
        });
        for (var offer : burst.offerTitles.entrySet()) {
            List<String> title = rows(
                    "placement",
                    "select title from offer where business_id = '" + business + "' and external_ref = '"
                            + offer.getKey() + "'");
            assertTrue(
                    title.isEmpty()
                            ? !burst.acknowledgedOffers.contains(offer.getKey())
                            : offer.getValue().contains(title.get(0)),
                    offer.getKey() + " holds an acknowledged or later title, not " + title);
        }
    }

    private void assertFieldsConvergedExactlyOnce() throws Exception {
        await().atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var catalog = state.catalogFields(alive("catalog"));
            return catalog.equals(state.reportingFields()) && catalog.equals(state.placementFields());
        });
        var catalog = state.catalogFields(alive("catalog"));
        long emitted = SuiteState.eventsEmitted(catalog);
        assertEquals(emitted, state.reportingEventsApplied(), "each field event applied exactly once by reporting");
        assertEquals(emitted, state.processedFieldEvents("reporting"), "reporting recorded each field event once");
        assertEquals(emitted, state.processedFieldEvents("placement"), "placement recorded each field event once");
    }

    /** Reporting's offer facts hold each published offer at placement's version, once the outbox is drained. */
    private void assertOffersConvergedExactlyOnce() throws Exception {
        String offers = "select id::text || ':' || version || ':' || status from offer where business_id = '" + business
                + "' and status <> 'DRAFT' order by 1";
        String facts = "select offer_id::text || ':' || version || ':' || status from offer_fact where business_id = '"
                + business + "' order by 1";
        await().atMost(CONVERGENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> rows("placement", offers).equals(rows("reporting", facts)));
        assertTrue(!rows("placement", offers).isEmpty(), "the burst opened offers");
    }

    /**
     * Every event the producer's outbox holds, of the types the consumer records, is in the consumer's inbox; the
     * inbox's key (source, event id) admits each once, in the transaction of its effects.
     */
    private void assertEveryEventAppliedOnce(String consumer, String producer) throws Exception {
        String source = "/practica/" + producer + "-service";
        Set<String> types = new HashSet<>(
                rows(consumer, "select distinct type from processed_event where source = '" + source + "'"));
        List<String> published = rows(producer, "select id::text || ' ' || type from outbox_event order by seq");
        Set<String> processed = new HashSet<>(
                rows(consumer, "select event_id || ' ' || type from processed_event where source = '" + source + "'"));
        List<String> missing = published.stream()
                .filter(row -> types.contains(row.substring(row.indexOf(' ') + 1)))
                .filter(row -> !processed.contains(row))
                .toList();
        assertEquals(List.of(), missing, consumer + " applied every event of " + producer + " it consumes");
        assertEquals(
                processed.size(),
                state.single(consumer, "select count(*) from processed_event where source = '" + source + "'"));
    }

    // ------------------------------------------------------------------------------------- keys and budgets

    @Test
    @Order(1)
    void oneIdempotencyKeySentToBothInstancesAtOnceTakesEffectOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            String org = UUID.randomUUID().toString();
            String key = UUID.randomUUID().toString();
            String identifier = businessIdentifier(100 + i);
            List<CompletableFuture<Response>> both = new ArrayList<>();
            for (ServiceProcess catalog : stack.instances("catalog")) {
                both.add(CompletableFuture.supplyAsync(() -> register(catalog.baseUrl(), org, key, identifier)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Response> answer : both) {
                statuses.add(answer.get().statusCode());
            }
            assertTrue(statuses.contains(201), "one of the two registers: " + statuses);
            assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 409),
                    "the other replays or says the key is in use: " + statuses);
            for (ServiceProcess catalog : stack.instances("catalog")) {
                Response retry = register(catalog.baseUrl(), org, key, identifier);
                assertEquals(201, retry.statusCode(), retry.body().asString());
                assertEquals("true", retry.header("Idempotent-Replayed"), "answered from the key on " + catalog.name());
            }
            String id = "'" + org + "'";
            assertEquals(1, state.single("catalog", "select count(*) from organization where id = " + id + "::uuid"));
            assertEquals(1, state.single("catalog", "select count(*) from outbox_event where aggregateid = " + id));
            assertEquals(
                    1, state.single("catalog", "select count(*) from idempotency_key where idem_key = '" + key + "'"));
        }
    }

    @Test
    @Order(2)
    void aCallersBudgetIsOneAcrossInstances() {
        String school = UUID.randomUUID().toString();
        String token = stack.tokens().mint("sis-" + school, "school", school, Duration.ofHours(1));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2 * BULK_BUDGET; i++) {
            statuses.add(given().baseUri(instanceUrl("placement", i))
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("students", List.of()))
                    .put("/api/v1/schools/" + school + "/students")
                    .statusCode());
        }
        long refused = statuses.stream().filter(s -> s == 429).count();
        assertEquals(BULK_BUDGET, refused, "a budget of " + BULK_BUDGET + " bulk requests over both: " + statuses);
        assertTrue(
                statuses.subList(BULK_BUDGET, statuses.size()).stream().allMatch(s -> s == 429), statuses.toString());
    }

    // ------------------------------------------------------------------------ the round and the start sweep

    @Test
    @Order(3)
    void aRoundStartedOnBothInstancesRunsOnceAndItsAgreedPlacementsStartOnceEach() throws Exception {
        List<String> schools = List.of(
                admit("SCHOOL", "W" + run + "1", "Trường Hai Bản Sao 1 " + run),
                admit("SCHOOL", "W" + run + "2", "Trường Hai Bản Sao 2 " + run));
        List<String> offers = new ArrayList<>();
        for (int o = 0; o < 4; o++) {
            offers.add(openRoundOffer(o));
        }
        awaitPlacement(
                "select count(*) from partner_organization where status = 'VERIFIED' and id in ('"
                        + String.join("', '", schools) + "')",
                2);
        int perSchool = 6;
        for (String school : schools) {
            syncStudents(school, perSchool);
        }
        String round = openRound();
        uploadPreferences(round, schools, perSchool, offers);
        asState(instanceUrl("placement", 0))
                .post(roundPath(round, "/close"))
                .then()
                .statusCode(200);

        List<CompletableFuture<Response>> starts = new ArrayList<>();
        for (ServiceProcess placement : stack.instances("placement")) {
            starts.add(CompletableFuture.supplyAsync(
                    () -> asState(placement.baseUrl()).post(roundPath(round, "/runs"))));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Response> start : starts) {
            statuses.add(start.get().statusCode());
        }
        assertEquals(List.of(202, 409), statuses.stream().sorted().toList(), "one run, one refusal");
        await().atMost(CONVERGENCE)
                .until(() -> state.single(
                                "placement",
                                "select count(*) from matching_round where id = '" + round + "' and status = 'MATCHED'")
                        == 1);
        assertEquals(1, state.single("placement", "select count(*) from round_run where round_id = '" + round + "'"));
        long matched = state.single("placement", "select count(*) from placement where round_id = '" + round + "'");
        assertTrue(matched > 0, "the round placed students");
        await().atMost(CONVERGENCE)
                .until(() -> state.single(
                                "reporting",
                                "select count(*) from placement_fact where placement_id in (" + roundPlacements(round)
                                        + ")")
                        == matched);
        assertEquals(
                matched,
                state.single(
                        "placement",
                        "select count(*) from outbox_event where type = '"
                                + PlacementEventTypes.PLACEMENT_PROPOSED + "' and aggregateid in ("
                                + roundPlacementIds(round)
                                + ")"),
                "one placement.proposed per match");
        log("round: started on both instances at once (%s), ran once, %d matched", statuses, matched);

        agreeToStartToday(round);
        await().atMost(CONVERGENCE)
                .until(() -> state.single(
                                "placement",
                                "select count(*) from placement where status = 'ACTIVE' and round_id = '" + round + "'")
                        == matched);
        assertEquals(
                matched,
                state.single(
                        "placement",
                        "select count(*) from outbox_event where type = '"
                                + PlacementEventTypes.PLACEMENT_STARTED + "' and aggregateid in ("
                                + roundPlacementIds(round)
                                + ")"),
                "one placement.started per agreed placement, whichever instance's sweep started it");
        log("start sweep (every 2 s on both instances): %d agreed placements started, each once", matched);
    }

    private String openRoundOffer(int o) {
        String ref = "ROUND-" + run + "-" + o;
        Response put = asBusiness(instanceUrl("placement", o))
                .contentType(ContentType.JSON)
                .body(offerBody("Thực tập phát triển phần mềm " + o, 3))
                .put(offerPath(ref));
        put.then().statusCode(201);
        return asBusiness(instanceUrl("placement", o + 1))
                .header("If-Match", put.header("ETag"))
                .post(offerPath(ref) + "/open")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private void syncStudents(String school, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sourcedId", "SV" + i);
            row.put("programSourcedId", "CNTT");
            row.put("yearOfStudy", 3);
            row.put("givenName", "An");
            row.put("familyName", "Nguyễn");
            row.put("email", "sv" + i + "@sv.example.edu.vn");
            row.put("loginSubject", login(school, i));
            row.put("fieldInterests", List.of(FIELD));
            rows.add(row);
        }
        asSchool(instanceUrl("placement", 1), school)
                .contentType(ContentType.JSON)
                .body(Map.of("students", rows))
                .put("/api/v1/schools/" + school + "/students")
                .then()
                .statusCode(200);
    }

    private String openRound() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Đợt ghép nối hai bản sao");
        body.put("term", START.getYear() + "-TWO");
        body.put("startsFrom", START.toString());
        body.put("startsUntil", START.toString());
        body.put("fieldCode", FIELD);
        body.put("preferenceDeadline", Instant.now().plus(Duration.ofHours(3)).toString());
        body.put("choiceCap", 3);
        return asState(instanceUrl("placement", 1))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/matching-rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void uploadPreferences(String round, List<String> schools, int perSchool, List<String> offers) {
        StringBuilder csv = new StringBuilder("schoolId,studentId,rank,offerId\n");
        for (String school : schools) {
            for (int i = 0; i < perSchool; i++) {
                for (int rank = 1; rank <= 3; rank++) {
                    String offer = offers.get((i + rank) % offers.size());
                    csv.append(school)
                            .append(",SV")
                            .append(i)
                            .append(',')
                            .append(rank)
                            .append(',')
                            .append(offer)
                            .append('\n');
                }
            }
        }
        asState(instanceUrl("placement", 0))
                .contentType("text/csv")
                .body(csv.toString())
                .post(roundPath(round, "/preferences"))
                .then()
                .statusCode(200);
    }

    /**
     * For each of the round's placements, the parties' calls spread over both instances: the school sets today as
     * the start, the business names the mentor, and all three confirm.
     */
    private void agreeToStartToday(String round) throws Exception {
        List<String> placements = rows(
                "placement",
                "select p.id || ' ' || p.school_id || ' ' || s.sourced_id from placement p join student s"
                        + " on s.id = p.student_id where p.round_id = '" + round + "' order by p.id");
        int i = 0;
        for (String row : placements) {
            String[] parts = row.split(" ");
            String placement = parts[0];
            String school = parts[1];
            int student = Integer.parseInt(parts[2].substring(2));
            String a = instanceUrl("placement", i);
            String b = instanceUrl("placement", ++i);
            // The version the round made it at, read on the other instance
            String read =
                    asSchool(b, school).get("/api/v1/placements/" + placement).header("ETag");
            String version = revise(
                    asSchool(a, school),
                    placement,
                    read.replace("\"", ""),
                    Map.of(
                            "startDate", LocalDate.now(VIETNAM).toString(),
                            "schoolSupervisor", Map.of("subject", "gv-" + school, "name", "Cô Lan")));
            version = revise(
                    asBusiness(b),
                    placement,
                    version,
                    Map.of("businessMentor", Map.of("subject", "mentor-" + business, "name", "Anh Minh")));
            List<RequestSpecification> parties = List.of(
                    given().baseUri(a)
                            .auth()
                            .oauth2(stack.tokens().mint(login(school, student), "student", null, Duration.ofHours(1))),
                    asSchool(b, school),
                    asBusiness(a));
            for (RequestSpecification party : parties) {
                party.header("If-Match", version)
                        .post("/api/v1/placements/" + placement + "/agreement/confirm")
                        .then()
                        .statusCode(200);
            }
        }
    }

    private static String revise(RequestSpecification party, String placement, String version, Map<String, ?> body) {
        Response revised = party.contentType(ContentType.JSON)
                .header("If-Match", version)
                .body(body)
                .patch("/api/v1/placements/" + placement + "/agreement");
        revised.then().statusCode(200);
        return revised.header("ETag").replace("\"", "");
    }

    private String roundPlacementIds(String round) {
        return "select id::text from placement where round_id = '" + round + "'";
    }

    private String roundPlacements(String round) throws Exception {
        return "'" + String.join("', '", rows("placement", roundPlacementIds(round))) + "'";
    }

    private String login(String school, int student) {
        return "login-" + school + "-" + student;
    }

    // ---------------------------------------------------------------------------------------------- requests

    /** Instance {@code n mod 2} of a service: the client's own load balancing, request by request. */
    private String instanceUrl(String service, int n) {
        List<ServiceProcess> all = stack.instances(service);
        return all.get(Math.floorMod(n, all.size())).baseUrl();
    }

    private Response createField(String catalog, String code, String nameEn) {
        return asState(catalog)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Lĩnh vực " + code, "nameEn", nameEn))
                .post("/api/v1/fields");
    }

    private Response renameField(String catalog, String code, String nameEn) {
        return asState(catalog)
                .contentType(ContentType.JSON)
                .body(Map.of("nameEn", nameEn))
                .patch("/api/v1/fields/" + code);
    }

    private Response pushOffer(String placement, String ref, String title) {
        return asBusiness(placement)
                .contentType(ContentType.JSON)
                .body(offerBody(title, 2))
                .put(offerPath(ref));
    }

    private Map<String, Object> offerBody(String title, int seats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Làm việc trong nhóm phát triển sản phẩm thật, có người hướng dẫn.");
        body.put("fieldCode", FIELD);
        body.put("totalJobOpenings", seats);
        body.put("workMode", "REMOTE");
        body.put("jobStartDate", START.toString());
        body.put("jobEndDate", START.plusDays(90).toString());
        body.put("expectedHours", 480);
        body.put("validThrough", START.minusDays(14).toString());
        body.put("mentorSubjects", List.of("mentor-" + business));
        body.put("cooperationModelCode", "INTERNSHIP");
        body.put("contributionKind", "INTERNSHIP");
        return body;
    }

    private String offerPath(String ref) {
        return "/api/v1/businesses/" + business + "/offers/" + ref;
    }

    private Response register(String catalog, String org, String key, String identifier) {
        return given().baseUri(catalog)
                .auth()
                .oauth2(stack.tokens().mint("hr-" + org, "business", org, Duration.ofHours(1)))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind", "BUSINESS",
                        "identifier", identifier,
                        "legalName", "Công ty Khóa Trùng " + identifier,
                        "shortName", "Khóa Trùng",
                        "provinceCode", "HP",
                        "contactEmail", "hr@khoatrung.vn",
                        "fieldCodes", List.of("PORT_OPS")))
                .post("/api/v1/organizations");
    }

    /** Registers and verifies an organization (the State), each step on another catalog instance; its id. */
    private String admit(String kind, String identifier, String name) {
        Response registered = asState(instanceUrl("catalog", 0))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind", kind,
                        "identifier", identifier,
                        "legalName", name,
                        "shortName", identifier,
                        "provinceCode", "HN",
                        "contactEmail", "lienhe@example.vn"))
                .post("/api/v1/organizations");
        registered.then().statusCode(201);
        String id = registered.jsonPath().getString("id");
        asState(instanceUrl("catalog", 1))
                .header("If-Match", registered.header("ETag"))
                .post("/api/v1/organizations/" + id + "/verify")
                .then()
                .statusCode(200);
        return id;
    }

    /** A 13-digit tax code, unique to this run. */
    private String businessIdentifier(int n) {
        return String.format("%09d%04d", Math.floorMod(run.hashCode(), 1_000_000_000), n);
    }

    private RequestSpecification asState(String baseUrl) {
        return given().baseUri(baseUrl).auth().oauth2(stateToken);
    }

    private RequestSpecification asBusiness(String baseUrl) {
        return given().baseUri(baseUrl)
                .auth()
                .oauth2(stack.tokens().mint("hr-" + business, "business", business, Duration.ofHours(1)));
    }

    private RequestSpecification asSchool(String baseUrl, String school) {
        return given().baseUri(baseUrl)
                .auth()
                .oauth2(stack.tokens().mint("gv-" + school, "school", school, Duration.ofHours(1)));
    }

    private static String roundPath(String round, String rest) {
        return "/api/v1/matching-rounds/" + round + rest;
    }

    // --------------------------------------------------------------------------------------------- databases

    private void awaitPlacement(String countSql, long expected) {
        await().atMost(CONVERGENCE).until(() -> state.single("placement", countSql) == expected);
    }

    /** The first column of every row, as text. */
    private List<String> rows(String service, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = stack.databases().connect(stack.databaseOf(service));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private void log(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        System.out.println("[two-instances] " + line);
        report.add(line);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1e3;
    }
}
