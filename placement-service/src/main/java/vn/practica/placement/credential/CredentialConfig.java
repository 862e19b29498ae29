package vn.practica.placement.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How credentials are issued, signed and published, {@code practica.credentials.*} (docs/credentials.md). */
@ConfigMapping(prefix = "practica.credentials")
public interface CredentialConfig {
    /**
     * The key that seals the signing keys' private halves in the database: 32 bytes, base64. Required in production
     * ({@code PRACTICA_CREDENTIALS_KEY_ENCRYPTION_KEY}); dev and test profiles set their own.
     */
    String keyEncryptionKey();

    /**
     * The public https origin of placement-service ({@code https://placement.practica.vn}): credential, status list
     * and issuer document URLs and the issuers' {@code did:web} identifiers are made from it.
     */
    @WithDefault("https://placement.practica.local")
    String publicBaseUrl();

    /**
     * Where catalog serves CASE ({@code https://catalog.practica.vn}): an alignment points at
     * {@code <it>/ims/case/v1p1/CFItems/<id>} when catalog announced no URI of its own for an item.
     */
    @WithDefault("https://catalog.practica.local")
    String caseBaseUrl();

    /** A signing key older than this is retired when the next credential is signed; retired keys still verify. */
    @WithDefault("90d")
    Duration keyMaxAge();

    /** Most bytes of one body of the public verify endpoint ({@code @MaxBodySize} on it). */
    @WithDefault("128K")
    String maxVerifyBodySize();
}
