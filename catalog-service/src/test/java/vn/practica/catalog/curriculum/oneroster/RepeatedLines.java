package vn.practica.catalog.curriculum.oneroster;

import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A text of a header followed by the same line without end, served a few characters at a time: a reader that
 * holds it whole, or does not stop, never returns. Counts what was read.
 */
final class RepeatedLines extends Reader {
    private final String header;
    private final String line;
    private long served;

    RepeatedLines(String header, String line) {
        this.header = header + "\r\n";
        this.line = line + "\r\n";
    }

    long charsServed() {
        return served;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        int n = Math.min(length, 7);
        for (int i = 0; i < n; i++, served++) {
            buffer[offset + i] = served < header.length()
                    ? header.charAt((int) served)
                    : line.charAt((int) ((served - header.length()) % line.length()));
        }
        return n;
    }

    @Override
    public void close() {}

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
