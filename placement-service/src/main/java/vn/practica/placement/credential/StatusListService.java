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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A school's W3C Bitstring Status List credentials (purpose revocation): bit i of list n is set when the credential
 * at index i of that list is revoked. Each read takes the revoked indexes from the credentials' rows, so a
 * revocation shows at once; the list is signed again only when they or the signing key changed since this
 * instance last signed it, so a flood of public reads costs a query each, not a signature each.
 */
@ApplicationScoped
@Transactional
public class StatusListService {
    /** Lists kept signed per instance, least recently read dropped first: a few hundred bytes each. */
    static final int CACHED_LISTS = 4096;

    private final CredentialRepository credentials;
    private final CredentialKeyService keys;
    private final CredentialSigner signer;
    private final IssuerIdentity issuers;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final Map<ListId, Cached> signed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ListId, Cached> eldest) {
            return size() > CACHED_LISTS;
        }
    });

    StatusListService(
            CredentialRepository credentials,
            CredentialKeyService keys,
            CredentialSigner signer,
            IssuerIdentity issuers,
            ObjectMapper json) {
        this.credentials = credentials;
        this.keys = keys;
        this.signer = signer;
        this.issuers = issuers;
        this.json = json;
    }

    /** The list as a signed {@code BitstringStatusListCredential} (VC-JWT); empty for a list nobody was given. */
    public Optional<SignedStatusList> statusList(UUID schoolId, int list) {
        if (!credentials.hasList(schoolId, list)) {
            return Optional.empty();
        }
        ListId id = new ListId(schoolId, list);
        List<Integer> revoked = credentials.revokedIndexes(schoolId, list);
        Optional<String> kid = keys.currentKid();
        Cached cached = signed.get(id);
        if (cached != null && cached.revoked().equals(revoked) && kid.equals(Optional.of(cached.kid()))) {
            return Optional.of(cached.list());
        }
        CredentialSigner.Signed fresh = signer.signStatusList(schoolId, write(schoolId, list, revoked));
        SignedStatusList result = SignedStatusList.of(fresh.jwt());
        signed.put(id, new Cached(revoked, fresh.kid(), result));
        return Optional.of(result);
    }

    private String write(UUID schoolId, int list, List<Integer> revoked) {
        byte[] bits = new byte[CredentialIssueService.STATUS_LIST_SIZE / 8];
        for (int index : revoked) {
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
            return json.writeValueAsString(vc);
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

    private record ListId(UUID schoolId, int list) {}

    /** A list as last signed here: the revoked indexes it encodes (sorted) and the key that signed it. */
    private record Cached(List<Integer> revoked, String kid, SignedStatusList list) {}
}
