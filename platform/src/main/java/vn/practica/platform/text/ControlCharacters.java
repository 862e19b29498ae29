package vn.practica.platform.text;

/**
 * Control characters have no place in names, titles or identifiers, and PostgreSQL refuses NUL outright. Tab,
 * line feed and carriage return are text (multi-line descriptions); every other C0 control and DEL is not.
 */
public final class ControlCharacters {
    public static final String MESSAGE = "must not contain control characters such as NUL";

    private ControlCharacters() {}

    public static boolean in(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
