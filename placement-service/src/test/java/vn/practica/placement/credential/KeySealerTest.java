package vn.practica.placement.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sealed private keys open only with the same key-encryption key, under the same key id, untouched. */
class KeySealerTest {
    private static final long SEED = 20261130L;

    @Test
    void aSealedKeyOpensOnlyWithItsKeyEncryptionKeyItsKidAndItsBytesUntouched() {
        Random random = new Random(SEED);
        KeySealer sealer = new KeySealer(config(key(random)));
        KeySealer other = new KeySealer(config(key(random)));
        for (int run = 0; run < 50; run++) {
            byte[] plain = new byte[16 + random.nextInt(200)];
            random.nextBytes(plain);
            byte[] sealed = sealer.seal("es256-" + run, plain);
            assertArrayEquals(plain, sealer.open("es256-" + run, sealed));
            assertFalse(contains(sealed, plain), "the plain key shows in the sealed bytes");
            String kid = "es256-" + run;
            assertThrows(IllegalStateException.class, () -> other.open(kid, sealed));
            assertThrows(IllegalStateException.class, () -> sealer.open(kid + "x", sealed));
            byte[] flipped = sealed.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            assertThrows(IllegalStateException.class, () -> sealer.open(kid, flipped));
        }
    }

    @Test
    void aKeyEncryptionKeyOfAnotherSizeIsRefusedAtStart() {
        assertThrows(
                IllegalStateException.class,
                () -> new KeySealer(config(Base64.getEncoder().encodeToString(new byte[16]))));
    }

    private static String key(Random random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private static CredentialConfig config(String keyEncryptionKey) {
        return new CredentialConfigs(keyEncryptionKey, "https://placement.practica.vn");
    }
}
