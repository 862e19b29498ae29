package vn.practica.catalog.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

class CasePackageReaderTest {
    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void readsTheNationalFixtureWithEveryItemAndAssociation() {
        CasePackageRecord pkg = CasePackageReader.read(CasePackages.fixture());
        assertEquals(270, pkg.items().size());
        assertEquals(462, pkg.associations().size());
        assertEquals("Bộ Giáo dục và Đào tạo", pkg.framework().creator());
        assertEquals("1.1", pkg.framework().extra().get("caseVersion").asText());
    }

    @Test
    void escoUriComesOutOfTheExtensionsAndOtherExtensionsStayInExtra() {
        ObjectNode pkg = CasePackages.small();
        CasePackages.itemAt(pkg, 0)
                .putObject("extensions")
                .put("escoURI", ESCO_SKILL)
                .put("moetCode", "TT02-101");
        ItemRecord item = CasePackageReader.read(pkg).items().get(0);
        assertEquals(ESCO_SKILL, item.escoUri());
        assertEquals("TT02-101", item.extra().get("extensions").get("moetCode").asText());
        assertFalse(item.extra().get("extensions").has("escoURI"));
    }

    @Test
    void unmodelledPropertiesAreKeptAndModelledOnesAreNot() {
        ObjectNode pkg = CasePackages.small();
        CasePackages.itemAt(pkg, 0)
                .put("notes", "Ghi chú")
                .putArray("conceptKeywords")
                .add("du lịch");
        ItemRecord item = CasePackageReader.read(pkg).items().get(0);
        assertEquals("Ghi chú", item.extra().get("notes").asText());
        assertTrue(item.extra().has("conceptKeywords"));
        assertFalse(item.extra().has("fullStatement"));
        assertFalse(item.extra().has("CFDocumentURI"));
    }

    @Test
    void dateTimesWithOffsetOrZuluAreTheSameInstant() {
        Instant expected = Instant.parse("2025-02-24T08:00:00Z");
        assertEquals(expected, CasePackageReader.parseDateTime("2025-02-24T08:00:00+00:00"));
        assertEquals(expected, CasePackageReader.parseDateTime("2025-02-24T15:00:00+07:00"));
        assertEquals(expected, CasePackageReader.parseDateTime("2025-02-24T08:00:00"));
    }

    @Test
    void missingRequiredPropertiesAreListedWithTheirPaths() {
        List<String> paths = errorPaths(pkg -> {
            ((ObjectNode) pkg.get("CFDocument")).remove(List.of("creator", "title", "lastChangeDateTime"));
            CasePackages.itemAt(pkg, 1).remove("fullStatement");
            CasePackages.itemAt(pkg, 0).remove("lastChangeDateTime");
            association(pkg).remove(List.of("associationType", "destinationNodeURI"));
        });
        assertEquals(
                List.of(
                        "CFDocument.creator",
                        "CFDocument.title",
                        "CFDocument.lastChangeDateTime",
                        "CFItems[0].lastChangeDateTime",
                        "CFItems[1].fullStatement",
                        "CFAssociations[0].associationType",
                        "CFAssociations[0].destinationNodeURI"),
                paths);
    }

    @Test
    void missingDocumentIsUnprocessable() {
        DomainException e = assertThrows(
                DomainException.class, () -> CasePackageReader.read(JsonNodeFactory.instance.objectNode()));
        assertEquals(422, e.type().kind().status());
        assertEquals("CFDocument", e.errors().get(0).field());
    }

    @Test
    void badUuidsAreRejected() {
        List<String> paths = errorPaths(pkg -> {
            CasePackages.itemAt(pkg, 0).put("identifier", "item-1");
            ((ObjectNode) association(pkg).get("originNodeURI")).put("identifier", "not-a-uuid");
        });
        assertTrue(paths.contains("CFItems[0].identifier"), paths.toString());
        assertTrue(paths.contains("CFAssociations[0].originNodeURI.identifier"), paths.toString());
    }

    @Test
    void duplicateIdentifiersNameTheEarlierUse() {
        DomainException e = problem(pkg -> CasePackages.itemAt(pkg, 1)
                .put("identifier", CasePackages.itemAt(pkg, 0).get("identifier").asText()));
        assertEquals("CFItems[1].identifier", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("CFItems[0]"));
    }

    @Test
    void anItemClaimingAnotherDocumentIsRejected() {
        List<String> paths =
                errorPaths(pkg -> ((ObjectNode) CasePackages.itemAt(pkg, 1).get("CFDocumentURI"))
                        .put("identifier", UUID.randomUUID().toString()));
        assertEquals(List.of("CFItems[1].CFDocumentURI.identifier"), paths);
    }

    @Test
    void associationTypesOutsideCase11AreRejected() {
        List<String> paths = errorPaths(pkg -> association(pkg).put("associationType", "isFriendOf"));
        assertEquals(List.of("CFAssociations[0].associationType"), paths);
    }

    @Test
    void anAssociationMustStartAtANodeOfThePackage() {
        List<String> paths = errorPaths(pkg -> ((ObjectNode) association(pkg).get("originNodeURI"))
                .put("identifier", UUID.randomUUID().toString()));
        assertEquals(List.of("CFAssociations[0].originNodeURI.identifier"), paths);
    }

    @Test
    void anAssociationMayEndOutsideThePackage() {
        ObjectNode pkg = CasePackages.small();
        ((ObjectNode) association(pkg).get("destinationNodeURI"))
                .put("identifier", UUID.randomUUID().toString())
                .put("uri", ESCO_SKILL);
        assertEquals(1, CasePackageReader.read(pkg).associations().size());
    }

    @Test
    void escoUriMustBeAnHttpUriUnderEsco() {
        assertTrue(CasePackageReader.isEscoUri(ESCO_SKILL));
        assertTrue(CasePackageReader.isEscoUri("https://data.europa.eu/esco/occupation/abc"));
        assertFalse(CasePackageReader.isEscoUri("ftp://data.europa.eu/esco/skill/x"));
        assertFalse(CasePackageReader.isEscoUri("http://example.org/esco/skill/x"));
        assertFalse(CasePackageReader.isEscoUri("http://data.europa.eu/other/x"));
        assertFalse(CasePackageReader.isEscoUri("/esco/skill/x"));
        assertFalse(CasePackageReader.isEscoUri("http://data.europa.eu/esco skill"));
        List<String> paths = errorPaths(pkg ->
                CasePackages.itemAt(pkg, 0).putObject("extensions").put("escoURI", "http://example.org/skill/1"));
        assertEquals(List.of("CFItems[0].extensions.escoURI"), paths);
    }

    @Test
    void wrongJsonTypesAreRejectedNotThrown() {
        List<String> paths = errorPaths(pkg -> {
            CasePackages.itemAt(pkg, 0).put("fullStatement", 42).put("educationLevel", "ĐH");
            association(pkg).put("sequenceNumber", "first");
            ((ArrayNode) pkg.get("CFItems")).add("not an item");
        });
        assertEquals(
                List.of(
                        "CFItems[0].fullStatement",
                        "CFItems[0].educationLevel",
                        "CFItems[2]",
                        "CFAssociations[0].sequenceNumber"),
                paths);
    }

    @Test
    void tooManyItemsIsContentTooLarge() {
        ObjectNode pkg = CasePackages.small();
        ArrayNode items = pkg.putArray("CFItems");
        for (int i = 0; i <= CasePackageReader.MAX_ITEMS; i++) {
            items.addObject();
        }
        DomainException e = assertThrows(DomainException.class, () -> CasePackageReader.requireWithinLimits(pkg));
        assertEquals(413, e.type().kind().status());
    }

    private static ObjectNode association(ObjectNode pkg) {
        return (ObjectNode) pkg.get("CFAssociations").get(0);
    }

    private static List<String> errorPaths(Consumer<ObjectNode> breakIt) {
        return problem(breakIt).errors().stream().map(Problem.FieldError::field).toList();
    }

    private static DomainException problem(Consumer<ObjectNode> breakIt) {
        ObjectNode pkg = CasePackages.small();
        breakIt.accept(pkg);
        DomainException e = assertThrows(DomainException.class, () -> CasePackageReader.read(pkg));
        assertEquals(422, e.type().kind().status());
        return e;
    }
}
