package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.devkit.PracticaStack;

/**
 * A national matching round through the packaged services' APIs, against real PostgreSQL and the real broker:
 * schools register their students and businesses open their offers (set-up, timed apart), then the State opens a
 * round, uploads every student's ranked list in bulk, closes it and runs it, following the run's progress; the
 * round's ~{@code 0.8 × students} {@code placement.proposed} events are published and applied by reporting.
 * Sizes follow issue 12's national round (850,000 students, 9 choices each over 4,000 offers, Zipf-skewed
 * popularity) scaled by {@code -Dnational.students} (100,000 in the suite; {@code bench/national-round.sh} runs
 * the national size). Each phase's time goes to stdout and {@code target/national-round.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalRoundEndToEndIT {
    private static final int STUDENTS = Integer.getInteger("national.students", 100_000);
    private static final int OFFERS = Math.max(20, (int) Math.round(STUDENTS * 4_000.0 / 850_000));
    private static final int CHOICES = 9;
    private static final int STUDENTS_PER_SCHOOL = 10_000;
    private static final int OFFERS_PER_BUSINESS = 10;
    /** The seats of all offers: about 0.82 per student, as 700,000 of 850,000 in the national figures. */
    private static final double SEATS_PER_STUDENT = 0.82;

    private static final int SYNC_ROWS = 1_000;
    private static final int UPLOAD_ROWS = 100_000;
    /** Uploads in flight at once, as schools' systems send theirs independently; each is whole or nothing. */
    private static final int UPLOADS_AT_ONCE = Integer.getInteger("national.uploads", 2);

    /** Set-up requests in flight at once: each is independent, and one at a time left a core idle between them. */
    private static final int SETUP_REQUESTS_AT_ONCE = 4;

    private static final String FIELD = "IT";
    private static final LocalDate START = LocalDate.now().plusDays(60);

    private final List<String> report = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private PracticaStack stack;
    private SuiteState state;
    private String stateToken;
    private Instant phaseStart;

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
        state = new SuiteState(stack);
        stateToken = stack.tokens().mint("national-coordinator", "state", "MOST", Duration.ofHours(4));
    }

    @AfterAll
    void stopSuite() throws Exception {
        Files.write(Path.of("target", "national-round.txt"), report);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aNationalRoundPlacesStudentsThroughTheApiAndReportingAppliesEveryProposal() throws Exception {
        log("national round: " + STUDENTS + " students, " + OFFERS + " offers, " + CHOICES + " choices; cores "
                + Runtime.getRuntime().availableProcessors() + ", load "
                + Files.readString(Path.of("/proc/loadavg")).strip());
        begin();
        List<String> schools = admitAll("SCHOOL", (STUDENTS + STUDENTS_PER_SCHOOL - 1) / STUDENTS_PER_SCHOOL);
        List<String> businesses = admitAll("BUSINESS", (OFFERS + OFFERS_PER_BUSINESS - 1) / OFFERS_PER_BUSINESS);
        await().atMost(Duration.ofMinutes(2))
                .until(() ->
                        state.single("placement", "select count(*) from partner_organization where status = 'VERIFIED'")
                                >= schools.size() + businesses.size());
        end("set-up: admit " + schools.size() + " schools and " + businesses.size() + " businesses");

        begin();
        registerStudents(schools);
        end("set-up: register " + STUDENTS + " students (" + SYNC_ROWS + " a request)");

        begin();
        List<String> offers = openOffers(businesses);
        end("set-up: push and open " + OFFERS + " offers");

        Instant timed = Instant.now();
        begin();
        String round = openRound();
        end("open the round");

        begin();
        long rows = uploadPreferences(round, schools, offers);
        end("upload " + rows + " preferences (CSV, " + UPLOAD_ROWS + " rows a request, " + UPLOADS_AT_ONCE
                + " at once)");

        begin();
        as(stateToken).post(path(round, "/close")).then().statusCode(200);
        JsonPath run = runToTheEnd(round);
        int matched = run.getInt("matched");
        end("close and run: " + run.getInt("students") + " students, " + run.getInt("choices") + " choices, " + matched
                + " matched");

        begin();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1))
                // One probe of the relay's own partial index: counting every unsent row each second would scan
                // hundreds of thousands of rows and slow the relay it measures
                .until(() -> state.single(
                                "placement",
                                "select count(*) from (select 1 from outbox_event where sent_at is null"
                                        + " and parked_at is null limit 1) waiting")
                        == 0);
        end("publish the events left in placement's outbox");

        begin();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> state.single("reporting", "select count(*) from placement_fact") >= matched);
        end("reporting applies every proposal");
        log(String.format(
                "upload → applied by every consumer: %.1f s",
                Duration.between(timed, Instant.now()).toMillis() / 1e3));

        assertEquals(matched, state.single("placement", "select count(*) from placement where round_id is not null"));
        assertEquals(matched, state.single("reporting", "select count(*) from placement_fact"));
        assertEquals(0, state.single("placement", "select count(*) from offer where seats_taken > seats"));
        assertEquals(0, state.single("placement", "select count(*) from outbox_event where parked_at is not null"));
        begin();
        JsonPath verified = as(stateToken)
                .post(path(round, "/verify"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        end("verify: re-run the stored inputs, check stability and capacities");
        assertEquals(true, verified.getBoolean("identical"));
        assertEquals(true, verified.getBoolean("stable"));
        assertEquals(true, verified.getBoolean("storedMatches"));
    }

    private List<String> admitAll(String kind, int count) throws Exception {
        // Nine digits always: a business's identifier is a 13-digit tax code, a school's a short code
        String run = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        return inParallel(count, i -> {
            String identifier = kind.equals("SCHOOL") ? "N" + run.substring(0, 5) + i : run + String.format("%04d", i);
            Response registered = as(stateToken)
                    .baseUri(catalog())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "kind",
                            kind,
                            "identifier",
                            identifier,
                            "legalName",
                            (kind.equals("SCHOOL") ? "Trường Đại học số " : "Công ty số ") + identifier,
                            "shortName",
                            identifier,
                            "provinceCode",
                            "HN",
                            "contactEmail",
                            "lienhe@example.vn"))
                    .post("/api/v1/organizations");
            registered.then().statusCode(201);
            String id = registered.jsonPath().getString("id");
            as(stateToken)
                    .baseUri(catalog())
                    .header("If-Match", registered.header("ETag"))
                    .post("/api/v1/organizations/" + id + "/verify")
                    .then()
                    .statusCode(200);
            return id;
        });
    }

    private void registerStudents(List<String> schools) throws Exception {
        inParallel(schools.size(), s -> {
            String school = schools.get(s);
            String token = stack.tokens().mint("sis-" + school, "school", school, Duration.ofHours(4));
            int from = s * STUDENTS_PER_SCHOOL;
            int to = Math.min(STUDENTS, from + STUDENTS_PER_SCHOOL);
            for (int batch = from; batch < to; batch += SYNC_ROWS) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = batch; i < Math.min(to, batch + SYNC_ROWS); i++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("sourcedId", sourcedId(i));
                    row.put("programSourcedId", "CNTT");
                    row.put("yearOfStudy", 3);
                    row.put("givenName", "An");
                    row.put("familyName", "Nguyễn");
                    row.put("email", "sv" + i + "@sv.example.edu.vn");
                    row.put("fieldInterests", List.of(FIELD));
                    rows.add(row);
                }
                as(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("students", rows))
                        .put("/api/v1/schools/" + school + "/students")
                        .then()
                        .statusCode(200);
            }
            return school;
        });
    }

    private List<String> openOffers(List<String> businesses) throws Exception {
        int seats = Math.max(1, (int) Math.round(STUDENTS * SEATS_PER_STUDENT / OFFERS));
        return inParallel(OFFERS, o -> {
            String business = businesses.get(o / OFFERS_PER_BUSINESS);
            String token = stack.tokens().mint("hr-" + business, "business", business, Duration.ofHours(4));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Thực tập phát triển phần mềm " + o);
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
            String path = "/api/v1/businesses/" + business + "/offers/NAT-" + o;
            Response put = as(token).contentType(ContentType.JSON).body(body).put(path);
            put.then().statusCode(201);
            return as(token)
                    .header("If-Match", put.header("ETag"))
                    .post(path + "/open")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<String>path("id");
        });
    }

    /** {@code task(0)} to {@code task(count - 1)}, {@link #SETUP_REQUESTS_AT_ONCE} at a time; results in order. */
    private static <T> List<T> inParallel(int count, IntFunction<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(SETUP_REQUESTS_AT_ONCE);
        try {
            List<Future<T>> started = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                started.add(threads.submit(() -> task.apply(n)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> result : started) {
                try {
                    results.add(result.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private String openRound() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Đợt ghép nối quốc gia");
        body.put("term", START.getYear() + "-NAT");
        body.put("startsFrom", START.toString());
        body.put("startsUntil", START.toString());
        body.put("fieldCode", FIELD);
        body.put("preferenceDeadline", Instant.now().plus(Duration.ofHours(3)).toString());
        body.put("choiceCap", CHOICES);
        return as(stateToken)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/matching-rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Every student ranks nine distinct offers drawn by Zipf popularity (s = 1), uploaded by the State in requests
     * of whole students' lists, {@link #UPLOADS_AT_ONCE} at a time while the next is written.
     */
    private long uploadPreferences(String round, List<String> schools, List<String> offers) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(UPLOADS_AT_ONCE);
        Semaphore inFlight = new Semaphore(UPLOADS_AT_ONCE);
        List<Future<?>> sent = new ArrayList<>();
        double[] cumulative = new double[offers.size()];
        double sum = 0;
        for (int o = 0; o < offers.size(); o++) {
            sum += 1.0 / (o + 1);
            cumulative[o] = sum;
        }
        SplittableRandom random = new SplittableRandom(20_251_215L);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(UPLOAD_ROWS * 96);
        long rows = 0;
        int inChunk = 0;
        chunk.writeBytes("schoolId,studentId,rank,offerId\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < STUDENTS; i++) {
            String prefix = schools.get(i / STUDENTS_PER_SCHOOL) + "," + sourcedId(i) + ",";
            int[] chosen = new int[CHOICES];
            for (int c = 0; c < CHOICES; c++) {
                chosen[c] = distinctDraw(random, cumulative, sum, chosen, c);
                chunk.writeBytes(
                        (prefix + (c + 1) + "," + offers.get(chosen[c]) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            rows += CHOICES;
            inChunk += CHOICES;
            if (inChunk >= UPLOAD_ROWS - CHOICES || i == STUDENTS - 1) {
                byte[] body = chunk.toByteArray();
                inFlight.acquire();
                sent.add(senders.submit(() -> {
                    try {
                        upload(round, body);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
                chunk.reset();
                chunk.writeBytes("schoolId,studentId,rank,offerId\n".getBytes(StandardCharsets.UTF_8));
                inChunk = 0;
            }
        }
        try {
            for (Future<?> upload : sent) {
                upload.get();
            }
        } finally {
            senders.shutdownNow();
        }
        return rows;
    }

    private static int distinctDraw(SplittableRandom random, double[] cumulative, double sum, int[] chosen, int n) {
        while (true) {
            double u = random.nextDouble() * sum;
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            boolean taken = false;
            for (int c = 0; c < n; c++) {
                taken |= chosen[c] == lo;
            }
            if (!taken) {
                return lo;
            }
        }
    }

    private void upload(String round, byte[] csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(placement() + path(round, "/preferences")))
                .header("Authorization", "Bearer " + stateToken)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Starts the run and follows it to its end, logging each change of phase with the time and percent. */
    private JsonPath runToTheEnd(String round) throws InterruptedException {
        String runId = as(stateToken)
                .post(path(round, "/runs"))
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String seen = "";
        while (true) {
            JsonPath run = as(stateToken)
                    .get(path(round, "/runs/" + runId))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String now = run.getString("phase") + " " + run.getInt("percent") + "%";
            if (!now.equals(seen)) {
                log(String.format("  %6.1f s  %s", sinceBegin(), now));
                seen = now;
            }
            if (!"RUNNING".equals(run.getString("status"))) {
                assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
                return run;
            }
            // Once a second: REST Assured's polling took a tenth of a core from the run it watches on two cores
            Thread.sleep(1000);
        }
    }

    private static String sourcedId(int student) {
        return "SV" + student;
    }

    private static String path(String round, String rest) {
        return "/api/v1/matching-rounds/" + round + rest;
    }

    private io.restassured.specification.RequestSpecification as(String token) {
        return given().baseUri(placement()).auth().oauth2(token);
    }

    private void begin() {
        phaseStart = Instant.now();
    }

    private double sinceBegin() {
        return Duration.between(phaseStart, Instant.now()).toMillis() / 1e3;
    }

    private void end(String phase) {
        log(String.format("%8.1f s  %s", sinceBegin(), phase));
    }

    private void log(String line) {
        System.out.println("[national-round] " + line);
        report.add(line);
    }

    private String catalog() {
        return stack.service("catalog").baseUrl();
    }

    private String placement() {
        return stack.service("placement").baseUrl();
    }
}
