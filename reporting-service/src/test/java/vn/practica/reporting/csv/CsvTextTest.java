package vn.practica.reporting.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    @Test
    void aDocumentStartsWithTheUtf8ByteOrderMarkAndEndsLinesWithCrlf() {
        byte[] bytes = CsvText.utf8WithByteOrderMark(List.of(List.of("tỉnh", "số"), List.of("Hà Nội", "3")));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("tỉnh,số\r\nHà Nội,3\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvText.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvText.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvText.cell("two\nlines"));
        assertEquals("plain", CsvText.cell("plain"));
        assertEquals("", CsvText.cell(null));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvText.cell("=HYPERLINK(\"x\")"));
        assertEquals("'=1+1", CsvText.cell("=1+1"));
        assertEquals("'+1", CsvText.cell("+1"));
        assertEquals("'-1", CsvText.cell("-1"));
        assertEquals("'@SUM(A1)", CsvText.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvText.cell("\tx"));
        assertEquals("\"'\rx\"", CsvText.cell("\rx"));
        assertEquals("\"'=1,2\"", CsvText.cell("=1,2"));
        assertEquals("0.5", CsvText.cell("0.5"));
    }
}
