package vn.practica.placement.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ES256 keys credentials are signed with, held by the platform for the schools that issue (docs/credentials.md,
 * Keys): one active key signs; a key older than {@code practica.credentials.key-max-age} is retired when the next
 * credential is signed, or at once by {@link #rotateSigningKey}. Retired keys stay published, so every credential
 * they signed still verifies.
 */
@ApplicationScoped
@Transactional
public class CredentialKeyService {
    private final CredentialKeyRepository keys;
    private final KeySealer sealer;
    private final CredentialConfig config;
    private final Clock clock = Clock.systemUTC();

    CredentialKeyService(CredentialKeyRepository keys, KeySealer sealer, CredentialConfig config) {
        this.keys = keys;
        this.sealer = sealer;
        this.config = config;
    }

    /** The key that signs now, with its private half; made (or rotated, when too old) first if needed. */
    @Transactional(Transactional.TxType.MANDATORY)
    ECKey signingKey() {
        Optional<CredentialKey> active = keys.activeForUpdate();
        if (active.isPresent() && !tooOld(active.get())) {
            return privateKey(active.get());
        }
        active.ifPresent(key -> keys.retire(key.kid(), now()));
        return newActiveKey();
    }

    /**
     * The key that signs now, read without a lock and never rotated here: what a public read (a status list) signs
     * with, so it neither waits for nor writes anything; made only when no key exists yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ECKey currentKey() {
        return keys.active().map(this::privateKey).orElseGet(this::signingKey);
    }

    /** Retires the signing key now and makes the next one: what an operator does when a key may have leaked. */
    public KeyRotation rotateSigningKey() {
        Instant at = now();
        Optional<String> retired = keys.activeForUpdate().map(CredentialKey::kid);
        retired.ifPresent(kid -> keys.retire(kid, at));
        return new KeyRotation(retired.orElse(null), newActiveKey().getKeyID(), at);
    }

    /** The id of the key that signs now, read without a lock; empty before the first key is made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<String> currentKid() {
        return keys.active().map(CredentialKey::kid);
    }

    /** Every public key ever made, oldest first: all of them verify the credentials they signed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ECKey> publishedKeys() {
        return keys.all().stream().map(CredentialKeyService::publicKey).toList();
    }

    /** The public key of {@code kid}, retired or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ECKey> publicKey(String kid) {
        return keys.find(kid).map(CredentialKeyService::publicKey);
    }

    private boolean tooOld(CredentialKey key) {
        return key.createdAt().plus(config.keyMaxAge()).isBefore(now());
    }

    private ECKey newActiveKey() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .keyID("es256-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
            byte[] sealed = sealer.seal(key.getKeyID(), key.toECPrivateKey().getEncoded());
            CredentialKey row =
                    new CredentialKey(key.getKeyID(), key.toPublicJWK().toJSONString(), sealed, now(), null);
            if (keys.insertActive(row)) {
                return key;
            }
            // another transaction made the active key between our read and insert: sign with that one
            return privateKey(keys.activeForUpdate().orElseThrow());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make a signing key", e);
        }
    }

    private ECKey privateKey(CredentialKey key) {
        try {
            byte[] pkcs8 = sealer.open(key.kid(), key.privateKeySealed());
            ECPrivateKey privateKey =
                    (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new ECKey.Builder(publicKey(key)).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + key.kid() + " is unreadable", e);
        }
    }

    private static ECKey publicKey(CredentialKey key) {
        try {
            return ECKey.parse(key.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public key " + key.kid() + " is not a JWK", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
