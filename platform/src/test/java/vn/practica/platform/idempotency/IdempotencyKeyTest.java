package vn.practica.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/** Keys are 1 to 255 printable ASCII characters, as the draft's structured-field string allows. */
class IdempotencyKeyTest {
    private static final String SCOPE = "org:4f7c1a52-0000-4000-8000-000000000001";

    @Test
    void acceptsPrintableAsciiUpToTheLimit() {
        for (String key : List.of("a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "x y~!", "k".repeat(255))) {
            assertEquals(key, IdempotencyKey.of(SCOPE, key).value());
        }
    }

    @Test
    void refusesEmptyTooLongAndNonPrintableKeysNamingTheHeader() {
        for (String key : List.of("", "k".repeat(256), "a\tb", "caf\u00e9", "a\u0000")) {
            DomainException refusal = assertThrows(DomainException.class, () -> IdempotencyKey.of(SCOPE, key));
            assertEquals(PlatformProblems.INVALID_REQUEST, refusal.type());
            assertEquals("header.Idempotency-Key", refusal.errors().get(0).field());
        }
    }
}
