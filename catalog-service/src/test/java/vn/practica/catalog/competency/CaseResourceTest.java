package vn.practica.catalog.competency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.catalog.CatalogTopic;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

@QuarkusTest
class CaseResourceTest {
    private static final String CASE = "/ims/case/v1p1";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long the relay may take to put what a test committed on the wire. Generous because the large import
     * leaves 20,001 events ahead of later markers, and a loaded CI machine publishes a few hundred a second.
     */
    private static final Duration WIRE = Duration.ofMinutes(4);
    /** 1 CFDocument + 270 CFItems + 462 CFAssociations in the national fixture. */
    private static final int FIXTURE_ROWS = 733;

    @Inject
    EntityManager em;

    private static ValidatableResponse importPackage(JsonNode pkg) {
        return given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(pkg.toString())
                .when()
                .post(CASE + "/CFPackages")
                .then();
    }

    private static ObjectNode exportPackage(String id) throws Exception {
        String body = given().when()
                .get(CASE + "/CFPackages/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return (ObjectNode) JSON.readTree(body);
    }

    @Test
    void importedNationalFrameworkExportsAsTheSameCasePackage() throws Exception {
        ObjectNode input = CasePackages.freshFixture();
        String id = CasePackages.id(input);
        importPackage(input)
                .statusCode(201)
                .header("Location", endsWith(CASE + "/CFPackages/" + id))
                .body("created", equalTo(FIXTURE_ROWS));

        ObjectNode output = exportPackage(id);

        assertEquals(normalized(input.get("CFDocument")), normalized(output.get("CFDocument")));
        assertSameByIdentifier(input.get("CFItems"), output.get("CFItems"));
        assertSameByIdentifier(input.get("CFAssociations"), output.get("CFAssociations"));
        Set<String> types = StreamSupport.stream(output.get("CFAssociations").spliterator(), false)
                .map(a -> a.get("associationType").asText())
                .collect(Collectors.toSet());
        assertEquals(Set.of("isChildOf", "hasSkillLevel", "precedes", "exactMatchOf", "isRelatedTo"), types);
    }

    @Test
    void importPublishesOneEventPerRowAndReimportChangesNothing() {
        ObjectNode pkg = CasePackages.freshFixture();
        importPackage(pkg).statusCode(201);
        importPackage(pkg)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("deleted", equalTo(0))
                .body("unchanged", equalTo(FIXTURE_ROWS));

        Map<String, Long> types = eventTypesAfterMarker(identifiers(pkg));
        assertEquals(
                Map.of(
                        CatalogEventTypes.COMPETENCY_FRAMEWORK_UPSERTED, 1L,
                        CatalogEventTypes.COMPETENCY_ITEM_UPSERTED, 270L,
                        CatalogEventTypes.COMPETENCY_ASSOCIATION_UPSERTED, 462L),
                types);
        String itemId = CasePackages.itemAt(pkg, 0).get("identifier").asText();
        given().when().get(CASE + "/CFItems/" + itemId).then().statusCode(200);
    }

    @Test
    void changedStatementUpdatesOneItemWithOneEvent() throws Exception {
        ObjectNode pkg = CasePackages.freshFixture();
        importPackage(pkg).statusCode(201);
        ObjectNode changed = CasePackages.itemAt(pkg, 5);
        String itemId = changed.get("identifier").asText();
        changed.put("fullStatement", "Đánh giá độ tin cậy của nguồn tin trên mạng xã hội");

        importPackage(pkg).statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(FIXTURE_ROWS - 1));

        List<TopicReader.Received> events = eventsAfterMarker(Set.of(itemId));
        assertEquals(2, events.size());
        assertEquals(
                CatalogEventTypes.COMPETENCY_ITEM_UPSERTED,
                events.get(1).headers().get(CloudEventHeaders.TYPE));
        JsonNode data = JSON.readTree(events.get(1).value());
        assertEquals(2, data.get("version").asInt());
        assertEquals(
                changed.get("fullStatement").asText(), data.get("fullStatement").asText());
        Map<String, Long> all = eventTypesAfterMarker(identifiers(pkg));
        assertEquals(
                FIXTURE_ROWS + 1,
                all.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void itemsAndAssociationsMissingFromANewPackageAreDeletedWithEvents() {
        ObjectNode pkg = CasePackages.small();
        importPackage(pkg).statusCode(201);
        String levelId = CasePackages.itemAt(pkg, 1).get("identifier").asText();
        String associationId =
                pkg.get("CFAssociations").get(0).get("identifier").asText();
        ((ArrayNode) pkg.get("CFItems")).remove(1);
        ((ArrayNode) pkg.get("CFAssociations")).removeAll();

        importPackage(pkg).statusCode(200).body("deleted", equalTo(2)).body("unchanged", equalTo(2));

        given().when().get(CASE + "/CFItems/" + levelId).then().statusCode(404).contentType(PROBLEM);
        given().when().get(CASE + "/CFAssociations/" + associationId).then().statusCode(404);
        var deleted = eventsAfterMarker(Set.of(levelId, associationId)).stream()
                .map(r -> r.headers().get(CloudEventHeaders.TYPE))
                .filter(type -> type.endsWith(".deleted.v1"))
                .toList();
        assertEquals(
                Set.of(CatalogEventTypes.COMPETENCY_ITEM_DELETED, CatalogEventTypes.COMPETENCY_ASSOCIATION_DELETED),
                Set.copyOf(deleted));
    }

    @Test
    void removingAnItemMappedToAFieldIsRefusedAndChangesNothing() {
        ObjectNode pkg = CasePackages.small();
        importPackage(pkg).statusCode(201);
        String levelId = CasePackages.itemAt(pkg, 1).get("identifier").asText();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into field_competency (field_code, item_id) values ('TOURISM', ?1)")
                        .setParameter(1, UUID.fromString(levelId))
                        .executeUpdate());
        ((ArrayNode) pkg.get("CFItems")).remove(1);
        ((ArrayNode) pkg.get("CFAssociations")).removeAll();
        Map<String, Long> before = tableCounts();

        importPackage(pkg)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors.message", hasItem(containsString(levelId)));

        assertEquals(before, tableCounts());
        given().when().get(CASE + "/CFItems/" + levelId).then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .delete(CASE + "/CFPackages/" + CasePackages.id(pkg))
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void onlyTheStateMayImport() {
        ObjectNode pkg = CasePackages.small();
        given().contentType(ContentType.JSON)
                .body(pkg.toString())
                .when()
                .post(CASE + "/CFPackages")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        for (String token :
                List.of(TestTokens.school("HUST"), TestTokens.business("VNG"), TestTokens.student("HUST"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(pkg.toString())
                    .when()
                    .post(CASE + "/CFPackages")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(TestTokens.forged())
                .contentType(ContentType.JSON)
                .body(pkg.toString())
                .when()
                .post(CASE + "/CFPackages")
                .then()
                .statusCode(401);
        given().when().get(CASE + "/CFDocuments/" + CasePackages.id(pkg)).then().statusCode(404);
    }

    @Test
    void invalidPackagesAreUnprocessableWithEveryPathAndWriteNothing() {
        Map<String, Consumer<ObjectNode>> breakages = new HashMap<>();
        breakages.put("CFDocument.title", pkg -> ((ObjectNode) pkg.get("CFDocument")).remove("title"));
        breakages.put(
                "CFItems[1].fullStatement", pkg -> CasePackages.itemAt(pkg, 1).remove("fullStatement"));
        breakages.put(
                "CFItems[0].identifier", pkg -> CasePackages.itemAt(pkg, 0).put("identifier", "not-a-uuid"));
        breakages.put(
                "CFItems[1].CFDocumentURI.identifier",
                pkg -> ((ObjectNode) CasePackages.itemAt(pkg, 1).get("CFDocumentURI"))
                        .put("identifier", UUID.randomUUID().toString()));
        breakages.put(
                "CFAssociations[0].associationType",
                pkg -> ((ObjectNode) pkg.get("CFAssociations").get(0)).put("associationType", "isCousinOf"));
        breakages.put(
                "CFAssociations[0].originNodeURI.identifier",
                pkg -> ((ObjectNode) pkg.get("CFAssociations").get(0).get("originNodeURI"))
                        .put("identifier", UUID.randomUUID().toString()));
        breakages.put(
                "CFItems[0].extensions.escoURI",
                pkg -> CasePackages.itemAt(pkg, 0)
                        .putObject("extensions")
                        .put("escoURI", "https://esco.example.org/skill/1"));
        breakages.put(
                "CFItems[1].identifier",
                pkg -> CasePackages.itemAt(pkg, 1)
                        .put(
                                "identifier",
                                CasePackages.itemAt(pkg, 0).get("identifier").asText()));
        Map<String, Long> before = tableCounts();
        breakages.forEach((path, breakIt) -> {
            ObjectNode pkg = CasePackages.small();
            breakIt.accept(pkg);
            importPackage(pkg)
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("status", equalTo(422))
                    .body("errors.field", hasItem(path));
        });
        assertEquals(before, tableCounts());
    }

    @Test
    void identifierOfAnotherFrameworksItemIsUnprocessable() {
        ObjectNode first = CasePackages.small();
        importPackage(first).statusCode(201);
        ObjectNode second = CasePackages.small();
        CasePackages.itemAt(second, 0)
                .put(
                        "identifier",
                        CasePackages.itemAt(first, 0).get("identifier").asText());
        ((ObjectNode) second.get("CFAssociations").get(0).get("originNodeURI"))
                .put(
                        "identifier",
                        CasePackages.itemAt(first, 0).get("identifier").asText());

        importPackage(second)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFItems[0].identifier"));
        given().when()
                .get(CASE + "/CFDocuments/" + CasePackages.id(second))
                .then()
                .statusCode(404);
    }

    @Test
    void malformedOrOversizedPackagesAreRejected() {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body("{\"CFDocument\": ")
                .when()
                .post(CASE + "/CFPackages")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        importPackage(JSON.createArrayNode()).statusCode(422).contentType(PROBLEM);
        ObjectNode huge = CasePackages.small();
        ArrayNode items = huge.putArray("CFItems");
        for (int i = 0; i <= 20_000; i++) {
            items.addObject();
        }
        importPackage(huge).statusCode(413).contentType(PROBLEM);
    }

    @Test
    void frameworksItemsAndAssociationsArePublicInCaseJson() {
        ObjectNode pkg = CasePackages.freshFixture();
        String id = CasePackages.id(pkg);
        importPackage(pkg).statusCode(201);
        ObjectNode competency = CasePackages.itemAt(pkg, 2);
        JsonNode association = pkg.get("CFAssociations").get(0);

        given().when()
                .get(CASE + "/CFDocuments?limit=1000")
                .then()
                .statusCode(200)
                .body("CFDocuments.identifier", hasItem(id));
        given().when().get(CASE + "/CFDocuments?limit=1&offset=0").then().body("CFDocuments", hasSize(1));
        given().when()
                .get(CASE + "/CFDocuments/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Khung năng lực số cho người học"))
                .body("creator", equalTo("Bộ Giáo dục và Đào tạo"))
                .body("adoptionStatus", equalTo("Adopted"))
                .body("CFPackageURI.identifier", equalTo(id));
        given().when()
                .get(CASE + "/CFItems/" + competency.get("identifier").asText())
                .then()
                .statusCode(200)
                .body("fullStatement", equalTo(competency.get("fullStatement").asText()))
                .body("humanCodingScheme", equalTo("1.1.HT"))
                .body("CFItemType", equalTo("Năng lực"))
                .body("educationLevel", hasItems("CĐ", "ĐH"))
                .body("extensions.escoURI", startsWith("http://data.europa.eu/esco/skill/"))
                .body("CFDocumentURI.identifier", equalTo(id));
        given().when()
                .get(CASE + "/CFAssociations/" + association.get("identifier").asText())
                .then()
                .statusCode(200)
                .body("associationType", equalTo("isChildOf"))
                .body(
                        "originNodeURI.identifier",
                        equalTo(association.at("/originNodeURI/identifier").asText()))
                .body(
                        "destinationNodeURI.uri",
                        equalTo(association.at("/destinationNodeURI/uri").asText()));
    }

    /**
     * The largest import accepted must fit the HTTP body limit and the transaction timeout, twice, and reach the
     * wire; waiting for it here also keeps its backlog from eating the patience of the tests after it.
     */
    @Test
    void importsAndReimportsAFrameworkOfTwentyThousandItems() {
        ObjectNode pkg = CasePackages.large(20_000);
        importPackage(pkg).statusCode(201).body("created", equalTo(20_001));
        importPackage(pkg).statusCode(200).body("unchanged", equalTo(20_001));
        assertEquals(20_001, eventsAfterMarker(identifiers(pkg)).size());
    }

    @Test
    void unknownOrMalformedIdsAndBadPagingAreProblems() {
        String unknown = UUID.randomUUID().toString();
        for (String kind : List.of("CFDocuments", "CFItems", "CFAssociations", "CFPackages")) {
            given().when()
                    .get(CASE + "/" + kind + "/" + unknown)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            given().when()
                    .get(CASE + "/" + kind + "/12345")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("path.sourcedId"));
        }
        for (String query : List.of("limit=0", "limit=abc", "limit=1001", "offset=-1")) {
            given().when()
                    .get(CASE + "/CFDocuments?" + query)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void objectsImportedWithoutUriGetOneFromTheConfiguredBase() {
        ObjectNode pkg = CasePackages.small();
        String id = CasePackages.id(pkg);
        ((ObjectNode) pkg.get("CFDocument")).remove("uri");
        ObjectNode item = CasePackages.itemAt(pkg, 0);
        item.remove("uri");
        importPackage(pkg).statusCode(201);
        String itemId = item.get("identifier").asText();
        given().when()
                .get(CASE + "/CFItems/" + itemId)
                .then()
                .body("uri", equalTo("http://localhost:8081/ims/case/v1p1/CFItems/" + itemId))
                .body("CFDocumentURI.uri", equalTo("http://localhost:8081/ims/case/v1p1/CFDocuments/" + id));
        importPackage(pkg).statusCode(200).body("unchanged", equalTo(4));
    }

    @Test
    void stateDeletesAFrameworkWithItsItemsAndEveryDeletionIsPublished() {
        ObjectNode pkg = CasePackages.small();
        String id = CasePackages.id(pkg);
        importPackage(pkg).statusCode(201);
        given().auth()
                .oauth2(TestTokens.school("HUST"))
                .when()
                .delete(CASE + "/CFPackages/" + id)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .delete(CASE + "/CFPackages/" + id)
                .then()
                .statusCode(204);

        given().when().get(CASE + "/CFPackages/" + id).then().statusCode(404).contentType(PROBLEM);
        var deleted = eventsAfterMarker(identifiers(pkg)).stream()
                .map(r -> r.headers().get(CloudEventHeaders.TYPE))
                .filter(type -> type.endsWith(".deleted.v1"))
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertEquals(
                Map.of(
                        CatalogEventTypes.COMPETENCY_FRAMEWORK_DELETED, 1L,
                        CatalogEventTypes.COMPETENCY_ITEM_DELETED, 2L,
                        CatalogEventTypes.COMPETENCY_ASSOCIATION_DELETED, 1L),
                deleted);
    }

    /**
     * Events of {@code keys}, in order. A later import's event on the wire means the relay has published
     * everything committed before it; the topic is then read to its end on every partition.
     */
    private static List<TopicReader.Received> eventsAfterMarker(Set<String> keys) {
        ObjectNode marker = CasePackages.small();
        importPackage(marker).statusCode(201);
        String markerKey = CasePackages.id(marker);
        TopicReader.await(Topics.CATALOG, r -> markerKey.equals(r.key()), WIRE);
        return CatalogTopic.readToEnd(WIRE).stream()
                .filter(r -> keys.contains(r.key()))
                .toList();
    }

    private static Map<String, Long> eventTypesAfterMarker(Set<String> keys) {
        return eventsAfterMarker(keys).stream()
                .collect(Collectors.groupingBy(r -> r.headers().get(CloudEventHeaders.TYPE), Collectors.counting()));
    }

    private static Set<String> identifiers(ObjectNode pkg) {
        Set<String> ids = new HashSet<>();
        ids.add(CasePackages.id(pkg));
        pkg.get("CFItems").forEach(i -> ids.add(i.get("identifier").asText()));
        pkg.get("CFAssociations").forEach(a -> ids.add(a.get("identifier").asText()));
        return ids;
    }

    private Map<String, Long> tableCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new HashMap<>();
            for (String table :
                    List.of("competency_framework", "competency_item", "competency_association", "outbox_event")) {
                Number n = (Number)
                        em.createNativeQuery("select count(*) from " + table).getSingleResult();
                counts.put(table, n.longValue());
            }
            return counts;
        });
    }

    private static void assertSameByIdentifier(JsonNode expected, JsonNode actual) {
        assertEquals(expected.size(), actual.size());
        Map<String, JsonNode> byId = new HashMap<>();
        actual.forEach(node -> byId.put(node.get("identifier").asText(), normalized(node)));
        expected.forEach(node ->
                assertEquals(normalized(node), byId.get(node.get("identifier").asText())));
    }

    /** Date-times compared as instants: the export writes {@code Z} where the publisher wrote {@code +00:00}. */
    private static JsonNode normalized(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        if (copy.has("lastChangeDateTime")) {
            copy.put(
                    "lastChangeDateTime",
                    OffsetDateTime.parse(copy.get("lastChangeDateTime").asText())
                            .toInstant()
                            .toString());
        }
        return copy;
    }
}
