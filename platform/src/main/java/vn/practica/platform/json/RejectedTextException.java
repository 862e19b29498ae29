package vn.practica.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import vn.practica.platform.text.ControlCharacters;

/** A request string with control characters; its message is safe to show the client. */
public final class RejectedTextException extends InvalidFormatException {
    public static final String REASON = ControlCharacters.MESSAGE;

    RejectedTextException(JsonParser parser, String value) {
        super(parser, REASON, value, String.class);
    }
}
