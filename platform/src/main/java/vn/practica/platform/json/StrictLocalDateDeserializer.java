package vn.practica.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates in request bodies are RFC 3339 full-dates ({@code 2027-03-01}); a bare number would be read as days
 * since 1970, and a year of more than four digits is no date anybody plans with.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    StrictLocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            if (FULL_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal below: 2027-02-30 is no date
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an RFC 3339 full-date");
    }
}
