package vn.practica.placement.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A school's W3C Bitstring Status List credentials (purpose revocation): bit i of list n is set when the credential
 * at index i of that list is revoked. Built from the credentials' rows on each read and signed like a credential.
 */
@ApplicationScoped
@Transactional
public class StatusListService {
    private final CredentialRepository credentials;
    private final CredentialSigner signer;
    private final IssuerIdentity issuers;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    StatusListService(
            CredentialRepository credentials, CredentialSigner signer, IssuerIdentity issuers, ObjectMapper json) {
        this.credentials = credentials;
        this.signer = signer;
        this.issuers = issuers;
        this.json = json;
    }

    /** The list as a signed {@code BitstringStatusListCredential} (VC-JWT); empty for a list nobody was given. */
    public Optional<String> statusList(UUID schoolId, int list) {
        if (!credentials.hasList(schoolId, list)) {
            return Optional.empty();
        }
        byte[] bits = new byte[CredentialIssueService.STATUS_LIST_SIZE / 8];
        for (int index : credentials.revokedIndexes(schoolId, list)) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        String url = issuers.statusListUrl(schoolId, list);
        ObjectNode vc = json.createObjectNode();
        vc.putArray("@context").add(OpenBadgeCredentials.VC_CONTEXT);
        vc.put("id", url);
        vc.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        vc.put("issuer", issuers.did(schoolId));
        vc.put("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        try {
            return Optional.of(
                    signer.sign(schoolId, json.writeValueAsString(vc)).jwt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
