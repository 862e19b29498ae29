package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.devkit.PracticaStack;
import vn.practica.events.placement.PlacementEventTypes;

/**
 * The programme's first loop across the packaged services: the State admits a business and a school in catalog;
 * the school syncs a programme mapped to competencies and registers a student; the business pushes an offer;
 * the student finds it under "for me" with the overlap shown, applies, is offered the place and accepts; the three
 * parties agree, the business starts it, the student's logbook is approved by the mentor, the mentor and the
 * supervisor evaluate the student and the placement completes ({@code placement.completed} on the topic), the
 * student holding its credential, which the public verify endpoint accepts ({@code credential.issued}). Then
 * every record of every topic is read, and none names the student or carries what anyone wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementJourneyEndToEndIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The offer's and the agreement's hours: two entries of 8 recorded on the day the placement starts. */
    private static final int SHORT_MODEL_HOURS = 16;

    private static final String CHANGED = "2026-10-01T08:00:00+00:00";

    private PracticaStack stack;
    private SuiteState state;
    private String stateToken;

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
        state = new SuiteState(stack);
        stateToken = stack.tokens().mint("e2e-ministry-officer", "state", "MOST", Duration.ofHours(2));
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void studentFindsAnOfferAppliesIsPlacedAgreesWorksIsEvaluatedCompletesAndNoEventNamesThem() throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        // The items the programme teaches: 0, 1 and 2; the offer asks for 0, 1 and 3
        List<String> items = importCompetencies(4);
        String school = admit("SCHOOL", "T" + run.substring(0, 6), "Trường Đại học Hàng hải " + run);
        String business = admit("BUSINESS", run, "Công ty Cổ phần Cảng số " + run);
        String program = "KTBIEN-" + run;
        syncCurriculum(school, program, items.subList(0, 3));
        awaitInPlacement(
                "select count(*) from partner_organization where status = 'VERIFIED' and id in ('" + school + "', '"
                        + business + "')",
                2);
        awaitInPlacement(
                "select count(*) from program_competency pc join curriculum_program p on p.id = pc.program_id"
                        + " where p.school_id = '" + school + "' and p.sourced_id = '" + program + "'",
                3);

        Person student = new Person(
                "SV" + run,
                "login-" + UUID.randomUUID(),
                "Phương Thảo",
                "Lê Thị",
                "le.thi.phuong.thao." + run + "@sv.vimaru.edu.vn",
                phone());
        registerStudent(school, program, student);
        String cv = "Tôi đã làm đồ án quản lý bãi container " + run;
        asStudent(student)
                .contentType(ContentType.JSON)
                .body(Map.of("cvSummary", cv))
                .when()
                .patch("/api/v1/students/me")
                .then()
                .statusCode(200);

        String model = shortCooperationModel(run);
        String offerId =
                publishOffer(business, "CANG-" + run, List.of(items.get(0), items.get(1), items.get(3)), model);

        // Each instance's "for me" index reads changed offers every second: the offer shows within that bound
        String entry = "items.find { it.offer.id == '" + offerId + "' }";
        Response forMe = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> asStudent(student).when().get("/api/v1/offers/for-me"),
                        r -> r.statusCode() == 200 && r.jsonPath().getMap(entry) != null);
        Map<String, Object> found = forMe.jsonPath().getMap(entry);
        assertEquals(2, forMe.jsonPath().getInt(entry + ".coverage.coveredCount"));
        assertEquals(3, forMe.jsonPath().getInt(entry + ".coverage.requiredCount"));
        assertEquals(
                List.of(items.get(3)),
                forMe.jsonPath().getList(entry + ".coverage.missing"),
                "the overlap shows what the programme does not teach: " + found);

        String motivation = "Em muốn học vận hành cảng thực tế " + run;
        String answer = "Vì em sống gần cảng Hải Phòng " + run;
        Response applied = asStudent(student)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("motivation", motivation, "answers", List.of(answer)))
                .when()
                .post("/api/v1/offers/" + offerId + "/applications");
        applied.then().statusCode(201);
        String application = applied.jsonPath().getString("id");

        // Before acceptance the business sees the applicant's programme and coverage, not how to reach them
        Response listed = asBusiness(business)
                .queryParam("offerId", offerId)
                .when()
                .get("/api/v1/businesses/" + business + "/applications");
        listed.then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body(not(containsString(student.email())))
                .body(not(containsString(student.familyName())));

        String etag = move(business, application, "shortlist", null);
        move(
                business,
                application,
                "offer",
                etag,
                Map.of("respondBy", LocalDate.now().plusDays(5).toString()));
        Response accepted = asStudent(student)
                .header("If-Match", current(asStudent(student), application))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .when()
                .post("/api/v1/applications/" + application + "/accept");
        accepted.then().statusCode(201).header("Location", containsString("/api/v1/placements/"));
        String placement = accepted.jsonPath().getString("id");

        // After acceptance the business may reach the student
        asBusiness(business)
                .when()
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200)
                .body("contact.email", equalTo(student.email()));
        assertEquals(1L, placementSingle("select seats_taken from offer where id = '" + offerId + "'"));

        awaitOnTopic(PlacementEventTypes.PLACEMENT_PROPOSED, placement);

        // The agreement: it starts today; the school names the supervisor, the business the mentor; all three confirm
        String supervisorName = "Cô Nguyễn Thị Lan " + run;
        String mentorName = "Anh Trần Minh " + run;
        String version = revise(
                asSchool(school),
                placement,
                "1",
                Map.of(
                        "startDate",
                        LocalDate.now(VIETNAM).toString(),
                        "schoolSupervisor",
                        Map.of("subject", "gv-" + school, "name", supervisorName)));
        version = revise(
                asBusiness(business),
                placement,
                version,
                Map.of("businessMentor", Map.of("subject", "mentor-" + business, "name", mentorName)));
        for (RequestSpecification party : List.of(asStudent(student), asSchool(school), asBusiness(business))) {
            party.header("If-Match", version)
                    .when()
                    .post("/api/v1/placements/" + placement + "/agreement/confirm")
                    .then()
                    .statusCode(200);
        }
        asBusiness(business)
                .header("If-Match", "*")
                .when()
                .post("/api/v1/placements/" + placement + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));

        // The logbook: two days' worth recorded today by the student, approved by the mentor
        String activity = "Lập kế hoạch xếp dỡ tàu " + run;
        for (int i = 0; i < 2; i++) {
            Response recorded = asStudent(student)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "date",
                            LocalDate.now(VIETNAM).toString(),
                            "hours",
                            SHORT_MODEL_HOURS / 2,
                            "activity",
                            activity,
                            "competencyItemIds",
                            List.of(items.get(0), items.get(1)),
                            "evidenceUrl",
                            "https://git.example.vn/" + run + "/" + i))
                    .when()
                    .post("/api/v1/placements/" + placement + "/logbook/entries");
            recorded.then().statusCode(201);
            asBusiness(business)
                    .header("If-Match", recorded.header("ETag"))
                    .when()
                    .post("/api/v1/placements/" + placement + "/logbook/entries/"
                            + recorded.jsonPath().getString("id") + "/approve")
                    .then()
                    .statusCode(200);
        }

        // Both evaluations of the student complete it; the student's own follows
        String mentorComment = "Sinh viên chủ động " + run;
        evaluateLearner(asBusiness(business), placement, items, 5, mentorComment)
                .then()
                .statusCode(201)
                .body("placementStatus", equalTo("ACTIVE"));
        evaluateLearner(asSchool(school), placement, items, 4, "Tiến bộ rõ " + run)
                .then()
                .statusCode(201)
                .body("placementStatus", equalTo("COMPLETED"));
        String studentComment = "Người hướng dẫn tận tình " + run;
        asStudent(student)
                .contentType(ContentType.JSON)
                .body(Map.of("mentoringQuality", 5, "learningValue", 5, "workload", 4, "comment", studentComment))
                .when()
                .post("/api/v1/placements/" + placement + "/evaluations/placement")
                .then()
                .statusCode(201);
        awaitOnTopic(PlacementEventTypes.PLACEMENT_COMPLETED, placement);

        // The student holds the placement's credential, aligned to catalog's CASE items; the public verify accepts it
        String credentialId = asStudent(student)
                .when()
                .get("/api/v1/students/me/credentials")
                .then()
                .statusCode(200)
                .extract()
                .path("credentials[0].id");
        String credential = asStudent(student)
                .accept("application/vc+jwt")
                .when()
                .get("/api/v1/credentials/" + credentialId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String claims = new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"targetUrl\":\"https://case.example.vn/CFItems/" + items.get(0) + "\""), claims);
        given().baseUri(placement())
                .contentType(ContentType.JSON)
                .body(Map.of("credential", credential))
                .when()
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true));
        awaitOnTopic(PlacementEventTypes.CREDENTIAL_ISSUED, placement);

        List<TopicRecords.Text> records = TopicRecords.all(stack.broker().bootstrapServers());
        for (String type : List.of(
                PlacementEventTypes.OFFER_PUBLISHED,
                PlacementEventTypes.STUDENT_REGISTERED,
                PlacementEventTypes.APPLICATION_SUBMITTED,
                PlacementEventTypes.APPLICATION_STATUS_CHANGED,
                PlacementEventTypes.PLACEMENT_PROPOSED,
                PlacementEventTypes.PLACEMENT_AGREED,
                PlacementEventTypes.PLACEMENT_STARTED,
                PlacementEventTypes.PLACEMENT_COMPLETED,
                PlacementEventTypes.CREDENTIAL_ISSUED)) {
            assertTrue(records.stream().anyMatch(r -> r.type().equals(type)), type + " is on the topic");
        }
        TopicRecords.Text completed = records.stream()
                .filter(r -> r.type().equals(PlacementEventTypes.PLACEMENT_COMPLETED)
                        && r.value().contains(placement))
                .findFirst()
                .orElseThrow();
        // The relay publishes the payload as stored (jsonb spacing): compare without spaces
        String payload = completed.value().replace(" ", "");
        assertTrue(payload.contains("\"approvedHours\":" + SHORT_MODEL_HOURS + ".00"), completed.value());
        assertTrue(payload.contains("\"meanScore\":4.50"), completed.value());
        List<String> personal = new ArrayList<>(student.personalData());
        personal.addAll(List.of(
                cv,
                motivation,
                answer,
                supervisorName,
                mentorName,
                activity,
                mentorComment,
                studentComment,
                "gv-" + school,
                "mentor-" + business));
        for (TopicRecords.Text r : records) {
            for (String value : personal) {
                assertTrue(!carries(r, value), r.topic() + " " + r.type() + " carries \"" + value + "\": " + r);
            }
        }
    }

    /**
     * Whether a record holds the value; a number only where it stands alone, not inside a run of hex digits (ids
     * and trace ids are hex, and any nine decimal digits turn up in enough of them).
     */
    private static boolean carries(TopicRecords.Text r, String value) {
        if (!value.chars().allMatch(Character::isDigit)) {
            return r.contains(value);
        }
        Pattern alone = Pattern.compile("(?<![0-9a-fA-F])" + value + "(?![0-9a-fA-F])");
        return alone.matcher(r.key()).find()
                || alone.matcher(r.headers()).find()
                || alone.matcher(r.value()).find();
    }

    /** A mobile number of its own, so that no other value of the run (a tax code, a name) contains it. */
    private static String phone() {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        return "+84 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** A student as their school knows them; everything here but the programme is personal. */
    record Person(
            String sourcedId, String loginSubject, String givenName, String familyName, String email, String phone) {
        List<String> personalData() {
            String digits = phone.replaceAll("\\D", "");
            return List.of(
                    sourcedId,
                    loginSubject,
                    givenName,
                    familyName,
                    familyName + " " + givenName,
                    email,
                    phone,
                    digits,
                    "0" + digits.substring(2),
                    digits.substring(2));
        }
    }

    private String admit(String kind, String identifier, String name) {
        Response registered = given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        kind,
                        "identifier",
                        identifier,
                        "legalName",
                        name,
                        "shortName",
                        name.substring(0, 20),
                        "provinceCode",
                        "HP",
                        "contactEmail",
                        "lienhe@example.vn"))
                .when()
                .post("/api/v1/organizations");
        registered.then().statusCode(201);
        String id = registered.jsonPath().getString("id");
        given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .header("If-Match", registered.header("ETag"))
                .when()
                .post("/api/v1/organizations/" + id + "/verify")
                .then()
                .statusCode(200);
        return id;
    }

    private List<String> importCompetencies(int count) {
        String framework = UUID.randomUUID().toString();
        String documentUri = "https://case.example.vn/CFDocuments/" + framework;
        Map<String, Object> documentLink =
                Map.of("title", "Khung năng lực khai thác cảng", "identifier", framework, "uri", documentUri);
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> cfItems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("identifier", id);
            item.put("uri", "https://case.example.vn/CFItems/" + id);
            item.put("humanCodingScheme", "KTC." + (i + 1));
            item.put("fullStatement", "Lập kế hoạch khai thác bến " + (i + 1));
            item.put("CFItemType", "Competency");
            item.put("lastChangeDateTime", CHANGED);
            item.put("CFDocumentURI", documentLink);
            cfItems.add(item);
        }
        Map<String, Object> document = Map.of(
                "identifier", framework,
                "uri", documentUri,
                "creator", "Bộ Giáo dục và Đào tạo",
                "title", "Khung năng lực khai thác cảng " + framework,
                "lastChangeDateTime", CHANGED);
        given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("CFDocument", document, "CFItems", cfItems, "CFAssociations", List.of()))
                .when()
                .post("/ims/case/v1p1/CFPackages")
                .then()
                .statusCode(201);
        awaitInPlacement("select count(*) from competency_item where framework_id = '" + framework + "'", count);
        return ids;
    }

    private void syncCurriculum(String school, String program, List<String> taught) {
        String modified = Instant.now().minus(1, ChronoUnit.MINUTES).toString();
        Map<String, Object> programRow = Map.of(
                "sourcedId",
                program,
                "fieldCode",
                "PORT_OPS",
                "level",
                7,
                "nameVi",
                "Khai thác cảng biển",
                "status",
                "active",
                "dateLastModified",
                modified);
        Map<String, Object> course = Map.of(
                "sourcedId",
                program + "-KTB301",
                "code",
                "KTB301",
                "title",
                "Khai thác bến container",
                "programSourcedIds",
                List.of(program),
                "competencyItemIds",
                taught,
                "status",
                "active",
                "dateLastModified",
                modified);
        given().baseUri(catalog())
                .auth()
                .oauth2(stack.tokens().mint("sis-" + school, "school", school, Duration.ofHours(1)))
                .contentType(ContentType.JSON)
                .body(Map.of("programs", List.of(programRow), "courses", List.of(course)))
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(200);
    }

    private void registerStudent(String school, String program, Person p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sourcedId", p.sourcedId());
        row.put("programSourcedId", program);
        row.put("yearOfStudy", 3);
        row.put("givenName", p.givenName());
        row.put("familyName", p.familyName());
        row.put("email", p.email());
        row.put("phone", p.phone());
        row.put("loginSubject", p.loginSubject());
        row.put("fieldInterests", List.of("PORT_OPS"));
        given().baseUri(placement())
                .auth()
                .oauth2(stack.tokens().mint("sis-" + school, "school", school, Duration.ofHours(1)))
                .contentType(ContentType.JSON)
                .body(Map.of("students", List.of(row)))
                .when()
                .put("/api/v1/schools/" + school + "/students")
                .then()
                .statusCode(200);
    }

    /**
     * A cooperation model of a few hours for internships, as the State creates it in catalog, once placement has
     * it: the journey's logbook reaches its hours on the day the placement starts.
     */
    private String shortCooperationModel(String run) throws Exception {
        String code = "E2E_SHORT_" + run;
        given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "nameVi",
                        "Thực tập ngắn",
                        "nameEn",
                        "Short internship",
                        "descriptionVi",
                        "Mô hình thực tập vài giờ cho kiểm thử đầu cuối.",
                        "descriptionEn",
                        "A few hours' internship for the end-to-end journey.",
                        "contributionKinds",
                        List.of("INTERNSHIP"),
                        "minHours",
                        SHORT_MODEL_HOURS,
                        "maxHours",
                        400,
                        "clauses",
                        List.of(Map.of(
                                "key", "occupational-safety",
                                "textVi", "Doanh nghiệp hướng dẫn an toàn lao động.",
                                "textEn", "The business instructs in safety.")),
                        "evaluationAreas",
                        List.of(Map.of(
                                "code",
                                "PRACTICAL_SKILLS",
                                "nameVi",
                                "Kỹ năng thực hành",
                                "nameEn",
                                "Practical skills"))))
                .when()
                .post("/api/v1/cooperation-models")
                .then()
                .statusCode(201);
        awaitInPlacement("select count(*) from cooperation_model_version where code = '" + code + "'", 1);
        return code;
    }

    /** An agreement change against {@code version}; the new version. */
    private static String revise(RequestSpecification party, String placement, String version, Map<String, ?> body) {
        Response revised = party.contentType(ContentType.JSON)
                .header("If-Match", version)
                .body(body)
                .when()
                .patch("/api/v1/placements/" + placement + "/agreement");
        revised.then().statusCode(200);
        return revised.header("ETag").replace("\"", "");
    }

    /** The mentor's or supervisor's scores: {@code score} on each of the offer's items (0, 1, 3) and the area. */
    private static Response evaluateLearner(
            RequestSpecification party, String placement, List<String> items, int score, String comment) {
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (String item : List.of(items.get(0), items.get(1), items.get(3))) {
            objectives.add(Map.of("itemId", item, "score", score, "comment", comment));
        }
        return party.contentType(ContentType.JSON)
                .body(Map.of(
                        "objectiveScores",
                        objectives,
                        "areaScores",
                        List.of(Map.of("code", "PRACTICAL_SKILLS", "score", score))))
                .when()
                .post("/api/v1/placements/" + placement + "/evaluations/learner");
    }

    /** Pushes a five-seat internship at the port by the business's own id, opens it; its id. */
    private String publishOffer(String business, String externalRef, List<String> required, String model) {
        LocalDate start = LocalDate.now().plusDays(45);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Thực tập sinh điều độ bến container");
        body.put("description", "Tham gia lập kế hoạch xếp dỡ cùng tổ điều độ, có người hướng dẫn hằng ngày.");
        body.put("fieldCode", "PORT_OPS");
        body.put("competencyItemIds", required);
        body.put("totalJobOpenings", 5);
        body.put("workMode", "ONSITE");
        body.put("provinceCode", "HP");
        body.put("jobStartDate", start.toString());
        body.put("jobEndDate", start.plusDays(90).toString());
        body.put("expectedHours", SHORT_MODEL_HOURS);
        body.put("validThrough", start.minusDays(10).toString());
        body.put("stipendVnd", 4_000_000);
        body.put("eligibility", Map.of("yearsOfStudy", List.of(3, 4)));
        body.put("mentorSubjects", List.of("mentor-" + business));
        body.put("applicantQuestions", List.of("Bạn có thể làm ca đêm không?"));
        body.put("cooperationModelCode", model);
        body.put("contributionKind", "INTERNSHIP");
        String path = "/api/v1/businesses/" + business + "/offers/" + externalRef;
        Response put = asBusiness(business)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(path);
        put.then().statusCode(201);
        return asBusiness(business)
                .header("If-Match", put.header("ETag"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .when()
                .post(path + "/open")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** A business move on an application with If-Match; the new ETag. */
    private String move(String business, String application, String transition, String etag) {
        return move(business, application, transition, etag, null);
    }

    private String move(String business, String application, String transition, String etag, Map<String, Object> body) {
        RequestSpecification request = asBusiness(business)
                .header("If-Match", etag == null ? current(asBusiness(business), application) : etag)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        Response moved = request.when().post("/api/v1/applications/" + application + "/" + transition);
        moved.then().statusCode(200);
        return moved.header("ETag");
    }

    private static String current(RequestSpecification reader, String application) {
        Response read = reader.when().get("/api/v1/applications/" + application);
        read.then().statusCode(200);
        return read.header("ETag");
    }

    private void awaitOnTopic(String type, String subjectId) {
        await().atMost(CONVERGENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> TopicRecords.all(stack.broker().bootstrapServers()).stream()
                        .anyMatch(r -> r.type().equals(type) && r.value().contains(subjectId)));
    }

    private void awaitInPlacement(String countSql, long expected) {
        await().atMost(CONVERGENCE).until(() -> state.single("placement", countSql) == expected);
    }

    private long placementSingle(String sql) throws Exception {
        return state.single("placement", sql);
    }

    private RequestSpecification asStudent(Person p) {
        return given().baseUri(placement())
                .auth()
                .oauth2(stack.tokens().mint(p.loginSubject(), "student", null, Duration.ofHours(1)));
    }

    private RequestSpecification asSchool(String school) {
        return given().baseUri(placement())
                .auth()
                .oauth2(stack.tokens().mint("gv-" + school, "school", school, Duration.ofHours(1)));
    }

    private RequestSpecification asBusiness(String business) {
        return given().baseUri(placement())
                .auth()
                .oauth2(stack.tokens().mint("hr-" + business, "business", business, Duration.ofHours(1)));
    }

    private String catalog() {
        return stack.service("catalog").baseUrl();
    }

    private String placement() {
        return stack.service("placement").baseUrl();
    }
}
