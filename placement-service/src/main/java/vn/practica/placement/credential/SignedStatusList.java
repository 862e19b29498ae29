package vn.practica.placement.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A signed status list (VC-JWT) with its strong ETag, a digest of exactly these bytes. */
public record SignedStatusList(String jwt, String etag) {
    static SignedStatusList of(String jwt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(jwt.getBytes(StandardCharsets.US_ASCII));
            return new SignedStatusList(jwt, HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
