package vn.practica.placement.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.credential.IssuerIdentity.IssuerKey;

/** did:web identifiers as the method spec writes them, and key URLs read back only when they are ours. */
class IssuerIdentityTest {
    private static final UUID SCHOOL = UUID.fromString("7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b");

    @Test
    void aPortIsPercentEncodedAndPathSegmentsBecomeColons() {
        assertEquals(
                "did:web:placement.practica.vn:api:v1:issuers:" + SCHOOL,
                identity("https://placement.practica.vn/").did(SCHOOL));
        assertEquals(
                "did:web:localhost%3A8082:api:v1:issuers:" + SCHOOL,
                identity("http://localhost:8082").did(SCHOOL));
        assertEquals(
                "did:web:example.vn:practica:api:v1:issuers:" + SCHOOL,
                identity("https://example.vn/practica").did(SCHOOL));
        assertEquals(
                "https://example.vn/practica/api/v1/issuers/" + SCHOOL + "/status-lists/3",
                identity("https://example.vn/practica").statusListUrl(SCHOOL, 3));
    }

    @Test
    void onlyOurOwnKeyUrlsReadBack() {
        IssuerIdentity issuers = identity("https://placement.practica.vn");
        String url = issuers.keyUrl(SCHOOL, "es256-1");
        assertEquals(Optional.of(new IssuerKey(SCHOOL, "es256-1")), issuers.parseKeyUrl(url));
        for (String foreign : List.of(
                "",
                "es256-1",
                "did:web:evil.example:api:v1:issuers:" + SCHOOL + "#es256-1",
                issuers.did(SCHOOL),
                issuers.did(SCHOOL) + "#",
                issuers.did(SCHOOL) + "x#es256-1",
                "did:web:placement.practica.vn:api:v1:issuers:not-a-uuid-at-all-but-36-chars-long#k",
                "did:web:placement.practica.vn:api:v1:issuers:#" + SCHOOL)) {
            assertTrue(issuers.parseKeyUrl(foreign).isEmpty(), foreign);
        }
        assertTrue(issuers.parseKeyUrl(null).isEmpty());
    }

    private static IssuerIdentity identity(String baseUrl) {
        return new IssuerIdentity(new CredentialConfigs("", baseUrl));
    }
}
