package vn.practica.placement.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.credential.IssuerIdentity.IssuerKey;
import vn.practica.placement.credential.Verification.Check;
import vn.practica.platform.problem.DomainException;

/**
 * Verifies a presented VC-JWT as anyone could offline with the published documents: the key its header names is
 * one of the issuer's, the signature holds, its status bit is not set, and it is within its validity period. Reads
 * only: verifying changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CredentialVerificationService {
    private final CredentialKeyService keys;
    private final CredentialRepository credentials;
    private final IssuerIdentity issuers;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    CredentialVerificationService(
            CredentialKeyService keys, CredentialRepository credentials, IssuerIdentity issuers, ObjectMapper json) {
        this.keys = keys;
        this.credentials = credentials;
        this.issuers = issuers;
        this.json = json;
    }

    public Verification verifyCredential(String compact) {
        JWSObject jws = parse(compact);
        JsonNode vc = payload(jws);
        String issuer = vc.path("issuer").isObject()
                ? vc.path("issuer").path("id").asText(null)
                : vc.path("issuer").asText(null);
        List<Check> checks = new ArrayList<>();
        Optional<IssuerKey> named = issuers.parseKeyUrl(jws.getHeader().getKeyID())
                .filter(key -> issuers.did(key.schoolId()).equals(issuer));
        Optional<ECKey> key = named.flatMap(k -> keys.publicKey(k.kid()));
        checks.add(new Check(
                "issuer-key",
                key.isPresent(),
                key.isPresent()
                        ? "The header's kid is a published key of the credential's issuer"
                        : "The header's kid names no published key of the credential's issuer"));
        boolean signed = key.isPresent() && signatureHolds(jws, key.get());
        checks.add(new Check("signature", signed, signed ? "ES256 signature valid" : "Signature not valid"));
        checks.add(status(vc, signed));
        checks.add(validity(vc));
        boolean verified = checks.stream().allMatch(Check::passed);
        return new Verification(verified, vc.path("id").asText(null), issuer, checks);
    }

    private static JWSObject parse(String compact) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException | IllegalArgumentException e) {
            throw new DomainException(CredentialProblems.MALFORMED, "Not a compact JWS: " + e.getMessage());
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                || !CredentialSigner.VC_JWT.equals(jws.getHeader().getType())) {
            throw new DomainException(
                    CredentialProblems.ALGORITHM_NOT_ACCEPTED,
                    "alg " + jws.getHeader().getAlgorithm() + ", typ "
                            + jws.getHeader().getType() + ": only alg ES256 with typ vc+jwt is verified");
        }
        return jws;
    }

    private JsonNode payload(JWSObject jws) {
        try {
            JsonNode vc = json.readTree(jws.getPayload().toString());
            if (vc == null || !vc.isObject()) {
                throw new DomainException(CredentialProblems.MALFORMED, "The payload is not a JSON object");
            }
            return vc;
        } catch (JsonProcessingException e) {
            throw new DomainException(CredentialProblems.MALFORMED, "The payload is not JSON");
        }
    }

    private static boolean signatureHolds(JWSObject jws, ECKey key) {
        try {
            return jws.verify(new ECDSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** The bit the credential's status entry names, read where its status list is built from; unsigned: unknown. */
    private Check status(JsonNode vc, boolean signed) {
        JsonNode entry = vc.path("credentialStatus");
        String list = entry.path("statusListCredential").asText("");
        String index = entry.path("statusListIndex").asText("");
        if (!signed) {
            return new Check("status", false, "Not checked: the signature does not hold");
        }
        Optional<StoredCredential> stored = credentialId(vc)
                .flatMap(credentials::find)
                .filter(c -> issuers.statusListUrl(c.schoolId(), c.statusList()).equals(list)
                        && Integer.toString(c.statusIndex()).equals(index));
        if (stored.isEmpty()) {
            return new Check("status", false, "No status list entry of ours matches the credential");
        }
        boolean revoked = stored.get().revoked();
        return new Check(
                "status",
                !revoked,
                revoked
                        ? "Revoked: bit " + index + " of " + list + " is set"
                        : "Not revoked: bit " + index + " of " + list + " is clear");
    }

    private Check validity(JsonNode vc) {
        Instant now = clock.instant();
        try {
            Instant from = Instant.parse(vc.path("validFrom").asText(""));
            if (from.isAfter(now)) {
                return new Check("validity", false, "Not valid before " + from);
            }
            if (vc.hasNonNull("validUntil")) {
                Instant until = Instant.parse(vc.get("validUntil").asText());
                return new Check(
                        "validity",
                        !until.isBefore(now),
                        until.isBefore(now) ? "Expired at " + until : "Valid until " + until);
            }
            return new Check("validity", true, "Valid from " + from + ", no expiry");
        } catch (DateTimeParseException e) {
            return new Check("validity", false, "validFrom or validUntil is not a date-time");
        }
    }

    private static Optional<UUID> credentialId(JsonNode vc) {
        String id = vc.path("id").asText("");
        if (!id.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.substring("urn:uuid:".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
