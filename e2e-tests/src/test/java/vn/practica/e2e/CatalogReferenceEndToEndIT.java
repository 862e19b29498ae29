package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.devkit.PracticaStack;

/**
 * Catalog's reference data beyond fields — competency frameworks, what fields need, the partner directory —
 * reaching placement and reporting through the broker, across the packaged services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReferenceEndToEndIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final String CHANGED = "2026-10-01T08:00:00+00:00";
    private static final int ITEMS = 60;
    private static final List<String> CONSUMERS = List.of("placement", "reporting");

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
    void importedFrameworkAndAFieldsNeedsReachEveryConsumerAndAReimportUpdatesThem() {
        String framework = UUID.randomUUID().toString();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(UUID.randomUUID().toString());
        }
        importPackage(framework, items, "Vận hành cảng biển số").statusCode(201);
        given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("itemIds", items.subList(0, 5)))
                .when()
                .put("/api/v1/fields/PORT_OPS/competencies")
                .then()
                .statusCode(200);

        String ofFramework = "select count(*) from competency_item where framework_id = '" + framework + "'";
        for (String service : CONSUMERS) {
            await().atMost(CONVERGENCE).until(() -> state.single(service, ofFramework) == ITEMS);
            await().atMost(CONVERGENCE)
                    .until(() ->
                            state.single(service, "select count(*) from field_competency where field_code = 'PORT_OPS'")
                                    == 5);
        }

        importPackage(framework, items, "Vận hành cảng biển thông minh").statusCode(200);
        String renamed = ofFramework + " and version = 2 and full_statement like '%thông minh%'";
        for (String service : CONSUMERS) {
            await().atMost(CONVERGENCE).until(() -> state.single(service, renamed) == ITEMS);
        }
    }

    @Test
    void organizationSuspendedInCatalogIsSuspendedInEveryConsumer() {
        String code = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "SCHOOL",
                        "identifier",
                        code,
                        "legalName",
                        "Trường Cao đẳng Hàng hải " + code,
                        "shortName",
                        "CĐHH " + code,
                        "provinceCode",
                        "HP",
                        "contactEmail",
                        "tuyensinh@example.edu.vn"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .when()
                .post("/api/v1/organizations/" + id + "/suspend")
                .then()
                .statusCode(200);
        String suspended = "select count(*) from partner_organization where id = '" + id
                + "' and status = 'SUSPENDED' and province_code = 'HP'";
        for (String service : CONSUMERS) {
            await().atMost(CONVERGENCE).until(() -> state.single(service, suspended) == 1);
        }
    }

    private io.restassured.response.ValidatableResponse importPackage(
            String framework, List<String> items, String statement) {
        String documentUri = "https://case.example.vn/CFDocuments/" + framework;
        Map<String, Object> documentLink =
                Map.of("title", "Khung năng lực cảng", "identifier", framework, "uri", documentUri);
        List<Map<String, Object>> cfItems = new ArrayList<>();
        List<Map<String, Object>> associations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("identifier", items.get(i));
            item.put("uri", "https://case.example.vn/CFItems/" + items.get(i));
            item.put("humanCodingScheme", "CB." + (i + 1));
            item.put("fullStatement", statement + " " + (i + 1));
            item.put("CFItemType", "Competency");
            item.put("lastChangeDateTime", CHANGED);
            item.put("CFDocumentURI", documentLink);
            cfItems.add(item);
            String association = UUID.randomUUID().toString();
            associations.add(Map.of(
                    "identifier", association,
                    "uri", "https://case.example.vn/CFAssociations/" + association,
                    "associationType", "isChildOf",
                    "lastChangeDateTime", CHANGED,
                    "originNodeURI",
                            Map.of("title", "CB." + (i + 1), "identifier", items.get(i), "uri", item.get("uri")),
                    "destinationNodeURI", documentLink,
                    "CFDocumentURI", documentLink));
        }
        Map<String, Object> document = Map.of(
                "identifier", framework,
                "uri", documentUri,
                "creator", "Bộ Giáo dục và Đào tạo",
                "title", "Khung năng lực cảng biển " + framework,
                "lastChangeDateTime", CHANGED);
        return given().baseUri(catalog())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("CFDocument", document, "CFItems", cfItems, "CFAssociations", associations))
                .when()
                .post("/ims/case/v1p1/CFPackages")
                .then();
    }

    private String catalog() {
        return stack.service("catalog").baseUrl();
    }
}
