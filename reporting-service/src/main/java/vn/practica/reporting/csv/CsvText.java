package vn.practica.reporting.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables as CSV the way spreadsheet tools read them safely: UTF-8 with a byte order mark (so Vietnamese shows
 * right), RFC 4180 quoting and CRLF line ends, and no cell a spreadsheet would run as a formula.
 */
public final class CsvText {
    public static final String MEDIA_TYPE = "text/csv";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private CsvText() {}

    /** The rows (the header first) as the bytes of a CSV document. */
    public static byte[] utf8WithByteOrderMark(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append(LINE_END);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One cell: null is empty; text a spreadsheet would read as a formula (starting with =, +, -, @, tab or
     * carriage return) gets a leading apostrophe, which shows it as text (OWASP's advice); text with a comma,
     * quote or line break is quoted, its quotes doubled.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
