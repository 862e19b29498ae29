package vn.practica.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PostgresChoiceTest {
    private static final BooleanSupplier ANSWERS = () -> true;
    private static final BooleanSupplier SILENT = () -> false;
    private static final BooleanSupplier MUST_NOT_PROBE = () -> {
        throw new AssertionError("the default address must not be probed");
    };

    @Test
    void usesTheServerRunningAtTheDefaultAddressWhenNothingIsConfigured() {
        assertEquals(PostgresChoice.RUNNING, PostgresChoice.choose(false, false, ANSWERS));
    }

    @Test
    void startsItsOwnServerWhenNothingIsConfiguredAndNothingAnswers() {
        assertEquals(PostgresChoice.EMBEDDED, PostgresChoice.choose(false, false, SILENT));
    }

    @Test
    void keepsAConfiguredServerEvenWhenItDoesNotAnswer() {
        assertEquals(PostgresChoice.CONFIGURED, PostgresChoice.choose(false, true, MUST_NOT_PROBE));
    }

    @Test
    void startsItsOwnServerWhenAskedEvenIfOneRuns() {
        assertEquals(PostgresChoice.EMBEDDED, PostgresChoice.choose(true, false, MUST_NOT_PROBE));
        assertEquals(PostgresChoice.EMBEDDED, PostgresChoice.choose(true, true, MUST_NOT_PROBE));
    }
}
