package vn.practica.platform.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
    private static final String VALID = "3f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5f";
    // hex digits of both cases, the separator, and look-alikes: non-hex letters, other scripts' digits, full-width
    // forms (which Character.digit would take), control and sign characters UUID.fromString alone lets through
    private static final String CANDIDATES =
            "0123456789abcdefABCDEF-gGzZ +{}\u0000\u001f\u007f\u0660\u0966\uff10\uff21\uff41\u00e9";

    @Test
    void everyOneCharacterChangeOfAUuidIsAcceptedExactlyWhenThePatternAcceptsIt() {
        int accepted = 0;
        for (int i = 0; i < VALID.length(); i++) {
            for (char c : CANDIDATES.toCharArray()) {
                String value = VALID.substring(0, i) + c + VALID.substring(i + 1);
                boolean canonical = value.matches(Uuids.PATTERN);
                UUID parsed = Uuids.parse(value);
                assertEquals(canonical, parsed != null, value);
                if (parsed != null) {
                    assertEquals(value.toLowerCase(), parsed.toString(), value);
                    accepted++;
                }
            }
        }
        assertEquals(32 * 22 + 4, accepted); // each hex position takes 22 hex characters; each hyphen only itself
    }

    @Test
    void wrongLengthsLooseFormsAndNullAreNotUuids() {
        for (String value : new String[] {
            null,
            "",
            VALID.substring(1),
            VALID + "0",
            VALID.replace("-", ""),
            "{" + VALID.substring(1, 35) + "}",
            "3f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5",
            "3f2b8c1-e5d4a-4b7e-9c61-0a1b2c3d4e5f",
            "1-1-1-1-1",
            "+f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5f"
        }) {
            assertNull(Uuids.parse(value), String.valueOf(value));
        }
    }
}
