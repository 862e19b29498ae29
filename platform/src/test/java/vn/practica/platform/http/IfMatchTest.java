package vn.practica.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

class IfMatchTest {
    @Test
    void readsOurEtagsStrongOrWeak() {
        assertEquals(OptionalLong.of(3), IfMatch.version("\"3\""));
        assertEquals(OptionalLong.of(9223372036854775807L), IfMatch.version("W/\"9223372036854775807\""));
        assertEquals(OptionalLong.empty(), IfMatch.version("*"));
    }

    @Test
    void refusesAValueLongerThanAnyEtagOfOursEvenIfItWouldParse() {
        String padded = "\"".repeat(IfMatch.MAX_LENGTH) + "3";
        DomainException e = assertThrows(DomainException.class, () -> IfMatch.version(padded));
        assertEquals(PlatformProblems.INVALID_IF_MATCH, e.type());
        assertEquals(OptionalLong.of(3), IfMatch.version("\"".repeat(IfMatch.MAX_LENGTH - 1) + "3"));
    }

    @Test
    void aRequiredIfMatchRefusesABlindChangeButTakesAStarOrAVersion() {
        for (String absent : new String[] {null, "", "  "}) {
            DomainException e = assertThrows(DomainException.class, () -> IfMatch.required(absent));
            assertEquals(PlatformProblems.IF_MATCH_REQUIRED, e.type());
            assertEquals(428, e.type().kind().status());
        }
        assertEquals(OptionalLong.empty(), IfMatch.required("*"));
        assertEquals(OptionalLong.of(4), IfMatch.required("\"4\""));
        assertEquals(
                PlatformProblems.INVALID_IF_MATCH,
                assertThrows(DomainException.class, () -> IfMatch.required("four"))
                        .type());
    }
}
