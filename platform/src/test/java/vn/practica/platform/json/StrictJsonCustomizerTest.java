package vn.practica.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates are read only from their RFC 3339 text, as Quarkus's mapper reads them once customized. */
class StrictJsonCustomizerTest {
    /** A body member holding a date. */
    record Planned(LocalDate start) {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void aFullDateIsReadAsThatDay() throws Exception {
        assertEquals(
                LocalDate.of(2027, 3, 1),
                mapper().readValue("{\"start\":\"2027-03-01\"}", Planned.class).start());
    }

    @Test
    void aNumberAnImpossibleDayOrAFiveDigitYearIsNoDate() {
        ObjectMapper mapper = mapper();
        for (String value :
                new String[] {"12345", "\"2027-02-30\"", "\"+10000-01-01\"", "\"2027-3-1\"", "[2027,3,1]"}) {
            assertThrows(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"start\":" + value + "}", Planned.class),
                    value);
        }
    }
}
