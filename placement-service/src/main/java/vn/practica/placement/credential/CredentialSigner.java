package vn.practica.placement.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Secures a credential as VC-JOSE-COSE prescribes for JOSE: a compact JWS whose payload is the credential itself,
 * {@code typ} {@code vc+jwt}, {@code cty} {@code vc}, {@code kid} the DID URL of the issuer's key, ES256.
 */
@ApplicationScoped
class CredentialSigner {
    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");
    static final String VC_CONTENT_TYPE = "vc";

    private final CredentialKeyService keys;
    private final IssuerIdentity issuers;

    CredentialSigner(CredentialKeyService keys, IssuerIdentity issuers) {
        this.keys = keys;
        this.issuers = issuers;
    }

    /** A credential, with the signing key (rotated first when too old); the compact JWS and its plain key id. */
    @Transactional(Transactional.TxType.MANDATORY)
    Signed sign(UUID schoolId, String credentialJson) {
        return sign(schoolId, credentialJson, keys.signingKey());
    }

    /** A status list, with the current key, taking no lock: anyone may ask for one at any time. */
    @Transactional(Transactional.TxType.MANDATORY)
    Signed signStatusList(UUID schoolId, String statusListJson) {
        return sign(schoolId, statusListJson, keys.currentKey());
    }

    private Signed sign(UUID schoolId, String credentialJson, ECKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(VC_JWT)
                .contentType(VC_CONTENT_TYPE)
                .keyID(issuers.keyUrl(schoolId, key.getKeyID()))
                .build();
        JWSObject jws = new JWSObject(header, new Payload(credentialJson));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential", e);
        }
        return new Signed(jws.serialize(), key.getKeyID());
    }

    record Signed(String jwt, String kid) {}
}
