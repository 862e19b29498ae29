package vn.practica.placement.credential;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/**
 * What a verifier fetches once to verify a school's credentials offline: the school's {@code did:web} document and
 * the same keys as a JWKS, every key ever used (retired ones too), each named by its DID URL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssuerDocumentService {
    private final CredentialKeyService keys;
    private final IssuerIdentity issuers;
    private final PartnerProjection partners;

    IssuerDocumentService(CredentialKeyService keys, IssuerIdentity issuers, PartnerProjection partners) {
        this.keys = keys;
        this.issuers = issuers;
        this.partners = partners;
    }

    /** The school's DID document; empty for an id that is no school placement knows. */
    public Optional<Map<String, Object>> didDocument(UUID schoolId) {
        return school(schoolId).map(id -> {
            String did = issuers.did(id);
            List<Map<String, Object>> methods = keys.publishedKeys().stream()
                    .map(key -> method(did, issuers.keyUrl(id, key.getKeyID()), key))
                    .toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(
                    "@context",
                    List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
            doc.put("id", did);
            doc.put("verificationMethod", methods);
            doc.put("assertionMethod", methods.stream().map(m -> m.get("id")).toList());
            return doc;
        });
    }

    /** The school's keys as a JWK Set, each {@code kid} the DID URL JWS headers name it by. */
    public Optional<Map<String, Object>> jwks(UUID schoolId) {
        return school(schoolId)
                .map(id -> Map.of(
                        "keys",
                        keys.publishedKeys().stream()
                                .map(key -> jwk(issuers.keyUrl(id, key.getKeyID()), key))
                                .toList()));
    }

    private Optional<UUID> school(UUID id) {
        return partners.findPartner(id).filter(Partner::isSchool).map(Partner::id);
    }

    private static Map<String, Object> method(String did, String url, ECKey key) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("id", url);
        method.put("type", "JsonWebKey2020");
        method.put("controller", did);
        method.put("publicKeyJwk", jwk(url, key));
        return method;
    }

    private static Map<String, Object> jwk(String url, ECKey key) {
        return new ECKey.Builder(key.toPublicJWK()).keyID(url).build().toJSONObject();
    }
}
