package vn.practica.placement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.openapi.OpenApiDocumentRules;

/**
 * Partners generate clients from {@code /q/openapi}: every operation keeps the operationId it was published
 * with, no framework type appears as a schema, and every error answer is a problem.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static JsonNode document() {
        return OpenApiDocumentRules.parse(given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void everyOperationKeepsItsOwnPublishedOperationId() {
        assertEquals(
                Set.of(
                        "listReferenceFields",
                        "openMatchingRound",
                        "listMatchingRounds",
                        "getMatchingRound",
                        "listMatchingRoundOffers",
                        "closeMatchingRound",
                        "rankMatchingRoundOffers",
                        "getMyMatchingRoundPreferences",
                        "uploadMatchingRoundPreferences",
                        "startMatchingRoundRun",
                        "listMatchingRoundRuns",
                        "getMatchingRoundRun",
                        "streamMatchingRoundRun",
                        "listMatchingRoundOfferResults",
                        "getMyMatchingRoundResult",
                        "verifyMatchingRound",
                        "listMatchingRoundCandidates",
                        "replaceMatchingRoundScores",
                        "getMatchingRoundBusinessCapacity",
                        "setMatchingRoundBusinessCapacity",
                        "removeMatchingRoundBusinessCapacity",
                        "listMatchingRoundSchools",
                        "joinMatchingRound",
                        "registerStudents",
                        "listStudents",
                        "getMyStudentProfile",
                        "editMyStudentProfile",
                        "upsertOffer",
                        "upsertOffers",
                        "getBusinessOffer",
                        "listBusinessOffers",
                        "openOffer",
                        "closeOffer",
                        "cancelOffer",
                        "searchOffers",
                        "listOffersForMe",
                        "getOffer",
                        "applyToOffer",
                        "getApplication",
                        "shortlistApplication",
                        "offerApplication",
                        "rejectApplication",
                        "withdrawApplication",
                        "declineApplication",
                        "acceptApplication",
                        "listMyApplications",
                        "listBusinessApplications",
                        "listSchoolApplications",
                        "getPlacement",
                        "withdrawPlacement",
                        "startPlacement",
                        "getPlacementAudit",
                        "getLogbook",
                        "recordLogbookEntry",
                        "listLogbookEntries",
                        "getLogbookEntry",
                        "reviseLogbookEntry",
                        "approveLogbookEntry",
                        "returnLogbookEntry",
                        "getEvaluations",
                        "evaluateLearner",
                        "evaluatePlacement",
                        "listMyTasks",
                        "listMyChanges",
                        "getAgreement",
                        "reviseAgreement",
                        "confirmAgreement",
                        "listMyPlacements",
                        "listBusinessPlacements",
                        "listSchoolPlacements",
                        "getCredential",
                        "getCredentialSummary",
                        "getCredentialPdf",
                        "getCredentialVerification",
                        "rotateCredentialSigningKey",
                        "shareCredential",
                        "unshareCredential",
                        "revokeCredential",
                        "verifyCredential",
                        "listMyCredentials",
                        "getIssuerDidDocument",
                        "getIssuerJwks",
                        "getStatusList"),
                OpenApiDocumentRules.assertUniqueOperationIds(document()));
    }

    @Test
    void anOfferReadsAsJsonOrAsASchemaOrgJobPosting() {
        JsonNode ok = document().at("/paths/~1api~1v1~1offers~1{offerId}/get/responses/200/content");
        assertEquals(
                "#/components/schemas/PostedOfferResponse",
                ok.at("/application~1json/schema/$ref").asText());
        assertEquals(
                "#/components/schemas/JobPosting",
                ok.at("/application~1ld+json/schema/$ref").asText());
    }

    @Test
    void anAcceptanceAnswersWithThePlacementItMadeAndOfferAndRejectTakeAnOptionalJsonBody() {
        JsonNode paths = document().path("paths");
        assertEquals(
                "#/components/schemas/PlacementResponse",
                paths.at(
                                "/~1api~1v1~1applications~1{applicationId}~1accept/post/responses/201/content/application~1json"
                                        + "/schema/$ref")
                        .asText());
        for (String move : new String[] {"offer", "reject"}) {
            JsonNode body = paths.at("/~1api~1v1~1applications~1{applicationId}~1" + move + "/post/requestBody");
            assertEquals(false, body.path("required").asBoolean(false), move);
            assertEquals(
                    1,
                    body.path("content").size(),
                    move + ": JSON only, " + body.path("content").fieldNames());
            assertEquals(
                    true,
                    body.at("/content/application~1json/schema/$ref").asText().endsWith("Request"),
                    move);
        }
    }

    @Test
    void noSchemaIsAFrameworkTypeLeakingIntoTheApi() {
        OpenApiDocumentRules.assertNoFrameworkTypes(document());
    }

    @Test
    void everyErrorAnswerIsDocumentedAsAProblem() {
        OpenApiDocumentRules.assertErrorsAreProblems(document());
    }
}
