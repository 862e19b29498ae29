package vn.practica.placement.credential;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Names a school as an issuer on the web: its {@code did:web} identifier, which resolves to
 * {@code <public-base-url>/api/v1/issuers/<schoolId>/did.json}, its keys' DID URLs, its status lists' URLs.
 */
@ApplicationScoped
class IssuerIdentity {
    static final String ISSUERS_PATH = "/api/v1/issuers/";

    private final String baseUrl;
    private final String didPrefix;

    IssuerIdentity(CredentialConfig config) {
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
        URI uri = URI.create(baseUrl);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath().replace('/', ':');
        this.didPrefix = "did:web:" + URLEncoder.encode(host, StandardCharsets.UTF_8) + path + ":api:v1:issuers:";
    }

    String did(UUID schoolId) {
        return didPrefix + schoolId;
    }

    /** The DID URL a JWS header names its key by. */
    String keyUrl(UUID schoolId, String kid) {
        return did(schoolId) + "#" + kid;
    }

    /** The school and key a DID URL of ours names; empty for any other. */
    Optional<IssuerKey> parseKeyUrl(String keyUrl) {
        if (keyUrl == null || !keyUrl.startsWith(didPrefix)) {
            return Optional.empty();
        }
        String rest = keyUrl.substring(didPrefix.length());
        int hash = rest.indexOf('#');
        if (hash != 36 || rest.length() == hash + 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssuerKey(UUID.fromString(rest.substring(0, hash)), rest.substring(hash + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String statusListUrl(UUID schoolId, int list) {
        return baseUrl + ISSUERS_PATH + schoolId + "/status-lists/" + list;
    }

    String credentialUrl(UUID credentialId) {
        return baseUrl + "/api/v1/credentials/" + credentialId;
    }

    /** The public page a printed credential's QR code names: the signed credential and its verification. */
    String verificationUrl(UUID credentialId) {
        return credentialUrl(credentialId) + "/verification";
    }

    String verifyUrl() {
        return baseUrl + "/api/v1/credentials/verify";
    }

    /** A key of a school's DID document. */
    record IssuerKey(UUID schoolId, String kid) {}
}
