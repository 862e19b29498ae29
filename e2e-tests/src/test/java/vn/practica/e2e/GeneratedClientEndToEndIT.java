package vn.practica.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.client.catalog.ApiException;
import vn.practica.client.catalog.api.FieldsApi;
import vn.practica.client.catalog.api.OrganizationsApi;
import vn.practica.client.catalog.model.CreateFieldRequest;
import vn.practica.client.catalog.model.FieldResponse;
import vn.practica.client.catalog.model.OrganizationResponse;
import vn.practica.client.catalog.model.Problem;
import vn.practica.client.catalog.model.RegisterOrganizationRequest;
import vn.practica.client.placement.api.ReferenceDataApi;
import vn.practica.client.placement.model.ReferenceFieldResponse;
import vn.practica.client.reporting.api.KpisApi;
import vn.practica.devkit.PracticaStack;

/**
 * A partner's integration, written only against the Java clients the build generates from each service's
 * OpenAPI document: if a document drifts from what the service does, this stops compiling or fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientEndToEndIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(60);

    private PracticaStack stack;
    private String stateToken;

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
        stateToken = stack.tokens().mint("client-ministry-officer", "state", "MOST", Duration.ofHours(1));
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aFieldCreatedWithTheCatalogClientIsSeenThroughThePlacementAndReportingClients() throws Exception {
        String code = "CLIENT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        FieldResponse created = new FieldsApi(catalog(stateToken))
                .createField(new CreateFieldRequest()
                        .code(code)
                        .nameVi("Logistics cảng biển xanh")
                        .nameEn("Green port logistics"));
        assertEquals(FieldResponse.StatusEnum.ACTIVE, created.getStatus());
        assertEquals(1L, created.getVersion());

        ReferenceDataApi placement = new ReferenceDataApi(placement(stateToken));
        await().atMost(CONVERGENCE)
                .until(() -> placement.listReferenceFields().stream()
                        .map(ReferenceFieldResponse::getCode)
                        .anyMatch(code::equals));
        KpisApi reporting = new KpisApi(reporting(stateToken));
        await().atMost(CONVERGENCE).until(() -> reporting.getFieldKpis().getActiveFields() == 11L);
    }

    @Test
    void aBusinessRegistersWithAnIdempotencyKeyAndTheStateVerifiesItWithItsETag() throws Exception {
        UUID businessId = UUID.randomUUID();
        String businessToken =
                stack.tokens().mint("hr-" + businessId, "business", businessId.toString(), Duration.ofHours(1));
        OrganizationsApi asBusiness = new OrganizationsApi(catalog(businessToken));
        RegisterOrganizationRequest registration = portOperator();
        String key = UUID.randomUUID().toString();

        OrganizationResponse registered = asBusiness.registerOrganization(registration, key);
        var retried = asBusiness.registerOrganizationWithHttpInfo(registration, key);
        assertEquals(businessId, registered.getId());
        assertEquals(OrganizationResponse.StatusEnum.PENDING, registered.getStatus());
        assertEquals(List.of("true"), retried.getHeaders().get("idempotent-replayed"));
        assertEquals(registered, retried.getData());

        OrganizationsApi asState = new OrganizationsApi(catalog(stateToken));
        String etag = asState.getOrganizationWithHttpInfo(businessId)
                .getHeaders()
                .get("etag")
                .get(0);
        OrganizationResponse verified = asState.verifyOrganization(businessId, etag);
        assertEquals(OrganizationResponse.StatusEnum.VERIFIED, verified.getStatus());
        assertEquals(registered.getVersion() + 1, verified.getVersion());
    }

    @Test
    void aRefusalReachesTheClientAsAProblemItsModelReads() throws Exception {
        UUID businessId = UUID.randomUUID();
        String businessToken =
                stack.tokens().mint("hr-" + businessId, "business", businessId.toString(), Duration.ofHours(1));
        OrganizationsApi asBusiness = new OrganizationsApi(catalog(businessToken));

        ApiException refused = assertThrows(
                ApiException.class,
                () -> asBusiness.registerOrganization(portOperator().provinceCode("XX"), null));
        assertTrue(refused.getCode() >= 400 && refused.getCode() < 500, refused.getMessage());
        assertTrue(refused.getResponseHeaders()
                .firstValue("content-type")
                .orElseThrow()
                .startsWith("application/problem+json"));
        Problem problem =
                new ObjectMapper().findAndRegisterModules().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(refused.getCode(), problem.getStatus());
        assertTrue(problem.getType().toString().startsWith("https://practica.vn/problems/"), problem.toString());
    }

    private static RegisterOrganizationRequest portOperator() {
        String taxCode = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return new RegisterOrganizationRequest()
                .kind(RegisterOrganizationRequest.KindEnum.BUSINESS)
                .identifier(taxCode)
                .legalName("Công ty Cổ phần Cảng Cái Mép " + taxCode)
                .shortName("Cảng Cái Mép")
                .provinceCode("HCM")
                .contactEmail("tuyendung@cangcaimep.vn")
                .fieldCodes(List.of("PORT_OPS"));
    }

    private vn.practica.client.catalog.ApiClient catalog(String token) {
        var client = new vn.practica.client.catalog.ApiClient();
        client.updateBaseUri(stack.service("catalog").baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private vn.practica.client.placement.ApiClient placement(String token) {
        var client = new vn.practica.client.placement.ApiClient();
        client.updateBaseUri(stack.service("placement").baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private vn.practica.client.reporting.ApiClient reporting(String token) {
        var client = new vn.practica.client.reporting.ApiClient();
        client.updateBaseUri(stack.service("reporting").baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
