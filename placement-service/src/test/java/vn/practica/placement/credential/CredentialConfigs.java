package vn.practica.placement.credential;

import java.time.Duration;

/** Credential settings for plain unit tests: a key-encryption key and a public base URL, defaults elsewhere. */
record CredentialConfigs(String keyEncryptionKey, String publicBaseUrl) implements CredentialConfig {
    @Override
    public String caseBaseUrl() {
        return "https://catalog.practica.vn";
    }

    @Override
    public Duration keyMaxAge() {
        return Duration.ofDays(90);
    }

    @Override
    public String maxVerifyBodySize() {
        return "128K";
    }
}
