package vn.practica.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs dev and test tokens. It is generated on the developer's machine and
 * never committed; services only ever receive the public half.
 */
public final class DevKeys {
    private static final String PUBLIC_FILE = "public-key.pem";
    private static final String PRIVATE_FILE = "private-key.pem";

    private final KeyPair keyPair;
    private final Path publicKeyFile;

    private DevKeys(KeyPair keyPair, Path publicKeyFile) {
        this.keyPair = keyPair;
        this.publicKeyFile = publicKeyFile;
    }

    /** Loads the pair kept in {@code dir}, generating and saving a new one the first time. */
    public static DevKeys inDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Path publicFile = dir.resolve(PUBLIC_FILE);
            Path privateFile = dir.resolve(PRIVATE_FILE);
            if (Files.exists(publicFile) && Files.exists(privateFile)) {
                return new DevKeys(load(publicFile, privateFile), publicFile);
            }
            KeyPair pair = generate();
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new DevKeys(pair, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** Where the PEM public key is, as a {@code file:} location for {@code mp.jwt.verify.publickey.location}. */
    public String publicKeyLocation() {
        return publicKeyFile.toAbsolutePath().toUri().toString();
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair load(Path publicFile, Path privateFile) throws IOException, GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicFile)));
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
        return new KeyPair(publicKey, privateKey);
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }
}
